import type { Decimal } from "decimal.js";
import { D } from "../core/decimal.js";
import type { Group } from "./engine.js";
import { plausibilityWarnings } from "./plausibility.js";
import type { Organisation } from "./schema.js";
import { THEMES, type Scope3Category, type Theme } from "./themes.js";
import type { DualAmount, Footprint, FootprintGroup, FootprintLine, LineCounts } from "./types.js";
import { applyConversion } from "./units.js";

/** Turns a group's template and exact sum into its public form: converted once, multiplied once. */
export function materialize(template: Group["template"], lineQuantity: Decimal, lines: number): FootprintGroup {
  const quantity = applyConversion(lineQuantity, template.conversion);
  return {
    ...template,
    lineQuantity,
    quantity,
    lines,
    energyGJ: template.mjPerUnit === null ? new D(0) : quantity.times(template.mjPerUnit).div(1000),
    parts: template.parts.map((part) => ({ ...part, kg: quantity.times(part.value) })),
  };
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

const dual = (): { marketBased: Decimal; locationBased: Decimal } => ({ marketBased: new D(0), locationBased: new D(0) });

/** Sums the groups into scopes, categories, themes, memo items and energy, and adds the warnings. */
export function assemble(basis: FootprintBasis): Footprint {
  let scope1 = new D(0);
  const scope2 = dual();
  const categories = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [i + 1, new D(0)])) as Record<Scope3Category, Decimal>;
  const themes = Object.fromEntries(THEMES.map((theme) => [theme, dual()])) as Record<Theme, { marketBased: Decimal; locationBased: Decimal }>;
  const memo = { biogenic: new D(0), avoided: new D(0), offsets: new D(0) };
  let energyGJ = new D(0);
  for (const group of basis.groups) {
    energyGJ = energyGJ.plus(group.energyGJ);
    const theme = themes[group.theme];
    for (const part of group.parts) {
      if (part.kind === "biogenic") memo.biogenic = memo.biogenic.plus(part.kg);
      else if (part.kind === "avoided") memo.avoided = memo.avoided.plus(part.kg);
      else if (part.kind === "offset") memo.offsets = memo.offsets.plus(part.kg);
      else {
        const market = part.basis !== "location";
        const location = part.basis !== "market";
        if (market) theme.marketBased = theme.marketBased.plus(part.kg);
        if (location) theme.locationBased = theme.locationBased.plus(part.kg);
        if (part.scope === 1) scope1 = scope1.plus(part.kg);
        else if (part.scope === 2) {
          if (market) scope2.marketBased = scope2.marketBased.plus(part.kg);
          if (location) scope2.locationBased = scope2.locationBased.plus(part.kg);
        } else if (part.category !== null) categories[part.category] = categories[part.category].plus(part.kg);
      }
    }
  }
  const scope3 = Object.values<Decimal>(categories).reduce((sum, kg) => sum.plus(kg), new D(0));
  const total: DualAmount = {
    marketBased: scope1.plus(scope2.marketBased).plus(scope3),
    locationBased: scope1.plus(scope2.locationBased).plus(scope3),
  };
  const footprint = {
    year: basis.year,
    factorSet: basis.factorSet,
    ...(basis.organisation === undefined ? {} : { organisation: basis.organisation }),
    detail: basis.detail,
    scope1,
    scope2,
    scope3: { total: scope3, categories },
    total,
    themes,
    memo,
    energyGJ,
    groups: basis.groups,
    lines: basis.lines,
    unknown: basis.unknown,
    estimated: basis.estimated,
    checks: basis.checks,
  };
  return { ...footprint, warnings: plausibilityWarnings(footprint) };
}

/** Builds line counts from per-theme counts and (optionally) ids. */
export function lineCounts(byTheme: Partial<Record<Theme, number>>, ids: readonly string[]): LineCounts {
  return { count: Object.values(byTheme).reduce((sum, n) => sum + n, 0), byTheme, ids };
}
