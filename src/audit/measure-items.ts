import type { Decimal } from "decimal.js";
import { D } from "../core/decimal.js";
import { invalidIssues, type KoploperIssue } from "../core/errors.js";
import { getFactor } from "../factors/lookup.js";
import type { FactorSet } from "../factors/factor-set.schema.js";
import type { ScenarioChange } from "../footprint/analysis.schema.js";
import { applyScenario } from "../footprint/analysis.js";
import type { Activity, FootprintInput } from "../footprint/activity.schema.js";
import type { FootprintOptions } from "../footprint/options.schema.js";
import { getCoreSubjectOfIssue } from "../iso26000/standard.js";
import { evaluateRule, selectLines, type ResolvedLine, type RuleContext } from "./applicability.js";
import type { Draft, UsedParameter } from "./audit-item.js";
import type { Amount, CatalogueMeasure, MeasureCatalogue } from "./catalogue.schema.js";
import type { EnergyDutyCheck } from "./duties.js";
import type { CheckedAuditOptions } from "./recommend.schema.js";

// The catalogue measures of an audit: which apply, with what parameters, what they save and how
// they rank.

type Estimates = NonNullable<CheckedAuditOptions["estimates"]>;
type Estimate = Estimates[string];
const ZERO = /* @__PURE__ */ new D(0);
const ONE = /* @__PURE__ */ new D(1);

/** A record's own entry `key`, never an inherited one such as `constructor`. */
function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The participant's lines in id order, each with the id of the factor it uses in the set. */
export function resolveLines(lines: readonly Activity[], factors: FactorSet): ResolvedLine[] {
  return [...lines]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((line) => {
      const ref = "factor" in line && (typeof line.factor === "string" || typeof line.factor === "number") ? line.factor : undefined;
      // The footprint was calculated first, so every factor of a line is in the set.
      return { line, factorId: ref === undefined ? null : getFactor(factors, ref).id };
    });
}

/** Refuses estimates of a measure or a parameter the catalogue lacks, and a share above 1 (`INVALID_INPUT`, every issue with its path). */
export function checkEstimates(catalogue: MeasureCatalogue, estimates: CheckedAuditOptions["estimates"]): void {
  const issues: KoploperIssue[] = [];
  for (const [id, estimate] of Object.entries(estimates ?? {})) {
    const measure = catalogue.measures.find((m) => m.id === id);
    if (measure === undefined) {
      issues.push({ path: ["estimates", id], message: `no measure "${id}" in the catalogue`, code: "unknown_measure" });
      continue;
    }
    for (const [name, value] of Object.entries(estimate.parameters ?? {})) {
      const parameter = measure.effect?.parameters.find((p) => p.id === name);
      if (parameter === undefined)
        issues.push({ path: ["estimates", id, "parameters", name], message: `measure "${id}" has no parameter "${name}"`, code: "unknown_parameter" });
      else if (parameter.kind === "share" && value.gt(1))
        issues.push({ path: ["estimates", id, "parameters", name], message: "a share is at most 1", code: "too_big" });
    }
  }
  if (issues.length > 0) throw invalidIssues("audit options", issues);
}

function parametersOf(measure: CatalogueMeasure, estimate: Estimate | undefined): { used: UsedParameter[]; missing: string[] } {
  const used: UsedParameter[] = [];
  const missing: string[] = [];
  for (const parameter of measure.effect?.parameters ?? []) {
    const estimated = own(estimate?.parameters, parameter.id);
    if (estimated !== undefined) used.push({ id: parameter.id, value: estimated, basis: "adviser-estimate", source: null });
    else if (parameter.default !== undefined)
      used.push({ id: parameter.id, value: parameter.default.value, basis: "source", source: parameter.default.source });
    else missing.push(parameter.id);
  }
  return { used, missing };
}

/** The measure's effect as scenario changes on the participant's own lines. */
function changesOf(
  measure: CatalogueMeasure,
  lines: readonly ResolvedLine[],
  values: ReadonlyMap<string, Decimal>,
  location: string | undefined,
): ScenarioChange[] {
  const value = (v: Decimal | { readonly parameter: string }): Decimal => ("parameter" in v ? (values.get(v.parameter) ?? ZERO) : v);
  const changes: ScenarioChange[] = [];
  for (const change of measure.effect?.changes ?? []) {
    switch (change.kind) {
      case "reduce":
        for (const { line } of selectLines(lines, change.lines))
          if (line.quantity !== null) changes.push({ kind: "scale", line: line.id, by: ONE.minus(value(change.share)) });
        break;
      case "shift":
        for (const { line } of selectLines(lines, change.lines)) {
          if (line.quantity === null || line.theme === "electricity" || line.theme === "other" || line.theme === "offset") continue;
          // Water, paper and solvents carry the user's own factor, not a factor of the set to shift to.
          if (line.theme === "water" || line.theme === "paper" || line.theme === "solvents") continue;
          const share = value(change.share);
          changes.push({ kind: "scale", line: line.id, by: ONE.minus(share) });
          const moved = { id: `${measure.id}:${line.id}`, theme: line.theme, factor: change.to, quantity: line.quantity.times(share), unit: line.unit };
          changes.push({ kind: "add", activity: { ...moved, ...(line.location === undefined ? {} : { location: line.location }) } });
        }
        break;
      case "switch-factor": {
        const refs = new Set(
          lines.filter((l) => l.factorId === change.from && l.line.theme !== "electricity").map((l) => ("factor" in l.line ? l.line.factor : undefined)),
        );
        for (const ref of refs) if (typeof ref === "string" || typeof ref === "number") changes.push({ kind: "switch-factor", from: ref, to: change.to });
        break;
      }
      case "green-electricity":
        if (lines.some(({ line }) => line.theme === "electricity"))
          changes.push({ kind: "green-electricity", share: value(change.share), source: change.source });
        break;
      case "add": {
        const base = {
          id: `${measure.id}:${change.line}`,
          quantity: value(change.quantity),
          unit: change.unit,
          ...(location === undefined ? {} : { location }),
        };
        if (change.theme === "electricity") changes.push({ kind: "add", activity: { ...base, theme: "electricity" } });
        else if (change.factor !== undefined) changes.push({ kind: "add", activity: { ...base, theme: change.theme, factor: change.factor } });
        break;
      }
    }
  }
  return changes;
}

