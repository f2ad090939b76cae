import { invalidIssues } from "../core/errors.js";
import { deepFreeze } from "../core/freeze.js";
import { Builder, paragraphOf, t } from "./builder.js";
import { emissions, energy } from "./climate.js";
import { environment } from "./environment.js";
import { general, practices } from "./general.js";
import { inputParser, optionsParser, type VsmeInput, type VsmeOptions } from "./report.schema.js";
import { RULES } from "./rules.js";
import { social } from "./social.js";
import { TAXONOMY, type VsmeConceptName } from "./taxonomy/data.js";
import type { VsmeGap, VsmeReport } from "./types.js";

/**
 * The VSME report (Basic Module, B1 to B11) of a company's year, as datapoints keyed by the
 * concept names of the EFRAG VSME taxonomy 2026-05-01.
 *
 * - B1, B4, B5, B8-B11 come from the input; rates and averages use the formulas of VSME (turnover
 *   rate = leavers / average employees, accident rate = accidents x 200,000 / hours worked, pay gap =
 *   (men's - women's average hourly pay) / men's, CBA coverage = covered / employees, training hours
 *   = hours / employees of that gender); percentages are ratios, as XBRL stores them.
 * - B2 comes from `practices`: the user's `issues`, or those derived from the action-plan measures
 *   (by theme) and the ISO 26000 scan (issues at level 2, "policy and plan", or higher).
 * - B3 comes exactly from the `footprint`: total energy = the energy (GJ) of the electricity, heat,
 *   fuel and mobile-machinery lines / 3.6 in MWh; tCO2e = kg / 1000; intensity = tCO2e / EUR
 *   turnover. The breakdown comes from the `environment`: the electricity row is bought electricity
 *   and heat (VSME par. 86), renewable by guarantees of origin (par. 84) or the line's statement, and
 *   the electricity generated on site has its own row.
 * - B6 water withdrawal and B7 waste (total, hazardous, non-hazardous, to recycling, to disposal)
 *   come from the `environment`; high water stress, process water, circular economy and materials
 *   from `water` and `resources`.
 *
 * Nothing missing is filled in: every `always` datapoint not given is in `missing` (and the report
 * is not `complete`), every `if-applicable` one in `questions` with the question that decides it.
 *
 * @param input - see {@link vsmeInputSchema}; not changed
 * @param options - see {@link vsmeOptionsSchema}
 * @returns the report, frozen
 * @throws {@link KoploperError} `INVALID_INPUT` with every issue and its path, for the input or the
 *   options, or when the `environment` is of another year or factor set than the `footprint`
 *
 * @example
 * ```ts
 * import { vsmeReport } from "koploper/vsme";
 *
 * const report = vsmeReport(
 *   { entity: { name: "Bakkerij", scheme: "euid", identifier: "NLNHR.12345678" }, general: { turnoverEur: 850000 } },
 *   { module: "basic", period: { start: "2026-01-01", end: "2026-12-31" } },
 * );
 * report.datapoints["vsme:Turnover"]?.[0]?.value; //=> "850000"
 * report.complete; //=> false
 * ```
 */
export function vsmeReport(input: VsmeInput, options: VsmeOptions): VsmeReport {
  const parsedOptions = optionsParser.parse(options);
  const parsed = inputParser.parse(input);
  const period = parsedOptions.period;
  const b = new Builder(period);
  general(b, parsed);
  practices(b, parsed);
  const footprint = parsed.footprint;
  const env = parsed.environment;
  if (footprint !== undefined && env !== undefined && (env.year !== footprint.year || env.factorSet.id !== footprint.factorSet.id)) {
    const message = `the environmental performance (${env.year}, ${env.factorSet.id}) is not of the footprint's input (${footprint.year}, ${footprint.factorSet.id})`;
    throw invalidIssues("VSME input", [{ path: ["environment"], message, code: "environment_mismatch" }]);
  }
  if (footprint !== undefined) {
    if (footprint.year < Number(period.start.slice(0, 4)) || footprint.year > Number(period.end.slice(0, 4))) {
      b.note(
        "FOOTPRINT_YEAR",
        t(`The footprint is of ${footprint.year}, outside the reporting period.`, `De footprint is van ${footprint.year}, buiten de verslagperiode.`),
      );
    }
    energy(b, footprint, env);
    emissions(b, parsed, footprint);
  }
  environment(b, parsed);
  social(b, parsed);

  const missing: VsmeGap[] = [];
  const questions: VsmeGap[] = [];
  const optional: VsmeGap[] = [];
  for (const [name, rule] of Object.entries(RULES) as [VsmeConceptName, NonNullable<(typeof RULES)[VsmeConceptName]>][]) {
    if (b.datapoints[name] !== undefined) continue;
    const gap: VsmeGap = {
      concept: name,
      ...paragraphOf(name),
      status: rule.status,
      ...(rule.question === undefined ? {} : { question: rule.question, answer: b.answers[name] ?? null }),
    };
    if (rule.status === "always" || gap.answer === "applies") missing.push(gap);
    if (rule.status === "if-applicable") questions.push(gap);
    if (rule.status === "may") optional.push(gap);
  }
  return deepFreeze({
    module: parsedOptions.module,
    period: { start: period.start, end: period.end },
    locale: parsedOptions.locale ?? "nl",
    entity: parsed.entity,
    entryPoint: TAXONOMY.entryPoint,
    complete: missing.length === 0,
    datapoints: b.datapoints,
    missing,
    questions,
    optional,
    notes: b.notes,
  });
}
