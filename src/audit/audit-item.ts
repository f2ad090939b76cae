import type { Decimal } from "decimal.js";
import type { Localized } from "../core/localized.js";
import type { MeasureTheme } from "../core/measure-themes.js";
import type { ScenarioChange } from "../footprint/analysis.schema.js";
import type { Footprint } from "../footprint/types.js";
import type { IsoDate } from "../lifecycle/dates.js";
import type { Trigger } from "./applicability.js";
import type { Amount } from "./catalogue.schema.js";
import type { EnergyDutyCheck } from "./duties.js";

// What an audit returns: the items of its list and the result that holds them.

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

/** An item before it is ranked. */
export type Draft = Omit<AuditItem, "rank">;
