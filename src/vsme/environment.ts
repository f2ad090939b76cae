// B4 to B7: pollution, biodiversity, water, and resource use, circular economy and waste.
import { D } from "../core/decimal.js";
import type { EnvironmentalPerformance } from "../footprint/environment-types.js";
import { type Builder, t } from "./builder.js";
import type { ParsedInput } from "./report.schema.js";

const KG = { unit: "utr:kg" };
const ALL_WASTE = { "vsme:TypeOfWasteAxis": "waste:W-WasteCategoriesMember" };

function waste(b: Builder, env: EnvironmentalPerformance | undefined): void {
  const w = env?.waste;
  if (w === undefined || w.total.lines.length === 0) return;
  if (w.total.unknown.length > 0) {
    b.note(
      "UNKNOWN_LINES",
      t(
        "The footprint has waste lines with an unknown quantity: the waste figures of B7 are left out.",
        "De footprint heeft afvalregels met een onbekende hoeveelheid: de afvalcijfers van B7 zijn weggelaten.",
      ),
    );
    return;
  }
  const from = (field: string, figure: { lines: readonly string[] }) => [`environment.waste.${field} (lines ${figure.lines.join(", ") || "none"})`];
  b.add("vsme:TotalWasteGeneratedMass", w.total.value, from("total", w.total), KG);
  if (w.unclassified.value.isZero()) {
    b.add("vsme:TotalHazardousWasteGeneratedMass", w.hazardous.value, from("hazardous", w.hazardous), KG);
    b.add("vsme:TotalNonHazardousWasteGeneratedMass", w.nonHazardous.value, from("nonHazardous", w.nonHazardous), KG);
  } else {
    b.note(
      "UNCLASSIFIED_WASTE",
      t(
        `Waste of lines ${w.unclassified.lines.join(", ")} is neither hazardous nor non-hazardous by the factor list: say so on the line (hazardous) to report the split.`,
        `Afval van regels ${w.unclassified.lines.join(", ")} is volgens de factorenlijst gevaarlijk noch niet-gevaarlijk: zet het op de regel (hazardous) om de uitsplitsing te rapporteren.`,
      ),
    );
  }
  if (w.untreated.value.isZero()) {
    b.add("vsme:WasteDivertedToRecycleOrReuseMass", w.recycling.value, from("recycling", w.recycling), { ...KG, dimensions: ALL_WASTE });
    b.add("vsme:WasteDirectedToDisposalMass", w.disposal.value, from("disposal", w.disposal), { ...KG, dimensions: ALL_WASTE });
    b.add(
      "vsme:TotalWasteRecycledReusedAndDirectedToDisposalMass",
      w.recycling.value.plus(w.disposal.value),
      [...from("recycling", w.recycling), ...from("disposal", w.disposal)],
      {
        ...KG,
        dimensions: ALL_WASTE,
      },
    );
  } else {
    b.note(
      "UNTREATED_WASTE",
      t(
        `Waste of lines ${w.untreated.lines.join(", ")} has no known treatment: say on the line whether it goes to recycling or disposal to report B7 par. 38(b).`,
        `Afval van regels ${w.untreated.lines.join(", ")} heeft geen bekende verwerking: zet op de regel of het naar recycling of verwijdering gaat om B7 par. 38(b) te rapporteren.`,
      ),
    );
  }
}

