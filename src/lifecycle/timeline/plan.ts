import { invalidIssues } from "../../core/errors.js";
import type { Localized } from "../../core/localized.js";
import { PHASE_LABELS, WINDOW_PHASE_IDS, phaseWindows, type TimelinePhaseId } from "../windows.js";
import { dayFromIsoDate, eachDay, meetingOn } from "./calendar.js";
import { holidaysOf } from "./holidays.js";
import {
  kickoffDate,
  parseTimelineOptions,
  type PlanTimelineOptions,
  type Timeline,
  type TimelineMeeting,
  type TimelineOptions,
  type TimelinePhase,
} from "./timeline.schema.js";

/**
 * The days of `[first, last]` (ISO dates) that are neither a Saturday, a Sunday nor a general day
 * off, and lie strictly between `after` and `before`.
 */
function workingDays(first: string, last: string, after: string, before: string, daysOff: ReadonlySet<string>): string[] {
  return eachDay(first, last)
    .filter((day) => day.iso > after && day.iso < before && day.weekday !== 0 && day.weekday !== 6 && !daysOff.has(day.iso))
    .map((day) => day.iso);
}

/** `count` of `days`, evenly spread: the middle day of each of `count` equal runs of days. */
function spread<T>(days: readonly T[], count: number): T[] {
  return Array.from({ length: count }, (_, index) => days[Math.floor(((2 * index + 1) * days.length) / (2 * count))] as T);
}

function plan(options: TimelineOptions): Timeline {
  const zone = options.timeZone;
  // Checked by the options' schema: a date in 1970-9997, so the plan ends by 9999-12-30.
  const kickoffIso = kickoffDate(options.kickoff, zone) as string;
  const dated = phaseWindows(kickoffIso, options.months, options.windows);
  const endIso = dated.end;

  const daysOff = new Set<string>();
  for (let year = Number(kickoffIso.slice(0, 4)); year <= Number(endIso.slice(0, 4)); year++) {
    for (const holiday of holidaysOf(year)) if (holiday.generalDayOff) daysOff.add(holiday.date);
  }

  const symposiumWindow = dated.phases.symposium;
  const symposiumDays = workingDays(symposiumWindow.first, symposiumWindow.last, kickoffIso, "9999-99-99", daysOff);
  // Every window spans at least one whole month, so it always has working days after the kick-off.
  const [symposium] = spread(symposiumDays, 1) as [string];

  const exchangeWindow = dated.phases.exchange;
  const exchangeDays = workingDays(exchangeWindow.first, exchangeWindow.last, kickoffIso, symposium, daysOff);
  if (exchangeDays.length < options.exchangeMeetings) {
    const message = `Only ${exchangeDays.length} working days in the exchange window fall after the kick-off and before the symposium (${symposium}); ${options.exchangeMeetings} exchange meetings do not fit`;
    throw invalidIssues("timeline options", [{ path: ["exchangeMeetings"], message, code: "too_many_meetings" }]);
  }

  const hours = options.meetingHours;
  const meeting = (id: string, phase: TimelinePhaseId, label: Localized, date: string): TimelineMeeting => {
    if (hours === undefined) return { id, phase, label, date };
    return { id, phase, label, date, ...meetingOn(dayFromIsoDate(date, zone), hours.start, hours.end, zone) };
  };

  const phases: TimelinePhase[] = [
    { id: "kickoff", label: { ...PHASE_LABELS.kickoff }, months: { from: 0, to: 0 }, start: kickoffIso, end: kickoffIso },
    ...WINDOW_PHASE_IDS.map((id) => {
      const window = dated.phases[id];
      return { id, label: { ...PHASE_LABELS[id] }, months: { ...window.months }, start: window.first, end: window.last };
    }),
  ];
  const meetings: TimelineMeeting[] = [
    meeting("kickoff", "kickoff", { ...PHASE_LABELS.kickoff }, kickoffIso),
    ...spread(exchangeDays, options.exchangeMeetings).map((day, index) =>
      meeting(`exchange-${index + 1}`, "exchange", { nl: `Uitwisselingsbijeenkomst ${index + 1}`, en: `Exchange meeting ${index + 1}` }, day),
    ),
    meeting("symposium", "symposium", { ...PHASE_LABELS.symposium }, symposium),
  ];
  return { timeZone: zone, months: options.months, start: kickoffIso, end: endIso, phases, meetings };
}

/**
 * Plans a Koploper year: a dated window for every phase and a date for every meeting.
 *
 * Windows (programme months; month 1 starts on the kick-off day, month `n` ends the day before the
 * kick-off's day of month `n` months later): audit 1-3, results meeting 2-4, vision and action plan
 * 4-6, exchange meetings 3-10, communication and promotion 8-10, symposium 11-12. For a programme
 * of other than 12 months every default window scales by `months / 12` (both boundaries rounded
 * half up, at least one month long); windows given in `windows` are taken as they are.
 * `nextActions` dates its steps from the same windows.
 *
 * Meetings: the kick-off stays on the date given. The symposium is the middle working day of its
 * window; the exchange meetings are spread evenly over the working days of their window that fall
 * after the kick-off and before the symposium (the middle day of each of equal runs). A working day
 * is Monday to Friday and not a general day off in {@link dutchHolidays}: Goede Vrijdag and, outside
 * lustrum years, Bevrijdingsdag are working days (most employers work), every other holiday is not.
 * Dates are calendar dates in `timeZone` (Europe/Amsterdam by default); with `meetingHours`, each
 * meeting gets start and end moments with that zone's offset (+01:00 in winter, +02:00 in summer),
 * and always ends after it starts: a start in the hour the clocks skip (02:30 on the last Sunday of
 * March in Amsterdam) moves on with the clocks, and a meeting it would push past its end keeps its
 * length (02:30-03:00 becomes 03:30-04:00).
 *
 * Pure: no clock, no global options; the same options give the same timeline.
 *
 * @param options - see {@link PlanTimelineOptions}
 * @returns the planned {@link Timeline}, a new object
 * @throws {@link KoploperError} `INVALID_INPUT` with every issue and its path when the options are
 *   wrong, or when the exchange meetings do not fit their window (path `exchangeMeetings`)
 *
 * @example
 * ```ts
 * import { planTimeline } from "koploper";
 *
 * const year = planTimeline({ kickoff: "2027-01-19", exchangeMeetings: 2, meetingHours: { start: "15:00", end: "17:00" } });
 * year.phases.find((phase) => phase.id === "symposium")?.start; //=> "2027-11-19"
 * year.meetings.map((meeting) => meeting.date); //=> ["2027-01-19", "2027-05-24", "2027-09-21", "2027-12-20"]
 * year.meetings[0]?.start; //=> "2027-01-19T15:00:00+01:00"
 * ```
 */
export function planTimeline(options: PlanTimelineOptions): Timeline {
  return plan(parseTimelineOptions(options));
}
