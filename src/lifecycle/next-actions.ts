import type { Localized } from "../core/localized.js";
import { addMonthsToIsoDate, type IsoDate } from "./dates.js";
import { DEFAULT_WINDOWS, type MonthWindow } from "./windows.js";
import { parseNextActionsArguments, type NextActionsOptions } from "./schemas/next-actions.js";
import { participantsOf, type CohortState, type ParticipantState } from "./state.js";

/**
 * What a {@link NextAction} asks for. For the cohort: `recruit-companies`, `kickoff`,
 * `exchange-meeting`, `symposium`, `prize`, `close`; per participant: `audit`, `results-meeting`,
 * `vision`, `action-plan`, `communication`.
 *
 * @example
 * ```ts
 * import type { NextActionKind } from "koploper/lifecycle";
 *
 * const kind: NextActionKind = "results-meeting";
 * ```
 */
export type NextActionKind =
  | "recruit-companies"
  | "kickoff"
  | "audit"
  | "results-meeting"
  | "vision"
  | "action-plan"
  | "exchange-meeting"
  | "communication"
  | "symposium"
  | "prize"
  | "close";

/**
 * One open step: what (`kind`, `title`), for whom (`participantId`, absent for the cohort), its
 * planned window (`dueFrom` to `dueBy`, ISO dates) and, compared with `now` by calendar date,
 * whether it is `upcoming`, `due` or `overdue`.
 *
 * @example
 * ```ts
 * import type { NextAction } from "koploper/lifecycle";
 *
 * const late = (actions: readonly NextAction[]) => actions.filter((a) => a.status === "overdue");
 * ```
 */
export interface NextAction {
  readonly kind: NextActionKind;
  readonly participantId?: string;
  readonly dueFrom: IsoDate;
  readonly dueBy: IsoDate;
  readonly status: "upcoming" | "due" | "overdue";
  readonly title: Localized;
}

type Window = { readonly from: number; readonly to: number };
type Windows = Record<"audit" | "resultsMeeting" | "visionAndPlan" | "exchangeMeetings" | "communication" | "symposium", Window>;

const TITLES: Readonly<Record<NextActionKind, Localized>> = {
  "recruit-companies": { nl: "Werf meer bedrijven", en: "Recruit more companies" },
  kickoff: { nl: "Houd de startbijeenkomst", en: "Hold the kick-off meeting" },
  audit: { nl: "Doorlichting (nulmeting)", en: "Audit (baseline)" },
  "results-meeting": { nl: "Adviesgesprek", en: "Results meeting" },
  vision: { nl: "MVO-visie vaststellen", en: "Adopt the CSR vision" },
  "action-plan": { nl: "Actieplan vaststellen", en: "Adopt the action plan" },
  "exchange-meeting": { nl: "Uitwisselingsbijeenkomst", en: "Exchange meeting" },
  communication: { nl: "Communicatieopdracht inleveren", en: "Submit the communication assignment" },
  symposium: { nl: "Koplopersymposium", en: "Closing symposium" },
  prize: { nl: "Koploperprijs uitreiken", en: "Award the Koploper prize" },
  close: { nl: "Project afsluiten", en: "Close the cohort" },
};

function windowsFor(state: CohortState, overrides: { readonly [K in keyof Windows]?: Window | undefined }): Windows {
  const months = state.cohort.settings.months;
  // Offsets in months from the kick-off: a window opens at the start of its first programme month.
  const offsets = (window: MonthWindow): Window => ({ from: Math.min(window.from - 1, months), to: Math.min(window.to, months) });
  const defaults: Windows = {
    audit: offsets(DEFAULT_WINDOWS.audit),
    resultsMeeting: offsets(DEFAULT_WINDOWS["results-meeting"]),
    visionAndPlan: offsets(DEFAULT_WINDOWS["vision-and-plan"]),
    exchangeMeetings: offsets(DEFAULT_WINDOWS.exchange),
    communication: offsets(DEFAULT_WINDOWS.communication),
    // The symposium window runs to the end of the programme, however long it is.
    symposium: { ...offsets(DEFAULT_WINDOWS.symposium), to: months },
  };
  const keys = Object.keys(defaults) as (keyof Windows)[];
  return Object.fromEntries(keys.map((key) => [key, overrides[key] ?? defaults[key]])) as Windows;
}

