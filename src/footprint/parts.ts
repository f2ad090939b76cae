import type { Decimal } from "decimal.js";
import { refuse } from "../core/errors.js";
import type { FactorSection, FactorValueField, GwpSet } from "../factors/codes.js";
import type { Factor, FactorValues } from "../factors/factor-set.schema.js";
import { gwp } from "../factors/gwp.js";
import { factorValue } from "./factor-index.js";
import { THEME_SCOPES, type Scope3Category, type Theme } from "./themes.js";
import type { Accounting, GroupPart } from "./types.js";

// The parts rules: which values of a listed factor a line gets, into which scope (or memo), per
// kind of factor and accounting mode. One table, to read next to the GHG Protocol:
// - Corporate Standard, chapter 4: combustion in own sources and fugitive gases are scope 1,
//   purchased electricity and heat scope 2, the rest scope 3 (the theme's scope, THEME_SCOPES).
// - Scope 3 Standard, category 3: the upstream (well-to-tank) part of fuels and energy; strict
//   accounting moves it there out of scopes 1 and 2. Dutch practice (`wtw`) keeps the whole
//   well-to-wheel value in the line's scope (research emissions.md, finding 2: inferred).
// - Category 5: waste and wastewater. Avoided emissions and biogenic CO2 are memo items, never netted.

/** A part a rule makes, before its `kg` is known. */
export type PartSpec = Omit<GroupPart, "kg">;

/**
 * One rule of the table: a part of `kind` from the first of `columns` the factor publishes, into
 * `scope` and `category` (`"theme"`: the line's theme's scope and category). `required`: a factor
 * without any of the columns is refused (`MISSING_FACTOR_VALUE`); otherwise the part is left out
 * (and also when it is zero and `nonZero` is set). `column: "gwp"` is a gas's GWP-100 (see
 * {@link gwpPart}).
 */
export interface PartRule {
  readonly kind: "emission" | "biogenic" | "avoided";
  readonly columns: readonly FactorValueField[] | "gwp";
  readonly scope: 1 | 2 | 3 | "theme" | null;
  readonly category: Scope3Category | "theme" | null;
  readonly required: boolean;
  readonly nonZero?: boolean;
}

/** The kinds of listed factor the rules tell apart. */
export type FactorKind = "energy-supply" | "gas" | "waste" | "wastewater" | "fuel-or-transport";

const memo = (kind: "biogenic" | "avoided", column: FactorValueField, nonZero = false): PartRule => ({
  kind,
  columns: [column],
  scope: null,
  category: null,
  required: false,
  ...(nonZero ? { nonZero } : {}),
});

/**
 * The parts rules: per kind of factor and accounting mode, the parts a line gets. Strict accounting
 * applies in scopes 1 and 2 only: a line of a scope 3 theme gets the `wtw` rules in either mode.
 */
export const PART_RULES: { readonly [K in FactorKind]: { readonly [A in Accounting]: readonly PartRule[] } } = {
  // Electricity and heat (scope 2): the whole value, or production in scope 2 and the chain in 3.3.
  "energy-supply": {
    wtw: [{ kind: "emission", columns: ["total"], scope: 2, category: null, required: true }],
    "ghg-strict": [
      { kind: "emission", columns: ["production"], scope: 2, category: null, required: true },
      { kind: "emission", columns: ["chain"], scope: 3, category: 3, required: true },
    ],
  },
  // Refrigerants and other gases (fugitive, scope 1): the GWP-100 per kg, in either mode.
  gas: {
    wtw: [{ kind: "emission", columns: "gwp", scope: 1, category: null, required: true }],
    "ghg-strict": [{ kind: "emission", columns: "gwp", scope: 1, category: null, required: true }],
  },
  // Waste (3.5): the GHG Protocol column (collection and processing); avoided emissions as a memo.
  waste: {
    wtw: [{ kind: "emission", columns: ["ghgProtocol"], scope: 3, category: 5, required: true }, memo("avoided", "avoided")],
    "ghg-strict": [{ kind: "emission", columns: ["ghgProtocol"], scope: 3, category: 5, required: true }, memo("avoided", "avoided")],
  },
  // Wastewater (3.5), in VE: the total.
  wastewater: {
    wtw: [{ kind: "emission", columns: ["total"], scope: 3, category: 5, required: true }],
    "ghg-strict": [{ kind: "emission", columns: ["total"], scope: 3, category: 5, required: true }],
  },
  // Fuels and transport: WTW (TTW when the list publishes no WTW) in the theme's scope, or TTW there
  // and WTT in 3.3; biogenic CO2 as a memo.
  "fuel-or-transport": {
    wtw: [{ kind: "emission", columns: ["wtw", "ttw"], scope: "theme", category: "theme", required: true }, memo("biogenic", "biogenic", true)],
    "ghg-strict": [
      { kind: "emission", columns: ["ttw"], scope: "theme", category: "theme", required: true },
      { kind: "emission", columns: ["wtt"], scope: 3, category: 3, required: false },
      memo("biogenic", "biogenic", true),
    ],
  },
};

