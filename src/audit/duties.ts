import type { Decimal } from "decimal.js";
import { D } from "../core/decimal.js";
import { refuse } from "../core/errors.js";
import type { Localized } from "../core/localized.js";
import { getFactor } from "../factors/lookup.js";
import type { FactorSet } from "../factors/factor-set.schema.js";
import type { FootprintInput } from "../footprint/activity.schema.js";
import { convertUnit } from "../footprint/units.js";
import type { IsoDate } from "../lifecycle/dates.js";
import {
  dutyOptionsParser,
  type CheckedSite as Site,
  footprintInputParser,
  ruleSetParser,
  usageParser,
  type DutyOptions,
  type EnergyDutyRule,
  type EnergyDutyRuleSet,
  type EnergyUsageInput,
} from "./duties.schema.js";
import { nlEnergyDuties } from "./data/nl-energy-duties.js";
import type { EnergyDuty } from "./duty-codes.js";

/**
 * One figure of a location's energy use: the `value` known and whether it is `complete` (`false`
 * when a figure or a line's quantity is unknown, so the true figure may be higher).
 *
 * @example
 * ```ts
 * import type { DutyFigure } from "koploper/audit";
 *
 * const shown = (figure: DutyFigure) => `${figure.value.toString()}${figure.complete ? "" : "+"}`;
 * ```
 */
export interface DutyFigure {
  readonly value: Decimal;
  readonly complete: boolean;
  /** The footprint lines the figure adds up (empty for a usage given as figures). */
  readonly lines: readonly string[];
}

/**
 * A location's energy use as a duty check counts it: electricity in kWh (bought plus own
 * generation, minus what is resold) and natural gas equivalent in m3 (natural gas plus other fuels
 * and heat converted), the lines left out with the reason, and the assumptions used.
 *
 * @example
 * ```ts
 * import type { CountedUsage } from "koploper/audit";
 *
 * const gas = (usage: CountedUsage) => usage.gasM3Equivalent.value.toString();
 * ```
 */
export interface CountedUsage {
  readonly electricityKWh: DutyFigure;
  readonly gasM3Equivalent: DutyFigure;
  readonly notCounted: readonly { readonly line: string; readonly reason: "vehicle-fuel" | "no-energy-content" | "other-location" }[];
  readonly assumptions: readonly Localized[];
}

/**
 * Why a duty applies or not: one `figure` against its `threshold` (`at-least`, `above`, or `is`
 * for a yes/no fact), and whether it is `met` (`null` when the figure is unknown).
 *
 * @example
 * ```ts
 * import type { DutyReason } from "koploper/audit";
 *
 * const line = (r: DutyReason) => `${r.figure}: ${String(r.value)} ${r.comparison} ${String(r.threshold)}`;
 * ```
 */
export interface DutyReason {
  readonly figure: "electricityKWh" | "gasM3Equivalent" | "rijkActivity" | "officeAreaM2" | "officeShare";
  readonly value: Decimal | boolean | null;
  readonly threshold: Decimal | boolean;
  readonly comparison: "at-least" | "above" | "is";
  readonly met: boolean | null;
}

/**
 * One EML part as it applies to a duty: its code and name, whether it always applies, and its
 * categories (for F and P only the ones the site named; `toChoose` when the site named none).
 *
 * @example
 * ```ts
 * import type { EmlPartFinding } from "koploper/audit";
 *
 * const codes = (part: EmlPartFinding) => part.categories.map((c) => c.code);
 * ```
 */
export interface EmlPartFinding {
  readonly code: "G" | "F" | "P";
  readonly name: Localized;
  readonly alwaysApplies: boolean;
  readonly toChoose: boolean;
  readonly categories: readonly {
    readonly code: string;
    readonly name: Localized;
    readonly measures: readonly { readonly code: string; readonly name: Localized }[];
  }[];
}

/**
 * One rule checked: the rule (`ruleId`, `duty`, `status`, validity, `title`, `text`, `sources`),
 * whether it `applies` (`null` when a figure it needs is unknown), the `reasons`, the next
 * reporting deadline on or after the date of the check, and the EML parts it covers.
 *
 * @example
 * ```ts
 * import type { DutyFinding } from "koploper/audit";
 *
 * const due = (finding: DutyFinding) => (finding.applies === true ? finding.nextDeadline : null);
 * ```
 */
