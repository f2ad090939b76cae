import { Decimal } from "decimal.js";
import { toDecimal } from "../core/decimal.js";
import { LIMITS } from "../core/limits.js";
import { outsideDomain, wideZero } from "./exact.js";
import { createParser, type SafeParseResult } from "../core/parse.js";
import { activitiesSchema, type Activity } from "./activity.schema.js";
import { unitCodeOf } from "./units.js";

// The fast path of `activitiesSchema`: a hand-written check of plain lines that builds exactly what
// the zod schema builds (the same values, the same keys in the same order). It gives up (returns
// `undefined`) on anything it is not sure of: any problem, any key it does not know, an optional key
// present with `undefined`, an object that is not a plain object, a line of a shape it does not
// handle. The caller then runs the zod schema, which reports every issue with its path as before.
// So the fast path decides only which valid inputs skip zod; it never decides an error.

/** Thrown (and caught below) when the fast path gives up. Never leaves this module. */
const GIVE_UP: unique symbol = Symbol("give up");

function giveUp(): never {
  throw GIVE_UP;
}

const proto = Object.prototype;

function plain(value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Object.getPrototypeOf(value) !== proto) giveUp();
  return value as Record<string, unknown>;
}

/** A quantity: a number, decimal string or Decimal inside the exact domain (zero or more). */
function quantity(value: unknown): Decimal {
  if (typeof value === "number") {
    // Every finite number of zero or more is inside the exact domain (see DOMAIN).
    if (!(value >= 0 && value < Number.POSITIVE_INFINITY)) giveUp();
    return toDecimal(value);
  }
  if (typeof value !== "string" && !Decimal.isDecimal(value)) giveUp();
  const exact = toDecimal(value as string | Decimal);
  if (outsideDomain(exact) !== null) giveUp();
  return exact;
}

function text(value: unknown, min: 0 | 1, max: number = LIMITS.idLength): string {
  if (typeof value !== "string" || value.length < min || value.length > max) giveUp();
  return value;
}

function flag(value: unknown): boolean {
  if (typeof value !== "boolean") giveUp();
  return value;
}

function int(value: unknown, min: number, max: number): number {
  if (!Number.isSafeInteger(value) || (value as number) < min || (value as number) > max) giveUp();
  return value as number;
}

function unit(value: unknown): Activity["unit"] {
  const code = typeof value === "string" ? unitCodeOf(value) : undefined;
  if (code === undefined) giveUp();
  return code;
}

function factorRef(value: unknown): string | number {
  if (typeof value === "string" ? value.length > 0 && value.length <= LIMITS.idLength : Number.isSafeInteger(value) && (value as number) > 0)
    return value as string | number;
  giveUp();
}

function period(value: unknown): NonNullable<Activity["period"]> {
  const raw = plain(value);
  let year: number | undefined;
  let quarter: number | undefined;
  let month: number | undefined;
  for (const key in raw) {
    const field = raw[key];
    if (key === "year") year = int(field, 1990, 2100);
    else if (key === "quarter") quarter = int(field, 1, 4);
    else if (key === "month") month = int(field, 1, 12);
    else giveUp();
  }
  if (year === undefined || (quarter !== undefined && month !== undefined)) giveUp();
  const out: { year: number; quarter?: number; month?: number } = { year };
  if (quarter !== undefined) out.quarter = quarter;
  if (month !== undefined) out.month = month;
  return out;
}

const GREEN = new Set(["wind", "solar", "hydro", "biomass"]);

function green(value: unknown): { quantity: Decimal; source: string; origin?: string }[] {
  if (!Array.isArray(value)) giveUp();
  const out: { quantity: Decimal; source: string; origin?: string }[] = [];
  for (let i = 0; i < value.length; i++) {
    const raw = plain(value[i]);
    let amount: Decimal | undefined;
    let source: string | undefined;
    let origin: string | undefined;
    for (const key in raw) {
      const field = raw[key];
      if (key === "quantity") amount = quantity(field);
      else if (key === "source" && typeof field === "string" && GREEN.has(field)) source = field;
      else if (key === "origin" && (field === "guarantee" || field === "own")) origin = field;
      else giveUp();
    }
    if (amount === undefined || source === undefined) giveUp();
    out.push(origin === undefined ? { quantity: amount, source } : { quantity: amount, source, origin });
  }
  return out;
}

