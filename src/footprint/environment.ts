import type { Decimal } from "decimal.js";
import { D } from "../core/decimal.js";
import type { Factor } from "../factors/factor-set.schema.js";
import type { UnitCode } from "../factors/codes.js";
import { prepare } from "./calculate.js";
import { routeOf } from "./routes.js";
import { fraction, over, plus, rational, times, toDecimalOnce, ZERO, type Rational } from "./exact.js";
import { lookupFactor } from "./factor-index.js";
import type { Activity, FootprintInput, Organisation } from "./activity.schema.js";
import { productionUnits } from "./organisation.js";
import type { FootprintOptions } from "./options.schema.js";
import { THEMES, type Theme } from "./themes.js";
import { conversion, type Conversion } from "./units.js";
// The result types live in environment-types.ts.
import type {
  ClassificationSource,
  DistanceFigure,
  EnergyFigure,
  EnergySplit,
  EnvironmentalKeyFigures,
  EnvironmentalPerformance,
  Figure,
  GasFigure,
  RenewableBasis,
  WasteStream,
} from "./environment-types.js";

class Sum {
  value: Rational = ZERO;
  readonly lines: string[] = [];
  readonly unknown: string[] = [];

  add(id: string, amount: Rational | null): void {
    if (amount === null) {
      if (!this.unknown.includes(id)) this.unknown.push(id);
      return;
    }
    this.value = plus(this.value, amount);
    if (!this.lines.includes(id)) this.lines.push(id);
  }

  figure(): Figure {
    return { value: toDecimalOnce(this.value), lines: this.lines, unknown: this.unknown };
  }

  energy(): EnergyFigure {
    return { gj: toDecimalOnce(this.value), mwh: toDecimalOnce(over(this.value, GJ_PER_MWH)), lines: this.lines, unknown: this.unknown };
  }
}

const GJ_PER_MWH: Rational = { n: 18n, d: 5n };

/** Sums a figure per key, keeping the first-seen details of each key. */
class Sums<T> {
  readonly byKey = new Map<string, { detail: T; sum: Sum }>();

  at(key: string, detail: () => T): Sum {
    let entry = this.byKey.get(key);
    if (entry === undefined) {
      entry = { detail: detail(), sum: new Sum() };
      this.byKey.set(key, entry);
    }
    return entry.sum;
  }

  sorted(): { detail: T; sum: Sum }[] {
    return [...this.byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
  }
}

class Split {
  readonly renewable = new Sum();
  readonly nonRenewable = new Sum();
  readonly total = new Sum();

  add(id: string, amount: Rational | null, renewable: boolean): void {
    this.total.add(id, amount);
    (renewable ? this.renewable : this.nonRenewable).add(id, amount);
  }

