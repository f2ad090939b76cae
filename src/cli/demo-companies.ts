// The example cohort of the demo: six fictional companies and a municipality in Oost-Groningen,
// with a year of activity data each, their scan profile and the demo adviser's estimates. Content,
// no logic: the figures are fictional, not facts.
import type { ActivityInput, AuditOptions, OrganisationProfile } from "../index.js";

/** One participant of the example cohort: who it is, its year of activity data and its scan answers. */
export interface Participant {
  readonly id: string;
  readonly name: string;
  readonly kind: "company" | "municipality";
  readonly sector: string;
  readonly fte: number;
  readonly location: string;
  readonly profile: OrganisationProfile;
  readonly scanSector: string;
  /** The maturity the scan starts from (0-4) and what the year adds to it. */
  readonly maturity: number;
  readonly growth: number;
  readonly activities: ActivityInput[];
  /**
   * The demo adviser's estimates per catalogue measure (the share saved, one-off investment and
   * annual savings in EUR): fictional figures of this example, not facts. The measures with an
   * estimate go into the action plan, each with the payback of its own figures, and what they do
   * together to the activity data is the final measurement.
   */
  readonly estimates: NonNullable<AuditOptions["estimates"]>;
  /** What the adviser knows about the location (office area for energielabel C). */
  readonly site?: AuditOptions["site"];
}

const car = "gemiddelde-auto-brandstofsoort-onbekend";

