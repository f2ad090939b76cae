import type { Decimal } from "decimal.js";
import { D } from "../core/decimal.js";
import type { GroupTemplate } from "./groups.js";
import { plausibilityWarnings } from "./plausibility.js";
import type { Organisation } from "./activity.schema.js";
import { THEMES, type Scope3Category, type Theme } from "./themes.js";
import type { DualAmount, Footprint, FootprintGroup, FootprintLine, LineCounts } from "./types.js";
import { exactly, fraction, plus, times, toDecimalOnce, ZERO, rational, type Rational } from "./exact.js";

const MILLI = /* @__PURE__ */ new D("0.001");

/**
 * Turns a group's template and exact sum into its public form. Every figure is the line sum times
 * the conversion and the factor value, divided last, so it is rounded at most once. A unit kept as
 * it is (or read as another, m3 as Nm3) multiplies and divides by the same value: then the figures
 * are the line sum times the value. The keys are written out (not spread), in the order results
 * have always had them.
 */
export function materialize(template: GroupTemplate, lineQuantity: Decimal, lines: number): FootprintGroup {
  const { conversion, mjPerUnit } = template;
  const { times: by, divide } = conversion;
  const same = by === divide;
  const of = (value: Decimal): Decimal => (same ? exactly([lineQuantity, value]) : exactly([lineQuantity, by, value], [divide]));
  return {
    key: template.key,
    theme: template.theme,
    factorId: template.factorId,
    overridden: template.overridden,
    layer: template.layer,
    lineUnit: template.lineUnit,
    unit: template.unit,
    conversion,
    mjPerUnit,
    parts: template.parts.map(({ kind, column, value, scope, category, basis }) => ({ kind, column, value, scope, category, basis, kg: of(value) })),
    lineQuantity,
    quantity: same ? lineQuantity : exactly([lineQuantity, by], [divide]),
    lines,
    // MJ to GJ: times 0.001, which divides by 1000 exactly.
    energyGJ: mjPerUnit === null ? new D(0) : same ? exactly([lineQuantity, mjPerUnit, MILLI]) : exactly([lineQuantity, by, mjPerUnit, MILLI], [divide]),
  };
}

/** A group's quantity in the factor's unit as an exact fraction (the lines' sum, converted). */
export function groupQuantity(group: Pick<FootprintGroup, "lineQuantity" | "conversion">): Rational {
  const { times: by, divide } = group.conversion;
  return by === divide ? rational(group.lineQuantity) : fraction([group.lineQuantity, by], [divide]);
}

/** The groups with at least one line, in key order (so results never depend on line order). */
export function sortGroups(groups: Iterable<FootprintGroup>): FootprintGroup[] {
  return [...groups].filter((group) => group.lines > 0).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Everything a footprint is computed from; the totals follow from it. */
export interface FootprintBasis {
  readonly year: number;
  readonly factorSet: Footprint["factorSet"];
  readonly organisation: Organisation | undefined;
  readonly detail: Footprint["detail"];
  readonly groups: readonly FootprintGroup[];
  readonly lines: readonly FootprintLine[];
  readonly unknown: LineCounts;
  readonly estimated: LineCounts;
  readonly checks: Footprint["checks"];
}

interface Dual {
  marketBased: Rational;
  locationBased: Rational;
}

const dual = (): Dual => ({ marketBased: ZERO, locationBased: ZERO });
/** Both bases as Decimals; one Decimal for both when they are equal (as for every part counted on both). */
function rounded({ marketBased, locationBased }: Dual): DualAmount {
  const market = toDecimalOnce(marketBased);
  const same = marketBased === locationBased || (marketBased.n === locationBased.n && marketBased.d === locationBased.d);
  return { marketBased: market, locationBased: same ? market : toDecimalOnce(locationBased) };
}

/**
 * Sums the groups into scopes, categories, themes, memo items and energy, and adds the warnings.
 * The sums are exact fractions, each rounded once at the end (only when it is not a finite decimal).
 */
export function assemble(basis: FootprintBasis): Footprint {
  let scope1 = ZERO;
  const scope2 = dual();
  const categories = Array.from({ length: 16 }, () => ZERO);
  const themes = Object.fromEntries(THEMES.map((theme) => [theme, dual()])) as Record<Theme, Dual>;
  const memo = { biogenic: ZERO, avoided: ZERO, offsets: ZERO };
  let energy = ZERO;
  for (const group of basis.groups) {
    const quantity = groupQuantity(group);
    if (group.mjPerUnit !== null) energy = plus(energy, times(quantity, rational(group.mjPerUnit)));
    const theme = themes[group.theme];
    for (const part of group.parts) {
      const kg = times(quantity, rational(part.value));
      if (part.kind === "biogenic") memo.biogenic = plus(memo.biogenic, kg);
      else if (part.kind === "avoided") memo.avoided = plus(memo.avoided, kg);
      else if (part.kind === "offset") memo.offsets = plus(memo.offsets, kg);
      else {
        const market = part.basis !== "location";
        const location = part.basis !== "market";
        if (market) theme.marketBased = plus(theme.marketBased, kg);
        if (location) theme.locationBased = plus(theme.locationBased, kg);
        if (part.scope === 1) scope1 = plus(scope1, kg);
        else if (part.scope === 2) {
          if (market) scope2.marketBased = plus(scope2.marketBased, kg);
          if (location) scope2.locationBased = plus(scope2.locationBased, kg);
        } else if (part.category !== null) categories[part.category] = plus(categories[part.category] ?? ZERO, kg);
      }
    }
  }
  const scope3 = categories.reduce(plus, ZERO);
  const total: DualAmount = rounded({
    marketBased: plus(plus(scope1, scope2.marketBased), scope3),
    locationBased: plus(plus(scope1, scope2.locationBased), scope3),
  });
  const energyGJ = toDecimalOnce(times(energy, { n: 1n, d: 1000n, places: 3 }));
  const footprint = {
    year: basis.year,
    factorSet: basis.factorSet,
    ...(basis.organisation === undefined ? {} : { organisation: basis.organisation }),
    detail: basis.detail,
    scope1: toDecimalOnce(scope1),
    scope2: rounded(scope2),
    scope3: {
      total: toDecimalOnce(scope3),
      categories: Object.fromEntries(categories.slice(1).map((kg, i) => [i + 1, toDecimalOnce(kg)])) as Record<Scope3Category, Decimal>,
    },
    total,
    themes: Object.fromEntries(THEMES.map((theme) => [theme, rounded(themes[theme])])) as Record<Theme, DualAmount>,
    memo: { biogenic: toDecimalOnce(memo.biogenic), avoided: toDecimalOnce(memo.avoided), offsets: toDecimalOnce(memo.offsets) },
    energyGJ,
    groups: basis.groups,
    lines: basis.lines,
    unknown: basis.unknown,
    estimated: basis.estimated,
    checks: basis.checks,
    warnings: [] as Footprint["warnings"],
  };
  // The warnings read the figures above; they are written into their own key, the last one.
  footprint.warnings = plausibilityWarnings(footprint);
  return footprint;
}

/** Builds line counts from per-theme counts and (optionally) ids. */
export function lineCounts(byTheme: Partial<Record<Theme, number>>, ids: readonly string[]): LineCounts {
  return { count: Object.values(byTheme).reduce((sum, n) => sum + n, 0), byTheme, ids };
}
