/**
 * Every rule the lifecycle refuses an event by: the `code` of the issue of an `INVALID_TRANSITION`
 * error from `applyEvent`, `replay`, `applyNetworkEvent` or `replayNetwork`. Grouped by topic:
 *
 * - the log: `cohort-not-created`, `cohort-already-created`, `cohort-closed` (after closing only
 *   network activities follow);
 * - participants: `participant-already-registered`, `registration-after-kickoff` (without
 *   `late: true`), `too-many-companies` (a late entry into a full group), `unknown-participant`,
 *   `participant-not-active`, `participant-already-withdrawn`;
 * - the kick-off: `kickoff-already-held`, `kickoff-too-few-companies`, `kickoff-not-held`;
 * - audit to action plan: `unknown-adviser`, `audit-already-completed`,
 *   `results-meeting-before-audit`, `results-meeting-already-held`,
 *   `vision-before-results-meeting`, `vision-already-adopted`, `action-plan-before-results-meeting`,
 *   `action-plan-already-adopted`, `unknown-recommendation`;
 * - measures: `measure-before-action-plan`, `unknown-measure`, `measure-status-final`,
 *   `measure-status-unchanged`, `measure-verified-before-done`;
 * - the year: `communication-already-submitted`, `jury-scores-already-recorded`,
 *   `final-measurement-before-audit`, `symposium-already-held`, `symposium-missing-action-plans`,
 *   `symposium-too-few-exchange-meetings`, `prize-before-symposium`, `prize-not-eligible`,
 *   `prize-place-taken`, `prize-already-awarded`, `close-before-symposium`, `network-before-close`;
 * - dates that hold (a step dated before a step it depends on): `date-before-creation`,
 *   `date-before-registration`, `date-before-kickoff`, `date-before-audit`,
 *   `date-before-results-meeting`, `date-before-action-plan`, `date-before-symposium`,
 *   `date-before-close`, `kickoff-dated-before-registration`,
 *   `symposium-dated-before-exchange-meeting`, `symposium-dated-before-action-plan`;
 * - the network's own log: `network-not-created`, `network-already-created`,
 *   `member-already-joined`, `unknown-cohort`, `participant-not-completed`,
 *   `activity-already-recorded`, `unknown-member`, `date-before-joining`, `unknown-activity`,
 *   `date-before-activity` (and `unknown-participant`, `date-before-close`,
 *   `date-before-creation`).
 *
 * @example
 * ```ts
 * import { LIFECYCLE_RULES } from "koploper/lifecycle";
 *
 * LIFECYCLE_RULES.includes("too-many-companies"); //=> true
 * ```
 */
export const LIFECYCLE_RULES = [
  "cohort-not-created",
  "cohort-already-created",
  "cohort-closed",
  "participant-already-registered",
  "registration-after-kickoff",
  "too-many-companies",
  "unknown-participant",
  "participant-not-active",
  "participant-already-withdrawn",
  "kickoff-already-held",
  "kickoff-too-few-companies",
  "kickoff-not-held",
  "unknown-adviser",
  "audit-already-completed",
  "results-meeting-before-audit",
  "results-meeting-already-held",
  "vision-before-results-meeting",
  "vision-already-adopted",
  "action-plan-before-results-meeting",
  "action-plan-already-adopted",
  "unknown-recommendation",
  "measure-before-action-plan",
  "unknown-measure",
  "measure-status-final",
  "measure-status-unchanged",
  "measure-verified-before-done",
  "communication-already-submitted",
  "jury-scores-already-recorded",
  "final-measurement-before-audit",
  "symposium-already-held",
  "symposium-missing-action-plans",
  "symposium-too-few-exchange-meetings",
  "prize-before-symposium",
  "prize-not-eligible",
  "prize-place-taken",
  "prize-already-awarded",
  "close-before-symposium",
  "network-before-close",
  "date-before-creation",
  "date-before-registration",
  "date-before-kickoff",
  "date-before-audit",
  "date-before-results-meeting",
  "date-before-action-plan",
  "date-before-symposium",
  "date-before-close",
  "kickoff-dated-before-registration",
  "symposium-dated-before-exchange-meeting",
  "symposium-dated-before-action-plan",
  "network-not-created",
  "network-already-created",
  "member-already-joined",
  "unknown-cohort",
  "participant-not-completed",
  "activity-already-recorded",
  "unknown-member",
  "date-before-joining",
  "unknown-activity",
  "date-before-activity",
] as const;

/**
 * One of the {@link LIFECYCLE_RULES}: what `issues[0].code` of an `INVALID_TRANSITION` error from
 * the lifecycle can be, so an app can switch on it.
 *
 * @example
 * ```ts
 * import { isKoploperError, type LifecycleRule } from "koploper/lifecycle";
 *
 * function advice(error: unknown): string {
 *   if (!isKoploperError(error) || error.code !== "INVALID_TRANSITION") return "";
 *   const rule = error.issues[0]?.code as LifecycleRule;
 *   return rule === "kickoff-too-few-companies" ? "Werf eerst meer bedrijven" : rule;
 * }
 * ```
 */
export type LifecycleRule = (typeof LIFECYCLE_RULES)[number];