/** The participants of the example cohort, in the order they register. */
export const PARTICIPANTS: readonly Participant[] = [
  {
    id: "bakkerij-hofstede",
    name: "Bakkerij Hofstede",
    kind: "company",
    sector: "bakkerij",
    fte: 14,
    location: "Stadskanaal",
    profile: { size: "small", offers: "products", customers: "consumers", market: "local", sector: "manufacturing" },
    scanSector: "manufacturing",
    maturity: 1,
    growth: 1,
    activities: [
      { id: "gas", theme: "fuel", factor: "aardgas-g-gas", quantity: 18500, unit: "Nm3" },
      { id: "power", theme: "electricity", quantity: 96000, unit: "kWh" },
      { id: "van", theme: "fuel", factor: "diesel-b7", quantity: 4200, unit: "l", vehicle: "bestelbus" },
      { id: "commuting", theme: "commuting", factor: car, quantity: 38000, unit: "vkm", estimated: true },
      { id: "waste", theme: "waste", factor: "restafval", quantity: 6.5, unit: "t" },
      { id: "paper", theme: "waste", factor: "papier-en-karton", quantity: 3.2, unit: "t" },
      { id: "r404a", theme: "refrigerant", factor: "r404a", quantity: 1.5, unit: "kg" },
    ],
    estimates: {
      "led-lighting": { parameters: { share: 0.08 }, investment: 6500, annualSavings: 1900 },
      "oven-heat-recovery": { parameters: { share: 0.12 }, investment: 18000, annualSavings: 2600 },
      "night-covers": { parameters: { share: 0.03 }, investment: 1200, annualSavings: 720 },
      "refrigerant-leak-check": { parameters: { share: 0.5 }, investment: 450, annualSavings: 150 },
    },
  },
  {
    id: "tuincentrum-westerwolde",
    name: "Tuincentrum Westerwolde",
    kind: "company",
    sector: "tuincentrum",
    fte: 22,
    location: "Vlagtwedde",
    profile: { size: "small", offers: "products", customers: "consumers", market: "local", sector: "retail" },
    scanSector: "retail",
    maturity: 1,
    growth: 2,
    activities: [
      { id: "gas", theme: "fuel", factor: "aardgas-g-gas", quantity: 42000, unit: "Nm3" },
      { id: "power", theme: "electricity", quantity: 135000, unit: "kWh", green: [{ quantity: 35000, source: "solar" }] },
      { id: "forklift", theme: "fuel", factor: "lpg", quantity: 1800, unit: "l" },
      { id: "visitors", theme: "visitor-travel", factor: car, quantity: 410000, unit: "vkm", estimated: true },
      { id: "waste", theme: "waste", factor: "restafval", quantity: 14, unit: "t" },
      { id: "green-waste", theme: "waste", factor: "gft-vergisting", quantity: 22, unit: "t" },
    ],
    estimates: {
      "heating-timer": { parameters: { share: 0.06 }, investment: 800, annualSavings: 1400 },
      "solar-panels": { parameters: { share: 0.5 }, investment: 42000, annualSavings: 7800 },
      "organic-waste-separation": { parameters: { share: 0.2 }, investment: 1500, annualSavings: 600 },
    },
  },
  {
    id: "transport-oldambt",
    name: "Transportbedrijf Oldambt",
    kind: "company",
    sector: "transport",
    fte: 48,
    location: "Winschoten",
    profile: { size: "small", offers: "services", customers: "businesses", market: "national", sector: "transport" },
    scanSector: "transport",
    maturity: 2,
    growth: 1,
    activities: [
      { id: "trucks", theme: "fuel", factor: "diesel-b7", quantity: 310000, unit: "l", vehicle: "vloot" },
      { id: "gas", theme: "fuel", factor: "aardgas-g-gas", quantity: 9000, unit: "Nm3" },
      { id: "power", theme: "electricity", quantity: 58000, unit: "kWh" },
      { id: "rail", theme: "freight", factor: "bulk-trein-elektrisch", quantity: 1200000, unit: "tkm" },
      { id: "business-travel", theme: "business-travel", factor: car, quantity: 42000, unit: "vkm" },
      { id: "waste", theme: "waste", factor: "restafval", quantity: 9, unit: "t" },
    ],
    estimates: {
      "eco-driving": { parameters: { share: 0.05 }, investment: 6000, annualSavings: 14000 },
      "route-planning": { parameters: { share: 0.04 }, investment: 9000, annualSavings: 11000 },
      "fleet-hvo": { parameters: { share: 0.3 }, investment: 0, annualSavings: -9000 },
    },
  },
  {
    id: "camping-pekelder-hoogte",
    name: "Camping De Pekelder Hoogte",
    kind: "company",
    sector: "recreatie",
    fte: 7,
    location: "Pekela",
    profile: { size: "micro", offers: "services", customers: "consumers", market: "national", sector: "hospitality" },
    scanSector: "hospitality",
    maturity: 1,
    growth: 1,
    activities: [
      { id: "gas", theme: "fuel", factor: "aardgas-g-gas", quantity: 11000, unit: "Nm3" },
      { id: "propane", theme: "fuel", factor: "propaan", quantity: 2400, unit: "l" },
      { id: "power", theme: "electricity", quantity: 74000, unit: "kWh" },
      { id: "visitors", theme: "visitor-travel", factor: car, quantity: 520000, unit: "vkm", estimated: true },
      { id: "wastewater", theme: "wastewater", factor: "afvalwater", quantity: 90, unit: "VE" },
      { id: "waste", theme: "waste", factor: "restafval", quantity: 18, unit: "t" },
    ],
    estimates: {
      "weather-compensation": { parameters: { share: 0.07 }, investment: 1200, annualSavings: 650 },
      "hot-water": { parameters: { share: 0.1 }, investment: 2200, annualSavings: 800 },
      "water-saving": { parameters: { share: 0.15 }, investment: 900, annualSavings: 450 },
      "visitor-mobility": { parameters: { share: 0.03 }, investment: 2500, annualSavings: 300 },
    },
  },
  {
    id: "recycling-veenkolonien",
    name: "Recycling Veenkoloniën",
    kind: "company",
    sector: "recycling",
    fte: 31,
    location: "Veendam",
    profile: { size: "small", offers: "services", customers: "businesses", market: "local", sector: "manufacturing" },
    scanSector: "other",
    maturity: 2,
    growth: 2,
    activities: [
      { id: "machines", theme: "fuel", factor: "diesel-b7", quantity: 68000, unit: "l", vehicle: "shovels" },
      { id: "power", theme: "electricity", quantity: 420000, unit: "kWh", green: [{ quantity: 150000, source: "wind" }] },
      { id: "gas", theme: "fuel", factor: "aardgas-g-gas", quantity: 6000, unit: "Nm3" },
      { id: "freight", theme: "freight", factor: "vrachtwagen-zware-trekker-oplegger", quantity: 850000, unit: "tkm" },
      { id: "plastics", theme: "waste", factor: "kunststoffen-gemengd", quantity: 40, unit: "t" },
    ],
    estimates: {
      "compressed-air-leaks": { parameters: { share: 0.05 }, investment: 2500, annualSavings: 3200 },
      "eco-driving": { parameters: { share: 0.06 }, investment: 4000, annualSavings: 6500 },
      "led-lighting": { parameters: { share: 0.04 }, investment: 8000, annualSavings: 2300 },
    },
  },
  {
    id: "it-kanaalzicht",
    name: "IT-bureau Kanaalzicht",
    kind: "company",
    sector: "ICT",
    fte: 12,
    location: "Stadskanaal",
    profile: { size: "small", offers: "services", customers: "businesses", market: "national", sector: "services" },
    scanSector: "services",
    maturity: 2,
    growth: 1,
    activities: [
      { id: "heat", theme: "heat", factor: "gemiddelde-warmtenetten", quantity: 310, unit: "GJ" },
      { id: "power", theme: "electricity", quantity: 46000, unit: "kWh" },
      { id: "commuting", theme: "commuting", factor: "ov-trein-elektrisch", quantity: 52000, unit: "pkm" },
      { id: "business-travel", theme: "business-travel", factor: car, quantity: 21000, unit: "vkm" },
      { id: "waste", theme: "waste", factor: "restafval", quantity: 1.4, unit: "t" },
    ],
    site: { officeAreaM2: 380, officeShare: 1 },
    estimates: {
      "server-room": { parameters: { share: 0.1 }, investment: 3000, annualSavings: 1100 },
      "led-lighting": { parameters: { share: 0.1 }, investment: 2400, annualSavings: 900 },
      "commuting-remote-work": { parameters: { share: 0.2 }, investment: 1800, annualSavings: 400 },
      "electric-business-cars": { parameters: { share: 0.5 }, investment: 12000, annualSavings: 2400 },
    },
  },
  {
    id: "gemeente-stadskanaal",
    name: "Gemeente Stadskanaal",
    kind: "municipality",
    sector: "overheid",
    fte: 310,
    location: "Stadskanaal",
    profile: { size: "large", offers: "services", customers: "both", market: "local", sector: "public" },
    scanSector: "other",
    maturity: 2,
    growth: 1,
    activities: [
      { id: "gas", theme: "fuel", factor: "aardgas-g-gas", quantity: 120000, unit: "Nm3" },
      { id: "power", theme: "electricity", quantity: 1300000, unit: "kWh", green: [{ quantity: 1300000, source: "wind" }] },
      { id: "fleet", theme: "fuel", factor: "diesel-b7", quantity: 36000, unit: "l", vehicle: "wagenpark" },
      { id: "business-travel", theme: "business-travel", factor: car, quantity: 160000, unit: "vkm" },
    ],
    estimates: {
      "heating-timer": { parameters: { share: 0.05 }, investment: 15000, annualSavings: 9000 },
      "led-lighting": { parameters: { share: 0.06 }, investment: 60000, annualSavings: 19000 },
    },
  },
];