export interface DutyFinding {
  readonly ruleId: string;
  readonly duty: EnergyDuty;
  readonly status: "in-force" | "announced";
  readonly validFrom: IsoDate | null;
  readonly validTo: IsoDate | null;
  readonly title: Localized;
  readonly text: Localized;
  readonly applies: boolean | null;
  readonly reasons: readonly DutyReason[];
  readonly nextDeadline: IsoDate | null;
  readonly eml: readonly EmlPartFinding[];
  readonly sources: readonly string[];
}

/**
 * What {@link energyDuties} returns: the `date`, the rule set used (`ruleSet`), the counted
 * `usage`, every rule in force on that date (`duties`, in the order of the rule set), the
 * announced rules as an `outlook` (never applied), and the earliest `nextDeadline` of the duties
 * that apply.
 *
 * @example
 * ```ts
 * import type { EnergyDutyCheck } from "koploper/audit";
 *
 * const applying = (check: EnergyDutyCheck) => check.duties.filter((d) => d.applies === true).map((d) => d.duty);
 * ```
 */
export interface EnergyDutyCheck {
  readonly date: IsoDate;
  readonly ruleSet: { readonly id: string; readonly title: Localized };
  readonly usage: CountedUsage;
  readonly duties: readonly DutyFinding[];
  readonly outlook: readonly DutyFinding[];
  readonly nextDeadline: IsoDate | null;
}

/**
 * The one place koploper decides how other fuels and heat count as natural gas equivalent: the
 * sources say they count "by equivalence" but give no method, so koploper converts by energy
 * content (the factor list's MJ per unit) into m3 of natural gas at the natural gas factor's MJ
 * per Nm3 (31.65 MJ/Nm3 for Aardgas (G-gas) in the 2026 list). Vehicle fuels are not location
 * energy use and are left out.
 */
const GAS_EQUIVALENT_ASSUMPTION: Localized = {
  nl: "Andere brandstoffen en warmte tellen als aardgasequivalent naar hun energie-inhoud (MJ per eenheid uit de factorenlijst) gedeeld door de energie-inhoud van 1 Nm3 aardgas uit dezelfde lijst. De bronnen noemen geen omrekenmethode: dit is een aanname van koploper. Brandstof voor voertuigen telt niet mee.",
  en: "Other fuels and heat count as natural gas equivalent by their energy content (MJ per unit from the factor list) divided by the energy content of 1 Nm3 of natural gas from the same list. The sources give no conversion method: this is koploper's assumption. Vehicle fuel is not counted.",
};

const ZERO = /* @__PURE__ */ new D(0);

function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((total, value) => total.plus(value), ZERO);
}

function fromUsage(input: EnergyUsageInput): CountedUsage {
  const usage = usageParser.parse(input);
  const bought = usage.electricityKWh;
  const electricity = sum([bought ?? ZERO, usage.generatedKWh ?? ZERO]).minus(usage.resoldKWh ?? ZERO);
  const gas = sum([usage.naturalGasM3 ?? ZERO, usage.otherGasEquivalentM3 ?? ZERO]);
  return {
    electricityKWh: { value: electricity, complete: bought !== undefined, lines: [] },
    gasM3Equivalent: { value: gas, complete: usage.naturalGasM3 !== undefined, lines: [] },
    notCounted: [],
    assumptions: [],
  };
}

