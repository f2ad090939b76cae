import type { Decimal } from "decimal.js";
import { D } from "../core/decimal.js";
import type { Footprint } from "./types.js";
import { footprintAt } from "./footprint.schema.js";

/**
 * A footprint as the CO2-Prestatieladder reports it (kg CO2-eq): scope 1 split into CO2 (fuels) and
 * other greenhouse gases (refrigerants, methane, nitrous oxide), scope 2 market-based, business
 * travel, and their `total`; the rest of scope 3 is shown as `otherScope3` but is not in the total.
 *
 * @example
 * ```ts
 * import type { PrestatieladderView } from "koploper";
 *
 * const gasShare = (view: PrestatieladderView) => view.scope1.otherGases.div(view.total);
 * ```
 */
export interface PrestatieladderView {
  readonly scope1: { readonly co2: Decimal; readonly otherGases: Decimal; readonly total: Decimal };
  readonly scope2: Decimal;
  readonly businessTravel: Decimal;
  readonly total: Decimal;
  readonly otherScope3: Decimal;
}

/**
 * The CO2-Prestatieladder view of a footprint, one of the four breakdowns the Milieubarometer shows:
 * scope 1 split into CO2 (the `fuel` theme) and other greenhouse gases (the `refrigerant` theme:
 * refrigerants and the list's other emissions), scope 2 market-based (green electricity with Dutch
 * guarantees of origin counts), and business travel (the `business-travel` theme, scope 3). The
 * Ladder total is their sum; the rest of scope 3 (`otherScope3`) is reported beside it. Works on
 * any footprint, with or without line detail.
 *
 * @param footprint - a footprint
 * @returns the Ladder's figures; `scope1.total` equals `footprint.scope1`, and `businessTravel` plus
 *   `otherScope3` equals `footprint.scope3.total`
 *
 * @see https://www.milieubarometer.nl/envirometer-help/envirometer-help/results/co2-footprint/
 * @example
 * ```ts
 * import { calculateFootprint, prestatieladderView } from "koploper";
 * import { nl2026 } from "koploper/factors/nl-2026";
 *
 * const footprint = calculateFootprint(
 *   {
 *     year: 2026,
 *     activities: [
 *       { id: "gas", theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3" },
 *       { id: "commute", theme: "commuting", factor: 178, quantity: 10000, unit: "pkm" },
 *     ],
 *   },
 *   { factors: nl2026 },
 * );
 * const view = prestatieladderView(footprint);
 * view.scope1.co2.toString(); //=> "2134"
 * view.total.toString(); //=> "2134"
 * view.otherScope3.equals(footprint.scope3.total); //=> true
 * ```
 */
export function prestatieladderView(footprint: Footprint): PrestatieladderView {
  footprint = footprintAt(footprint);
  let co2 = new D(0);
  let otherGases = new D(0);
  let businessTravel = new D(0);
  for (const group of footprint.groups) {
    for (const part of group.parts) {
      if (part.kind !== "emission") continue;
      if (part.scope === 1 && group.theme === "refrigerant") otherGases = otherGases.plus(part.kg);
      else if (part.scope === 1) co2 = co2.plus(part.kg);
      else if (part.scope === 3 && group.theme === "business-travel") businessTravel = businessTravel.plus(part.kg);
    }
  }
  const scope2 = footprint.scope2.marketBased;
  return {
    scope1: { co2, otherGases, total: co2.plus(otherGases) },
    scope2,
    businessTravel,
    total: co2.plus(otherGases).plus(scope2).plus(businessTravel),
    otherScope3: footprint.scope3.total.minus(businessTravel),
  };
}