function participantSteps(participant: ParticipantState, windows: Windows): [NextActionKind, Window][] {
  const steps: [NextActionKind, Window][] = [];
  if (participant.audit === undefined) steps.push(["audit", windows.audit]);
  if (participant.resultsMeetingOn === undefined) steps.push(["results-meeting", windows.resultsMeeting]);
  if (participant.vision === undefined) steps.push(["vision", windows.visionAndPlan]);
  if (participant.actionPlan === undefined) steps.push(["action-plan", windows.visionAndPlan]);
  if (participant.communication === undefined) steps.push(["communication", windows.communication]);
  return steps;
}

/**
 * What is open in a cohort on a given day, for the cohort and per active participant, each with
 * its planned window and whether it is upcoming, due or overdue. Windows are months after the
 * kick-off (the planned kick-off until it is held), by default: audits months 1-3, results meetings
 * 2-4, vision and plan 4-6, exchange meetings 3-10, communication 8-10, symposium 11 to the
 * programme's end; after the symposium the prize and the closing; nothing once closed. `now` is a
 * parameter: the clock is never read; dates compare by calendar date (Europe/Amsterdam).
 *
 * @param state - the cohort
 * @param now - today: an ISO date, an ISO date-time with offset or a `Date`
 * @param options - `windows` to override a phase's window
 * @returns the open steps, ordered by `dueBy`, cohort steps before participant steps on the same day
 * @throws {@link KoploperError} `INVALID_INPUT` for a bad `now` or bad options
 * @example
 * ```ts
 * import { nextActions, replay } from "koploper/lifecycle";
 *
 * const state = replay([{ type: "cohort-created", date: "2026-10-01", cohort: { id: "c1",
 *   name: "Koplopers Leek", municipalities: ["Leek"], coordinator: "DZyzzion",
 *   advisers: [{ id: "a1", name: "Adviseur" }], plannedKickoff: "2027-01-19" } }]);
 * nextActions(state, "2027-01-20").map((a) => [a.kind, a.status]);
 * //=> [["recruit-companies", "overdue"], ["kickoff", "overdue"]]
 * ```
 */
export function nextActions(state: CohortState, now: string | Date, options?: NextActionsOptions): readonly NextAction[] {
  const input = parseNextActionsArguments(now, options);
  const today = input.now;
  const windows = windowsFor(state, input.options.windows);
  const start = state.kickoff?.date ?? state.cohort.plannedKickoff;
  const actions: NextAction[] = [];
  const add = (kind: NextActionKind, dueFrom: IsoDate, dueBy: IsoDate, participantId?: string): void => {
    const status = today < dueFrom ? "upcoming" : today <= dueBy ? "due" : "overdue";
    actions.push({ kind, ...(participantId === undefined ? {} : { participantId }), dueFrom, dueBy, status, title: TITLES[kind] });
  };
  const inWindow = (kind: NextActionKind, window: Window, participantId?: string): void =>
    add(kind, addMonthsToIsoDate(start, window.from), addMonthsToIsoDate(start, window.to), participantId);
  const end = addMonthsToIsoDate(start, state.cohort.settings.months);

  if (state.closedOn !== undefined) return actions;
  if (state.kickoff === undefined) {
    if (state.belowMinimum) add("recruit-companies", state.createdOn, start);
    add("kickoff", start, start);
  } else if (state.symposium === undefined) {
    if (state.exchangeMeetings.length < state.cohort.settings.minExchangeMeetings) inWindow("exchange-meeting", windows.exchangeMeetings);
    inWindow("symposium", windows.symposium);
    for (const participant of participantsOf(state)) {
      if (participant.status !== "active") continue;
      for (const [kind, window] of participantSteps(participant, windows)) inWindow(kind, window, participant.participant.id);
    }
  } else {
    const held = state.symposium.date;
    if (state.prizes.length === 0) add("prize", held, held);
    add("close", held, end > held ? end : held);
  }
  return actions.sort((a, b) => (a.dueBy < b.dueBy ? -1 : a.dueBy > b.dueBy ? 1 : 0));
}
