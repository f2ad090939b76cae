import type { Decimal } from "decimal.js";
import type * as z from "zod/v4";
import { D } from "../core/decimal.js";
import { refuse, type KoploperError } from "../core/errors.js";
import { createParser } from "../core/parse.js";
import { addLines, combine, problemsOf } from "./engine.js";
import { createState, type EngineState, type Group } from "./groups.js";
import { routeOf } from "./routes.js";
import { activitySchema, footprintInputSchema, organisationSchema, type Activity, type FootprintInput } from "./activity.schema.js";
import { accumulatorOptionsSchema, footprintOptionsSchema, type AccumulatorOptions, type FootprintOptions, type ResolvedOptions } from "./options.schema.js";
import { assemble, lineCounts, materialize, sortGroups } from "./summary.js";
import type { Footprint, FootprintGroup, FootprintLine, TypedActivity } from "./types.js";
import { applyConversion, unitNote } from "./units.js";
import { exactly, Wide, wideZero } from "./exact.js";
import { fastNumberLines, withDecimals, type NumberLine } from "./activities.js";
import { footprintAt } from "./footprint.schema.js";

const inputParser = /* @__PURE__ */ createParser(footprintInputSchema, "footprint input");
const optionsParser = /* @__PURE__ */ createParser(footprintOptionsSchema, "footprint options");
const accumulatorParser = /* @__PURE__ */ createParser(accumulatorOptionsSchema, "accumulator options");

function meta(options: ResolvedOptions): Footprint["factorSet"] {
  const set = options.factors;
  return { id: set.id, year: set.year, accounting: options.accounting ?? "wtw", gwp: options.gwp ?? set.gwp };
}

function groupsOf(state: EngineState): FootprintGroup[] {
  return sortGroups([...state.groups.values()].map((group) => materialize(group.template, new D(group.sum), group.lines)));
}

function checksOf(state: EngineState): Footprint["checks"] {
  return { unknownGreenKWh: new D(state.unknownGreenKWh), vehicles: Object.fromEntries(state.vehicles) };
}

function partsFor(group: Group, amount: Decimal): FootprintLine["parts"] {
  const { template } = group;
  const { factorId, overridden, layer, unit, conversion } = template;
  const quantity = applyConversion(amount, conversion);
  return template.parts.map(({ kind, column, value, scope, category, basis }) => ({
    kind,
    column,
    value,
    kg: conversion.times === conversion.divide ? exactly([amount, value]) : exactly([amount, conversion.times, value], [conversion.divide]),
    scope,
    category,
    basis,
    factorId,
    overridden,
    layer,
    quantity,
    unit,
  }));
}

function lineDetail(state: EngineState, line: Activity): FootprintLine {
  const route = routeOf(state, line);
  const { quantity } = line;
  let parts: FootprintLine["parts"] = [];
  if (quantity !== null && route.electricity !== null) {
    const green = line.theme === "electricity" ? (line.green ?? []) : [];
    const greenSum = green.reduce((sum, part) => sum.plus(part.quantity), wideZero());
    parts = [
      ...partsFor(route.group, quantity),
      ...partsFor(route.electricity.market, new D(new Wide(quantity).minus(greenSum))),
      ...green.flatMap((part) => partsFor(route.electricity?.green[part.source]() ?? route.group, part.quantity)),
    ];
  } else if (quantity !== null) parts = partsFor(route.group, quantity);
  const note = unitNote(line.unit, route.group.template.unit);
  return {
    id: line.id,
    theme: line.theme,
    quantity,
    unit: line.unit,
    estimated: line.estimated === true,
    ...(line.location === undefined ? {} : { location: line.location }),
    ...(line.period === undefined ? {} : { period: line.period }),
    ...(line.note === undefined ? {} : { note: line.note }),
    activity: line,
    ...(note === null ? {} : { unitNote: note }),
    parts,
  };
}

/**
 * A validated footprint input and its summed lines: what every one-shot calculation starts from.
 * `data.activities` may still hold a quantity as the number it was given (see {@link NumberLine});
 * `lines()` gives them as `Activity`s, with every quantity a Decimal (built on the first call).
 */
interface Prepared {
  readonly resolved: ResolvedOptions;
  readonly data: Omit<InputData, "activities"> & { readonly activities: readonly NumberLine[] };
  readonly lines: () => Activity[];
  readonly state: EngineState;
}