/** B4 to B7: pollution, biodiversity, water, and resource use, circular economy and waste. */
export function environment(b: Builder, input: ParsedInput): void {
  const B4 = [
    "vsme:AmountOfEmissionToAir",
    "vsme:AmountOfEmissionToWater",
    "vsme:AmountOfEmissionToSoil",
    "vsme:PubliclyAvailableDisclosure",
    "vsme:URLOrLinkToThePubliclyAvailableDisclosure",
  ] as const;
  const pollution = input.pollution;
  if (pollution !== undefined) {
    b.answer(B4, pollution.applies);
    if (pollution.applies) b.add("vsme:PubliclyAvailableDisclosure", pollution.publicReportUrl !== undefined, ["input pollution.publicReportUrl"]);
    if (pollution.publicReportUrl !== undefined)
      b.add("vsme:URLOrLinkToThePubliclyAvailableDisclosure", pollution.publicReportUrl, ["input pollution.publicReportUrl"]);
    for (const [index, row] of (pollution.emissions ?? []).entries()) {
      const dimensions = { "vsme:TypeOfPollutantAxis": row.pollutant };
      const kg = { unit: "utr:kg", dimensions };
      if (row.airKg !== undefined) b.add("vsme:AmountOfEmissionToAir", row.airKg, [`input pollution.emissions[${index}].airKg`], kg);
      if (row.waterKg !== undefined) b.add("vsme:AmountOfEmissionToWater", row.waterKg, [`input pollution.emissions[${index}].waterKg`], kg);
      if (row.soilKg !== undefined) b.add("vsme:AmountOfEmissionToSoil", row.soilKg, [`input pollution.emissions[${index}].soilKg`], kg);
    }
  }
  const bio = input.biodiversity;
  const HA = { unit: "utr:ha" };
  if (bio?.sites !== undefined) {
    b.answer(
      ["vsme:SiteLocatedInABiodiversitySensitiveArea", "vsme:SiteLocatedNearABiodiversitySensitiveArea", "vsme:AreaOfSiteInBiodiversitySensitiveArea"],
      bio.sites.some((site) => site.in || site.near),
    );
    for (const [index, site] of bio.sites.entries()) {
      const dimensions = { "vsme:IdentifierOfSiteTypedAxis": site.site };
      b.add("vsme:SiteLocatedInABiodiversitySensitiveArea", site.in, [`input biodiversity.sites[${index}].in`], { dimensions });
      b.add("vsme:SiteLocatedNearABiodiversitySensitiveArea", site.near, [`input biodiversity.sites[${index}].near`], { dimensions });
      if (site.areaHa !== undefined)
        b.add("vsme:AreaOfSiteInBiodiversitySensitiveArea", site.areaHa, [`input biodiversity.sites[${index}].areaHa`], { ...HA, dimensions });
    }
  }
  const land = bio?.landUse;
  for (const [concept, value, field] of [
    ["vsme:TotalUseOfLand", land?.totalHa, "totalHa"],
    ["vsme:TotalSealedArea", land?.sealedHa, "sealedHa"],
    ["vsme:TotalNatureOrientedAreaOnSite", land?.natureOnSiteHa, "natureOnSiteHa"],
    ["vsme:TotalNatureOrientedAreaOffSite", land?.natureOffSiteHa, "natureOffSiteHa"],
  ] as const) {
    if (value !== undefined) b.add(concept, value, [`input biodiversity.landUse.${field}`], HA);
  }
  const M3 = { unit: "utr:m3" };
  const water = input.water;
  const withdrawn = input.environment?.water.m3;
  if (withdrawn !== undefined && withdrawn.lines.length > 0 && withdrawn.unknown.length === 0) {
    b.add("vsme:TotalAmountOfWaterWithdrawnFromAllSites", withdrawn.value, [`environment.water.m3 (lines ${withdrawn.lines.join(", ")})`], M3);
  } else if (withdrawn !== undefined && withdrawn.unknown.length > 0) {
    b.note(
      "UNKNOWN_LINES",
      t(
        "The footprint has water lines with an unknown quantity: the water withdrawal is left out.",
        "De footprint heeft waterregels met een onbekende hoeveelheid: de wateronttrekking is weggelaten.",
      ),
    );
  }
  if (water !== undefined) {
    const stress = water.highWaterStressWithdrawalM3;
    b.answer(["vsme:AmountOfWaterWithdrawnAtSitesLocatedInAreasOfHighWaterStress"], stress === undefined ? undefined : stress !== false);
    if (stress !== undefined && stress !== false)
      b.add("vsme:AmountOfWaterWithdrawnAtSitesLocatedInAreasOfHighWaterStress", stress, ["input water.highWaterStressWithdrawalM3"], M3);
    const discharge = water.processDischargeM3;
    b.answer(
      ["vsme:WaterDischargeFromUndertakingProductionProcesses", "vsme:TotalWaterConsumption"],
      discharge === undefined ? undefined : discharge !== false,
    );
    if (discharge !== undefined && discharge !== false) {
      b.add("vsme:WaterDischargeFromUndertakingProductionProcesses", discharge, ["input water.processDischargeM3"], M3);
      const total = b.datapoints["vsme:TotalAmountOfWaterWithdrawnFromAllSites"]?.[0];
      if (total !== undefined)
        b.add("vsme:TotalWaterConsumption", new D(total.value).minus(discharge), [...total.provenance, "minus input water.processDischargeM3"], M3);
    }
  }
  waste(b, input.environment);
  const r = input.resources;
  if (r === undefined) return;
  if (r.circularEconomy !== undefined) {
    b.add("vsme:UndertakingAppliesCircularEconomyPrinciples", r.circularEconomy.applies, ["input resources.circularEconomy.applies"]);
    b.answer(["vsme:DescriptionOfHowCircularEconomyPrinciplesAreApplied"], r.circularEconomy.applies);
    if (r.circularEconomy.description !== undefined)
      b.add("vsme:DescriptionOfHowCircularEconomyPrinciplesAreApplied", r.circularEconomy.description, ["input resources.circularEconomy.description"]);
  }
  if (r.materials !== undefined) {
    b.answer(["vsme:NameOfMaterialUsed", "vsme:WeightOfMaterialUsed", "vsme:TotalMassOfMaterialUsed"], r.materials !== false);
    if (r.materials !== false) {
      for (const [index, material] of r.materials.entries()) {
        const dimensions = { "vsme:IdentifierOfMaterialTypedAxis": material.id };
        b.add("vsme:NameOfMaterialUsed", material.name, [`input resources.materials[${index}].name`], { dimensions });
        b.add("vsme:WeightOfMaterialUsed", material.kg, [`input resources.materials[${index}].kg`], { ...KG, dimensions });
      }
      b.add(
        "vsme:TotalMassOfMaterialUsed",
        r.materials.reduce((sum, material) => sum.plus(material.kg), new D(0)),
        ["sum of input resources.materials[].kg"],
        KG,
      );
    }
  }
}
