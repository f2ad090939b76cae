// The programme's phase windows: one table, one label per phase and one function that dates them,
// for planTimeline and for nextActions alike.
import { refuse, type IssuePath } from "../core/errors.js";
import type { Localized } from "../core/localized.js";
import { LAST_YEAR, type IsoDate } from "./dates.js";
import type { TZDate } from "@date-fns/tz/date";
import { dayFromIsoDate, isoDate, plusDays, plusMonths } from "./timeline/calendar.js";

/**
 * The stable ids of the phases of a Koploper year that get a dated window, in programme order:
 * `kickoff` (Startbijeenkomst, month 0), `audit` (Doorlichting / nulmeting), `results-meeting`
 * (Adviesgesprek), `vision-and-plan` (MVO-visie en actieplan), `exchange`
 * (Uitwisselingsbijeenkomsten), `communication` (Communicatieopdracht en promotie) and `symposium`
 * (Koplopersymposium). Recruitment (before the kick-off) and the network (after the year) are
 * open-ended, so they have no window.
 *
 * @example
 * ```ts
 * import { TIMELINE_PHASE_IDS } from "koploper";
 *
 * TIMELINE_PHASE_IDS[1]; //=> "audit"
 * ```
 */
export const TIMELINE_PHASE_IDS = ["kickoff", "audit", "results-meeting", "vision-and-plan", "exchange", "communication", "symposium"] as const;

/**
 * One of the {@link TIMELINE_PHASE_IDS}.
 *
 * @example
 * ```ts
 * import type { TimelinePhaseId } from "koploper";
 *
 * const phase: TimelinePhaseId = "exchange";
 * ```
 */
export type TimelinePhaseId = (typeof TIMELINE_PHASE_IDS)[number];

/** The phases whose window is given in programme months (every phase but the kick-off). */
export const WINDOW_PHASE_IDS = ["audit", "results-meeting", "vision-and-plan", "exchange", "communication", "symposium"] as const;

/** A phase with a window in programme months. */
export type WindowPhaseId = (typeof WINDOW_PHASE_IDS)[number];

/** A window from the start of programme month `from` to the end of month `to` (1-based: month 1 starts on the kick-off day). */
export interface MonthWindow {
  readonly from: number;
  readonly to: number;
}

/** The default windows of a 12-month programme, in months after the kick-off (docs/timeline.md). */
const DEFAULT_WINDOWS: Readonly<Record<WindowPhaseId, MonthWindow>> = {
  audit: { from: 1, to: 3 },
  "results-meeting": { from: 2, to: 4 },
  "vision-and-plan": { from: 4, to: 6 },
  exchange: { from: 3, to: 10 },
  communication: { from: 8, to: 10 },
  symposium: { from: 11, to: 12 },
};

/** The label of every phase, in Dutch and English. */
export const PHASE_LABELS: Readonly<Record<TimelinePhaseId, Localized>> = {
  kickoff: { nl: "Startbijeenkomst", en: "Kick-off meeting" },
  audit: { nl: "Doorlichting (nulmeting)", en: "Audit (baseline)" },
  "results-meeting": { nl: "Adviesgesprek", en: "Results meeting" },
  "vision-and-plan": { nl: "MVO-visie en actieplan", en: "Vision and action plan" },
  exchange: { nl: "Uitwisselingsbijeenkomsten", en: "Exchange meetings" },
  communication: { nl: "Communicatieopdracht en promotie", en: "Communication assignment and promotion" },
  symposium: { nl: "Koplopersymposium", en: "Closing symposium" },
};

/** `value * months / 12`, rounded half up, in integers only. */
function scale(value: number, months: number): number {
  return Math.floor((2 * value * months + 12) / 24);
}

/**
 * A default window stretched or shrunk to a programme of `months` months: both month boundaries
 * (the start of month `from`, the end of month `to`) scale by `months / 12` and round half up; a
 * window never shrinks below one month and never runs past the programme's last month.
 */
function defaultWindow(id: WindowPhaseId, months: number): MonthWindow {
  const { from, to } = DEFAULT_WINDOWS[id];
  const start = Math.min(scale(from - 1, months) + 1, months);
  return { from: start, to: Math.min(Math.max(scale(to, months), start), months) };
}

/** One phase's window: its programme months and its first and last calendar day (ISO dates). */
export interface DatedWindow {
  readonly months: MonthWindow;
  readonly first: IsoDate;
  readonly last: IsoDate;
}

/** Every phase's dated window, and the programme's first and last day. */
export interface PhaseWindows {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly phases: Readonly<Record<WindowPhaseId, DatedWindow>>;
}

/**
 * Dates every phase of a programme: month `n` starts on the kick-off's day of month `n - 1` months
 * later and ends the day before the kick-off's day `n` months later (31 January + 1 month = 28
 * February, date-fns). A window in `overrides` is taken as it is; every other phase gets its default
 * window, scaled to the programme length. Pure; the arguments are already validated (overrides end
 * at the latest in month `months`). Refuses (`INVALID_INPUT` at `path`, the kick-off's) a programme
 * that ends after 9999-12-31, the last day an ISO date can name.
 */
export function phaseWindows(
  kickoff: IsoDate,
  months: number,
  overrides: { readonly [K in WindowPhaseId]?: MonthWindow | undefined },
  path: IssuePath = [],
): PhaseWindows {
  const day = dayFromIsoDate(kickoff, "UTC");
  const lastDay = (month: number): TZDate => plusDays(plusMonths(day, month, "UTC"), -1, "UTC");
  // Every window ends at the latest on the programme's last day.
  if (lastDay(months).getFullYear() > LAST_YEAR) {
    const message = `A programme of ${months} months from ${kickoff} ends after ${LAST_YEAR}-12-31, the last day an ISO date (YYYY-MM-DD) can name`;
    refuse("INVALID_INPUT", "date_out_of_range", message, path);
  }
  const endOfMonth = (month: number): IsoDate => isoDate(lastDay(month));
  const dated = (window: MonthWindow): DatedWindow => ({
    months: { from: window.from, to: window.to },
    first: isoDate(plusMonths(day, window.from - 1, "UTC")),
    last: endOfMonth(window.to),
  });
  const phases = Object.fromEntries(WINDOW_PHASE_IDS.map((id) => [id, dated(overrides[id] ?? defaultWindow(id, months))])) as Record<
    WindowPhaseId,
    DatedWindow
  >;
  return { start: kickoff, end: endOfMonth(months), phases };
}