function fromFootprint(input: FootprintInput, factors: FactorSet | undefined, location: string | undefined, naturalGas: string | number): CountedUsage {
  const data = footprintInputParser.parse(input);
  if (factors === undefined)
    refuse("INVALID_INPUT", "missing_factors", "a duty check of a footprint needs options.factors, the factor set of its lines", ["factors"]);
  const locations = [...new Set(data.activities.map((line) => line.location ?? ""))];
  if (location === undefined && locations.length > 1) {
    const message = `the lines are at several locations (${locations.map((l) => l || "(none)").join(", ")}): name one in options.location`;
    refuse("INVALID_INPUT", "several_locations", message, ["location"]);
  }
  const gasFactor = getFactor(factors, naturalGas);
  const gasMJ = gasFactor.values.mjPerUnit;
  const electricity: Decimal[] = [];
  const gas: Decimal[] = [];
  const electricityLines: string[] = [];
  const gasLines: string[] = [];
  const notCounted: CountedUsage["notCounted"][number][] = [];
  let electricityComplete = true;
  let gasComplete = true;
  let converted = false;
  const lines = [...data.activities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const line of lines) {
    if (location !== undefined && line.location !== location) {
      if (line.theme === "electricity" || line.theme === "fuel" || line.theme === "heat") notCounted.push({ line: line.id, reason: "other-location" });
      continue;
    }
    if (line.theme === "electricity") {
      electricityLines.push(line.id);
      if (line.quantity === null) electricityComplete = false;
      else electricity.push(convertUnit(line.quantity, line.unit, "kWh"));
      continue;
    }
    if (line.theme !== "fuel" && line.theme !== "heat") continue;
    const factor = getFactor(factors, line.factor);
    if (factor.section === "vehicle-fuels") {
      notCounted.push({ line: line.id, reason: "vehicle-fuel" });
      continue;
    }
    const mj = factor.values.mjPerUnit;
    const energyUnit = line.unit === "kWh" || line.unit === "MWh" || line.unit === "MJ" || line.unit === "GJ";
    if (gasMJ === undefined || (mj === undefined && !energyUnit)) {
      notCounted.push({ line: line.id, reason: "no-energy-content" });
      gasComplete = false;
      continue;
    }
    gasLines.push(line.id);
    if (line.quantity === null) {
      gasComplete = false;
      continue;
    }
    if (factor.id === gasFactor.id) {
      gas.push(convertUnit(line.quantity, line.unit, gasFactor.unit, gasMJ));
      continue;
    }
    converted = true;
    const megajoules = energyUnit ? convertUnit(line.quantity, line.unit, "MJ") : convertUnit(line.quantity, line.unit, factor.unit, mj).times(mj ?? 0);
    gas.push(megajoules.div(gasMJ));
  }
  return {
    electricityKWh: { value: sum(electricity), complete: electricityComplete, lines: electricityLines },
    gasM3Equivalent: { value: sum(gas), complete: gasComplete, lines: gasLines },
    notCounted,
    assumptions: converted ? [GAS_EQUIVALENT_ASSUMPTION] : [],
  };
}

function atLeast(figure: "electricityKWh" | "gasM3Equivalent", value: DutyFigure, threshold: Decimal): DutyReason {
  const reached = value.value.gte(threshold);
  return { figure, value: value.value, threshold, comparison: "at-least", met: reached ? true : value.complete ? false : null };
}

/** Any true is true, all false is false, otherwise unknown. */
function anyOf(values: readonly (boolean | null)[]): boolean | null {
  return values.includes(true) ? true : values.includes(null) ? null : false;
}

/** Any false is false, all true is true, otherwise unknown. */
function allOf(values: readonly (boolean | null)[]): boolean | null {
  return values.includes(false) ? false : values.includes(null) ? null : true;
}

function evaluate(rule: EnergyDutyRule, usage: CountedUsage, site: Site): { applies: boolean | null; reasons: DutyReason[] } {
  const trigger = rule.trigger;
  if (trigger.kind === "office") {
    const area = site.officeAreaM2 ?? null;
    const share = site.officeShare ?? null;
    const reasons: DutyReason[] = [
      {
        figure: "officeAreaM2",
        value: area,
        threshold: trigger.aboveOfficeAreaM2,
        comparison: "above",
        met: area === null ? null : area.gt(trigger.aboveOfficeAreaM2),
      },
      {
        figure: "officeShare",
        value: share,
        threshold: trigger.minOfficeShare,
        comparison: "at-least",
        met: share === null ? null : share.gte(trigger.minOfficeShare),
      },
    ];
    return { applies: allOf(reasons.map((r) => r.met)), reasons };
  }
  const reasons: DutyReason[] = [];
  if (trigger.electricityKWh !== undefined) reasons.push(atLeast("electricityKWh", usage.electricityKWh, trigger.electricityKWh));
  if (trigger.gasM3Equivalent !== undefined) reasons.push(atLeast("gasM3Equivalent", usage.gasM3Equivalent, trigger.gasM3Equivalent));
  const energy = anyOf(reasons.map((r) => r.met));
  if (trigger.requiresRijkActivity !== true) return { applies: energy, reasons };
  const rijk = site.rijkActivity ?? null;
  reasons.push({ figure: "rijkActivity", value: rijk, threshold: true, comparison: "is", met: rijk });
  return { applies: allOf([energy, rijk]), reasons };
}

