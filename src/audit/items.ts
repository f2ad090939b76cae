import type { Decimal } from "decimal.js";
import { analyzeGaps } from "../iso26000/gaps.js";
import type { RelevanceInput } from "../iso26000/relevance.schema.js";
import type { Trigger } from "./applicability.js";
import type { Draft } from "./audit-item.js";
import type { EnergyDutyCheck } from "./duties.js";
import type { CheckedAuditInput } from "./recommend.schema.js";

// The items of an audit that are not catalogue measures: the energy duties that apply and the
// ISO 26000 gaps.

/** The fields of a duty or an ISO 26000 item that only a catalogue measure fills. */
const NOT_A_MEASURE = {
  emlCategory: null,
  emlCode: null,
  servesDuty: null,
  co2ReductionKg: null,
  changes: [],
  parameters: [],
  missingParameters: [],
  investment: null,
  annualSavings: null,
  paybackYears: null,
} as const;

export function dutyItems(check: EnergyDutyCheck): Draft[] {
  return check.duties
    .filter((duty) => duty.applies === true)
    .map((duty) => ({
      id: `duty:${duty.ruleId}`,
      source: "duty" as const,
      title: duty.title,
      text: duty.text,
      theme: "energy" as const,
      issues: ["6.5.4", "6.5.5"],
      coreSubject: "6.5",
      ...NOT_A_MEASURE,
      triggers: duty.reasons.flatMap((reason): Trigger[] =>
        reason.met === true && typeof reason.value === "object" && reason.value !== null && typeof reason.threshold === "object"
          ? [{ kind: "threshold", figure: reason.figure, value: reason.value, threshold: reason.threshold, ruleId: duty.ruleId }]
          : [],
      ),
      ...NOT_A_MEASURE,
      deadline: duty.nextDeadline,
    }));
}

export function isoItems(iso: NonNullable<CheckedAuditInput["iso26000"]>, top: number): Draft[] {
  const analysis = analyzeGaps(iso.score, iso.relevance as RelevanceInput, { top: Math.max(top, 1) });
  return analysis.gaps
    .filter((gap) => gap.rank !== null && gap.recommendation !== null && gap.current !== null && gap.target !== null)
    .slice(0, top)
    .map((gap) => {
      const recommendation = gap.recommendation as NonNullable<typeof gap.recommendation>;
      return {
        id: `iso26000:${recommendation.id}`,
        source: "iso26000" as const,
        title: recommendation.title,
        text: recommendation.text,
        theme: recommendation.measure.theme,
        issues: [gap.issue],
        coreSubject: gap.coreSubject,
        ...NOT_A_MEASURE,
        triggers: [{ kind: "gap", clause: gap.issue, current: gap.current as Decimal, target: gap.target as number, class: gap.class }],
        deadline: null,
      };
    });
}