function ownFactor(value: unknown): { value: Decimal; unit: Activity["unit"]; source: string } {
  const raw = plain(value);
  let amount: Decimal | undefined;
  let code: Activity["unit"] | undefined;
  let source: string | undefined;
  for (const key in raw) {
    const field = raw[key];
    if (key === "value") amount = quantity(field);
    else if (key === "unit") code = unit(field);
    else if (key === "source") source = text(field, 1, LIMITS.textLength);
    else giveUp();
  }
  if (amount === undefined || code === undefined || source === undefined) giveUp();
  return { value: amount, unit: code, source };
}

// What each theme's line may carry besides the common fields, as in activity.schema.ts.
const LISTED = new Set(["refrigerant", "business-travel", "commuting", "visitor-travel", "freight", "wastewater"]);
const ENERGY = new Set(["heat", "fuel", "mobile-machinery"]);
const PHYSICAL = new Set(["water", "paper", "solvents"]);

/** The keys a line of each theme may have after the common ones, in the schema's order. */
const EXTRA_KEYS: ReadonlyMap<string, readonly string[]> = /* @__PURE__ */ (() => {
  const keys = new Map<string, readonly string[]>([
    ["electricity", ["factor", "green", "supplierFactor"]],
    ["waste", ["factor", "hazardous", "treatment"]],
    ["other", ["category", "factor"]],
    ["offset", []],
  ]);
  for (const theme of LISTED) keys.set(theme, ["factor"]);
  for (const theme of ENERGY) keys.set(theme, ["factor", "renewable"]);
  for (const theme of PHYSICAL) keys.set(theme, ["factor"]);
  return keys;
})();

/** The keys a line of `theme` may have after the common ones. */
function extraKeys(theme: unknown): readonly string[] {
  const keys = typeof theme === "string" ? EXTRA_KEYS.get(theme) : undefined;
  if (keys === undefined) giveUp();
  return keys;
}

/** A line's extra field, checked as the theme's schema checks it. */
function extra(theme: string, key: string, value: unknown): unknown {
  switch (key) {
    case "factor":
      return theme === "other" || PHYSICAL.has(theme) ? ownFactor(value) : factorRef(value);
    case "green":
      return green(value);
    case "supplierFactor":
      return quantity(value);
    case "renewable":
    case "hazardous":
      return flag(value);
    case "treatment":
      if (value !== "recycling" && value !== "disposal") giveUp();
      return value;
    default:
      // category
      return int(value, 1, 15);
  }
}

type Out = Record<string, unknown>;

function line(value: unknown, numbers: boolean): Activity {
  const raw = plain(value);
  const theme = raw["theme"];
  const extras = extraKeys(theme);
  // Every field the line may have is read once; a key it may not have, or a key present with
  // `undefined` (which zod keeps as a key), shows as more keys than defined fields.
  let keys = 0;
  for (const _ in raw) keys++;
  const id = raw["id"];
  const amount = raw["quantity"];
  const when = raw["period"];
  const location = raw["location"];
  const estimated = raw["estimated"];
  const note = raw["note"];
  const vehicle = raw["vehicle"];
  if (amount === undefined) giveUp();
  const checkedId = text(id, 1);
  const exact = amount === null ? null : numbers && typeof amount === "number" && amount >= 0 && amount < Number.POSITIVE_INFINITY ? amount : quantity(amount);
  const code = unit(raw["unit"]);
  let defined = 4; // id, quantity, unit, theme
  let out: Out;
  if (when === undefined && location === undefined && estimated === undefined && note === undefined && vehicle === undefined) {
    // The common line: one literal, in the schema's key order.
    out = { id: checkedId, quantity: exact, unit: code, theme };
  } else {
    out = { id: checkedId, quantity: exact, unit: code };
    if (when !== undefined) {
      out["period"] = period(when);
      defined++;
    }
    if (location !== undefined) {
      out["location"] = text(location, 1);
      defined++;
    }
    if (estimated !== undefined) {
      out["estimated"] = flag(estimated);
      defined++;
    }
    if (note !== undefined) {
      out["note"] = text(note, 0, LIMITS.textLength);
      defined++;
    }
    if (vehicle !== undefined) {
      out["vehicle"] = text(vehicle, 1);
      defined++;
    }
    out["theme"] = theme;
  }
  for (let k = 0; k < extras.length; k++) {
    const key = extras[k] as string;
    const field = raw[key];
    if (field === undefined) continue;
    out[key] = extra(theme as string, key, field);
    defined++;
  }
  if (defined !== keys) giveUp();
  // Required by the theme's schema: a listed factor everywhere but electricity, water, paper, solvents and offset; a category for other.
  if (out["factor"] === undefined && theme !== "electricity" && theme !== "offset" && !PHYSICAL.has(theme as string)) giveUp();
  if (theme === "other" && out["category"] === undefined) giveUp();
  return out as Activity;
}

