import type { Decimal } from "decimal.js";
import { D, toDecimal, type DecimalInput } from "../core/decimal.js";
import { KoploperError, isKoploperError, type KoploperErrorCode } from "../core/errors.js";
import type { Factor, FactorSet, FactorValueField, FactorValues, UnitCode } from "../factors/factor-set.schema.js";
import { lookupFactor, NL_ELECTRICITY_ROLES, type FactorRef } from "./factor-index.js";
import { GREEN_SOURCES, THEME_SCOPES, THEME_SECTIONS, type Scope3Category, type Theme } from "./themes.js";
import { gwp, type GasCode, type GwpSet } from "../factors/gwp.js";
import type { Accounting, FootprintGroup, GreenSource, GroupPart, OverrideLayer, TypedActivity } from "./types.js";
import { outsideDomain, Wide, wideZero } from "./exact.js";
import { applyConversion, conversion, isUnitCode, unknownUnit, UNIT_DIMENSIONS, type Conversion } from "./units.js";

/**
 * The gases of the Dutch list's refrigerant and other-emission factors, by their stable source ids:
 * used to take a GWP from the IPCC tables when the list does not publish one for the chosen report
 * (AR5 always; AR4 for gases without a "Montreal Protocol (AR4)" value).
 */
const NL_GASES: Readonly<Record<number, GasCode>> = {
  47: "CO2",
  8: "CH4-non-fossil",
  27: "N2O",
  29: "SF6",
  28: "NF3",
  13: "R32",
  16: "R125",
  17: "R134a",
  18: "R143a",
  12: "R23",
  19: "R245fa",
  10: "R22",
  30: "R290",
  15: "R1234yf",
  20: "R1234ze(Z)",
  14: "R404A",
  21: "R407A",
  22: "R407C",
  23: "R407F",
  24: "R410A",
  40: "R507",
};

/** What the engine needs from the options, already validated. */
export interface EngineOptions {
  readonly factors: FactorSet;
  readonly accounting?: Accounting | undefined;
  readonly gwp?: GwpSet | undefined;
  readonly allowWithdrawn?: boolean | undefined;
  readonly electricity?:
    | {
        readonly grey?: FactorRef | undefined;
        readonly gridMix?: FactorRef | undefined;
        readonly green?: { readonly [S in GreenSource]?: FactorRef | undefined } | undefined;
      }
    | undefined;
}

/** One aggregation bucket: the exact sum of the quantities of every line with the same route. */
export interface Group {
  readonly template: Omit<FootprintGroup, "lineQuantity" | "quantity" | "lines" | "energyGJ" | "parts"> & {
    readonly parts: readonly Omit<GroupPart, "kg">[];
  };
  sum: Decimal;
  lines: number;
  // The chunk being added: committed only when the whole chunk is valid.
  pendingInt: number; // sum of quantities x 1e6 that were exact 6-decimal numbers
  pendingDec: Decimal | null;
  pendingLines: number;
  epoch: number;
}

interface ElectricityGroups {
  readonly grid: Group;
  readonly market: Group;
  readonly green: Readonly<Record<GreenSource, () => Group>>;
}

interface Route {
  readonly theme: Theme;
  readonly factor: unknown;
  readonly unit: UnitCode;
  readonly location: string | undefined;
  readonly anyLocation: boolean;
  readonly group: Group;
  readonly electricity: ElectricityGroups | null;
  readonly vehicleKind: "fuel" | "distance" | null;
  /** The next route of lines with the same factor (another theme, unit or location). */
  next: Route | undefined;
}

/** Lines counted per theme (unknown or estimated lines). */
export type ThemeCounts = Partial<Record<Theme, number>>;

/** The whole mutable state of one calculation or accumulator. Never leaves the library. */
export interface EngineState {
  readonly options: EngineOptions;
  readonly set: FactorSet;
  readonly groups: Map<string, Group>;
  readonly routes: Map<unknown, Route>;
  readonly electricityRoutes: Map<string, Route>;
  unknown: ThemeCounts;
  estimated: ThemeCounts;
  unknownGreenKWh: Decimal;
  vehicles: Map<string, { fuel: boolean; distance: boolean }>;
  epoch: number;
}

