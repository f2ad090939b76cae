import type { Decimal } from "decimal.js";
import { D } from "../core/decimal.js";
import type { Footprint, PlausibilityWarning, WarningCode } from "./types.js";

const warn = (code: WarningCode, message: string, subjects: readonly string[] = []): PlausibilityWarning => ({ code, message, subjects });

function outside(value: Decimal, low: number, high: number): boolean {
  return value.lt(low) || value.gt(high);
}

/**
 * The Milieubarometer's plausibility checks on a footprint (warnings, never errors).
 *
 * @see https://online.milieubarometer.nl/help/nl/invullen/checklijst-voor-goed-invullen-milieubarometer/
 */
export function plausibilityWarnings(footprint: Omit<Footprint, "warnings">): PlausibilityWarning[] {
  const warnings: PlausibilityWarning[] = [];
  const { groups, organisation: org } = footprint;
  const sumOf = (pick: (group: Footprint["groups"][number]) => boolean): Decimal =>
    groups.filter(pick).reduce((sum, group) => sum.plus(group.quantity), new D(0));

  const electricity = sumOf((g) => g.theme === "electricity" && g.parts.some((p) => p.basis === "location"));
  const green = sumOf((g) => g.key.startsWith("electricity|green|")).plus(footprint.checks.unknownGreenKWh);
  if (green.gt(electricity)) {
    warnings.push(warn("GREEN_ABOVE_TOTAL", `green electricity (${green.toString()} kWh) is more than the known total (${electricity.toString()} kWh)`));
  }
  const both = Object.entries(footprint.checks.vehicles)
    .filter(([, seen]) => seen.fuel && seen.distance)
    .map(([vehicle]) => vehicle)
    .sort();
  if (both.length > 0) warnings.push(warn("FUEL_AND_DISTANCE", `fuel and distance are both given for ${both.join(", ")}: count a vehicle once`, both));

  if (org?.buildingVolumeM3 && org.floorAreaM2?.gt(0)) {
    const ratio = org.buildingVolumeM3.div(org.floorAreaM2);
    if (outside(ratio, 3, 5))
      warnings.push(warn("BUILDING_VOLUME", `building volume is ${ratio.toDecimalPlaces(2).toString()} x the floor area, usually 3-5 x`));
  }
  if (org?.services === true && org.revenueEur !== undefined && org.fte?.gt(0)) {
    const perFte = org.revenueEur.div(org.fte);
    if (outside(perFte, 50_000, 100_000))
      warnings.push(
        warn("REVENUE_PER_FTE", `revenue is EUR ${perFte.toDecimalPlaces(0).toString()} per fte, usually EUR 50,000-100,000 for a service company`),
      );
  }
  const ve = sumOf((g) => g.theme === "wastewater");
  if (org?.waterM3?.gt(0) && ve.gt(0)) {
    const expected = org.waterM3.times("0.025");
    if (outside(ve.div(expected), 0.5, 2))
      warnings.push(warn("WASTEWATER_VE", `wastewater is ${ve.toString()} VE, far from 2.5% of the water used (${expected.toString()} VE)`));
  }
  if (footprint.factorSet.year !== footprint.year) {
    warnings.push(warn("FACTOR_YEAR", `the factor list is of ${footprint.factorSet.year}, the footprint of ${footprint.year}`));
  }
  const ttwOnly = [
    ...new Set(
      groups.filter((g) => g.parts.some((p) => p.kind === "emission" && p.column === "ttw") && footprint.factorSet.accounting === "wtw").map((g) => g.factorId),
    ),
  ];
  if (ttwOnly.length > 0) warnings.push(warn("TTW_ONLY", `no WTW value published, TTW used for ${ttwOnly.join(", ")}`, ttwOnly));
  return warnings;
}
