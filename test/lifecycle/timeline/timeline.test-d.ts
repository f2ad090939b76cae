import { describe, expectTypeOf, it } from "vitest";
import {
  dutchHolidays,
  planTimeline,
  safeParseTimelineOptions,
  toICalendar,
  type DutchHoliday,
  type DutchHolidayId,
  type KoploperError,
  type Localized,
  type PlanTimelineOptions,
  type Timeline,
  type TimelineMeeting,
  type TimelineOptions,
  type TimelinePhase,
  type TimelinePhaseId,
} from "../../../src/index.js";

describe("public timeline types", () => {
  it("takes a kick-off as an ISO string or a Date", () => {
    expectTypeOf<PlanTimelineOptions["kickoff"]>().toEqualTypeOf<string | Date>();
    expectTypeOf(planTimeline).parameter(0).toEqualTypeOf<PlanTimelineOptions>();
    planTimeline({ kickoff: new Date(0) });
    // @ts-expect-error a kick-off is required
    planTimeline({ months: 12 });
    // @ts-expect-error a kick-off is not a number
    planTimeline({ kickoff: 20270119 });
    // @ts-expect-error there is no window for the kick-off
    planTimeline({ kickoff: "2027-01-19", windows: { kickoff: { from: 1, to: 1 } } });
  });

  it("fills in every default after parsing", () => {
    expectTypeOf<TimelineOptions["months"]>().toEqualTypeOf<number>();
    expectTypeOf<TimelineOptions["timeZone"]>().toEqualTypeOf<string>();
    const result = safeParseTimelineOptions({});
    if (!result.success) expectTypeOf(result.error).toEqualTypeOf<KoploperError>();
  });

  it("returns a read-only timeline with string dates and stable phase ids", () => {
    expectTypeOf(planTimeline).returns.toEqualTypeOf<Timeline>();
    expectTypeOf<Timeline["meetings"]>().toEqualTypeOf<readonly TimelineMeeting[]>();
    expectTypeOf<Timeline["phases"]>().toEqualTypeOf<readonly TimelinePhase[]>();
    expectTypeOf<TimelinePhase["id"]>().toEqualTypeOf<TimelinePhaseId>();
    expectTypeOf<TimelinePhaseId>().toEqualTypeOf<"kickoff" | "audit" | "results-meeting" | "vision-and-plan" | "exchange" | "communication" | "symposium">();
    expectTypeOf<TimelineMeeting["date"]>().toEqualTypeOf<string>();
    expectTypeOf<TimelineMeeting["start"]>().toEqualTypeOf<string | undefined>();
    const timeline = planTimeline({ kickoff: "2027-01-19" });
    // @ts-expect-error the timeline is read-only
    timeline.start = "2028-01-01";
  });

  it("types holidays with ids, localized names and a day-off flag", () => {
    expectTypeOf(dutchHolidays).returns.toEqualTypeOf<readonly DutchHoliday[]>();
    expectTypeOf<DutchHoliday["id"]>().toEqualTypeOf<DutchHolidayId>();
    expectTypeOf<DutchHoliday["name"]>().toEqualTypeOf<Localized>();
    expectTypeOf<"koningsdag">().toExtend<DutchHolidayId>();
    expectTypeOf<"sinterklaas">().not.toExtend<DutchHolidayId>();
  });

  it("writes calendars as text and requires a cohort name", () => {
    const timeline = planTimeline({ kickoff: "2027-01-19" });
    expectTypeOf(toICalendar(timeline, { cohortName: "Koplopers" })).toEqualTypeOf<string>();
    // @ts-expect-error the cohort name is required
    toICalendar(timeline, {});
    // @ts-expect-error only nl and en
    toICalendar(timeline, { cohortName: "Koplopers", locale: "de" });
  });
});
