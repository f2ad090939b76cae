// The gases and refrigerant blends the GWP tables know, with their GWP-100 per IPCC report: data
// and codes, zod-free, so the factor-set schema (a factor's `gas`) and the logic import them.
import type { GwpSet } from "./codes.js";

/**
 * One GWP-100 value (kg CO2-eq per kg of gas) as a plain decimal string, with `verified: false`
 * where the research behind this table could not confirm it against a source (recalled from
 * memory or derived), and a `note` where there is more to say.
 *
 * @example
 * ```ts
 * import type { GwpValue } from "koploper";
 *
 * const value: GwpValue = { value: "3", verified: false, note: "from memory, not checked against IPCC" };
 * ```
 */
export interface GwpValue {
  readonly value: string;
  readonly verified: boolean;
  readonly note?: string;
}

/**
 * A single gas: its GWP-100 per IPCC report, where known.
 *
 * @example
 * ```ts
 * import type { PureGas } from "koploper";
 *
 * const r32: PureGas = { name: "HFC-32 (R32)", gwp100: { AR4: { value: "675", verified: true } } };
 * ```
 */
export interface PureGas {
  readonly name: string;
  readonly gwp100: Readonly<Partial<Record<GwpSet, GwpValue>>>;
}

/**
 * A refrigerant blend: its components as mass fractions (decimal strings that add up to 1), and
 * whether that composition is confirmed by the research (`compositionVerified`).
 *
 * @example
 * ```ts
 * import type { Blend } from "koploper";
 *
 * const r410a: Blend = { name: "R410A", composition: { R32: "0.5", R125: "0.5" }, compositionVerified: true };
 * ```
 */
export interface Blend {
  readonly name: string;
  readonly composition: Readonly<Partial<Record<PureGasCode, string>>>;
  readonly compositionVerified: boolean;
  readonly note?: string;
}

/**
 * GWP-100 values of single gases per IPCC report (kg CO2-eq per kg), from the project research
 * (`emissions.md` section 3.4: IPCC AR4/AR5/AR6 tables as carried by public GWP code files, checked
 * against the 2026 Dutch list). Gases and reports the research has no value for are absent.
 *
 * @see IPCC AR6 WG1 Chapter 7, Table 7.15; IPCC AR5 WG1 Chapter 8, Table 8.A.1; IPCC AR4 WG1 Table 2.14
 *
 * @example
 * ```ts
 * import { PURE_GASES } from "koploper";
 *
 * PURE_GASES.N2O.gwp100.AR6?.value; //=> "273"
 * ```
 */