/** Creates an empty engine state for one factor set and accounting. */
export function createState(options: EngineOptions): EngineState {
  return {
    options,
    set: options.factors,
    groups: new Map(),
    routes: new Map(),
    electricityRoutes: new Map(),
    unknown: {},
    estimated: {},
    unknownGreenKWh: wideZero(),
    vehicles: new Map(),
    epoch: 0,
  };
}

function fail(code: KoploperErrorCode, field: string, message: string, rule: string): never {
  throw new KoploperError(code, message, [{ path: [field], message, code: rule }]);
}

/** The values a line at `location` takes from a factor, and the layer that gave them. */
function effective(factor: Factor, location: string | undefined): { values: FactorValues; layer: OverrideLayer } {
  const override = factor.override;
  const base: { values: FactorValues; layer: OverrideLayer } =
    override === undefined
      ? { values: factor.values, layer: "published" }
      : override.location === undefined
        ? { values: factor.values, layer: "organisation" }
        : override.location === location
          ? { values: factor.values, layer: "location" }
          : { values: override.published, layer: "published" };
  const at = location === undefined ? undefined : factor.locationOverrides?.find((layer) => layer.location === location);
  return at === undefined ? base : { values: { ...base.values, ...at.values }, layer: "location" };
}

/** Whether a factor gives every location the same values. */
function locationFree(factor: Factor): boolean {
  return factor.override?.location === undefined && factor.locationOverrides === undefined;
}

function checkStatus(state: EngineState, factor: Factor, supplierValue: boolean): void {
  if (factor.status === "withdrawn" && state.options.allowWithdrawn !== true) {
    fail(
      "WITHDRAWN_FACTOR",
      "factor",
      `factor ${factor.id} (${factor.name.nl}) is withdrawn in ${state.set.id}; pass allowWithdrawn: true to use it`,
      "withdrawn",
    );
  }
  if (factor.status === "supplier-specific" && !supplierValue) {
    fail(
      "SUPPLIER_VALUE_REQUIRED",
      "factor",
      `factor ${factor.id} (${factor.name.nl}) needs the supplier's own value: give supplierFactor`,
      "supplier_value_required",
    );
  }
}

function value(values: FactorValues, column: FactorValueField, factor: Factor): Decimal {
  const text = values[column];
  if (text === undefined) fail("MISSING_FACTOR_VALUE", "factor", `factor ${factor.id} (${factor.name.nl}) publishes no ${column} value`, "missing_value");
  return new D(text);
}

type PartSpec = Omit<GroupPart, "kg">;

function emission(column: string, amount: Decimal, scope: 1 | 2 | 3, category: Scope3Category | null, basis: GroupPart["basis"] = "both"): PartSpec {
  return { kind: "emission", column, value: amount, scope, category, basis };
}

/** The parts a listed factor gives a line of a theme: which columns, into which scope. */
function listedParts(state: EngineState, theme: Theme, factor: Factor, values: FactorValues): PartSpec[] {
  const target = THEME_SCOPES[theme];
  const scope = target.scope ?? 3;
  const category = target.category;
  const strict = state.options.accounting === "ghg-strict" && scope !== 3;
  const parts: PartSpec[] = [];
  switch (factor.section) {
    case "electricity":
    case "heat":
      if (strict) {
        parts.push(emission("production", value(values, "production", factor), 2, null));
        parts.push(emission("chain", value(values, "chain", factor), 3, 3));
      } else parts.push(emission("total", value(values, "total", factor), 2, null));
      return parts;
    case "refrigerants":
    case "other-emissions":
      return [gwpPart(state, factor, values)];
    case "waste":
      if (theme === "wastewater") return [emission("total", value(values, "total", factor), 3, 5)];
      parts.push(emission("ghgProtocol", value(values, "ghgProtocol", factor), 3, 5));
      if (values.avoided !== undefined)
        parts.push({ kind: "avoided", column: "avoided", value: new D(values.avoided), scope: null, category: null, basis: "both" });
      return parts;
    default:
      if (strict) {
        parts.push(emission("ttw", value(values, "ttw", factor), scope, category));
        if (values.wtt !== undefined) parts.push(emission("wtt", new D(values.wtt), 3, 3));
      } else {
        const column = values.wtw === undefined && values.ttw !== undefined ? "ttw" : "wtw";
        parts.push(emission(column, value(values, column, factor), scope, category));
      }
      if (values.biogenic !== undefined && !new D(values.biogenic).isZero()) {
        parts.push({ kind: "biogenic", column: "biogenic", value: new D(values.biogenic), scope: null, category: null, basis: "both" });
      }
      return parts;
  }
}