/** Validates a footprint's input and options and sums its lines. */
export function prepare(input: FootprintInput, options: FootprintOptions): Prepared {
  const resolved = optionsParser.parse(options);
  const fast = fastInput(input);
  if (fast !== undefined) {
    const state = createState(resolved);
    try {
      addLines(state, fast.activities, ["activities"]);
      let lines: Activity[] | undefined;
      return { resolved, data: fast, lines: () => (lines ??= withDecimals(fast.activities)), state };
    } catch {
      // A line the engine refuses: the full path below builds the error, exactly as before.
    }
  }
  const parsed = inputParser.safeParse(input);
  const state = createState(resolved);
  if (parsed.success) {
    // addLines reports every problem of every line itself.
    addLines(state, parsed.data.activities, ["activities"]);
    return { resolved, data: parsed.data, lines: () => parsed.data.activities, state };
  }
  throw everyProblemOf(input, resolved, [parsed.error]);
}

type InputData = z.output<typeof footprintInputSchema>;
const INPUT_KEYS = new Set(["year", "activities", "organisation"]);

/**
 * The footprint input as `footprintInputSchema` gives it, through the fast path of the lines
 * ({@link fastActivities}), or `undefined` when anything is not plainly valid (then zod decides).
 */
function fastInput(input: unknown): (Omit<InputData, "activities"> & { activities: NumberLine[] }) | undefined {
  if (typeof input !== "object" || input === null || Object.getPrototypeOf(input) !== Object.prototype) return undefined;
  const raw = input as Record<string, unknown>;
  for (const key in raw) if (!INPUT_KEYS.has(key) || raw[key] === undefined) return undefined;
  const { year, organisation } = raw;
  if (!Number.isSafeInteger(year) || (year as number) < 1990 || (year as number) > 2100) return undefined;
  const activities = fastNumberLines(raw["activities"]);
  if (activities === undefined) return undefined;
  if (organisation === undefined) return { year: year as number, activities };
  const parsed = organisationSchema.safeParse(organisation);
  return parsed.success ? { year: year as number, activities, organisation: parsed.data } : undefined;
}

/**
 * Every problem of a refused input in one error: its shape problems, then the factor, unit and
 * quantity problems of every line that has the right shape (each line checked on its own).
 */
function everyProblemOf(input: unknown, resolved: ResolvedOptions, errors: KoploperError[]): KoploperError {
  const lines = (input as { activities?: unknown } | null)?.activities;
  const scratch = createState(resolved);
  if (Array.isArray(lines)) {
    lines.forEach((raw: unknown, index) => {
      const line = activitySchema.safeParse(raw);
      const error = line.success ? problemsOf(scratch, line.data, ["activities", index]) : null;
      if (error !== null) errors.push(error);
    });
  }
  return combine(errors);
}

/**
 * Calculates a CO2 footprint the way the Milieubarometer and the GHG Protocol report it: scope 1,
 * scope 2 market- and location-based, scope 3 per category, per theme, per factor group and per
 * line with full provenance, memo items, the energy total, unknown and estimated lines, and
 * plausibility warnings. Quantities are summed exactly per group first and multiplied once per group.
 *
 * @param input - `{ year, activities, organisation? }` (see {@link footprintInputSchema})
 * @param options - `{ factors, accounting?, gwp?, allowWithdrawn?, electricity? }` (see {@link footprintOptionsSchema})
 * @returns the footprint; every amount a `Decimal` in kg CO2-eq. Its per-line detail (`lines`) is
 *   built on first read and then kept (an enumerable getter), so totals alone cost no per-line work
 * @throws {@link KoploperError} `INVALID_INPUT` with every issue and its path; `UNKNOWN_FACTOR`
 *   (with the closest names), `WITHDRAWN_FACTOR`, `SUPPLIER_VALUE_REQUIRED`, `UNIT_MISMATCH` or
 *   `MISSING_FACTOR_VALUE` with the path of the line. A refused input gives no partial result.
 *
 * @see GHG Protocol Corporate Standard, chapter 4; GHG Protocol Scope 2 Guidance (2015), chapter 7
 * @example
 * ```ts
 * import { calculateFootprint } from "koploper";
 * import { nl2026 } from "koploper/factors/nl-2026";
 *
 * const footprint = calculateFootprint(
 *   { year: 2026, activities: [{ id: "gas", theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3" }] },
 *   { factors: nl2026 },
 * );
 * footprint.scope1.toString(); //=> "2134"
 * ```
 */
export function calculateFootprint(input: FootprintInput, options: FootprintOptions): Footprint {
  const { resolved, data, lines: activities, state } = prepare(input, options);
  const unknownIds = data.activities.filter((line) => line.quantity === null).map((line) => line.id);
  const estimatedIds = data.activities.filter((line) => line.estimated === true).map((line) => line.id);
  const footprint = assemble({
    year: data.year,
    factorSet: meta(resolved),
    organisation: data.organisation,
    detail: "lines",
    groups: groupsOf(state),
    lines: [],
    unknown: lineCounts(state.unknown, unknownIds),
    estimated: lineCounts(state.estimated, estimatedIds),
    checks: checksOf(state),
  });
  // The per-line detail is built on first read (then kept): a caller who needs only the totals
  // never pays for a Decimal multiply and a few objects per line. It depends only on the parsed
  // lines and the finished state, which nothing changes any more, so every read gives the same lines.
  let lines: FootprintLine[] | undefined;
  return Object.defineProperty(footprint, "lines", {
    get: () => {
      lines ??= activities().map((line) => lineDetail(state, line));
      return lines;
    },
    enumerable: true,
  });
}

