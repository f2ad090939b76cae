// B3: energy and greenhouse gas emissions, from the footprint and its environmental performance.
import type { Decimal } from "decimal.js";
import { D } from "../core/decimal.js";
import type { EnergyFigure, EnvironmentalPerformance } from "../footprint/environment-types.js";
import type { Theme } from "../footprint/themes.js";
import type { Footprint } from "../footprint/types.js";
import { type Builder, PLACES, quotient, t } from "./builder.js";
import type { ParsedInput } from "./report.schema.js";
import type { VsmeConceptName } from "./taxonomy/data.js";

const MWH = { unit: "utr:MWh" };
const toMWh = (gj: Decimal) => quotient(gj, new D("3.6"), PLACES.energy);
const TCO2E = { unit: "utr:tCO2e" };
const RENEWABLE = { "vsme:BreakdownOfEnergyConsumptionAxis": "vsme:RenewableEnergyMember" };
const NON_RENEWABLE = { "vsme:BreakdownOfEnergyConsumptionAxis": "vsme:NonRenewableEnergyMember" };

function unknownIn(footprint: Footprint, themes: readonly Theme[] | "all"): boolean {
  if (themes === "all") return footprint.unknown.count > 0;
  return themes.some((theme) => (footprint.unknown.byTheme[theme] ?? 0) > 0);
}

const ENERGY_THEMES: readonly Theme[] = ["electricity", "heat", "fuel", "mobile-machinery"];

/** B3: energy consumption in MWh, renewable and not, from the footprint and its environmental performance. */
export function energy(b: Builder, footprint: Footprint, env: EnvironmentalPerformance | undefined): void {
  const groups = footprint.groups.filter((group) => ENERGY_THEMES.includes(group.theme));
  for (const group of groups) {
    if (group.theme !== "electricity" && group.mjPerUnit === null) {
      b.note(
        "NO_ENERGY_CONVERSION",
        t(
          `The fuel ${group.factorId} has no MJ per unit in the factor list: its energy is not counted.`,
          `De brandstof ${group.factorId} heeft geen MJ per eenheid in de factorenlijst: de energie ervan is niet meegeteld.`,
        ),
      );
    }
  }
  if (unknownIn(footprint, ENERGY_THEMES)) {
    b.note(
      "UNKNOWN_LINES",
      t(
        "The footprint has energy lines with an unknown quantity: the energy figures of B3 are left out.",
        "De footprint heeft energieregels met een onbekende hoeveelheid: de energiecijfers van B3 zijn weggelaten.",
      ),
    );
    return;
  }
  const totalGJ = groups.reduce((sum, group) => sum.plus(group.energyGJ), new D(0));
  const sources = groups.filter((group) => !group.energyGJ.isZero()).map((group) => `footprint group ${group.key} energyGJ`);
  b.add("vsme:TotalEnergyConsumption", toMWh(totalGJ), [...sources, "/ 3.6 (GJ to MWh)"], MWH);
  if (env === undefined) return;
  const { electricity, heat, fuels, selfGenerated } = env.energy;
  const from = (field: string, figure: EnergyFigure) => `environment.energy.${field} (lines ${figure.lines.join(", ") || "none"})`;
  // The electricity row is what the bills show: bought electricity, heat, steam and cooling (VSME
  // par. 86), without the electricity generated on site, which has its own row.
  const row = (
    concept: VsmeConceptName,
    total: Decimal,
    renewable: Decimal,
    nonRenewable: Decimal,
    provenance: Record<"total" | "renewable" | "nonRenewable", string[]>,
  ) => {
    if (total.isZero()) return;
    b.add(concept, toMWh(total), provenance.total, MWH);
    b.add(concept, toMWh(renewable), provenance.renewable, { ...MWH, dimensions: RENEWABLE });
    b.add(concept, toMWh(nonRenewable), provenance.nonRenewable, { ...MWH, dimensions: NON_RENEWABLE });
  };
  const basis = env.energy.renewable.map((part) => `line ${part.line}: ${part.mwh.toString()} MWh renewable (${part.basis})`);
  const own = selfGenerated.gj.isZero() ? [] : [`minus ${from("selfGenerated", selfGenerated)}`];
  row(
    "vsme:EnergyConsumptionFromElectricity",
    electricity.total.gj.minus(selfGenerated.gj).plus(heat.total.gj),
    electricity.renewable.gj.minus(selfGenerated.gj).plus(heat.renewable.gj),
    electricity.nonRenewable.gj.plus(heat.nonRenewable.gj),
    {
      total: [from("electricity.total", electricity.total), from("heat.total", heat.total), ...own],
      renewable: [from("electricity.renewable", electricity.renewable), from("heat.renewable", heat.renewable), ...own, ...basis],
      nonRenewable: [from("electricity.nonRenewable", electricity.nonRenewable), from("heat.nonRenewable", heat.nonRenewable)],
    },
  );
  row("vsme:EnergyConsumptionFromFuels", fuels.total.gj, fuels.renewable.gj, fuels.nonRenewable.gj, {
    total: [from("fuels.total", fuels.total)],
    renewable: [from("fuels.renewable", fuels.renewable), ...basis],
    nonRenewable: [from("fuels.nonRenewable", fuels.nonRenewable)],
  });
  b.answer(["vsme:EnergyConsumptionFromSelfGeneratedElectricity"], !selfGenerated.gj.isZero());
  if (!selfGenerated.gj.isZero()) {
    // Electricity generated on site counts only as renewable here (VSME par. 83: from a fuel, the fuel counts).
    b.add("vsme:EnergyConsumptionFromSelfGeneratedElectricity", toMWh(selfGenerated.gj), [from("selfGenerated", selfGenerated)], MWH);
    b.add("vsme:EnergyConsumptionFromSelfGeneratedElectricity", toMWh(selfGenerated.gj), [from("selfGenerated", selfGenerated)], {
      ...MWH,
      dimensions: RENEWABLE,
    });
  }
}