export const PURE_GASES = {
  CO2: {
    name: "Carbon dioxide (CO2, R744)",
    gwp100: { AR4: { value: "1", verified: true }, AR5: { value: "1", verified: true }, AR6: { value: "1", verified: true } },
  },
  "CH4-fossil": {
    name: "Methane, fossil (CH4)",
    gwp100: {
      AR4: { value: "25", verified: true },
      AR5: { value: "30", verified: true, note: "AR5 with climate-carbon feedback; 28 without" },
      AR6: { value: "29.8", verified: true, note: "GHG Protocol 2024 table" },
    },
  },
  "CH4-non-fossil": {
    name: "Methane, non-fossil (CH4)",
    gwp100: {
      AR4: { value: "25", verified: true },
      AR5: { value: "28", verified: true },
      AR6: { value: "27", verified: true, note: "GHG Protocol 2024 table (27.0); IPCC AR6 Table 7.15 gives 27.2; the 2026 Dutch list uses 27" },
    },
  },
  N2O: {
    name: "Nitrous oxide (N2O)",
    gwp100: { AR4: { value: "298", verified: true }, AR5: { value: "265", verified: true }, AR6: { value: "273", verified: true } },
  },
  SF6: {
    name: "Sulphur hexafluoride (SF6)",
    gwp100: {
      AR4: { value: "22800", verified: true },
      AR5: { value: "23500", verified: true },
      AR6: { value: "24300", verified: true, note: "some sources give 25200" },
    },
  },
  NF3: {
    name: "Nitrogen trifluoride (NF3)",
    gwp100: { AR4: { value: "17200", verified: true }, AR5: { value: "16100", verified: true }, AR6: { value: "17400", verified: true } },
  },
  R32: {
    name: "HFC-32 (R32)",
    gwp100: { AR4: { value: "675", verified: true }, AR5: { value: "677", verified: true }, AR6: { value: "771", verified: true } },
  },
  R125: {
    name: "HFC-125 (R125)",
    gwp100: { AR4: { value: "3500", verified: true }, AR5: { value: "3170", verified: true }, AR6: { value: "3740", verified: true } },
  },
  R134a: {
    name: "HFC-134a (R134a)",
    gwp100: {
      AR4: { value: "1430", verified: true },
      AR5: { value: "1300", verified: true },
      AR6: { value: "1530", verified: true, note: "IPCC AR6 Table 7.15 gives 1526" },
    },
  },
  R143a: {
    name: "HFC-143a (R143a)",
    gwp100: { AR4: { value: "4470", verified: true }, AR5: { value: "4800", verified: true }, AR6: { value: "5810", verified: true } },
  },
  R23: {
    name: "HFC-23 (R23)",
    gwp100: { AR4: { value: "14800", verified: true }, AR5: { value: "12400", verified: true }, AR6: { value: "14600", verified: true } },
  },
  R245fa: {
    name: "HFC-245fa (R245fa)",
    gwp100: { AR4: { value: "1030", verified: true }, AR5: { value: "858", verified: true }, AR6: { value: "962", verified: true } },
  },
  R22: {
    name: "HCFC-22 (R22)",
    gwp100: {
      AR4: { value: "1810", verified: true },
      AR5: { value: "1760", verified: false, note: "from memory, not checked against IPCC" },
      AR6: { value: "1960", verified: false, note: "taken from the 2026 Dutch list, not checked against IPCC" },
    },
  },
  R290: {
    name: "Propane (R290)",
    gwp100: {
      AR4: { value: "3", verified: false, note: "from memory, not checked against IPCC" },
      AR5: { value: "3", verified: false, note: "from memory, not checked against IPCC" },
      AR6: { value: "0.02", verified: true },
    },
  },
  R1234yf: { name: "HFO-1234yf (R1234yf)", gwp100: { AR6: { value: "0.501", verified: true } } },
  "R1234ze(Z)": { name: "HFO-1234ze(Z) (R1234ze(Z))", gwp100: { AR6: { value: "0.315", verified: true } } },
} as const satisfies Record<string, PureGas>;

/**
 * The code of a gas in {@link PURE_GASES}.
 *
 * @example
 * ```ts
 * import type { PureGasCode } from "koploper";
 *
 * const gas: PureGasCode = "R134a";
 * ```
 */
export type PureGasCode = keyof typeof PURE_GASES;

const memComposition = "composition from memory (ASHRAE 34), not in the research; it reproduces the 2026 Dutch list's AR6 and AR4 values";

/**
 * Refrigerant blends with their mass composition. R404A, R410A and R407C have the composition the
 * research gives; the others are marked `compositionVerified: false`.
 *
 * @example
 * ```ts
 * import { BLENDS } from "koploper";
 *
 * BLENDS.R410A.composition; //=> { R32: "0.5", R125: "0.5" }
 * ```
 */
export const BLENDS = {
  R404A: { name: "R404A", composition: { R125: "0.44", R143a: "0.52", R134a: "0.04" }, compositionVerified: true },
  R407C: { name: "R407C", composition: { R32: "0.23", R125: "0.25", R134a: "0.52" }, compositionVerified: true },
  R410A: { name: "R410A", composition: { R32: "0.5", R125: "0.5" }, compositionVerified: true },
  R407A: { name: "R407A", composition: { R32: "0.2", R125: "0.4", R134a: "0.4" }, compositionVerified: false, note: memComposition },
  R407F: { name: "R407F", composition: { R32: "0.3", R125: "0.3", R134a: "0.4" }, compositionVerified: false, note: memComposition },
  R507: { name: "R507 (R507A)", composition: { R125: "0.5", R143a: "0.5" }, compositionVerified: false, note: memComposition },
} as const satisfies Record<string, Blend>;

/**
 * The code of a blend in {@link BLENDS}.
 *
 * @example
 * ```ts
 * import type { BlendCode } from "koploper";
 *
 * const blend: BlendCode = "R410A";
 * ```
 */
export type BlendCode = keyof typeof BLENDS;

/**
 * A gas or blend {@link gwp} knows: a {@link PureGasCode} or a {@link BlendCode}.
 *
 * @example
 * ```ts
 * import type { GasCode } from "koploper";
 *
 * const gas: GasCode = "R404A";
 * ```
 */
export type GasCode = PureGasCode | BlendCode;

/** Every {@link GasCode}: the pure gases, then the blends. */
export const GAS_CODES = /* @__PURE__ */ (() => [...Object.keys(PURE_GASES), ...Object.keys(BLENDS)] as unknown as readonly [GasCode, ...GasCode[]])();
