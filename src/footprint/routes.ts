import type { Decimal } from "decimal.js";
import { D } from "../core/decimal.js";
import { LIMITS } from "../core/limits.js";
import { refuse } from "../core/errors.js";
import type { UnitCode } from "../factors/codes.js";
import { electricityGroups } from "./electricity.js";
import { checkedQuantity } from "./exact.js";
import { lookupFactor } from "./factor-index.js";
import { checkStatus, customGroup, listedGroup, locationFree, type ElectricityGroups, type EngineState, type Group, type Route } from "./groups.js";
import { listedParts, type PartSpec } from "./parts.js";
import { THEME_SCOPES, THEME_SECTIONS, type Scope3Category, type Theme } from "./themes.js";
import type { TypedActivity } from "./types.js";
import { UNIT_DIMENSIONS, unitCodeOf, unknownUnit } from "./units.js";

// The routes: for each line, the groups its quantity goes into. A route is found once per theme,
// factor, unit and location (a chain of routes per factor reference, see Route.next) and cached;
// lines with a factor object of their own are routed each time.

/** The themes of physical quantities (no listed factor), with the unit their figures are in. */
const PHYSICAL_UNITS = { water: "m3", paper: "kg", solvents: "l" } as const satisfies Partial<Record<Theme, UnitCode>>;

type PhysicalLine = Extract<TypedActivity, { readonly theme: keyof typeof PHYSICAL_UNITS }>;

/** A value as an error message shows it: a string quoted, anything else by its type. */
export function shown(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : typeof value;
}

/** The unit code of a unit as the activity schema reads it (a code, or an alias of one); `null` for anything else. */
function unitCode(unit: unknown): UnitCode | null {
  return typeof unit === "string" ? (unitCodeOf(unit) ?? null) : null;
}

/** Why a unit is not a unit code. */
function unitProblem(unit: unknown): string {
  return typeof unit === "string" ? unknownUnit(unit) : `expected a unit code, got ${typeof unit}`;
}

function isScope3Category(n: number): n is Scope3Category {
  return Number.isInteger(n) && n >= 1 && n <= 15;
}

type OwnFactor = Extract<TypedActivity, { readonly theme: "other" }>["factor"];

/** A factor given on the line, checked as the activity schema checks it: value, unit and source. */
function ownFactor(factor: OwnFactor): { amount: Decimal; unit: UnitCode; source: string } {
  if (typeof factor !== "object" || factor === null) refuse("INVALID_INPUT", "invalid_type", "expected a factor { value, unit, source }", ["factor"]);
  const amount = checkedQuantity(factor.value, ["factor", "value"]);
  const unit = unitCode(factor.unit);
  if (unit === null) return refuse("INVALID_INPUT", "invalid_unit", unitProblem(factor.unit), ["factor", "unit"]);
  if (typeof factor.source !== "string" || factor.source === "") {
    refuse("INVALID_INPUT", "invalid_source", "a factor on the line names its source", ["factor", "source"]);
  }
  return { amount, unit, source: factor.source };
}

function customPart(amount: Decimal, scope: 1 | 2 | 3, category: Scope3Category | null): PartSpec {
  return { kind: "emission", column: "custom", value: amount, scope, category, basis: "both" };
}

/** The group of a water, paper or solvents line: its quantity in the theme's unit, CO2 only with a factor on the line. */
function physicalGroup(state: EngineState, line: PhysicalLine): Group {
  const { theme, unit } = line;
  const base = PHYSICAL_UNITS[theme];
  if (UNIT_DIMENSIONS[unit] !== UNIT_DIMENSIONS[base]) {
    refuse("UNIT_MISMATCH", "unit_mismatch", `a ${theme} line is in ${base} or another unit of ${UNIT_DIMENSIONS[base]}, not ${unit}`, ["unit"]);
  }
  if (line.factor === undefined) return customGroup(state, theme, unit, "", theme, base, null);
  const own = ownFactor(line.factor);
  const target = THEME_SCOPES[theme];
  return customGroup(
    state,
    theme,
    unit,
    `${own.amount.toString()}|${own.unit}|${own.source}`,
    own.source,
    own.unit,
    customPart(own.amount, target.scope, target.category),
  );
}

/** The group of an `other` line: its own factor, in the scope 3 category given on the line. */
function otherGroup(state: EngineState, line: Extract<TypedActivity, { readonly theme: "other" }>): Group {
  const category = line.category;
  if (typeof category !== "number" || !isScope3Category(category)) {
    return refuse("INVALID_INPUT", "invalid_category", `a scope 3 category is a whole number from 1 to 15, not ${shown(category)}`, ["category"]);
  }
  const own = ownFactor(line.factor);
  const tag = `${category}|${own.amount.toString()}|${own.unit}|${own.source}`;
  return customGroup(state, "other", line.unit, tag, own.source, own.unit, customPart(own.amount, 3, category));
}

const OFFSET_PART: PartSpec = { kind: "offset", column: "quantity", value: new D(1), scope: null, category: null, basis: "both" };

type ListedLine = Exclude<TypedActivity, { readonly theme: "electricity" | "other" | "offset" | "water" | "paper" | "solvents" }>;

