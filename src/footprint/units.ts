import type { Decimal } from "decimal.js";
import { D, toDecimal, type DecimalInput } from "../core/decimal.js";
import { refuse } from "../core/errors.js";
import { exactly } from "./exact.js";
import type { UnitCode } from "../factors/codes.js";

/**
 * The dimension of every unit code. Conversions happen only inside one dimension (plus the fuel
 * conversion through a factor's MJ per unit, see {@link convertUnit}). Vehicle-, passenger- and
 * tonne-km are three distinct dimensions; kg dry matter (`kg-ds`) is its own dimension too, because
 * turning wet kg into dry matter needs a moisture content the library does not know.
 *
 * @example
 * ```ts
 * import { UNIT_DIMENSIONS } from "koploper";
 *
 * UNIT_DIMENSIONS.Nm3; //=> "gas-volume"
 * UNIT_DIMENSIONS.pkm === UNIT_DIMENSIONS.vkm; //=> false
 * ```
 */
export const UNIT_DIMENSIONS = {
  kWh: "energy",
  MWh: "energy",
  MJ: "energy",
  GJ: "energy",
  l: "liquid-volume",
  m3: "liquid-volume",
  Nm3: "gas-volume",
  kg: "mass",
  t: "mass",
  "kg-ds": "dry-mass",
  vkm: "vehicle-distance",
  pkm: "passenger-distance",
  tkm: "freight-distance",
  VE: "pollution-unit",
} as const satisfies Record<UnitCode, string>;

/**
 * One of the dimensions in {@link UNIT_DIMENSIONS}.
 *
 * @example
 * ```ts
 * import type { UnitDimension } from "koploper";
 *
 * const dimension: UnitDimension = "energy";
 * ```
 */
export type UnitDimension = (typeof UNIT_DIMENSIONS)[UnitCode];

/**
 * The spellings the Dutch factor list uses for its units, mapped to the unit codes. Parsers accept
 * them wherever a unit code is expected.
 *
 * @example
 * ```ts
 * import { UNIT_ALIASES } from "koploper";
 *
 * UNIT_ALIASES.reizigerskilometer; //=> "pkm"
 * ```
 */
export const UNIT_ALIASES: Readonly<Record<string, UnitCode>> = {
  liter: "l",
  ton: "t",
  voertuigkilometer: "vkm",
  reizigerskilometer: "pkm",
  tonkilometer: "tkm",
  Vervuilingseenheid: "VE",
  "kg ds": "kg-ds",
};

/**
 * The unit code a unit as written stands for: a unit code itself, or one of {@link UNIT_ALIASES};
 * `undefined` for anything else. Both tables are read as own properties only, so `"constructor"`
 * or `"__proto__"` is no unit.
 */
export function unitCodeOf(text: string): UnitCode | undefined {
  if (Object.hasOwn(UNIT_DIMENSIONS, text)) return text as UnitCode;
  return Object.hasOwn(UNIT_ALIASES, text) ? UNIT_ALIASES[text] : undefined;
}

/** Whether a text is a unit code (an own key of {@link UNIT_DIMENSIONS}). */
export function isUnitCode(text: unknown): text is UnitCode {
  return typeof text === "string" && Object.hasOwn(UNIT_DIMENSIONS, text);
}

/** The message for a unit that is no unit code: `km` gets a hint, because it means vkm or pkm. */
export function unknownUnit(unit: string): string {
  const hint = unit.trim().toLowerCase() === "km" ? ": km is ambiguous, write vkm (vehicle kilometres) or pkm (passenger kilometres), or tkm for freight" : "";
  return `unknown unit ${JSON.stringify(unit)}${hint}`;
}

// Size of each unit in its dimension's base unit (MJ, l, kg); units not listed are 1.
const SCALE: Partial<Record<UnitCode, number>> = { kWh: 3.6, MWh: 3600, GJ: 1000, m3: 1000, t: 1000 };
/** One: the conversion of a unit to itself multiplies and divides by it (the same object, which `materialize` relies on). */
const ONE = /* @__PURE__ */ new D(1);

/**
 * A unit conversion as an exact fraction: multiply by `times`, then divide by `divide` (dividing
 * last keeps a conversion through MJ per unit, such as GJ to Nm3, as exact as it can be).
 *
 * @example
 * ```ts
 * import type { Conversion } from "koploper";
 * import type { Decimal } from "decimal.js";
 *
 * const apply = (quantity: Decimal, by: Conversion) => quantity.times(by.times).div(by.divide);
 * ```
 */