  result(): EnergySplit {
    return { renewable: this.renewable.energy(), nonRenewable: this.nonRenewable.energy(), total: this.total.energy() };
  }
}

/** The quantity of a line in another unit of its dimension, exactly (null when unknown). */
function inUnit(line: Activity, unit: UnitCode): Rational | null {
  if (line.quantity === null) return null;
  const by = conversion(line.unit, unit);
  return fraction([line.quantity, by.times], [by.divide]);
}

/** The GJ of a line on a listed factor: its quantity in the factor's unit x MJ per unit / 1000, exactly. */
function energyOf(line: Activity, by: Conversion, mjPerUnit: string): Rational | null {
  return line.quantity === null ? null : fraction([line.quantity, by.times, toD(mjPerUnit)], [by.divide, toD("1000")]);
}

const RENEWABLE_SUBSECTIONS = new Set(["Hernieuwbare brandstoffen", "Houtige biomassa"]);

/** Whether the factor list marks a fuel renewable: a renewable subsection, or combustion CO2 that is wholly biogenic. */
function renewableFuel(factor: Factor): boolean {
  if (factor.subsection !== null && RENEWABLE_SUBSECTIONS.has(factor.subsection)) return true;
  const { ttw, biogenic } = factor.values;
  return ttw !== undefined && biogenic !== undefined && rational(toD(ttw)).n === 0n && rational(toD(biogenic)).n > 0n;
}

/** Hazardous as the factor list says it (its Dutch name says "gevaarlijk afval"), else unknown. */
function listedHazardous(factor: Factor): boolean | null {
  return /gevaarlijk afval/i.test(factor.name.nl) ? true : null;
}

/** Treatment as the factor list files it: the subsection "Recycling", or "Finale afvalverwerking ...". */
function listedTreatment(factor: Factor): "recycling" | "disposal" | null {
  const subsection = factor.subsection ?? "";
  if (subsection === "Recycling") return "recycling";
  return subsection.startsWith("Finale afvalverwerking") ? "disposal" : null;
}

const toD = (text: string): Decimal => new D(text);

const TRAVEL: ReadonlySet<Theme> = new Set<Theme>(["business-travel", "commuting", "visitor-travel", "freight"]);

function keyFiguresFor(org: Organisation | undefined, energy: Rational, water: Rational, waste: Rational): EnvironmentalPerformance["keyFigures"] {
  const per = (by: Decimal | undefined, scale: Rational = { n: 1n, d: 1n }): EnvironmentalKeyFigures | null => {
    if (by === undefined || by.isZero()) return null;
    const divisor = times(rational(by), scale);
    return {
      energyMWh: toDecimalOnce(over(over(energy, GJ_PER_MWH), divisor)),
      waterM3: toDecimalOnce(over(water, divisor)),
      wasteKg: toDecimalOnce(over(waste, divisor)),
    };
  };
  const units = org === undefined ? [] : productionUnits(org);
  return {
    perFte: per(org?.fte),
    perM2: per(org?.floorAreaM2),
    perThousandEur: per(org?.revenueEur, { n: 1n, d: 1000n }),
    perProductionUnit: units.flatMap(({ quantity, unit }) => {
      const figures = per(quantity);
      return figures === null ? [] : [{ ...figures, unit }];
    }),
  };
}

/**
 * The environmental performance (milieuprestaties) of the same input a footprint is calculated from,
 * as the Milieubarometer shows it beside the CO2 footprint and the VSME basic module (B3, B6, B7)
 * asks for. Every value is exact (divided last, rounded at most once) and lists the ids of the lines
 * that gave it. Which lines give which figure:
 * - energy: `electricity` lines (their kWh), `fuel` and `mobile-machinery` lines (fuels: quantity in
 *   the factor's unit x its MJ per unit) and `heat` lines; `transport` is the energy of travel and
 *   freight lines, not part of the total;
 * - renewable: the kWh of an electricity line's `green` parts (Dutch guarantees of origin, or own
 *   generation with `origin: "own"`); a fuel or heat line's own `renewable`; else a fuel the factor
 *   list files under "Hernieuwbare brandstoffen" or "Houtige biomassa", or whose combustion CO2 it
 *   gives as wholly biogenic (green gas, biopropane); everything else is non-renewable (blends such as
 *   E10 and B7 too: the list gives no energy share of their bio part);
 * - water: `water` lines (m3), wastewater: `wastewater` lines (VE);
 * - waste: `waste` lines in kg per factor; hazardous is the line's `hazardous`, else `true` where the
 *   factor's name says "gevaarlijk afval", else `null` (unclassified); treatment is the line's
 *   `treatment`, else `recycling` for the list's subsection "Recycling" and `disposal` for "Finale
 *   afvalverwerking" (incineration), else `null`; the shares are of the total kg;
 * - refrigerants and other gases: `refrigerant` lines in kg, by factor section;
 * - distance: travel and freight lines in vkm, pkm or tkm, per theme, the factor's subsection (mode) and unit;
 * - paper (kg) and solvents (l): `paper` and `solvents` lines;
 * - key figures: total energy (MWh), water and waste per fte, m2, 1,000 EUR revenue and per
 *   production unit (up to three), `null` (or left out) where the company figure is missing or zero.
 *
 * @param input - the footprint input (see {@link footprintInputSchema})
 * @param options - the footprint options (see {@link footprintOptionsSchema})
 * @returns the environmental performance
 * @throws {@link KoploperError} exactly as {@link calculateFootprint} does
 *
 * @see EFRAG VSME (2024) / Recommendation (EU) 2025/1710, B3 (par. 29, 82-89), B6 and B7
 * @example
 * ```ts
 * import { environmentalPerformance } from "koploper";
 * import { nl2026 } from "koploper/factors/nl-2026";
 *
 * const env = environmentalPerformance(
 *   {
 *     year: 2026,
 *     activities: [
 *       { id: "power", theme: "electricity", quantity: 10000, unit: "kWh", green: [{ quantity: 4000, source: "solar", origin: "own" }] },
 *       { id: "gas", theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3" },
 *       { id: "tap", theme: "water", quantity: 120, unit: "m3" },
 *     ],
 *     organisation: { fte: 4 },
 *   },
 *   { factors: nl2026 },
 * );
 * env.energy.electricity.renewable.mwh.toString(); //=> "4"
 * env.energy.fuels.total.gj.toString(); //=> "31.65"
 * env.water.m3.value.toString(); //=> "120"
 * env.keyFigures.perFte?.waterM3.toString(); //=> "30"
 * ```
 */
export function environmentalPerformance(input: FootprintInput, options: FootprintOptions): EnvironmentalPerformance {
  const { resolved, data, lines, state } = prepare(input, options);
  const set = resolved.factors;
  const electricity = new Split();
  const fuels = new Split();
  const heat = new Split();
  const total = new Split();
  const selfGenerated = new Sum();
  const mobileMachinery = new Sum();
  const transport = new Sum();
  const renewableParts: { line: string; mwh: Decimal; basis: RenewableBasis }[] = [];
  const water = new Sum();
  const wastewater = new Sum();
  const waste = {
    total: new Sum(),
    hazardous: new Sum(),
    nonHazardous: new Sum(),
    unclassified: new Sum(),
    recycling: new Sum(),
    disposal: new Sum(),
    untreated: new Sum(),
  };
  const streams = new Sums<Omit<WasteStream, "kg">>();
  const gases = { refrigerants: new Sums<Omit<GasFigure, "kg">>(), other: new Sums<Omit<GasFigure, "kg">>() };
  const distance = new Sums<Omit<DistanceFigure, "quantity">>();
  const paper = new Sum();
  const solvents = new Sum();
  const energy = (split: Split, id: string, amount: Rational | null, renewable: boolean) => {
    split.add(id, amount, renewable);
    total.add(id, amount, renewable);
  };

  for (const line of lines()) {
    const { id } = line;
    const template = routeOf(state, line).group.template;
    switch (line.theme) {
      case "electricity": {
        const gj = inUnit(line, "GJ");
        let green: Rational = ZERO;
        for (const part of line.quantity === null ? [] : (line.green ?? [])) {
          const by = conversion(line.unit, "GJ");
          const amount = fraction([part.quantity, by.times], [by.divide]);
          green = plus(green, amount);
          const own = part.origin === "own";
          energy(electricity, id, amount, true);
          if (own) selfGenerated.add(id, amount);
          renewableParts.push({ line: id, mwh: toDecimalOnce(over(amount, GJ_PER_MWH)), basis: own ? "own-generation" : "guarantee-of-origin" });
        }
        energy(electricity, id, gj === null ? null : plus(gj, { n: -green.n, d: green.d }), false);
        break;
      }
      case "fuel":
      case "mobile-machinery":
      case "heat": {
        const factor = lookupFactor(set, template.factorId);
        const mj = factor.values.mjPerUnit;
        const gj = mj === undefined ? undefined : energyOf(line, template.conversion, mj);
        if (gj === undefined) break;
        const renewable = line.renewable ?? (line.theme !== "heat" && renewableFuel(factor));
        energy(line.theme === "heat" ? heat : fuels, id, gj, renewable);
        if (line.theme === "mobile-machinery") mobileMachinery.add(id, gj);
        if (renewable && gj !== null)
          renewableParts.push({ line: id, mwh: toDecimalOnce(over(gj, GJ_PER_MWH)), basis: line.renewable === true ? "line" : "factor-list" });
        break;
      }
      case "refrigerant": {
        const factor = lookupFactor(set, template.factorId);
        const byFactor = factor.section === "refrigerants" ? gases.refrigerants : gases.other;
        byFactor.at(factor.id, () => ({ factorId: factor.id, name: factor.name })).add(id, inUnit(line, "kg"));
        break;
      }
      case "waste": {
        const factor = lookupFactor(set, template.factorId);
        const hazardous = line.hazardous ?? listedHazardous(factor);
        const hazardousFrom: ClassificationSource = line.hazardous !== undefined ? "line" : hazardous === null ? null : "factor-list";
        const treatment = line.treatment ?? listedTreatment(factor);
        const treatmentFrom: ClassificationSource = line.treatment !== undefined ? "line" : treatment === null ? null : "factor-list";
        const kg = inUnit(line, "kg");
        streams
          .at(`${factor.id}|${String(hazardous)}|${String(treatment)}`, () => ({
            factorId: factor.id,
            name: factor.name,
            hazardous,
            hazardousFrom,
            treatment,
            treatmentFrom,
          }))
          .add(id, kg);
        waste.total.add(id, kg);
        (hazardous === true ? waste.hazardous : hazardous === false ? waste.nonHazardous : waste.unclassified).add(id, kg);
        (treatment === "recycling" ? waste.recycling : treatment === "disposal" ? waste.disposal : waste.untreated).add(id, kg);
        break;
      }
      case "wastewater":
        wastewater.add(id, inUnit(line, "VE"));
        break;
      case "water":
        water.add(id, inUnit(line, "m3"));
        break;
      case "paper":
        paper.add(id, inUnit(line, "kg"));
        break;
      case "solvents":
        solvents.add(id, inUnit(line, "l"));
        break;
      default: {
        if (!TRAVEL.has(line.theme)) break;
        const factor = lookupFactor(set, template.factorId);
        const mj = factor.values.mjPerUnit;
        if (mj !== undefined) transport.add(id, energyOf(line, template.conversion, mj));
        const unit = line.unit;
        if (unit === "vkm" || unit === "pkm" || unit === "tkm") {
          const theme = line.theme;
          const mode = factor.subsection;
          distance
            .at(`${String(THEMES.indexOf(theme)).padStart(2, "0")}|${mode ?? ""}|${unit}`, () => ({ theme, mode, unit }))
            .add(id, line.quantity === null ? null : rational(line.quantity));
        }
      }
    }
  }

  const wasteTotal = waste.total.value;
  const share = (part: Sum) => (wasteTotal.n === 0n ? null : toDecimalOnce(over(part.value, wasteTotal)));
  const gasResult = (sums: Sums<Omit<GasFigure, "kg">>) => {
    const byFactor = sums.sorted().map(({ detail, sum }) => ({ ...detail, kg: sum.figure() }));
    const all = new Sum();
    for (const { sum } of sums.sorted()) {
      for (const id of sum.lines) all.lines.push(id);
      for (const id of sum.unknown) all.unknown.push(id);
      all.value = plus(all.value, sum.value);
    }
    return { total: all.figure(), byFactor };
  };
  return {
    year: data.year,
    factorSet: { id: set.id, year: set.year },
    energy: {
      electricity: electricity.result(),
      fuels: fuels.result(),
      heat: heat.result(),
      total: total.result(),
      selfGenerated: selfGenerated.energy(),
      mobileMachinery: mobileMachinery.energy(),
      transport: transport.energy(),
      renewable: renewableParts,
    },
    water: { m3: water.figure(), wastewaterVE: wastewater.figure() },
    waste: {
      streams: streams.sorted().map(({ detail, sum }) => ({ ...detail, kg: sum.figure() })),
      total: waste.total.figure(),
      hazardous: waste.hazardous.figure(),
      nonHazardous: waste.nonHazardous.figure(),
      unclassified: waste.unclassified.figure(),
      recycling: waste.recycling.figure(),
      disposal: waste.disposal.figure(),
      untreated: waste.untreated.figure(),
      recyclingShare: share(waste.recycling),
      disposalShare: share(waste.disposal),
    },
    refrigerants: gasResult(gases.refrigerants),
    otherGases: gasResult(gases.other),
    distance: distance.sorted().map(({ detail, sum }) => ({ ...detail, quantity: sum.figure() })),
    paper: paper.figure(),
    solvents: solvents.figure(),
    keyFigures: keyFiguresFor(data.organisation, total.total.value, water.value, wasteTotal),
  };
}
