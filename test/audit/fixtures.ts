// Shared data for the audit tests: the bakery of the acceptance cases.
import type { ActivityInput, AuditInput } from "../../src/index.js";

export const BAKERY_PROFILE = { size: "small", offers: "products", customers: "consumers", market: "local", sector: "manufacturing" } as const;

export const bakeryLines = (kWh: number, m3: number): ActivityInput[] => [
  { id: "power", theme: "electricity", quantity: kWh, unit: "kWh" },
  { id: "gas", theme: "fuel", factor: "aardgas-g-gas", quantity: m3, unit: "Nm3" },
  { id: "r404a", theme: "refrigerant", factor: "r404a", quantity: 1.5, unit: "kg" },
  { id: "van", theme: "fuel", factor: "diesel-b7", quantity: 4200, unit: "l", vehicle: "bestelbus" },
  { id: "waste", theme: "waste", factor: "restafval", quantity: 6.5, unit: "t" },
];

export const bakery = (kWh = 62000, m3 = 18000): AuditInput => ({ footprint: { year: 2026, activities: bakeryLines(kWh, m3) }, profile: BAKERY_PROFILE });