export interface Conversion {
  readonly times: Decimal;
  readonly divide: Decimal;
}

// The dimensions of fuels: an energy quantity converts to them through the fuel's MJ per unit.
// Never to a distance: MJ per pkm, vkm or tkm describes a trip, it does not turn energy into km.
const FUEL_DIMENSIONS: ReadonlySet<string> = new Set(["liquid-volume", "gas-volume", "mass", "dry-mass"]);

/**
 * The note for a line whose unit is read as another one: `m3` on a factor in Nm3 is read as Nm3,
 * as Dutch gas bills and the Milieubarometer do. `null` for every other pair.
 */
export function unitNote(from: UnitCode, to: UnitCode): string | null {
  return from === "m3" && to === "Nm3" ? "m3 read as Nm3 (normal cubic metres), as on Dutch gas bills" : null;
}

/** The exact fraction that turns a quantity in `from` into one in `to` (see {@link convertUnit}). */
export function conversion(from: UnitCode, to: UnitCode, mjPerUnit?: DecimalInput): Conversion {
  if (!isUnitCode(from) || !isUnitCode(to)) {
    refuse("UNIT_MISMATCH", "invalid_unit", unknownUnit(String(isUnitCode(from) ? to : from)));
  }
  const times = from === to ? ONE : new D(SCALE[from] ?? 1);
  if (from === to || unitNote(from, to) !== null) return { times, divide: times };
  if (UNIT_DIMENSIONS[from] === UNIT_DIMENSIONS[to]) return { times, divide: new D(SCALE[to] ?? 1) };
  const fuel = FUEL_DIMENSIONS.has(UNIT_DIMENSIONS[to]);
  if (UNIT_DIMENSIONS[from] === "energy" && fuel && mjPerUnit !== undefined && toDecimal(mjPerUnit).gt(0)) {
    return { times, divide: toDecimal(mjPerUnit) };
  }
  const reason =
    UNIT_DIMENSIONS[from] === "energy" && !fuel
      ? `: energy does not convert to ${UNIT_DIMENSIONS[to]}`
      : UNIT_DIMENSIONS[from] === "energy"
        ? ": the factor gives no MJ per unit"
        : "";
  refuse("UNIT_MISMATCH", "unit_mismatch", `a quantity in ${from} cannot be converted to ${to}${reason}`);
}

/**
 * Converts a quantity from one unit to another: exactly inside a dimension (1 MWh = 1000 kWh,
 * 1 t = 1000 kg, 1 m3 = 1000 l, 1 kWh = 3.6 MJ), and from an energy unit to a fuel's own unit through
 * the fuel's MJ per unit (1 GJ of natural gas at 31.65 MJ/Nm3 is 1000 / 31.65 Nm3). Multiplies
 * first and divides last: the result is exact whenever it is a finite decimal, otherwise rounded once
 * to 64 significant digits.
 *
 * @param quantity - the amount in `from`
 * @param from - the unit the amount is in
 * @param to - the unit wanted
 * @param mjPerUnit - the energy content of one `to` unit, for the energy-to-fuel conversion
 * @returns the amount in `to`
 * @throws {@link KoploperError} `UNIT_MISMATCH` naming both units when no conversion exists;
 *   `INVALID_NUMBER` for a quantity that is not a finite number
 *
 * @example
 * ```ts
 * import { convertUnit } from "koploper";
 *
 * convertUnit("2.5", "MWh", "kWh").toString(); //=> "2500"
 * convertUnit(63.3, "GJ", "Nm3", "31.65").toString(); //=> "2000"
 * ```
 */
export function convertUnit(quantity: DecimalInput, from: UnitCode, to: UnitCode, mjPerUnit?: DecimalInput): Decimal {
  // mjPerUnit is checked also when this pair of units does not need it: every input is.
  return applyConversion(toDecimal(quantity), conversion(from, to, mjPerUnit === undefined ? undefined : toDecimal(mjPerUnit)));
}

/**
 * Applies a conversion fraction to an exact quantity, dividing last, so the result is exact when it
 * is a finite decimal and otherwise rounded once (the identity from {@link conversion}, whose two
 * parts are one object, costs nothing).
 */
export function applyConversion(quantity: Decimal, by: Conversion): Decimal {
  if (by.times === by.divide) return quantity;
  return exactly([quantity, by.times], [by.divide]);
}
