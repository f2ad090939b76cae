import type { Localized } from "../core/localized.js";
import type { IsoDate } from "./dates.js";
import { PHASE_LABELS, phaseWindows, type DatedWindow, type PhaseWindows } from "./windows.js";
import { parseNextActionsArguments, type NextActionsOptions } from "./next-actions.schema.js";
import { participantsOf, type CohortState, type ParticipantState } from "./state.js";
import { cohortStateAt } from "./state.schema.js";

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

const TITLES: Readonly<Record<NextActionKind, Localized>> = {
  "recruit-companies": { nl: "Werf meer bedrijven", en: "Recruit more companies" },
  kickoff: { nl: "Houd de startbijeenkomst", en: "Hold the kick-off meeting" },
  audit: PHASE_LABELS.audit,
  "results-meeting": PHASE_LABELS["results-meeting"],
  vision: { nl: "MVO-visie vaststellen", en: "Adopt the CSR vision" },
  "action-plan": { nl: "Actieplan vaststellen", en: "Adopt the action plan" },
  "exchange-meeting": { nl: "Uitwisselingsbijeenkomst", en: "Exchange meeting" },
  communication: { nl: "Communicatieopdracht inleveren", en: "Submit the communication assignment" },
  symposium: PHASE_LABELS.symposium,
  prize: { nl: "Koploperprijs uitreiken", en: "Award the Koploper prize" },
  close: { nl: "Project afsluiten", en: "Close the cohort" },
};

function participantSteps(participant: ParticipantState, windows: PhaseWindows["phases"]): [NextActionKind, DatedWindow][] {
  const steps: [NextActionKind, DatedWindow][] = [];
  if (participant.audit === undefined) steps.push(["audit", windows.audit]);
  if (participant.resultsMeetingOn === undefined) steps.push(["results-meeting", windows["results-meeting"]]);
  if (participant.vision === undefined) steps.push(["vision", windows["vision-and-plan"]]);
  if (participant.actionPlan === undefined) steps.push(["action-plan", windows["vision-and-plan"]]);
  if (participant.communication === undefined) steps.push(["communication", windows.communication]);
  return steps;
}

/**
 * What is open in a cohort on a given day, for the cohort and per active participant, each with
 * its planned window and whether it is upcoming, due or overdue. The windows are the ones
 * `planTimeline` gives for the same kick-off (the planned kick-off until it is held), programme
 * length (the cohort's `months`) and `windows`: by default, in programme months of a 12-month
 * year, audits 1-3, results meetings 2-4, vision and plan 4-6, exchange meetings 3-10,
 * communication 8-10 and the symposium 11-12, each scaled to other lengths; month 1 starts on the
 * kick-off day, so `dueBy` is the day before the kick-off's day of the window's last month ends. After
 * the symposium the prize and the closing (due by the programme's last day); nothing once closed.
 * `now` is a parameter: the clock is never read; dates compare by calendar date (Europe/Amsterdam).
 *
 * @param state - the cohort
 * @param now - today: an ISO date, an ISO date-time with offset or a `Date`
 * @param options - `windows` to override a phase's window, in the form `planTimeline` takes
 * @returns the open steps, ordered by `dueBy`, cohort steps before participant steps on the same day
 * @throws {@link KoploperError} `INVALID_INPUT` for a bad `now` or bad options, also for a window
 *   that ends after the cohort's last month, or a programme that would end after 9999-12-31
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
  state = cohortStateAt(state, ["state"]);
  const months = state.cohort.settings.months;
  const input = parseNextActionsArguments(now, options, months);
  const today = input.now;
  const start = state.kickoff?.date ?? state.cohort.plannedKickoff;
  const startPath = state.kickoff === undefined ? ["state", "cohort", "plannedKickoff"] : ["state", "kickoff", "date"];
  const { phases: windows, end } = phaseWindows(start, months, input.options.windows, startPath);
  const actions: NextAction[] = [];
  const add = (kind: NextActionKind, dueFrom: IsoDate, dueBy: IsoDate, participantId?: string): void => {
    const status = today < dueFrom ? "upcoming" : today <= dueBy ? "due" : "overdue";
    actions.push({ kind, ...(participantId === undefined ? {} : { participantId }), dueFrom, dueBy, status, title: TITLES[kind] });
  };
  const inWindow = (kind: NextActionKind, window: DatedWindow, participantId?: string): void => add(kind, window.first, window.last, participantId);

  if (state.closedOn !== undefined) return actions;
  if (state.kickoff === undefined) {
    if (state.belowMinimum) add("recruit-companies", state.createdOn, start);
    add("kickoff", start, start);
  } else if (state.symposium === undefined) {
    if (state.exchangeMeetings.length < state.cohort.settings.minExchangeMeetings) inWindow("exchange-meeting", windows.exchange);
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