function gwpPart(state: EngineState, factor: Factor, values: FactorValues): PartSpec {
  const report = state.options.gwp ?? state.set.gwp;
  const column = report === state.set.gwp ? "gwp100" : report === "AR4" ? "ar4" : undefined;
  if (column !== undefined && values[column] !== undefined) return emission(column, value(values, column, factor), 1, null);
  const gas = NL_GASES[factor.sourceId];
  if (gas === undefined)
    fail("MISSING_FACTOR_VALUE", "factor", `factor ${factor.id} (${factor.name.nl}) has no ${report} GWP in ${state.set.id}`, "missing_value");
  return emission(`gwp:${report}`, gwp(gas, report), 1, null);
}

function groupFor(state: EngineState, key: string, make: () => Group["template"]): Group {
  let group = state.groups.get(key);
  if (group === undefined) {
    group = { template: make(), sum: wideZero(), lines: 0, pendingInt: 0, pendingDec: null, pendingLines: 0, epoch: 0 };
    state.groups.set(key, group);
  }
  return group;
}

function listedGroup(
  state: EngineState,
  theme: Theme,
  factor: Factor,
  lineUnit: UnitCode,
  location: string | undefined,
  parts: (values: FactorValues) => PartSpec[],
  tag: string,
  why: string,
  energy = true,
): Group {
  const { values, layer } = effective(factor, location);
  const key = `${theme}|${tag}|${factor.id}|${lineUnit}|${layer === "published" ? "" : layer === "organisation" ? "o:" : `o:${location ?? ""}`}`;
  return groupFor(state, key, () => {
    let by: Conversion;
    try {
      by = conversion(lineUnit, factor.unit, values.mjPerUnit);
    } catch (error) {
      fail(
        "UNIT_MISMATCH",
        "unit",
        `${(error as Error).message}: the line resolved to factor ${factor.id} (${factor.name.nl}, in ${factor.unit}), ${why}`,
        "unit_mismatch",
      );
    }
    return {
      key,
      theme,
      factorId: factor.id,
      overridden: layer !== "published",
      layer,
      lineUnit,
      unit: factor.unit,
      conversion: by,
      mjPerUnit: energy && values.mjPerUnit !== undefined ? new D(values.mjPerUnit) : null,
      parts: parts(values),
    };
  });
}

function customGroup(state: EngineState, line: TypedActivity, tag: string, factorId: string, unit: UnitCode, part: PartSpec | null): Group {
  const key = `${line.theme}|${tag}|${line.unit}`;
  return groupFor(state, key, () => {
    let by: Conversion;
    try {
      by = conversion(line.unit, unit);
    } catch (error) {
      fail("UNIT_MISMATCH", "unit", `${(error as Error).message}: the factor given on the line is in ${unit}`, "unit_mismatch");
    }
    return {
      key,
      theme: line.theme,
      factorId,
      overridden: false,
      layer: "published",
      lineUnit: line.unit,
      unit,
      conversion: by,
      mjPerUnit: null,
      parts: part === null ? [] : [part],
    };
  });
}

function roleFactor(state: EngineState, ref: FactorRef, role: string): Factor {
  try {
    return lookupFactor(state.set, ref);
  } catch (error) {
    /* v8 ignore next */
    if (!isKoploperError(error)) throw error;
    fail(
      "UNKNOWN_FACTOR",
      "factor",
      `no ${role} electricity factor ${JSON.stringify(ref)} in ${state.set.id}: name it with options.electricity`,
      "unknown_factor",
    );
  }
}

