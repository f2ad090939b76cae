import type { Decimal } from "decimal.js";
import { D } from "../core/decimal.js";
import { invalidIssues, KoploperError, type KoploperIssue } from "../core/errors.js";
import type { Locale, Localized } from "../core/localized.js";
import type { MeasureTheme } from "../core/measure-themes.js";
import { getFactor } from "../factors/lookup.js";
import type { FactorSet } from "../factors/factor-set.schema.js";
import type { ScenarioChange } from "../footprint/analysis.schema.js";
import { applyScenario } from "../footprint/analysis.js";
import { calculateFootprint } from "../footprint/calculate.js";
import type { Activity, FootprintInput, FootprintOptions } from "../footprint/activity.schema.js";
import type { Footprint } from "../footprint/types.js";
import { analyzeGaps } from "../iso26000/gaps.js";
import type { RelevanceInput } from "../iso26000/relevance.schema.js";
import { getCoreSubjectOfIssue } from "../iso26000/standard.js";
import type { IsoDate } from "../lifecycle/dates.js";
import { parseMeasure, type Measure } from "../lifecycle/measure.schema.js";
import { CORE_SUBJECT_CLAUSES } from "../lifecycle/common.schema.js";
import type { AuditRecommendation } from "../lifecycle/summaries.schema.js";
import { evaluateRule, selectLines, type ResolvedLine, type RuleContext, type Trigger } from "./applicability.js";
import { catalogueParser, type Amount, type CatalogueMeasure, type MeasureCatalogue } from "./catalogue.schema.js";
import { measureCatalogue } from "./catalogue.js";
import { energyDuties, type EnergyDutyCheck } from "./duties.js";
import type { EnergyDuty } from "./duties.schema.js";
import { auditInputParser, auditOptionsParser, measureOptionsParser, type AuditInput, type AuditOptions, type MeasureOptions } from "./recommend.schema.js";

/**
 * A measure parameter as the audit used it: its `id`, the `value`, and whether it came from a
 * `source` (the catalogue's default, with its URL) or is the adviser's estimate.
 *
 * @example
 * ```ts
 * import type { UsedParameter } from "koploper/audit";
 *
 * const estimated = (p: UsedParameter) => p.basis === "adviser-estimate";
 * ```
 */
export interface UsedParameter {
  readonly id: string;
  readonly value: Decimal;
  readonly basis: "source" | "adviser-estimate";
  readonly source: string | null;
}

/**
 * One item of the audit's recommendation list:
 * - `id` (stable: `duty:<rule>`, `measure:<measure>` or `iso26000:<recommendation>`), `source`
 *   and `rank` (1 is first);
 * - `title`, `text`, and what it serves: `theme`, ISO 26000 `issues` and `coreSubject`, the EML
 *   `emlCategory` and `emlCode`, and `servesDuty` (the rule id of the energy duty whose EML part
 *   the measure is in, when that duty applies);
 * - `triggers`: why it is on the list (lines, profile, answers, thresholds or gaps);
 * - `co2ReductionKg`: the footprint before minus after the measure, both ways (kg CO2-eq; `null`
 *   when the measure has no footprint effect or a parameter is missing, see `missingParameters`);
 * - `changes`: that effect as scenario changes on the participant's own lines (for
 *   `applyScenario`, to see what chosen measures do together); empty when `co2ReductionKg` is `null`;
 * - `parameters` used, `investment`, `annualSavings` (each with its basis) and `paybackYears`
 *   (investment / annual savings, `null` unless both are known and savings are above 0);
 * - `deadline`: a duty's next reporting deadline.
 *
 * @example
 * ```ts
 * import type { AuditItem } from "koploper/audit";
 *
 * const why = (item: AuditItem) => item.triggers.map((t) => t.kind).join(", ");
 * ```
 */