function emlFor(rule: EnergyDutyRule, set: EnergyDutyRuleSet, site: Site): EmlPartFinding[] {
  return set.eml.parts
    .filter((part) => rule.emlParts.includes(part.code))
    .map((part) => {
      const chosen = part.alwaysApplies ? part.categories : part.categories.filter((category) => site.emlCategories?.includes(category.code) === true);
      return {
        code: part.code,
        name: part.name,
        alwaysApplies: part.alwaysApplies,
        toChoose: !part.alwaysApplies && site.emlCategories === undefined,
        categories: chosen,
      };
    });
}

function finding(rule: EnergyDutyRule, set: EnergyDutyRuleSet, usage: CountedUsage, site: Site, date: IsoDate): DutyFinding {
  const { applies, reasons } = evaluate(rule, usage, site);
  return {
    ruleId: rule.id,
    duty: rule.duty,
    status: rule.status,
    validFrom: rule.validFrom,
    validTo: rule.validTo,
    title: rule.title,
    text: rule.text,
    applies,
    reasons,
    nextDeadline: rule.deadlines.find((deadline) => deadline >= date) ?? null,
    eml: emlFor(rule, set, site),
    sources: rule.sources,
  };
}

function isFootprintInput(value: EnergyUsageInput | FootprintInput): value is FootprintInput {
  return typeof value === "object" && value !== null && "activities" in value;
}

/** The parsed bundled rules, validated once. */
let bundled: EnergyDutyRuleSet | undefined;

/** The rule set of validated options: the app's own, or the bundled Dutch rules. */
function ruleSetOf(rules: EnergyDutyRuleSet | undefined): EnergyDutyRuleSet {
  if (rules !== undefined) return rules;
  bundled ??= ruleSetParser.parse(nlEnergyDuties);
  return bundled;
}

/**
 * Checks which Dutch energy duties apply to one location on a date: the rules in force on that
 * date (valid from `validFrom` up to and including `validTo`), each with the figure against its
 * threshold, the next reporting deadline and the EML parts and categories that apply; the
 * announced rules as an outlook, never applied. The date is a parameter, never the clock.
 *
 * The location's use is given as figures ({@link EnergyUsageInput}) or as a footprint input
 * (activity lines, with `options.factors`): electricity lines count in kWh, natural gas lines in
 * m3, other stationary fuels and heat as natural gas equivalent by energy content (koploper's
 * assumption, stated in the result), vehicle fuels not at all. An unknown figure makes a duty
 * `null` (cannot tell) unless another figure already reaches its threshold.
 *
 * @param subject - the location's energy use, or its footprint input
 * @param options - `date`, and optionally `rules` (an app's own rule set; default
 *   {@link nlEnergyDuties}), `site`, `factors`, `location`, `naturalGas` (see {@link dutyOptionsSchema})
 * @returns the check, naming the rule set used
 * @throws {@link KoploperError} `INVALID_INPUT` for invalid usage, footprint or options (every issue
 *   with its path); `UNKNOWN_FACTOR` for a line whose factor is not in the set
 *
 * @example
 * ```ts
 * import { energyDuties } from "koploper/audit";
 *
 * const check = energyDuties({ electricityKWh: 62000, naturalGasM3: 18000 }, { date: "2026-06-01" });
 * check.duties.filter((d) => d.applies === true).map((d) => d.duty); //=> ["energiebesparingsplicht", "informatieplicht"]
 * check.nextDeadline; //=> "2027-12-01"
 * check.outlook[0]?.applies; //=> false
 * ```
 */
export function energyDuties(subject: EnergyUsageInput | FootprintInput, options: DutyOptions): EnergyDutyCheck {
  const parsed = dutyOptionsParser.parse(options);
  const set = ruleSetOf(parsed.rules);
  const site = parsed.site ?? {};
  const usage = isFootprintInput(subject) ? fromFootprint(subject, parsed.factors, parsed.location, parsed.naturalGas ?? "aardgas-g-gas") : fromUsage(subject);
  const date = parsed.date;
  const inForce = set.rules.filter(
    (rule) => rule.status === "in-force" && rule.validFrom !== null && rule.validFrom <= date && (rule.validTo === null || date <= rule.validTo),
  );
  const duties = inForce.map((rule) => finding(rule, set, usage, site, date));
  const outlook = set.rules.filter((rule) => rule.status === "announced").map((rule) => finding(rule, set, usage, site, date));
  const deadlines = duties
    .filter((d) => d.applies === true && d.nextDeadline !== null)
    .map((d) => d.nextDeadline as IsoDate)
    .sort();
  return { date, ruleSet: { id: set.id, title: set.title }, usage, duties, outlook, nextDeadline: deadlines[0] ?? null };
}
