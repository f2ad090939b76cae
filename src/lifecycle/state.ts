import type { Decimal } from "decimal.js";
import type { Cohort, Participant } from "./cohort.schema.js";
import type { IsoDate } from "./dates.js";
import type { LifecycleEvent } from "./events.schema.js";
import type { Measure } from "./measure.schema.js";
import type { LifecycleWarning } from "./warnings.js";

/**
 * Where a participant stands: `waiting` (a company on the waiting list of a full group, before the
 * kick-off), `registered` (before the kick-off), `active` (from the kick-off, or
 * at once for a late entry), `withdrawn` (with a reason) or `completed` (still active when the
 * cohort closed, with what the cohort's `completionRequires` asks, by default an adopted MVO vision
 * and an action plan, or excused at the closing).
 *
 * @example
 * ```ts
 * import type { ParticipantStatus } from "koploper/lifecycle";
 *
 * const status: ParticipantStatus = "completed";
 * ```
 */
export type ParticipantStatus = "waiting" | "registered" | "active" | "withdrawn" | "completed";

/**
 * One participant's record in the {@link CohortState}: who it is, its status and what it produced
 * in the programme so far (each part present once it happened).
 *
 * @example
 * ```ts
 * import type { ParticipantState } from "koploper/lifecycle";
 *
 * const hasPlan = (p: ParticipantState) => p.actionPlan !== undefined;
 * ```
 */
export interface ParticipantState {
  readonly participant: Participant;
  readonly status: ParticipantStatus;
  readonly registeredOn: IsoDate;
  /** Registered after the kick-off (with the explicit `late` flag). */
  readonly lateEntry: boolean;
  /** The day a place freed and the participant moved up from the waiting list. */
  readonly movedUpOn?: IsoDate;
  readonly withdrawal?: { readonly date: IsoDate; readonly reason: string };
  readonly completedOn?: IsoDate;
  /** Completed by an explicit excuse at the closing, without what `completionRequires` asks. */
  readonly completedByExcuse?: true;
  /** The hours recorded with `effort-recorded` events, added up (present once any were recorded). */
  readonly effortHours?: Decimal;
  /** The baseline audit (nulmeting) with the ISO 26000 and footprint summaries. */
  readonly audit?: Omit<Omit<Extract<LifecycleEvent, { type: "audit-completed" }>, "type">, "participantId">;
  readonly resultsMeetingOn?: IsoDate;
  readonly vision?: { readonly date: IsoDate; readonly text: string };
  /** The action plan; each measure carries its current status. */
  readonly actionPlan?: { readonly adoptedOn: IsoDate; readonly measures: readonly Measure[] };
  readonly communication?: Omit<Omit<Extract<LifecycleEvent, { type: "communication-submitted" }>, "type">, "participantId">;
  /** The follow-up measurement (eindmeting), if one was recorded; a later one replaces it. */
  readonly finalMeasurement?: Omit<Omit<Extract<LifecycleEvent, { type: "final-measurement-recorded" }>, "type">, "participantId">;
}

/**
 * A cohort at one moment, as `applyEvent` and `replay` build it from the event log. Treat it as a
 * value: never build or change one by hand.
 *
 * - `participantIds` keeps the registration order; `participants` maps each id to its record.
 * - `companyCount` counts the companies that have neither withdrawn nor wait; `belowMinimum` says when that is
 *   below the settings' minimum (for example after a withdrawal).
 * - The cohort-wide records (`kickoff`, `exchangeMeetings`, ..., `closedOn`) appear as they happen.
 * - `warnings` lists what was accepted but deserves a look (a meeting on a weekend or holiday).
 *
 * @example
 * ```ts
 * import type { CohortState } from "koploper/lifecycle";
 *
 * const warn = (state: CohortState) => (state.belowMinimum ? "te weinig bedrijven" : "");
 * ```
 */
export interface CohortState {
  readonly cohort: Cohort;
  readonly createdOn: IsoDate;
  readonly participantIds: readonly string[];
  readonly participants: Readonly<Record<string, ParticipantState>>;
  readonly companyCount: number;
  readonly belowMinimum: boolean;
  readonly kickoff?: Omit<Extract<LifecycleEvent, { type: "kickoff-held" }>, "type">;
  readonly exchangeMeetings: readonly Omit<Extract<LifecycleEvent, { type: "exchange-meeting-held" }>, "type">[];
  readonly collaborations: readonly Omit<Extract<LifecycleEvent, { type: "collaboration-recorded" }>, "type">[];
  readonly promotions: readonly Omit<Extract<LifecycleEvent, { type: "promotion-published" }>, "type">[];
  readonly juryScores: readonly Omit<Extract<LifecycleEvent, { type: "jury-scores-recorded" }>, "type">[];
  readonly symposium?: Omit<Extract<LifecycleEvent, { type: "symposium-held" }>, "type">;
  readonly prizes: readonly Omit<Extract<LifecycleEvent, { type: "prize-awarded" }>, "type">[];
  readonly closedOn?: IsoDate;
  readonly networkActivities: readonly Omit<Extract<LifecycleEvent, { type: "network-activity-held" }>, "type">[];
  /** Meetings held on a weekend or a Dutch public holiday, in the order they were recorded. */
  readonly warnings: readonly LifecycleWarning[];
  /** How many events were applied, the creating event included. */
  readonly eventCount: number;
}

/** The participant with this id, or `undefined` (own properties only: "constructor" is not a participant). */
export function participantOf(state: CohortState, id: string): ParticipantState | undefined {
  return Object.hasOwn(state.participants, id) ? state.participants[id] : undefined;
}

/** The participants in registration order. */
export function participantsOf(state: CohortState): ParticipantState[] {
  return state.participantIds.flatMap((id) => participantOf(state, id) ?? []);
}

/** Whether the participant takes part (registered, active or completed: not withdrawn, not waiting). */
export function isCurrent(participant: ParticipantState): boolean {
  return participant.status !== "withdrawn" && participant.status !== "waiting";
}

/** Measures the participant chose to carry out: in the plan, neither a mere idea nor dropped. */
export function isChosen(measure: Measure): boolean {
  return measure.status !== "idea" && measure.status !== "dropped";
}

/** Measures carried out: done or verified. */
export function isDone(measure: Measure): boolean {
  return measure.status === "done" || measure.status === "verified";
}
