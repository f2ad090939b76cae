import type { Decimal } from "decimal.js";
import { D } from "../core/decimal.js";
import { isKoploperError, refuse } from "../core/errors.js";
import type { ElectricityRole } from "../factors/codes.js";
import type { Factor, FactorValues } from "../factors/factor-set.schema.js";
import { checkedQuantity, Wide } from "./exact.js";
import { factorValue, lookupFactor, roleFactorOf, type FactorRef } from "./factor-index.js";
import { checkStatus, effective, listedGroup, locationFree, type ElectricityGroups, type EngineState, type Group, type ListedUse } from "./groups.js";
import { listedParts, type PartSpec } from "./parts.js";
import { GREEN_SOURCES } from "./themes.js";
import type { GreenSource, TypedActivity } from "./types.js";

/** An electricity line as the fast path takes it. */
export type ElectricityLine = Extract<TypedActivity, { readonly theme: "electricity" }>;

/** The factor playing `role`: the one `options.electricity` names, else the set's factor with that `electricityRole`. */
function roleFactor(state: EngineState, named: FactorRef | undefined, role: ElectricityRole, option: string): Factor {
  if (named === undefined) {
    const factor = roleFactorOf(state.set, role);
    if (factor !== undefined) return factor;
    return refuse(
      "UNKNOWN_FACTOR",
      "unknown_factor",
      `no factor in ${state.set.id} has the electricity role "${role}": name one with options.electricity.${option}`,
      ["factor"],
    );
  }
  try {
    return lookupFactor(state.set, named);
  } catch (error) {
    /* v8 ignore next */
    if (!isKoploperError(error)) throw error;
    return refuse("UNKNOWN_FACTOR", "unknown_factor", `no factor ${JSON.stringify(named)} in ${state.set.id} for options.electricity.${option}`, ["factor"]);
  }
}

/** The parts of a market-based factor: its scope 2 parts count for market-based totals only. */
function marketParts(state: EngineState, factor: Factor, values: FactorValues): PartSpec[] {
  return listedParts("electricity", factor, values, state.accounting, state.gwp).map((part) =>
    part.scope === 2 ? { ...part, basis: "market" as const } : part,
  );
}

/** The parts of a supplier's own figure (stroometiket): market-based scope 2, plus the factor's chain. */
function supplierParts(state: EngineState, own: Decimal, values: FactorValues): PartSpec[] {
  const chain = factorValue(values, "chain") ?? new D(0);
  const part = (column: string, value: Decimal, scope: 2 | 3, basis: PartSpec["basis"]): PartSpec => ({
    kind: "emission",
    column,
    value,
    scope,
    category: scope === 3 ? 3 : null,
    basis,
  });
  return state.accounting === "ghg-strict"
    ? [part("supplier", new D(own), 2, "market"), part("chain", chain, 3, "both")]
    : [part("supplier+chain", new D(own.plus(chain)), 2, "market")];
}

/**
 * The groups of an electricity line: location-based scope 2 on the grid mix for every kWh;
 * market-based on the line's factor (grey when it names none, or the supplier's figure) for the kWh
 * without guarantees of origin, and on each green source's factor for its kWh.
 *
 * @see GHG Protocol Scope 2 Guidance (2015), chapters 6 and 7
 */
export function electricityGroups(state: EngineState, line: ElectricityLine): { groups: ElectricityGroups; anyLocation: boolean } {
  const roles = state.options.electricity;
  const { location, unit } = line;
  const use = (factor: Factor, tag: string, why: string, energy = false): ListedUse => ({ theme: "electricity", factor, unit, location, tag, why, energy });
  const grid = roleFactor(state, roles?.gridMix, "grid-mix", "gridMix");
  const involved: Factor[] = [grid];
  const gridGroup = listedGroup(state, use(grid, "grid", "the grid-mix factor every electricity line uses for location-based scope 2", true), (values) =>
    listedParts("electricity", grid, values, state.accounting, state.gwp)
      .filter((part) => part.scope === 2)
      .map((part) => ({ ...part, basis: "location" as const })),
  );
  const contract = line.factor === undefined ? roleFactor(state, roles?.grey, "grey", "grey") : lookupFactor(state.set, line.factor);
  involved.push(contract);
  if (contract.section !== "electricity") refuse("INVALID_INPUT", "theme_section", `factor ${contract.id} is not an electricity factor`, ["factor"]);
  // A supplier's own figure comes on the line (supplierFactor) or as an override of the factor.
  const supplied = line.supplierFactor !== undefined || effective(contract, location).layer !== "published";
  checkStatus(state, contract, supplied);
  let market: Group;
  if (line.supplierFactor !== undefined) {
    if (contract.status !== "supplier-specific") {
      refuse("INVALID_INPUT", "unexpected_supplier_value", `factor ${contract.id} is not supplier-specific: leave out supplierFactor`, ["supplierFactor"]);
    }
    const own = new Wide(checkedQuantity(line.supplierFactor, ["supplierFactor"]));
    market = listedGroup(state, use(contract, `supplier:${own.toString()}`, "the supplier's electricity factor named on the line"), (values) =>
      supplierParts(state, own, values),
    );
  } else {
    const why = line.factor === undefined ? "the grey factor for kWh without guarantees of origin" : "the electricity factor named on the line";
    market = listedGroup(state, use(contract, "market", why), (values) => marketParts(state, contract, values));
  }
  const green = {} as Record<GreenSource, () => Group>;
  for (const source of GREEN_SOURCES) {
    const factor = roleFactor(state, roles?.green?.[source], `green-${source}`, `green.${source}`);
    involved.push(factor);
    green[source] = () => listedGroup(state, use(factor, "green", `the ${source} factor for green kWh`), (values) => marketParts(state, factor, values));
  }
  for (const factor of involved) checkStatus(state, factor, factor === contract && supplied);
  return { groups: { grid: gridGroup, market, green }, anyLocation: involved.every(locationFree) };
}
