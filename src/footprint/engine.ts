import type { Decimal } from "decimal.js";
import { D } from "../core/decimal.js";
import { LIMITS } from "../core/limits.js";
import { isKoploperError, KoploperError, refuse, rewrap, type IssuePath } from "../core/errors.js";
import type { ElectricityLine } from "./electricity.js";
import { checkedQuantity, Wide, wideZero } from "./exact.js";
import type { ElectricityGroups, EngineState, Group, Route, ThemeCounts } from "./groups.js";
import { knownRoute, routeOf, shown } from "./routes.js";
import { addDecimal, addScaled, commit, rollback, scaled, type Sum } from "./sum.js";
import { isGreenSource, type Theme } from "./themes.js";
import type { TypedActivity } from "./types.js";
import { applyConversion } from "./units.js";

// The engine's hot loop: per line one route lookup (routes.ts) and one exact add (sum.ts), a chunk
// at a time; a chunk with a refused line adds nothing, and its error names every problem.

/** What one chunk adds besides group sums; committed with them. */
interface Chunk {
  readonly epoch: number;
  readonly touched: Sum[];
  unknown: ThemeCounts;
  estimated: ThemeCounts;
  unknownGreen: Decimal;
  readonly vehicles: [string, "fuel" | "distance"][];
  index: number;
}

function count(counts: ThemeCounts, theme: Theme): ThemeCounts {
  return { ...counts, [theme]: (counts[theme] ?? 0) + 1 };
}

// An id-like field: a non-empty string of at most LIMITS.idLength characters, as the schema has it.
const nonEmpty = (value: unknown): boolean => typeof value === "string" && value !== "" && value.length <= LIMITS.idLength;

function checkPeriod(period: unknown): void {
  const { year, quarter, month } = (typeof period === "object" && period !== null ? period : {}) as { year?: unknown; quarter?: unknown; month?: unknown };
  const whole = (n: unknown, min: number, max: number) => typeof n === "number" && Number.isInteger(n) && n >= min && n <= max;
  if (!whole(year, 1990, 2100) || (quarter !== undefined && !whole(quarter, 1, 4)) || (month !== undefined && !whole(month, 1, 12))) {
    refuse("INVALID_INPUT", "invalid_period", "a period is { year (1990-2100), quarter? (1-4) or month? (1-12) }", ["period"]);
  }
  if (quarter !== undefined && month !== undefined) refuse("INVALID_INPUT", "invalid_period", "give a quarter or a month, not both", ["period"]);
}

/** The checks the activity schema makes of the fields a route does not hold, for a typed line. */
function checkFields(line: TypedActivity): void {
  if (line.id !== undefined && !nonEmpty(line.id))
    refuse("INVALID_INPUT", "invalid_id", `a line id is a non-empty string of at most ${LIMITS.idLength} characters`, ["id"]);
  if (line.estimated !== undefined && typeof line.estimated !== "boolean") refuse("INVALID_INPUT", "invalid_type", "estimated is true or false", ["estimated"]);
  if (line.vehicle !== undefined && !nonEmpty(line.vehicle))
    refuse("INVALID_INPUT", "invalid_vehicle", `a vehicle is a non-empty string of at most ${LIMITS.idLength} characters`, ["vehicle"]);
  if (line.location !== undefined && !nonEmpty(line.location))
    refuse("INVALID_INPUT", "invalid_location", `a location is a non-empty string of at most ${LIMITS.idLength} characters`, ["location"]);
  if (line.note !== undefined && (typeof line.note !== "string" || line.note.length > LIMITS.textLength)) {
    refuse("INVALID_INPUT", "invalid_type", `a note is a string of at most ${LIMITS.textLength} characters`, ["note"]);
  }
  if (line.period !== undefined) checkPeriod(line.period);
  switch (line.theme) {
    case "heat":
    case "fuel":
    case "mobile-machinery":
      if (line.renewable !== undefined && typeof line.renewable !== "boolean")
        refuse("INVALID_INPUT", "invalid_type", "renewable is true or false", ["renewable"]);
      break;
    case "waste":
      if (line.hazardous !== undefined && typeof line.hazardous !== "boolean")
        refuse("INVALID_INPUT", "invalid_type", "hazardous is true or false", ["hazardous"]);
      if (line.treatment !== undefined && line.treatment !== "recycling" && line.treatment !== "disposal") {
        refuse("INVALID_INPUT", "invalid_treatment", `treatment is "recycling" or "disposal", not ${shown(line.treatment)}`, ["treatment"]);
      }
      break;
  }
}

