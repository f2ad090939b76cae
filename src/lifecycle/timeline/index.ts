export { dutchHolidays, type DutchHoliday, type DutchHolidayId } from "./holidays.js";
export { toICalendar } from "./ical.js";
export { planTimeline } from "./plan.js";
export {
  iCalendarOptionsSchema,
  parseTimeline,
  parseTimelineOptions,
  safeParseTimeline,
  safeParseTimelineOptions,
  timelineOptionsSchema,
  timelineSchema,
  type ICalendarOptions,
  type PlanTimelineOptions,
  type Timeline,
  type TimelineMeeting,
  type TimelineOptions,
  type TimelinePhase,
} from "./timeline.schema.js";
export { TIMELINE_PHASE_IDS, type TimelinePhaseId } from "../windows.js";