const KIND_OF_SECTION: { readonly [S in FactorSection]: FactorKind } = {
  electricity: "energy-supply",
  heat: "energy-supply",
  refrigerants: "gas",
  "other-emissions": "gas",
  waste: "waste",
  "vehicle-fuels": "fuel-or-transport",
  "energy-fuels": "fuel-or-transport",
  "passenger-transport": "fuel-or-transport",
  "freight-transport": "fuel-or-transport",
};

/** The kind of a listed factor on a line of `theme` (a waste factor on a wastewater line is `wastewater`). */
export function factorKind(section: FactorSection, theme: Theme): FactorKind {
  return section === "waste" && theme === "wastewater" ? "wastewater" : KIND_OF_SECTION[section];
}

/** The rules of a line of `theme` with a factor of `section` in `accounting`. */
export function rulesFor(section: FactorSection, theme: Theme, accounting: Accounting): readonly PartRule[] {
  const mode = (THEME_SCOPES[theme].scope ?? 3) === 3 ? "wtw" : accounting;
  return PART_RULES[factorKind(section, theme)][mode];
}

/** The GWP reports a calculation asks for: the set's own, or another one. */
export interface GwpChoice {
  readonly report: GwpSet;
  readonly setReport: GwpSet;
  readonly setId: string;
}

/** A published value, or `MISSING_FACTOR_VALUE` for the factor. */
export function value(values: FactorValues, column: FactorValueField, factor: Factor): Decimal {
  const amount = factorValue(values, column);
  if (amount === undefined) refuse("MISSING_FACTOR_VALUE", "missing_value", `factor ${factor.id} (${factor.name.nl}) publishes no ${column} value`, ["factor"]);
  return amount;
}

/**
 * A gas's GWP-100 part (scope 1): the set's `gwp100` when the report is the set's own, its `ar4`
 * for AR4, else the IPCC value of the factor's `gas`; `MISSING_FACTOR_VALUE` when none of these is there.
 */
export function gwpPart(factor: Factor, values: FactorValues, choice: GwpChoice): PartSpec {
  const { report } = choice;
  const column = report === choice.setReport ? "gwp100" : report === "AR4" ? "ar4" : undefined;
  const emission = (name: string, amount: Decimal): PartSpec => ({ kind: "emission", column: name, value: amount, scope: 1, category: null, basis: "both" });
  if (column !== undefined && values[column] !== undefined) return emission(column, value(values, column, factor));
  if (factor.gas === undefined) {
    refuse("MISSING_FACTOR_VALUE", "missing_value", `factor ${factor.id} (${factor.name.nl}) has no ${report} GWP in ${choice.setId} and names no gas`, [
      "factor",
    ]);
  }
  return emission(`gwp:${report}`, gwp(factor.gas, report));
}

/** The parts a listed factor gives a line of `theme`, by {@link PART_RULES}. */
export function listedParts(theme: Theme, factor: Factor, values: FactorValues, accounting: Accounting, choice: GwpChoice): PartSpec[] {
  const target = THEME_SCOPES[theme];
  const parts: PartSpec[] = [];
  for (const rule of rulesFor(factor.section, theme, accounting)) {
    if (rule.columns === "gwp") {
      parts.push(gwpPart(factor, values, choice));
      continue;
    }
    const column = rule.columns.find((name) => values[name] !== undefined);
    if (column === undefined) {
      if (rule.required) value(values, rule.columns[0] as FactorValueField, factor);
      continue;
    }
    const amount = factorValue(values, column) as Decimal;
    if (rule.nonZero === true && amount.isZero()) continue;
    parts.push({
      kind: rule.kind,
      column,
      value: amount,
      scope: rule.scope === "theme" ? (target.scope ?? 3) : rule.scope,
      category: rule.category === "theme" ? target.category : rule.category,
      basis: "both",
    });
  }
  return parts;
}