function amountOf(estimate: Decimal | undefined, catalogued: Amount | undefined): Amount | null {
  if (estimate !== undefined) return { eur: estimate, basis: "adviser-estimate" };
  return catalogued ?? null;
}

function payback(investment: Amount | null, savings: Amount | null): Decimal | null {
  if (investment === null || savings === null || !savings.eur.gt(0)) return null;
  return investment.eur.div(savings.eur);
}

function servedDuty(measure: CatalogueMeasure, duties: EnergyDutyCheck): string | null {
  if (measure.emlCategory === undefined) return null;
  const part = measure.emlCategory.charAt(0);
  for (const duty of duties.duties) {
    if (duty.applies !== true || duty.duty !== "energiebesparingsplicht") continue;
    const eml = duty.eml.find((p) => p.code === part);
    if (eml !== undefined && (eml.toChoose || eml.categories.some((c) => c.code === measure.emlCategory))) return duty.ruleId;
  }
  return null;
}

/** The item of a measure whose rule applies (`null` otherwise), with its parameters, reduction, money and payback. */
export function measureItem(
  measure: CatalogueMeasure,
  context: RuleContext,
  footprint: { readonly input: FootprintInput; readonly options: FootprintOptions },
  options: CheckedAuditOptions,
  duties: EnergyDutyCheck,
): Draft | null {
  const outcome = evaluateRule(measure.applies, context);
  if (!outcome.met) return null;
  const estimate = own(options.estimates, measure.id);
  const { used, missing } = parametersOf(measure, estimate);
  let co2: Draft["co2ReductionKg"] = null;
  let changes: ScenarioChange[] = [];
  if (measure.effect !== undefined && missing.length === 0) {
    changes = changesOf(measure, context.lines, new Map(used.map((p) => [p.id, p.value])), options.location);
    const result = applyScenario(footprint.input, changes, footprint.options);
    co2 = {
      marketBased: result.before.total.marketBased.minus(result.after.total.marketBased),
      locationBased: result.before.total.locationBased.minus(result.after.total.locationBased),
    };
  }
  const investment = amountOf(estimate?.investment, measure.investment);
  const annualSavings = amountOf(estimate?.annualSavings, measure.annualSavings);
  return {
    id: `measure:${measure.id}`,
    source: "measure",
    title: measure.title,
    text: measure.description,
    theme: measure.theme,
    issues: measure.issues,
    coreSubject: getCoreSubjectOfIssue(measure.issues[0] ?? "6.5.5").clause,
    emlCategory: measure.emlCategory ?? null,
    emlCode: measure.emlCode ?? null,
    servesDuty: servedDuty(measure, duties),
    triggers: outcome.triggers,
    co2ReductionKg: co2,
    changes,
    parameters: used,
    missingParameters: missing,
    investment,
    annualSavings,
    paybackYears: payback(investment, annualSavings),
    deadline: null,
  };
}

/** Known reductions above zero first (largest first), then measures waiting for a parameter, then the rest; then the shorter payback; then catalogue order. */
export function byReduction(a: { item: Draft; order: number }, b: { item: Draft; order: number }): number {
  const group = (item: Draft) => (item.co2ReductionKg?.marketBased.gt(0) === true ? 0 : item.missingParameters.length > 0 ? 1 : 2);
  const groups = group(a.item) - group(b.item);
  if (groups !== 0) return groups;
  const co2 = (b.item.co2ReductionKg?.marketBased ?? ZERO).comparedTo(a.item.co2ReductionKg?.marketBased ?? ZERO);
  if (co2 !== 0) return co2;
  const pa = a.item.paybackYears;
  const pb = b.item.paybackYears;
  if (pa !== null && pb !== null && !pa.eq(pb)) return pa.comparedTo(pb);
  if ((pa === null) !== (pb === null)) return pa === null ? 1 : -1;
  return a.order - b.order;
}