/**
 * The lines `activitiesSchema` would give for `input`, without zod, or `undefined` when the fast
 * path gives up (then the zod schema decides, with every issue and its path). Lines with duplicate
 * ids or more green kWh than their total make it give up too.
 */
export function fastActivities(input: unknown): Activity[] | undefined {
  const lines = fastLines(input, false);
  return lines as Activity[] | undefined;
}

/** A line of {@link fastLines} with numbers: an `Activity` whose own `quantity` may still be the number it was given. */
export type NumberLine = Activity extends infer Line
  ? Line extends Activity
    ? Omit<Line, "quantity"> & { quantity: Line["quantity"] | number }
    : never
  : never;

/**
 * Like {@link fastActivities}, but a line's `quantity` given as a number stays that number, which
 * the engine sums in its integer lane; {@link withDecimals} then turns the lines into `Activity`s.
 */
export function fastNumberLines(input: unknown): NumberLine[] | undefined {
  return fastLines(input, true);
}

/** Turns lines of {@link fastNumberLines} into the `Activity`s `activitiesSchema` gives (in place: they are the library's own objects). */
export function withDecimals(lines: NumberLine[]): Activity[] {
  for (const line of lines) if (typeof line.quantity === "number") line.quantity = toDecimal(line.quantity);
  return lines as Activity[];
}

/** `a` comes before `b` when it is shorter, or as long and first in code-unit order: "l9" before "l10". */
const before = (a: string, b: string): boolean => a.length < b.length || (a.length === b.length && a < b);

/**
 * Whether the lines' ids are all different. Ids in increasing order (shorter first, then in
 * code-unit order, as numbered exports have them: "line-9", "line-10") are, which one comparison
 * per line shows; lines in any other order go through a set.
 */
function uniqueIds(lines: readonly { readonly id: string }[]): boolean {
  let ordered = true;
  for (let i = 1; ordered && i < lines.length; i++) ordered = before((lines[i - 1] as { id: string }).id, (lines[i] as { id: string }).id);
  if (ordered) return true;
  const seen = new Set<string>();
  for (const { id } of lines) seen.add(id);
  return seen.size === lines.length;
}

function fastLines(input: unknown, numbers: boolean): NumberLine[] | undefined {
  if (!Array.isArray(input)) return undefined;
  try {
    const out: NumberLine[] = new Array(input.length);
    for (let i = 0; i < input.length; i++) {
      // With `numbers`, `quantity` may be a number here: the green check below takes it as it is.
      const parsed = line(input[i], numbers);
      if (parsed.theme === "electricity" && parsed.green !== undefined && parsed.quantity !== null) {
        const sum = parsed.green.reduce((total: Decimal, part) => total.plus(part.quantity), wideZero());
        if (sum.gt(parsed.quantity)) giveUp();
      }
      out[i] = parsed as NumberLine;
    }
    return uniqueIds(out) ? out : undefined;
  } catch {
    // Giving up (GIVE_UP), or anything an odd input throws on the way (a getter, a proxy): zod decides.
    return undefined;
  }
}

const activitiesParser = /* @__PURE__ */ createParser(activitiesSchema, "activities", fastActivities);

/**
 * Validates activity lines (see {@link activitySchema} and {@link activitiesSchema}).
 *
 * @param input - anything
 * @returns the lines with exact quantities and unit codes
 * @throws {@link KoploperError} `INVALID_INPUT` with every issue and its path
 *
 * @example
 * ```ts
 * import { parseActivities } from "koploper";
 *
 * parseActivities([{ id: "gas", theme: "fuel", factor: 135, quantity: "12000", unit: "Nm3" }])[0]?.quantity?.toString(); //=> "12000"
 * ```
 */
export function parseActivities(input: unknown): Activity[] {
  return activitiesParser.parse(input);
}

/**
 * Like {@link parseActivities}, but returns the error instead of throwing it.
 *
 * @param input - anything
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeParseActivities } from "koploper";
 *
 * safeParseActivities([{ id: "x", theme: "fuel", factor: 135, quantity: -1, unit: "Nm3" }]).success; //=> false
 * ```
 */
export function safeParseActivities(input: unknown): SafeParseResult<Activity[]> {
  return activitiesParser.safeParse(input);
}
