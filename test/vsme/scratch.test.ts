import { it } from "vitest";
import { calculateFootprint, nl2026 } from "../../src/index.js";
import { vsmeReport } from "../../src/vsme/index.js";
it("scratch", () => {
  const footprint = calculateFootprint({ year: 2026, activities: [
      { id: "gas", theme: "fuel", factor: "aardgas-g-gas", quantity: 18500, unit: "Nm3" },
      { id: "power", theme: "electricity", quantity: 96000, unit: "kWh", green: [{ quantity: 6000, source: "wind" }] },
      { id: "van", theme: "fuel", factor: "diesel-b7", quantity: 4200, unit: "l", vehicle: "bestelbus" },
      { id: "r404a", theme: "refrigerant", factor: "r404a", quantity: 1.5, unit: "kg" },
  ] }, { factors: nl2026, accounting: "ghg-strict" });
  console.log(footprint.groups.map((g) => [g.key, g.quantity.toString(), g.energyGJ.toString()]));
  const report = vsmeReport({ entity: { name: "Bakkerij", scheme: "euid", identifier: "NLNHR.1" }, general: { turnoverEur: 850000 }, footprint, practices: { scan: { "6.5.5": 2.5, "6.4.6": 1 } } }, { module: "basic", period: { start: "2026-01-01", end: "2026-12-31" } });
  console.log(JSON.stringify(report, null, 1).slice(0, 6000));
});