/** The green parts of an electricity line, checked: each with its quantity and the group of its source. */
function greenParts(groups: ElectricityGroups, green: unknown): { group: Group; amount: Decimal }[] {
  if (green === undefined) return [];
  if (!Array.isArray(green)) return refuse("INVALID_INPUT", "invalid_type", "green is a list of { quantity, source }", ["green"]);
  return green.map((part: unknown, index) => {
    const { quantity, source, origin } = (typeof part === "object" && part !== null ? part : {}) as { quantity?: unknown; source?: unknown; origin?: unknown };
    const amount = checkedQuantity(quantity, ["green", index, "quantity"]);
    if (!isGreenSource(source)) return refuse("INVALID_INPUT", "invalid_source", `unknown green source ${shown(source)}`, ["green", index, "source"]);
    if (origin !== undefined && origin !== "guarantee" && origin !== "own")
      refuse("INVALID_INPUT", "invalid_origin", `unknown origin ${shown(origin)}`, ["green", index, "origin"]);
    return { group: groups.green[source](), amount };
  });
}

/** Adds an electricity line with green parts (or a decimal quantity); returns its green kWh when its total is unknown. */
function electricityLine(route: Route, groups: ElectricityGroups, line: ElectricityLine, chunk: Chunk): Decimal {
  const { epoch, touched } = chunk;
  const parts = greenParts(groups, line.green);
  const greenSum = parts.reduce((sum, part) => sum.plus(part.amount), wideZero());
  if (line.quantity === null) return greenSum;
  const total = checkedQuantity(line.quantity, ["quantity"]);
  if (greenSum.gt(total)) {
    refuse("INVALID_INPUT", "green_above_total", `green kWh (${greenSum.toString()}) above the line's total (${total.toString()})`, ["green"]);
  }
  for (const { group, amount } of parts) addDecimal(group, amount, epoch, touched);
  addDecimal(route.group, total, epoch, touched);
  addDecimal(groups.market, new Wide(total).minus(greenSum), epoch, touched);
  return new D(0);
}

/** Adds a line the fast lane does not take: decimal quantities, green parts, unknown quantities. */
function addSlow(route: Route, line: TypedActivity, chunk: Chunk): void {
  const q = line.quantity;
  if (route.electricity !== null && line.theme === "electricity") {
    const green = electricityLine(route, route.electricity, line, chunk);
    if (q === null) chunk.unknownGreen = chunk.unknownGreen.plus(applyConversion(green, route.group.template.conversion));
  } else if (q !== null) addDecimal(route.group, checkedQuantity(q, ["quantity"]), chunk.epoch, chunk.touched);
  if (q === null) chunk.unknown = count(chunk.unknown, line.theme);
}