/**
 * An accumulator: feeds lines in chunks, gives the footprint so far at any time.
 *
 * @example
 * ```ts
 * import type { FootprintAccumulator } from "koploper";
 *
 * const total = (acc: FootprintAccumulator) => acc.result().total.marketBased.toString();
 * ```
 */
export interface FootprintAccumulator {
  /**
   * Adds a chunk of lines: all of them, or (when one is refused) none.
   * @throws {@link KoploperError} with the path `[index, field]` of the refused line in the chunk
   */
  add(lines: readonly TypedActivity[]): FootprintAccumulator;
  /** The footprint of every line added so far, with `detail: "groups"` and no `lines`. */
  result(): Footprint;
}

/**
 * The fast path for big jobs: an accumulator that takes typed lines ({@link TypedActivity}, not run
 * through zod; plain-number quantities are summed exactly without decimal.js) in chunks. Memory does
 * not grow with the number of lines: it keeps one exact sum per (theme, factor, unit, role) group,
 * counts of unknown and estimated lines per theme (not their ids), the green kWh of unknown lines and
 * which vehicles had fuel or distance. Line ids are not checked for uniqueness.
 *
 * @param options - the calculation options plus `year` and `organisation?` (see {@link accumulatorOptionsSchema})
 * @returns an accumulator whose `result()` equals {@link calculateFootprint} of all lines added,
 *   except that it has no per-line detail
 * @throws {@link KoploperError} `INVALID_INPUT` for invalid options
 *
 * @example
 * ```ts
 * import { createFootprintAccumulator } from "koploper";
 * import { nl2026 } from "koploper/factors/nl-2026";
 *
 * const acc = createFootprintAccumulator({ factors: nl2026, year: 2026 });
 * acc.add([{ theme: "fuel", factor: 135, quantity: 600, unit: "Nm3" }]);
 * acc.add([{ theme: "fuel", factor: 135, quantity: 400, unit: "Nm3" }]);
 * acc.result().scope1.toString(); //=> "2134"
 * ```
 */
export function createFootprintAccumulator(options: AccumulatorOptions): FootprintAccumulator {
  const resolved = accumulatorParser.parse(options);
  const state = createState(resolved);
  const accumulator: FootprintAccumulator = {
    add(lines) {
      addLines(state, lines, []);
      return accumulator;
    },
    result() {
      return assemble({
        year: resolved.year,
        factorSet: meta(resolved),
        organisation: resolved.organisation,
        detail: "groups",
        groups: groupsOf(state),
        lines: [],
        unknown: lineCounts(state.unknown, []),
        estimated: lineCounts(state.estimated, []),
        checks: checksOf(state),
      });
    },
  };
  return accumulator;
}

/**
 * Recalculates a footprint from its own lines on another factor set (or accounting or GWP set): the
 * way to compare a baseline with a later year on one set, because a factor update is not a
 * reduction. The result is `calculateFootprint` of the footprint's lines, year and organisation with
 * the new options, and says in `recalculatedFrom` which set it was first calculated on.
 *
 * @param footprint - a footprint with per-line detail (from {@link calculateFootprint})
 * @param options - the calculation options for the new calculation (see {@link footprintOptionsSchema})
 * @returns the recalculated footprint
 * @throws {@link KoploperError} `INVALID_INPUT` for a footprint without line detail (an accumulator's
 *   result); every error of {@link calculateFootprint} when a line does not fit the new set
 *
 * @example
 * ```ts
 * import { calculateFootprint, overrideFactors, recalculateFootprint } from "koploper";
 * import { nl2026 } from "koploper/factors/nl-2026";
 *
 * const base = calculateFootprint({ year: 2026, activities: [{ id: "gas", theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3" }] }, { factors: nl2026 });
 * const newer = overrideFactors(nl2026, [{ factor: 135, values: { wtw: "2.2" }, reason: "update" }], { id: "nl-2027-draft" });
 * const again = recalculateFootprint(base, { factors: newer });
 * again.scope1.toString(); //=> "2200"
 * again.recalculatedFrom?.id; //=> "nl-2026"
 * ```
 */
