import type { Decimal } from "decimal.js";
import type { Organisation } from "./activity.schema.js";

/** The production units of an organisation as a list (none, one or up to three). */
export function productionUnits(org: Organisation): readonly { readonly quantity: Decimal; readonly unit: string }[] {
  const production = org.production;
  return production === undefined ? [] : Array.isArray(production) ? production : [production];
}