function electricityGroups(state: EngineState, line: TypedActivity): { groups: ElectricityGroups; anyLocation: boolean } {
  const roles = state.options.electricity;
  const location = line.location;
  const grid = roleFactor(state, roles?.gridMix ?? NL_ELECTRICITY_ROLES.gridMix, "grid-mix");
  const strict = state.options.accounting === "ghg-strict";
  const involved: Factor[] = [grid];
  const gridGroup = listedGroup(
    state,
    "electricity",
    grid,
    line.unit,
    location,
    (values) =>
      listedParts(state, "electricity", grid, values)
        .filter((part) => part.scope === 2)
        .map((part) => ({ ...part, basis: "location" as const })),
    "grid",
    "the grid-mix factor every electricity line uses for location-based scope 2",
  );
  let market: Group;
  const contract =
    line.factor === undefined ? roleFactor(state, roles?.grey ?? NL_ELECTRICITY_ROLES.grey, "grey") : lookupFactor(state.set, line.factor as FactorRef);
  involved.push(contract);
  if (contract.section !== "electricity") fail("INVALID_INPUT", "factor", `factor ${contract.id} is not an electricity factor`, "theme_section");
  // A supplier's own figure comes on the line (supplierFactor) or as an override of the factor.
  const supplied = line.supplierFactor !== undefined || effective(contract, location).layer !== "published";
  checkStatus(state, contract, supplied);
  if (line.supplierFactor !== undefined) {
    if (contract.status !== "supplier-specific")
      fail("INVALID_INPUT", "supplierFactor", `factor ${contract.id} is not supplier-specific: leave out supplierFactor`, "unexpected_supplier_value");
    const own = exact(line.supplierFactor, "supplierFactor");
    market = listedGroup(
      state,
      "electricity",
      contract,
      line.unit,
      location,
      (values) => {
        const chain = values.chain === undefined ? new D(0) : new D(values.chain);
        return strict
          ? [emission("supplier", own, 2, null, "market"), emission("chain", chain, 3, 3)]
          : [emission("supplier+chain", new D(new Wide(own).plus(chain)), 2, null, "market")];
      },
      `supplier:${own.toString()}`,
      "the supplier's electricity factor named on the line",
      false,
    );
  } else {
    market = listedGroup(
      state,
      "electricity",
      contract,
      line.unit,
      location,
      (values) => marketParts(state, contract, values),
      "market",
      line.factor === undefined ? "the grey factor for kWh without guarantees of origin" : "the electricity factor named on the line",
      false,
    );
  }
  const green = {} as Record<GreenSource, () => Group>;
  for (const source of GREEN_SOURCES) {
    const factor = roleFactor(state, roles?.green?.[source] ?? NL_ELECTRICITY_ROLES.green[source], `${source} (green)`);
    involved.push(factor);
    green[source] = () =>
      listedGroup(
        state,
        "electricity",
        factor,
        line.unit,
        location,
        (values) => marketParts(state, factor, values),
        "green",
        `the ${source} factor for green kWh`,
        false,
      );
  }
  for (const factor of involved) checkStatus(state, factor, factor === contract && supplied);
  return { groups: { grid: gridGroup, market, green }, anyLocation: involved.every(locationFree) };
}

function marketParts(state: EngineState, factor: Factor, values: FactorValues): PartSpec[] {
  return listedParts(state, "electricity", factor, values).map((part) => (part.scope === 2 ? { ...part, basis: "market" as const } : part));
}