/** The group of a line on a listed factor that fits its theme. */
function listedRoute(state: EngineState, line: ListedLine): { group: Group; anyLocation: boolean; vehicleKind: Route["vehicleKind"] } {
  const { theme } = line;
  const factor = lookupFactor(state.set, line.factor);
  if (!THEME_SECTIONS[theme].includes(factor.section) || (factor.section === "waste" && (factor.unit === "VE") !== (theme === "wastewater"))) {
    refuse("INVALID_INPUT", "theme_section", `factor ${factor.id} (${factor.section}) does not fit theme ${theme}`, ["factor"]);
  }
  checkStatus(state, factor, false);
  const use = { theme, factor, unit: line.unit, location: line.location, tag: "", why: "the factor named on the line", energy: true };
  const group = listedGroup(state, use, (values) => listedParts(theme, factor, values, state.accounting, state.gwp));
  const vehicleKind = UNIT_DIMENSIONS[line.unit].endsWith("distance") ? "distance" : factor.section === "vehicle-fuels" ? "fuel" : null;
  return { group, anyLocation: locationFree(factor), vehicleKind };
}

/** Finds the route of a line (without the cache), checking its theme, unit and factor. */
function resolveRoute(state: EngineState, raw: TypedActivity): Route {
  const { theme } = raw;
  if (typeof theme !== "string" || !Object.hasOwn(THEME_SCOPES, theme)) refuse("INVALID_INPUT", "invalid_theme", `unknown theme ${shown(theme)}`, ["theme"]);
  const unit = unitCode(raw.unit);
  if (unit === null) return refuse("UNIT_MISMATCH", "invalid_unit", unitProblem(raw.unit), ["unit"]);
  // The groups see the unit code; the route keeps the line's own spelling, which later lines match.
  const line = unit === raw.unit ? raw : { ...raw, unit };
  if (line.location !== undefined && (typeof line.location !== "string" || line.location === "" || line.location.length > LIMITS.idLength)) {
    refuse("INVALID_INPUT", "invalid_location", `a location is a non-empty string of at most ${LIMITS.idLength} characters`, ["location"]);
  }
  if (typeof line.factor === "string" && line.factor.length > LIMITS.idLength) {
    refuse("INVALID_INPUT", "too_big", `a factor reference has at most ${LIMITS.idLength} characters`, ["factor"]);
  }
  // One object literal for every route, so that all routes share one hidden class (the hot loop stays monomorphic).
  const route = (group: Group, anyLocation: boolean, electricity: ElectricityGroups | null = null, vehicleKind: Route["vehicleKind"] = null): Route => ({
    theme,
    factor: line.factor,
    unit: raw.unit,
    location: line.location,
    anyLocation,
    group,
    electricity,
    vehicleKind,
    next: undefined,
  });
  switch (line.theme) {
    case "electricity": {
      const { groups, anyLocation } = electricityGroups(state, line);
      return route(groups.grid, anyLocation, groups);
    }
    case "offset":
      return route(customGroup(state, "offset", unit, "offset", "offset", "kg", OFFSET_PART), true);
    case "other":
      return route(otherGroup(state, line), true);
    case "water":
    case "paper":
    case "solvents":
      return route(physicalGroup(state, line), true);
    default: {
      const listed = listedRoute(state, line);
      return route(listed.group, listed.anyLocation, null, listed.vehicleKind);
    }
  }
}

/** The route of a line seen before: one Map get by factor, then along the (short) chain of its routes. */
export function knownRoute(routes: EngineState["routes"], line: TypedActivity): Route | undefined {
  let route = routes.get(line.factor);
  while (route !== undefined && !(route.theme === line.theme && route.unit === line.unit && (route.anyLocation || route.location === line.location)))
    route = route.next;
  return route;
}

/** Finds (or builds and caches) the route of a line: the groups its quantity goes into. */
export function routeOf(state: EngineState, line: TypedActivity): Route {
  // Lines that carry their own factor object are not cached by it (every line has a new object).
  const physical = line.theme === "water" || line.theme === "paper" || line.theme === "solvents";
  if (line.theme === "other" || (physical && typeof line.factor === "object")) return resolveRoute(state, line);
  if (line.theme === "electricity") {
    // A factor or location that is not a plain value is refused (there), never put in a key.
    const { factor, location } = line;
    if (!(factor === undefined || typeof factor === "string" || typeof factor === "number") || !(location === undefined || typeof location === "string")) {
      return resolveRoute(state, line);
    }
    const supplier = line.supplierFactor === undefined ? "" : checkedQuantity(line.supplierFactor, ["supplierFactor"]).toString();
    const key = `${String(line.factor)}|${supplier}|${line.unit}|${line.location ?? ""}`;
    let route = state.electricityRoutes.get(key);
    if (route === undefined) {
      route = resolveRoute(state, line);
      state.electricityRoutes.set(key, route);
    }
    return route;
  }
  const cached = knownRoute(state.routes, line);
  if (cached !== undefined) return cached;
  const route = resolveRoute(state, line);
  let last = state.routes.get(line.factor);
  if (last === undefined) state.routes.set(line.factor, route);
  else {
    while (last.next !== undefined) last = last.next;
    last.next = route;
  }
  return route;
}