export interface AuditItem {
  readonly id: string;
  readonly source: "duty" | "measure" | "iso26000";
  readonly rank: number;
  readonly title: Localized;
  readonly text: Localized;
  readonly theme: MeasureTheme;
  readonly issues: readonly string[];
  readonly coreSubject: string;
  readonly emlCategory: string | null;
  readonly emlCode: string | null;
  readonly servesDuty: string | null;
  readonly triggers: readonly Trigger[];
  readonly co2ReductionKg: { readonly marketBased: Decimal; readonly locationBased: Decimal } | null;
  readonly changes: readonly ScenarioChange[];
  readonly parameters: readonly UsedParameter[];
  readonly missingParameters: readonly string[];
  readonly investment: Amount | null;
  readonly annualSavings: Amount | null;
  readonly paybackYears: Decimal | null;
  readonly deadline: IsoDate | null;
}

/**
 * What {@link auditRecommendations} returns: the `date`, the participant's `footprint`, the
 * energy-duty check (`duties`, naming the rule set used) and the prioritised `items`.
 *
 * @example
 * ```ts
 * import type { AuditResult } from "koploper/audit";
 *
 * const first = (result: AuditResult) => result.items[0]?.title.nl;
 * ```
 */
export interface AuditResult {
  readonly date: IsoDate;
  readonly footprint: Footprint;
  readonly duties: EnergyDutyCheck;
  readonly items: readonly AuditItem[];
}

type Draft = Omit<AuditItem, "rank">;
type Options = ReturnType<typeof auditOptionsParser.parse>;
type Estimate = NonNullable<Options["estimates"]>[string];
const ZERO = /* @__PURE__ */ new D(0);
const ONE = /* @__PURE__ */ new D(1);

function resolveLines(lines: readonly Activity[], factors: FactorSet): ResolvedLine[] {
  return [...lines]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((line) => {
      const ref = "factor" in line && (typeof line.factor === "string" || typeof line.factor === "number") ? line.factor : undefined;
      // The footprint was calculated first, so every factor of a line is in the set.
      return { line, factorId: ref === undefined ? null : getFactor(factors, ref).id };
    });
}