/** B3: gross scope 1, 2 and 3 emissions in t CO2-eq, and their intensity per euro of turnover. */
export function emissions(b: Builder, input: ParsedInput, footprint: Footprint): void {
  if (footprint.factorSet.accounting === "wtw") {
    b.note(
      "WTW_ACCOUNTING",
      t(
        "The footprint uses wtw accounting: scopes 1 and 2 include the chain (well-to-tank) emissions. VSME follows the GHG Protocol: calculate the footprint with accounting ghg-strict.",
        "De footprint gebruikt wtw-boekhouding: scope 1 en 2 bevatten de ketenemissies (well-to-tank). VSME volgt het GHG Protocol: bereken de footprint met accounting ghg-strict.",
      ),
    );
  }
  const t1 = (kg: Decimal) => kg.div(1000);
  const s1 = unknownIn(footprint, ["fuel", "refrigerant"]) ? undefined : footprint.scope1;
  const s2 = unknownIn(footprint, ["electricity", "heat"]) ? undefined : footprint.scope2;
  const all = unknownIn(footprint, "all") ? undefined : footprint;
  if (s1 === undefined || s2 === undefined || all === undefined) {
    b.note(
      "UNKNOWN_LINES",
      t(
        "The footprint has lines with an unknown quantity: the emission totals they belong to are left out.",
        "De footprint heeft regels met een onbekende hoeveelheid: de emissietotalen waar ze bij horen zijn weggelaten.",
      ),
    );
  }
  const turnover = input.general?.turnoverEur;
  const intensity = (concept: VsmeConceptName, kg: Decimal, source: readonly string[]) => {
    if (turnover === undefined) return;
    if (turnover.isZero()) {
      b.note("NO_TURNOVER", t("The turnover is zero: the GHG intensities are left out.", "De omzet is nul: de broeikasgasintensiteiten zijn weggelaten."));
      return;
    }
    b.add(concept, quotient(kg, turnover.times(1000), PLACES.intensity), [...source, "/ 1000 / input general.turnoverEur"], { unit: "utr:tCO2e/iso4217:EUR" });
  };
  if (s1 !== undefined) b.add("vsme:GrossScope1GreenhouseGasEmissions", t1(s1), ["footprint.scope1 (kg CO2-eq) / 1000"], TCO2E);
  if (s2 !== undefined) {
    b.add("vsme:GrossLocationBasedScope2GreenhouseGasEmissions", t1(s2.locationBased), ["footprint.scope2.locationBased (kg CO2-eq) / 1000"], TCO2E);
    b.add("vsme:GrossMarketBasedScope2GreenhouseGasEmissions", t1(s2.marketBased), ["footprint.scope2.marketBased (kg CO2-eq) / 1000"], TCO2E);
  }
  if (s1 !== undefined && s2 !== undefined) {
    const location = ["footprint.scope1 + footprint.scope2.locationBased (kg CO2-eq)"];
    const market = ["footprint.scope1 + footprint.scope2.marketBased (kg CO2-eq)"];
    b.add("vsme:TotalGrossLocationBasedScope1AndScope2GHGEmissions", t1(s1.plus(s2.locationBased)), [...location, "/ 1000"], TCO2E);
    b.add("vsme:TotalGrossMarketBasedScope1AndScope2GHGEmissions", t1(s1.plus(s2.marketBased)), [...market, "/ 1000"], TCO2E);
    intensity("vsme:Scope1AndScope2GreenhouseGasEmissionsIntensityValueLocationBased", s1.plus(s2.locationBased), location);
    intensity("vsme:Scope1AndScope2GreenhouseGasEmissionsIntensityValueMarketBased", s1.plus(s2.marketBased), market);
  }
  if (all !== undefined) {
    b.add("vsme:GrossScope3GreenhouseGasEmissions", t1(all.scope3.total), ["footprint.scope3.total (kg CO2-eq) / 1000"], TCO2E);
    b.add("vsme:TotalGrossLocationBasedGHGEmissions", t1(all.total.locationBased), ["footprint.total.locationBased (kg CO2-eq) / 1000"], TCO2E);
    b.add("vsme:TotalGrossMarketBasedGHGEmissions", t1(all.total.marketBased), ["footprint.total.marketBased (kg CO2-eq) / 1000"], TCO2E);
    intensity("vsme:TotalLocationBasedGreenhouseGasEmissionsIntensityValue", all.total.locationBased, ["footprint.total.locationBased (kg CO2-eq)"]);
    intensity("vsme:TotalMarketBasedGreenhouseGasEmissionsIntensityValue", all.total.marketBased, ["footprint.total.marketBased (kg CO2-eq)"]);
  }
}
