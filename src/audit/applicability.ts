import type { Decimal } from "decimal.js";
import { D } from "../core/decimal.js";
import { isKoploperError } from "../core/errors.js";
import type { UnitCode } from "../factors/codes.js";
import type { Activity } from "../footprint/activity.schema.js";
import type { Theme } from "../footprint/themes.js";
import { convertUnit } from "../footprint/units.js";
import type { OrganisationProfile } from "../iso26000/relevance.schema.js";
import type { AssessmentScore } from "../iso26000/score.js";
import type { CheckedApplicabilityRule as Rule, LineSelector } from "./catalogue.schema.js";
import type { EnergyDuty } from "./duty-codes.js";

/**
 * What put an item on the audit list:
 * - `line`: the participant's `lines` (ids) that matched, with their total `quantity` in `unit`
 *   when a minimum was asked (`atLeast`);
 * - `profile`: the profile `field` and its `value`;
 * - `issue` / `answer`: the scan's level of an ISO 26000 issue or the score of an answer;
 * - `duty`: an energy duty that applies (its rule id);
 * - `threshold`: a figure of the location at or above a duty's threshold;
 * - `gap`: an ISO 26000 issue below its target (current and target level, and its class).
 *
 * @example
 * ```ts
 * import type { Trigger } from "koploper/audit";
 *
 * const lineIds = (triggers: readonly Trigger[]) => triggers.flatMap((t) => (t.kind === "line" ? t.lines : []));
 * ```
 */
export type Trigger =
  | {
      readonly kind: "line";
      readonly lines: readonly string[];
      readonly theme: Theme | null;
      readonly factors: readonly string[];
      readonly quantity: Decimal | null;
      readonly unit: UnitCode | null;
      readonly atLeast: Decimal | null;
    }
  | { readonly kind: "profile"; readonly field: string; readonly value: string }
  | { readonly kind: "issue"; readonly clause: string; readonly level: Decimal }
  | { readonly kind: "answer"; readonly key: string; readonly score: Decimal }
  | { readonly kind: "duty"; readonly duty: EnergyDuty; readonly ruleId: string }
  | { readonly kind: "threshold"; readonly figure: string; readonly value: Decimal; readonly threshold: Decimal; readonly ruleId: string }
  | { readonly kind: "gap"; readonly clause: string; readonly current: Decimal; readonly target: number; readonly class: string };

/** A participant's line with the id of the factor it uses (resolved in the factor set). */
export interface ResolvedLine {
  readonly line: Activity;
  readonly factorId: string | null;
}

/** Everything a rule can look at. */
export interface RuleContext {
  readonly lines: readonly ResolvedLine[];
  readonly profile: OrganisationProfile;
  readonly score: AssessmentScore | null;
  readonly duties: ReadonlyMap<EnergyDuty, string>;
}

/** The lines a selector matches, in id order. */
export function selectLines(lines: readonly ResolvedLine[], selector: LineSelector): ResolvedLine[] {
  return lines.filter(
    ({ line, factorId }) =>
      (selector.theme === undefined || line.theme === selector.theme) &&
      (selector.factors === undefined || (factorId !== null && selector.factors.includes(factorId))),
  );
}

function within(value: Decimal, below: number | undefined, atLeast: number | undefined): boolean {
  return (below === undefined || value.lt(below)) && (atLeast === undefined || value.gte(atLeast));
}

function answerScore(score: AssessmentScore | null, key: string): Decimal | null {
  if (score === null) return null;
  for (const group of [score.issues, score.principles, score.practices]) {
    for (const clause of Object.values(group)) {
      const answer = clause.answers.find((a) => a.key === key);
      if (answer?.score != null) return answer.score;
    }
  }
  return null;
}

function quantityIn(line: Activity, unit: UnitCode): Decimal | null {
  if (line.quantity === null) return null;
  try {
    return convertUnit(line.quantity, line.unit, unit);
  } catch (error) {
    /* v8 ignore next */
    if (!isKoploperError(error)) throw error;
    return null;
  }
}

type Outcome = { readonly met: boolean; readonly triggers: readonly Trigger[] };
const NO: Outcome = { met: false, triggers: [] };

/**
 * Evaluates an applicability rule. A rule is data: this walks its tree, it never runs code.
 * Unknown levels, answers and quantities never meet a condition.
 */
export function evaluateRule(rule: Rule, context: RuleContext): Outcome {
  switch (rule.kind) {
    case "always":
      return { met: true, triggers: [] };
    case "all": {
      const outcomes = rule.of.map((inner) => evaluateRule(inner, context));
      return outcomes.every((o) => o.met) ? { met: true, triggers: outcomes.flatMap((o) => o.triggers) } : NO;
    }
    case "any": {
      const met = rule.of.map((inner) => evaluateRule(inner, context)).filter((o) => o.met);
      return met.length > 0 ? { met: true, triggers: met.flatMap((o) => o.triggers) } : NO;
    }
    case "not":
      return evaluateRule(rule.rule, context).met ? NO : { met: true, triggers: [] };
    case "profile": {
      const value = context.profile[rule.field];
      return rule.in.includes(value) ? { met: true, triggers: [{ kind: "profile", field: rule.field, value }] } : NO;
    }
    case "line": {
      const matched = selectLines(context.lines, rule.lines);
      const base = { kind: "line" as const, theme: rule.lines.theme ?? null, factors: rule.lines.factors ?? [] };
      if (rule.atLeast === undefined) {
        const present = matched.filter(({ line }) => line.quantity?.gt(0) === true).map(({ line }) => line.id);
        return present.length > 0 ? { met: true, triggers: [{ ...base, lines: present, quantity: null, unit: null, atLeast: null }] } : NO;
      }
      const { quantity, unit } = rule.atLeast;
      const amounts = matched.map(({ line }) => ({ id: line.id, amount: quantityIn(line, unit) })).filter((a) => a.amount?.gt(0));
      const total = amounts.reduce((sum, a) => sum.plus(a.amount ?? 0), new D(0));
      return amounts.length > 0 && total.gte(quantity)
        ? { met: true, triggers: [{ ...base, lines: amounts.map((a) => a.id), quantity: total, unit, atLeast: quantity }] }
        : NO;
    }
    case "issue": {
      const issues = context.score?.issues;
      const level = (issues !== undefined && Object.hasOwn(issues, rule.clause) ? issues[rule.clause]?.level : null) ?? null;
      return level !== null && within(level, rule.below, rule.atLeast) ? { met: true, triggers: [{ kind: "issue", clause: rule.clause, level }] } : NO;
    }
    case "answer": {
      const score = answerScore(context.score, rule.key);
      return score !== null && within(score, rule.below, rule.atLeast) ? { met: true, triggers: [{ kind: "answer", key: rule.key, score }] } : NO;
    }
    case "duty": {
      const ruleId = context.duties.get(rule.duty);
      return ruleId === undefined ? NO : { met: true, triggers: [{ kind: "duty", duty: rule.duty, ruleId }] };
    }
  }
}