/** The hot loop: per line one route lookup and one exact add. */
function sumChunk(state: EngineState, lines: readonly TypedActivity[], chunk: Chunk): void {
  const { routes } = state;
  const { epoch, touched } = chunk;
  let i = 0;
  try {
    for (; i < lines.length; i++) {
      const line = lines[i];
      if (typeof line !== "object" || line === null)
        refuse("INVALID_INPUT", "invalid_type", `expected an activity line, got ${line === null ? "null" : typeof line}`);
      const route = knownRoute(routes, line) ?? routeOf(state, line);
      checkFields(line);
      if (line.estimated === true) chunk.estimated = count(chunk.estimated, line.theme);
      if (route.vehicleKind !== null && line.vehicle !== undefined) chunk.vehicles.push([line.vehicle, route.vehicleKind]);
      // The fast lane: an exact integer add in a float.
      const n = scaled(line.quantity);
      if (n >= 0) {
        const electricity = route.electricity;
        if (electricity === null) {
          addScaled(route.group, n, epoch, touched);
          continue;
        }
        if (line.theme === "electricity" && line.green === undefined) {
          addScaled(route.group, n, epoch, touched);
          addScaled(electricity.market, n, epoch, touched);
          continue;
        }
      }
      addSlow(route, line, chunk);
    }
  } catch (error) {
    chunk.index = i;
    throw error;
  }
}

function newChunk(state: EngineState): Chunk {
  return { epoch: ++state.epoch, touched: [], unknown: state.unknown, estimated: state.estimated, unknownGreen: state.unknownGreenKWh, vehicles: [], index: 0 };
}

/** An error thrown while adding a line, about the line at `path`. */
function atLine(error: unknown, path: IssuePath): KoploperError {
  /* v8 ignore next */
  if (!isKoploperError(error)) throw error;
  return rewrap(error, path);
}

/**
 * The problems of a line, checked without adding it (`null` when it has none); `path` is the line's.
 * Routes and empty groups it creates are caches, never part of a result.
 */
export function problemsOf(state: EngineState, line: TypedActivity, path: IssuePath): KoploperError | null {
  const chunk = newChunk(state);
  try {
    sumChunk(state, [line], chunk);
    return null;
  } catch (error) {
    return atLine(error, path);
  } finally {
    rollback(chunk.touched);
  }
}

/**
 * Combines errors into one with every issue (each with its path): the shared code when all have the
 * same one, else `INVALID_INPUT`. An issue given twice (same path and message) is kept once. (Core's
 * `invalidIssues` is for `INVALID_INPUT` only, so joining errors of one shared code is done here.)
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
  const code = codes.size === 1 && only !== undefined ? only.code : "INVALID_INPUT";
  const list = issues.map((issue) => `- ${issue.path.join(".")}: ${issue.message}`).join("\n");
  return new KoploperError(code, `${issues.length} problems:\n${list}`, issues);
}

/** One error with every problem of the lines from `from` on, the first one being `first`. */
function everyProblem(state: EngineState, lines: readonly TypedActivity[], path: IssuePath, first: KoploperError, from: number): KoploperError {
  const errors = [first];
  for (let i = from + 1; i < lines.length; i++) {
    const error = problemsOf(state, lines[i] as TypedActivity, [...path, i]);
    if (error !== null) errors.push(error);
  }
  return combine(errors);
}

/**
 * Adds a chunk of typed lines to the state: all of it, or (when any line is refused) none of it.
 *
 * @throws {@link KoploperError} with every problem of every refused line, each at its path
 *   `[...path, lineIndex, field]`
 */
export function addLines(state: EngineState, lines: readonly TypedActivity[], path: IssuePath): void {
  if (!Array.isArray(lines)) refuse("INVALID_INPUT", "invalid_type", `expected a list of activity lines, got ${lines === null ? "null" : typeof lines}`, path);
  const chunk = newChunk(state);
  try {
    sumChunk(state, lines, chunk);
  } catch (error) {
    rollback(chunk.touched);
    throw everyProblem(state, lines, path, atLine(error, [...path, chunk.index]), chunk.index);
  }
  commit(chunk.touched);
  state.unknown = chunk.unknown;
  state.estimated = chunk.estimated;
  state.unknownGreenKWh = chunk.unknownGreen;
  for (const [vehicle, kind] of chunk.vehicles) {
    const seen = state.vehicles.get(vehicle) ?? { fuel: false, distance: false };
    state.vehicles.set(vehicle, { ...seen, [kind]: true });
  }
}