function resolveRoute(state: EngineState, line: TypedActivity): Route {
  const theme = line.theme;
  if (!(theme in THEME_SCOPES)) fail("INVALID_INPUT", "theme", `unknown theme ${JSON.stringify(theme)}`, "invalid_theme");
  if (!isUnitCode(line.unit)) fail("UNIT_MISMATCH", "unit", unknownUnit(line.unit), "invalid_unit");
  // One object literal for every route, so that all routes share one hidden class (the hot loop stays monomorphic).
  const route = (group: Group, anyLocation: boolean, electricity: ElectricityGroups | null = null, vehicleKind: Route["vehicleKind"] = null): Route => ({
    theme,
    factor: line.factor,
    unit: line.unit,
    location: line.location,
    anyLocation,
    group,
    electricity,
    vehicleKind,
    next: undefined,
  });
  if (theme === "electricity") {
    const { groups, anyLocation } = electricityGroups(state, line);
    return route(groups.grid, anyLocation, groups);
  }
  if (theme === "offset") {
    const group = customGroup(state, line, "offset", "offset", "kg", {
      kind: "offset",
      column: "quantity",
      value: new D(1),
      scope: null,
      category: null,
      basis: "both",
    });
    return route(group, true);
  }
  if (theme === "other") {
    const custom = line.factor as { value: DecimalInput; unit: UnitCode; source: string };
    const category = line.category as Scope3Category;
    const amount = toDecimal(custom.value);
    const tag = `${category}|${amount.toString()}|${custom.unit}|${custom.source}`;
    const group = customGroup(state, line, tag, custom.source, custom.unit, emission("custom", amount, 3, category));
    return route(group, true);
  }
  if (theme in PHYSICAL_UNITS) return route(physicalGroup(state, line, PHYSICAL_UNITS[theme as PhysicalTheme]), true);
  const factor = lookupFactor(state.set, line.factor as FactorRef);
  if (!THEME_SECTIONS[theme].includes(factor.section) || (factor.section === "waste" && (factor.unit === "VE") !== (theme === "wastewater"))) {
    fail("INVALID_INPUT", "factor", `factor ${factor.id} (${factor.section}) does not fit theme ${theme}`, "theme_section");
  }
  checkStatus(state, factor, false);
  const group = listedGroup(
    state,
    theme,
    factor,
    line.unit,
    line.location,
    (values) => listedParts(state, theme, factor, values),
    "",
    "the factor named on the line",
  );
  const dimension = UNIT_DIMENSIONS[line.unit];
  const vehicleKind = dimension.endsWith("distance") ? "distance" : factor.section === "vehicle-fuels" ? "fuel" : null;
  return route(group, locationFree(factor), null, vehicleKind);
}

/** The themes of physical quantities (no listed factor), with the unit their figures are in. */
export const PHYSICAL_UNITS = { water: "m3", paper: "kg", solvents: "l" } as const satisfies Partial<Record<Theme, UnitCode>>;
type PhysicalTheme = keyof typeof PHYSICAL_UNITS;

/** The group of a water, paper or solvents line: its quantity in the theme's unit, CO2 only with a factor on the line. */
function physicalGroup(state: EngineState, line: TypedActivity, base: UnitCode): Group {
  const theme = line.theme;
  if (UNIT_DIMENSIONS[line.unit] !== UNIT_DIMENSIONS[base]) {
    fail("UNIT_MISMATCH", "unit", `a ${theme} line is in ${base} or another unit of ${UNIT_DIMENSIONS[base]}, not ${line.unit}`, "unit_mismatch");
  }
  const custom = line.factor as { value: DecimalInput; unit: UnitCode; source: string } | undefined;
  if (custom === undefined) return customGroup(state, line, "", theme, base, null);
  const amount = toDecimal(custom.value);
  const target = THEME_SCOPES[theme];
  const part = emission("custom", amount, target.scope ?? 3, target.category);
  return customGroup(state, line, `${amount.toString()}|${custom.unit}|${custom.source}`, custom.source, custom.unit, part);
}

