import type { Decimal } from "decimal.js";
import type { Localized } from "../core/localized.js";
import type { Theme } from "./themes.js";

// The result types of environmentalPerformance (environment.ts).

/**
 * One figure of the environmental performance with its provenance: the `value` (in the unit its
 * field names), the ids of the `lines` that gave it, and the ids of the lines of this figure whose
 * quantity is `unknown` (null: not counted, so the value is then incomplete).
 *
 * @example
 * ```ts
 * import type { Figure } from "koploper";
 *
 * const complete = (figure: Figure) => figure.unknown.length === 0;
 * ```
 */
export interface Figure {
  readonly value: Decimal;
  readonly lines: readonly string[];
  readonly unknown: readonly string[];
}

/**
 * An amount of energy in GJ and in MWh (GJ / 3.6), with its provenance (see {@link Figure}).
 *
 * @example
 * ```ts
 * import type { EnergyFigure } from "koploper";
 *
 * const label = (energy: EnergyFigure) => `${energy.mwh.toFixed(1)} MWh`;
 * ```
 */
export interface EnergyFigure {
  readonly gj: Decimal;
  readonly mwh: Decimal;
  readonly lines: readonly string[];
  readonly unknown: readonly string[];
}

/**
 * Energy split in renewable and non-renewable, with the total.
 *
 * @example
 * ```ts
 * import type { EnergySplit } from "koploper";
 *
 * const share = (split: EnergySplit) => (split.total.gj.isZero() ? null : split.renewable.gj.div(split.total.gj));
 * ```
 */
export interface EnergySplit {
  readonly renewable: EnergyFigure;
  readonly nonRenewable: EnergyFigure;
  readonly total: EnergyFigure;
}

/**
 * Why an amount of energy counts as renewable: the line's green kWh backed by Dutch guarantees of
 * origin, its green kWh generated on site, the factor list (a renewable fuel), or the line's own
 * `renewable: true`.
 *
 * @example
 * ```ts
 * import type { RenewableBasis } from "koploper";
 *
 * const basis: RenewableBasis = "guarantee-of-origin";
 * ```
 */
export type RenewableBasis = "guarantee-of-origin" | "own-generation" | "factor-list" | "line";

/**
 * Where a waste stream's classification comes from: the factor list, the line, or nowhere (`null`:
 * unclassified, for the user to say).
 *
 * @example
 * ```ts
 * import type { ClassificationSource } from "koploper";
 *
 * const fromUser = (from: ClassificationSource) => from === "line";
 * ```
 */
export type ClassificationSource = "factor-list" | "line" | null;

/**
 * One waste stream: the lines of one factor with the same hazardous flag and treatment, in kg.
 *
 * @example
 * ```ts
 * import type { WasteStream } from "koploper";
 *
 * const unclassified = (stream: WasteStream) => stream.hazardous === null;
 * ```
 */
export interface WasteStream {
  readonly factorId: string;
  readonly name: Localized;
  readonly kg: Figure;
  readonly hazardous: boolean | null;
  readonly hazardousFrom: ClassificationSource;
  readonly treatment: "recycling" | "disposal" | null;
  readonly treatmentFrom: ClassificationSource;
}

/**
 * The kg of one gas (a refrigerant refilled, or another emitted gas).
 *
 * @example
 * ```ts
 * import type { GasFigure } from "koploper";
 *
 * const label = (gas: GasFigure) => `${gas.name.nl}: ${gas.kg.value.toString()} kg`;
 * ```
 */
export interface GasFigure {
  readonly factorId: string;
  readonly name: Localized;
  readonly kg: Figure;
}

/**
 * The distance of one theme and mode in one unit (vkm, pkm or tkm). `mode` is the factor's
 * subsection in the factor list (`"Auto"`, `"Openbaar vervoer"`, ...), or `null` when it has none.
 *
 * @example
 * ```ts
 * import type { DistanceFigure } from "koploper";
 *
 * const label = (d: DistanceFigure) => `${d.theme} ${d.mode ?? "-"}: ${d.quantity.value.toString()} ${d.unit}`;
 * ```
 */
export interface DistanceFigure {
  readonly theme: Theme;
  readonly mode: string | null;
  readonly unit: "vkm" | "pkm" | "tkm";
  readonly quantity: Figure;
}

/**
 * Physical key figures for one company figure: total energy (MWh), water (m3) and waste (kg) per unit.
 *
 * @example
 * ```ts
 * import type { EnvironmentalKeyFigures } from "koploper";
 *
 * const mwh = (figures: EnvironmentalKeyFigures) => figures.energyMWh.toFixed(2);
 * ```
 */
export interface EnvironmentalKeyFigures {
  readonly energyMWh: Decimal;
  readonly waterM3: Decimal;
  readonly wasteKg: Decimal;
}

/**
 * The environmental performance (milieuprestaties) beside the CO2 footprint: energy split
 * electricity / fuels / heat and renewable / non-renewable, water, waste per stream, refrigerants and
 * other gases, distance per mode, paper and solvents, and key figures. See
 * {@link environmentalPerformance} for which lines give which figure.
 *
 * @example
 * ```ts
 * import type { EnvironmentalPerformance } from "koploper";
 *
 * const renewableMWh = (env: EnvironmentalPerformance) => env.energy.total.renewable.mwh;
 * ```
 */
export interface EnvironmentalPerformance {
  readonly year: number;
  readonly factorSet: { readonly id: string; readonly year: number };
  readonly energy: {
    readonly electricity: EnergySplit;
    readonly fuels: EnergySplit;
    readonly heat: EnergySplit;
    readonly total: EnergySplit;
    readonly selfGenerated: EnergyFigure;
    readonly mobileMachinery: EnergyFigure;
    readonly transport: EnergyFigure;
    readonly renewable: readonly { readonly line: string; readonly mwh: Decimal; readonly basis: RenewableBasis }[];
  };
  readonly water: { readonly m3: Figure; readonly wastewaterVE: Figure };
  readonly waste: {
    readonly streams: readonly WasteStream[];
    readonly total: Figure;
    readonly hazardous: Figure;
    readonly nonHazardous: Figure;
    readonly unclassified: Figure;
    readonly recycling: Figure;
    readonly disposal: Figure;
    readonly untreated: Figure;
    readonly recyclingShare: Decimal | null;
    readonly disposalShare: Decimal | null;
  };
  readonly refrigerants: { readonly total: Figure; readonly byFactor: readonly GasFigure[] };
  readonly otherGases: { readonly total: Figure; readonly byFactor: readonly GasFigure[] };
  readonly distance: readonly DistanceFigure[];
  readonly paper: Figure;
  readonly solvents: Figure;
  readonly keyFigures: {
    readonly perFte: EnvironmentalKeyFigures | null;
    readonly perM2: EnvironmentalKeyFigures | null;
    readonly perThousandEur: EnvironmentalKeyFigures | null;
    readonly perProductionUnit: readonly (EnvironmentalKeyFigures & { readonly unit: string })[];
  };
}

/** A figure being summed: an exact fraction and its line ids. */
