import { toDecimal, type Decimal } from "../core/decimal.js";
import { problem, type KoploperError } from "../core/errors.js";
import { parseGwpSet } from "./factor-input.schema.js";
import type { GwpSet } from "./codes.js";
import { BLENDS, PURE_GASES, type Blend, type BlendCode, type GasCode, type PureGas, type PureGasCode } from "./gases.js";

function unknownGas(gas: string, set: GwpSet, why: string): KoploperError {
  return problem("UNKNOWN_GAS", "unknown_gas", `no ${set} GWP-100 for ${JSON.stringify(gas)}: ${why}`);
}

function pureGwp(gas: PureGasCode, set: GwpSet): Decimal {
  const entry: PureGas = PURE_GASES[gas];
  const value = entry.gwp100[set];
  if (value === undefined) throw unknownGas(gas, set, `the research has no ${set} value for it`);
  return toDecimal(value.value);
}

/**
 * The GWP-100 of a gas or blend (kg CO2-eq per kg) in one IPCC report. A blend's GWP is the
 * mass-weighted sum of its components' GWPs, exact and unrounded (R410A AR5 = 0.5 × 677 +
 * 0.5 × 3170 = 1923.5). The Dutch list publishes blends rounded to whole numbers, half up (R407F
 * AR4 1824.5 is listed as 1825): `gwp("R407F", "AR4").toDecimalPlaces(0, Decimal.ROUND_HALF_UP)`.
 *
 * @param gas - a {@link GasCode}
 * @param set - the IPCC report: `AR4`, `AR5` or `AR6`
 * @returns the exact GWP-100
 * @throws {@link KoploperError} `INVALID_INPUT` for an unknown report; `UNKNOWN_GAS` for an unknown
 *   gas, or one (or a blend with a component) that has no value in that report
 *
 * @see IPCC AR6 WG1 Chapter 7, Table 7.15
 *
 * @example
 * ```ts
 * import { gwp } from "koploper";
 *
 * gwp("R410A", "AR6").toString(); //=> "2255.5"
 * gwp("R404A", "AR6").toString(); //=> "4728"
 * gwp("N2O", "AR4").toString(); //=> "298"
 * ```
 */
export function gwp(gas: GasCode, set: GwpSet): Decimal {
  const report = parseGwpSet(set);
  if (Object.hasOwn(PURE_GASES, gas)) return pureGwp(gas as PureGasCode, report);
  if (!Object.hasOwn(BLENDS, gas)) throw unknownGas(String(gas), report, "not a known gas or blend");
  const blend: Blend = BLENDS[gas as BlendCode];
  return Object.entries(blend.composition).reduce(
    (sum, [component, fraction]) => sum.plus(pureGwp(component as PureGasCode, report).times(fraction)),
    toDecimal(0),
  );
}