/** Finds (or builds and caches) the route of a line: the groups its quantity goes into. */
export function routeOf(state: EngineState, line: TypedActivity): Route {
  // Lines that carry their own factor object are not cached by it (every line has a new object).
  if (line.theme === "other" || (line.theme in PHYSICAL_UNITS && typeof line.factor === "object")) return resolveRoute(state, line);
  if (line.theme === "electricity") {
    const supplier = line.supplierFactor === undefined ? "" : exact(line.supplierFactor, "supplierFactor").toString();
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

// Quantities that are numbers with at most 6 decimals and at most 4e9 are summed exactly as
// integers (x 1e6) in a float: the check `n / 1e6 === q` proves the number's decimal value is
// n x 10^-6, and every partial sum stays below 2^53. Anything else goes through decimal.js.
const SCALE = 1e6;
const FAST_MAX = 4e9;
const FLUSH_AT = 4.5e15;

function touch(group: Group, epoch: number, touched: Group[]): void {
  if (group.epoch === epoch) return;
  group.epoch = epoch;
  group.pendingInt = 0;
  group.pendingDec = null;
  group.pendingLines = 0;
  touched.push(group);
}

function exact(q: DecimalInput, field: string): Decimal {
  let d: Decimal;
  try {
    d = toDecimal(q);
  } catch (error) {
    fail("INVALID_INPUT", field, (error as Error).message, "invalid_number");
  }
  const outside = outsideDomain(d);
  if (outside !== null) fail("INVALID_INPUT", field, outside, d.isNegative() ? "too_small" : "outside_domain");
  return d;
}

function addDecimal(group: Group, d: Decimal): void {
  group.pendingDec = (group.pendingDec ?? wideZero()).plus(d);
}

function flush(group: Group): void {
  addDecimal(group, new D(group.pendingInt).div(SCALE));
  group.pendingInt = 0;
}

function addScaled(group: Group, n: number, epoch: number, touched: Group[]): void {
  touch(group, epoch, touched);
  group.pendingLines++;
  group.pendingInt += n;
  if (group.pendingInt > FLUSH_AT) flush(group);
}

function count(counts: ThemeCounts, theme: Theme): ThemeCounts {
  return { ...counts, [theme]: (counts[theme] ?? 0) + 1 };
}

function electricityLine(route: Route, groups: ElectricityGroups, line: TypedActivity, epoch: number, touched: Group[]): Decimal {
  const green = line.green ?? [];
  let greenSum = wideZero();
  const parts = green.map((part, index) => {
    const amount = exact(part.quantity, `green.${index}.quantity`);
    greenSum = greenSum.plus(amount);
    const source = part.source;
    if (!(source in groups.green)) fail("INVALID_INPUT", "green", `unknown green source ${JSON.stringify(source)}`, "invalid_source");
    return { group: groups.green[source](), amount };
  });
  if (line.quantity === null) return greenSum;
  const total = exact(line.quantity, "quantity");
  if (greenSum.gt(total))
    fail("INVALID_INPUT", "green", `green kWh (${greenSum.toString()}) above the line's total (${total.toString()})`, "green_above_total");
  for (const { group, amount } of parts) {
    touch(group, epoch, touched);
    group.pendingLines++;
    addDecimal(group, amount);
  }
  for (const [group, amount] of [
    [route.group, total],
    [groups.market, new Wide(total).minus(greenSum)],
  ] as const) {
    touch(group, epoch, touched);
    group.pendingLines++;
    addDecimal(group, amount);
  }
  return new D(0);
}

function withPath(error: unknown, path: readonly (string | number)[]): KoploperError {
  /* v8 ignore next */
  if (!isKoploperError(error)) throw error;
  const issues = error.issues.map((issue) => ({
    ...issue,
    path: [...path, ...issue.path.flatMap((key) => (typeof key === "string" ? key.split(".").map((k) => (/^\d+$/.test(k) ? Number(k) : k)) : [key]))],
  }));
  return new KoploperError(error.code, `${path.join(".")}: ${error.message}`, issues);
}

/** What one chunk adds besides group sums; committed with them. */
interface Chunk {
  readonly epoch: number;
  readonly touched: Group[];
  unknown: ThemeCounts;
  estimated: ThemeCounts;
  unknownGreen: Decimal;
  readonly vehicles: [string, "fuel" | "distance"][];
  index: number;
}

/** The route of a line seen before: one Map get by factor, then along the (short) chain of its routes. */
function knownRoute(routes: EngineState["routes"], line: TypedActivity): Route | undefined {
  let route = routes.get(line.factor);
  while (route !== undefined && !(route.theme === line.theme && route.unit === line.unit && (route.anyLocation || route.location === line.location)))
    route = route.next;
  return route;
}

function addSlow(_state: EngineState, route: Route, line: TypedActivity, chunk: Chunk): void {
  const q = line.quantity;
  if (route.electricity !== null) {
    const green = electricityLine(route, route.electricity, line, chunk.epoch, chunk.touched);
    if (q === null) chunk.unknownGreen = chunk.unknownGreen.plus(applyConversion(green, route.group.template.conversion));
  } else if (q !== null) {
    const group = route.group;
    touch(group, chunk.epoch, chunk.touched);
    group.pendingLines++;
    addDecimal(group, exact(q, "quantity"));
  }
  if (q === null) chunk.unknown = count(chunk.unknown, line.theme);
}

/** The hot loop: per line one route lookup and one exact add. */
function sumChunk(state: EngineState, lines: readonly TypedActivity[], chunk: Chunk): void {
  const { routes } = state;
  const { epoch, touched } = chunk;
  let i = 0;
  try {
    for (; i < lines.length; i++) {
      const line = lines[i] as TypedActivity;
      const route = knownRoute(routes, line) ?? routeOf(state, line);
      if (line.estimated === true) chunk.estimated = count(chunk.estimated, line.theme);
      if (route.vehicleKind !== null && line.vehicle !== undefined) chunk.vehicles.push([line.vehicle, route.vehicleKind]);
      const q = line.quantity;
      // The fast lane: an exact integer add in a float.
      if (typeof q === "number" && q >= 0 && q <= FAST_MAX) {
        const n = Math.round(q * SCALE);
        if (n / SCALE === q) {
          const electricity = route.electricity;
          if (electricity === null) {
            addScaled(route.group, n, epoch, touched);
            continue;
          }
          if (line.green === undefined || line.green.length === 0) {
            addScaled(route.group, n, epoch, touched);
            addScaled(electricity.market, n, epoch, touched);
            continue;
          }
        }
      }
      addSlow(state, route, line, chunk);
    }
  } catch (error) {
    chunk.index = i;
    throw error;
  }
}

function newChunk(state: EngineState): Chunk {
  return { epoch: ++state.epoch, touched: [], unknown: state.unknown, estimated: state.estimated, unknownGreen: state.unknownGreenKWh, vehicles: [], index: 0 };
}

/**
 * The problems of a line, checked without adding it (`null` when it has none); `path` is the line's.
 * Routes and empty groups it creates are caches, never part of a result.
 */
export function problemsOf(state: EngineState, line: TypedActivity, path: readonly (string | number)[]): KoploperError | null {
  const chunk = newChunk(state);
  try {
    sumChunk(state, [line], chunk);
    return null;
  } catch (error) {
    return withPath(error, path);
  } finally {
    for (const group of chunk.touched) group.epoch = 0;
  }
}

/** One error with every problem of the lines from `from` on, the first one being `first`. */
function everyProblem(
  state: EngineState,
  lines: readonly TypedActivity[],
  path: readonly (string | number)[],
  first: KoploperError,
  from: number,
): KoploperError {
  const errors = [first];
  for (let i = from + 1; i < lines.length; i++) {
    const error = problemsOf(state, lines[i] as TypedActivity, [...path, i]);
    if (error !== null) errors.push(error);
  }
  return combine(errors);
}

/**
 * Combines errors into one with every issue (each with its path): the shared code when all have the
 * same one, else `INVALID_INPUT`. An issue given twice (same path and message) is kept once.
 */
export function combine(errors: readonly KoploperError[]): KoploperError {
  const [only] = errors;
  if (errors.length === 1 && only !== undefined) return only;
  const seen = new Set<string>();
  const issues = errors
    .flatMap((error) => error.issues)
    .filter((issue) => {
      const key = JSON.stringify([issue.path, issue.message]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const codes = new Set(errors.map((error) => error.code));
  const code = codes.size === 1 ? (only as KoploperError).code : "INVALID_INPUT";
  const list = issues.map((issue) => `- ${issue.path.join(".")}: ${issue.message}`).join("\n");
  return new KoploperError(code, `${issues.length} problems:\n${list}`, issues);
}

/**
 * Adds a chunk of typed lines to the state: all of it, or (when any line is refused) none of it.
 *
 * @throws {@link KoploperError} with every problem of every refused line, each at its path
 *   `[...path, lineIndex, field]`
 */
export function addLines(state: EngineState, lines: readonly TypedActivity[], path: readonly (string | number)[]): void {
  const chunk = newChunk(state);
  try {
    sumChunk(state, lines, chunk);
  } catch (error) {
    for (const group of chunk.touched) group.epoch = 0;
    throw everyProblem(state, lines, path, withPath(error, [...path, chunk.index]), chunk.index);
  }
  for (const group of chunk.touched) {
    let sum = group.sum;
    if (group.pendingDec !== null) sum = sum.plus(group.pendingDec);
    if (group.pendingInt !== 0) sum = sum.plus(new D(group.pendingInt).div(SCALE));
    group.sum = sum;
    group.lines += group.pendingLines;
    group.epoch = 0;
  }
  state.unknown = chunk.unknown;
  state.estimated = chunk.estimated;
  state.unknownGreenKWh = chunk.unknownGreen;
  for (const [vehicle, kind] of chunk.vehicles) {
    const seen = state.vehicles.get(vehicle) ?? { fuel: false, distance: false };
    state.vehicles.set(vehicle, { ...seen, [kind]: true });
  }
}