export function recalculateFootprint(footprint: Footprint, options: FootprintOptions): Footprint {
  footprint = footprintAt(footprint, ["footprint"]);
  if (footprint.detail !== "lines") {
    refuse("INVALID_INPUT", "invalid_value", "recalculating needs per-line detail: this footprint has group totals only (an accumulator's result)", [
      "footprint",
      "detail",
    ]);
  }
  const input = {
    year: footprint.year,
    activities: footprint.lines.map((line) => line.activity),
    ...(footprint.organisation === undefined ? {} : { organisation: footprint.organisation }),
  };
  return { ...calculateFootprint(input as FootprintInput, options), recalculatedFrom: footprint.recalculatedFrom ?? footprint.factorSet };
}

/**
 * Combines two footprints of the same year, factor set, accounting and GWP set into the footprint of
 * both line lists: `mergeFootprints(calculateFootprint(a), calculateFootprint(b))` equals
 * `calculateFootprint(a ++ b)`. Group sums are added exactly, then converted and multiplied once, so
 * big jobs can be split, computed anywhere and combined.
 *
 * @param a - a footprint
 * @param b - a footprint of other lines
 * @returns the combined footprint (with line detail only when both have it)
 * @throws {@link KoploperError} `INCOMPATIBLE_FOOTPRINTS` when year, factor set, accounting or GWP
 *   set differ, or both have a line with the same id
 *
 * @example
 * ```ts
 * import { calculateFootprint, mergeFootprints } from "koploper";
 * import { nl2026 } from "koploper/factors/nl-2026";
 *
 * const part = (id: string, quantity: number) =>
 *   calculateFootprint({ year: 2026, activities: [{ id, theme: "fuel", factor: 135, quantity, unit: "Nm3" }] }, { factors: nl2026 });
 * mergeFootprints(part("a", 600), part("b", 400)).scope1.toString(); //=> "2134"
 * ```
 */
export function mergeFootprints(a: Footprint, b: Footprint): Footprint {
  a = footprintAt(a, ["a"]);
  b = footprintAt(b, ["b"]);
  const fa = a.factorSet;
  const fb = b.factorSet;
  if (a.year !== b.year || fa.id !== fb.id || fa.year !== fb.year || fa.accounting !== fb.accounting || fa.gwp !== fb.gwp) {
    refuse(
      "INCOMPATIBLE_FOOTPRINTS",
      "incompatible",
      `cannot merge a ${a.year} footprint on ${fa.id}/${fa.accounting}/${fa.gwp} with a ${b.year} footprint on ${fb.id}/${fb.accounting}/${fb.gwp}`,
    );
  }
  const ids = new Set(a.lines.map((line) => line.id));
  const shared = b.lines.filter((line) => ids.has(line.id)).map((line) => line.id);
  if (shared.length > 0) refuse("INCOMPATIBLE_FOOTPRINTS", "incompatible", `both footprints have lines ${shared.join(", ")}`);
  const groups = new Map(a.groups.map((group) => [group.key, group]));
  for (const group of b.groups) {
    const other = groups.get(group.key);
    groups.set(
      group.key,
      other === undefined
        ? group
        : materialize({ ...group, parts: group.parts }, new D(new Wide(other.lineQuantity).plus(group.lineQuantity)), other.lines + group.lines),
    );
  }
  // Own keys only, in Maps: a vehicle named "__proto__" is a vehicle like any other.
  const counts = (x: Footprint["unknown"], y: Footprint["unknown"]) => {
    const byTheme = new Map(Object.entries(x.byTheme));
    for (const [theme, n] of Object.entries(y.byTheme)) byTheme.set(theme, (byTheme.get(theme) ?? 0) + n);
    return lineCounts(Object.fromEntries(byTheme), [...x.ids, ...y.ids]);
  };
  const vehicles = new Map(Object.entries(a.checks.vehicles));
  for (const [vehicle, seen] of Object.entries(b.checks.vehicles)) {
    const before = vehicles.get(vehicle);
    vehicles.set(vehicle, before === undefined ? seen : { fuel: before.fuel || seen.fuel, distance: before.distance || seen.distance });
  }
  const organisation = a.organisation ?? b.organisation;
  return assemble({
    year: a.year,
    factorSet: fa,
    organisation,
    detail: a.detail === "lines" && b.detail === "lines" ? "lines" : "groups",
    groups: sortGroups(groups.values()),
    lines: [...a.lines, ...b.lines],
    unknown: counts(a.unknown, b.unknown),
    estimated: counts(a.estimated, b.estimated),
    checks: { unknownGreenKWh: new D(new Wide(a.checks.unknownGreenKWh).plus(b.checks.unknownGreenKWh)), vehicles: Object.fromEntries(vehicles) },
  });
}