function checkEstimates(catalogue: MeasureCatalogue, estimates: Options["estimates"]): void {
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
    const own = estimate?.parameters?.[parameter.id];
    if (own !== undefined) used.push({ id: parameter.id, value: own, basis: "adviser-estimate", source: null });
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

function amountOf(estimate: Decimal | undefined, own: Amount | undefined): Amount | null {
  if (estimate !== undefined) return { eur: estimate, basis: "adviser-estimate" };
  return own ?? null;
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

function measureItem(
  measure: CatalogueMeasure,
  context: RuleContext,
  footprint: { readonly input: FootprintInput; readonly options: FootprintOptions },
  options: Options,
  duties: EnergyDutyCheck,
): Draft | null {
  const outcome = evaluateRule(measure.applies, context);
  if (!outcome.met) return null;
  const estimate = options.estimates?.[measure.id];
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
function byReduction(a: { item: Draft; order: number }, b: { item: Draft; order: number }): number {
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

function dutyItems(check: EnergyDutyCheck): Draft[] {
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

function isoItems(iso: NonNullable<ReturnType<typeof auditInputParser.parse>["iso26000"]>, top: number): Draft[] {
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

/** The bundled catalogue, validated once. */
let bundled: MeasureCatalogue | undefined;

/**
 * The adviser's audit list for one participant, from three sources in one prioritised list:
 * 1. the legal energy duties that apply on `options.date` (each with the figure that triggers it
 *    and its next deadline), in the order of the rule set;
 * 2. the catalogue measures whose rule applies, ranked by CO2 reduction (market-based, exact, kg)
 *    computed with `applyScenario` on the participant's own lines, then by payback when costs are
 *    known; a measure waiting for a parameter comes after those with a known reduction;
 * 3. the ISO 26000 gaps, as `analyzeGaps` ranks them (critical first, then significance x gap).
 * Every item names its triggers and what it serves. The result is deterministic and does not
 * depend on the order of the lines or of the answers.
 *
 * @param input - the participant: `footprint` input, organisation `profile`, optional `iso26000`
 *   score and relevance (see {@link auditInputSchema})
 * @param options - `date`, `factors` and the rest (see {@link auditOptionsSchema})
 * @returns the footprint, the duty check and the items, ranked
 * @throws {@link KoploperError} `INVALID_INPUT` for invalid input or options (every issue with its
 *   path, also for an estimate of an unknown measure or parameter); as `calculateFootprint` for lines
 *   it cannot calculate
 *
 * @example
 * ```ts
 * import { auditRecommendations } from "koploper/audit";
 * import { nl2026 } from "koploper/factors/nl-2026";
 *
 * const result = auditRecommendations(
 *   {
 *     footprint: { year: 2026, activities: [
 *       { id: "power", theme: "electricity", quantity: 62000, unit: "kWh" },
 *       { id: "gas", theme: "fuel", factor: "aardgas-g-gas", quantity: 18000, unit: "Nm3" },
 *     ] },
 *     profile: { size: "small", offers: "products", customers: "consumers", market: "local", sector: "manufacturing" },
 *   },
 *   { date: "2026-06-01", factors: nl2026, topPerSource: { measures: 3 } },
 * );
 * result.items.map((item) => item.id); //=> ["duty:energiebesparingsplicht-2023", "duty:informatieplicht-2023", "measure:green-electricity", "measure:heating-timer", "measure:weather-compensation"]
 * result.items[2]?.co2ReductionKg?.marketBased.toString(); //=> "29946"
 * ```
 */
export function auditRecommendations(input: AuditInput, options: AuditOptions): AuditResult {
  const participant = auditInputParser.parse(input);
  const parsed = auditOptionsParser.parse(options);
  bundled ??= parsed.catalogue === undefined ? catalogueParser.parse(measureCatalogue) : undefined;
  const catalogue = parsed.catalogue ?? (bundled as MeasureCatalogue);
  checkEstimates(catalogue, parsed.estimates);
  const footprintOptions: FootprintOptions = { factors: parsed.factors, ...(parsed.accounting === undefined ? {} : { accounting: parsed.accounting }) };
  const footprintInput = participant.footprint as FootprintInput;
  const footprint = calculateFootprint(footprintInput, footprintOptions);
  const duties = energyDuties(footprintInput, {
    date: parsed.date,
    factors: parsed.factors,
    ...(options.rules === undefined ? {} : { rules: options.rules }),
    ...(options.site === undefined ? {} : { site: options.site }),
    ...(parsed.location === undefined ? {} : { location: parsed.location }),
  });
  const applying = new Map<EnergyDuty, string>();
  for (const duty of duties.duties) if (duty.applies === true && !applying.has(duty.duty)) applying.set(duty.duty, duty.ruleId);
  const context: RuleContext = {
    lines: resolveLines(participant.footprint.activities, parsed.factors),
    profile: participant.profile,
    score: participant.iso26000?.score ?? null,
    duties: applying,
  };
  const per = parsed.topPerSource ?? {};
  const measures = catalogue.measures
    .map((measure, order) => ({ item: measureItem(measure, context, { input: footprintInput, options: footprintOptions }, parsed, duties), order }))
    .filter((entry): entry is { item: Draft; order: number } => entry.item !== null)
    .sort(byReduction)
    .map((entry) => entry.item)
    .slice(0, per.measures ?? 10);
  const iso = participant.iso26000 === undefined ? [] : isoItems(participant.iso26000, per.iso26000 ?? 5);
  const all = [...dutyItems(duties).slice(0, per.duties ?? 1000), ...measures, ...iso].slice(0, parsed.top ?? 3000);
  return { date: parsed.date, footprint, duties, items: all.map((item, index) => ({ ...item, rank: index + 1 })) };
}

/**
 * Turns an audit item into an action-plan measure that carries the item's id as its
 * `recommendationId`, so the lifecycle links the measure to the recommendation: title and
 * description in the chosen locale, theme, core subject, investment, annual savings in EUR and
 * the annual CO2 reduction (market-based) where the item has them.
 *
 * @param item - one of `auditRecommendations(...).items`
 * @param options - the measure's `id`, and optionally `owner`, `plannedStart`, `deadline`,
 *   `status`, `locale` (see {@link measureOptionsSchema})
 * @returns the validated measure
 * @throws {@link KoploperError} `INVALID_INPUT` for invalid options or an item that is not one
 *
 * @example
 * ```ts
 * import { auditRecommendations, itemToMeasure } from "koploper/audit";
 * import { nl2026 } from "koploper/factors/nl-2026";
 *
 * const { items } = auditRecommendations(
 *   { footprint: { year: 2026, activities: [{ id: "power", theme: "electricity", quantity: 10000, unit: "kWh" }] },
 *     profile: { size: "micro", offers: "services", customers: "businesses", market: "local", sector: "services" } },
 *   { date: "2026-06-01", factors: nl2026 },
 * );
 * const measure = itemToMeasure(items[0]!, { id: "m1", owner: "Directie" });
 * measure.recommendationId; //=> "measure:green-electricity"
 * measure.annualCo2ReductionKg?.toString(); //=> "4830"
 * ```
 */
export function itemToMeasure(item: AuditItem, options: MeasureOptions): Measure {
  const parsed = measureOptionsParser.parse(options);
  if (typeof item !== "object" || item === null || typeof item.id !== "string" || typeof item.title !== "object" || typeof item.text !== "object") {
    const message = "expected an item of auditRecommendations";
    throw new KoploperError("INVALID_INPUT", message, [{ path: ["item"], message, code: "invalid_type" }]);
  }
  const locale: Locale = parsed.locale ?? "nl";
  const coreSubject = CORE_SUBJECT_CLAUSES.find((clause) => clause === item.coreSubject);
  const savings = item.annualSavings?.eur;
  return parseMeasure({
    id: parsed.id,
    title: item.title[locale],
    description: item.text[locale],
    theme: item.theme,
    ...(coreSubject === undefined ? {} : { coreSubject }),
    recommendationId: item.id,
    ...(parsed.owner === undefined ? {} : { owner: parsed.owner }),
    ...(parsed.plannedStart === undefined ? {} : { plannedStart: parsed.plannedStart }),
    ...(parsed.deadline === undefined ? {} : { deadline: parsed.deadline }),
    ...(parsed.status === undefined ? {} : { status: parsed.status }),
    ...(item.investment === null ? {} : { investment: item.investment.eur }),
    ...(savings === undefined ? {} : { annualSavings: { eur: savings } }),
    ...(item.co2ReductionKg === null ? {} : { annualCo2ReductionKg: item.co2ReductionKg.marketBased }),
  });
}

/**
 * Turns an audit item into the recommendation an `audit-completed` event records: the item's id,
 * title, theme, core subject and its text in the chosen locale as the description.
 *
 * @param item - one of `auditRecommendations(...).items`
 * @param locale - the language of the description; Dutch by default
 * @returns the audit recommendation
 * @throws {@link KoploperError} `INVALID_INPUT` for a locale other than "nl" or "en"
 *
 * @example
 * ```ts
 * import { auditRecommendations, itemToAuditRecommendation } from "koploper/audit";
 * import { nl2026 } from "koploper/factors/nl-2026";
 *
 * const { items } = auditRecommendations(
 *   { footprint: { year: 2026, activities: [{ id: "power", theme: "electricity", quantity: 10000, unit: "kWh" }] },
 *     profile: { size: "micro", offers: "services", customers: "businesses", market: "local", sector: "services" } },
 *   { date: "2026-06-01", factors: nl2026 },
 * );
 * itemToAuditRecommendation(items[0]!).id; //=> "measure:green-electricity"
 * ```
 */
export function itemToAuditRecommendation(item: AuditItem, locale: Locale = "nl"): AuditRecommendation {
  if (locale !== "nl" && locale !== "en") {
    const message = `the locale is "nl" or "en", not ${JSON.stringify(locale)}`;
    throw new KoploperError("INVALID_INPUT", message, [{ path: ["locale"], message, code: "invalid_value" }]);
  }
  const coreSubject = CORE_SUBJECT_CLAUSES.find((clause) => clause === item.coreSubject);
  return { id: item.id, title: item.title, theme: item.theme, description: item.text[locale], ...(coreSubject === undefined ? {} : { coreSubject }) };
}
