import type { Locale, Localized } from "../core/localized.js";
import type { Theme } from "../footprint/themes.js";

/** The Milieubarometer's theme names. */
export const THEME_LABELS: Readonly<Record<Theme, Localized>> = {
  electricity: { nl: "Elektriciteit", en: "Electricity" },
  heat: { nl: "Warmte", en: "Heat" },
  fuel: { nl: "Brandstoffen", en: "Fuels" },
  "mobile-machinery": { nl: "Mobiele werktuigen", en: "Mobile machinery" },
  refrigerant: { nl: "Koudemiddelen", en: "Refrigerants" },
  solvents: { nl: "Oplosmiddelen", en: "Solvents" },
  "business-travel": { nl: "Zakelijk reizen", en: "Business travel" },
  commuting: { nl: "Woon-werkverkeer", en: "Commuting" },
  "visitor-travel": { nl: "Bezoekersverkeer", en: "Visitor travel" },
  freight: { nl: "Goederenvervoer", en: "Freight" },
  waste: { nl: "Afval", en: "Waste" },
  wastewater: { nl: "Afvalwater", en: "Wastewater" },
  water: { nl: "Water", en: "Water" },
  paper: { nl: "Papier", en: "Paper" },
  other: { nl: "Overig", en: "Other" },
  offset: { nl: "Compensatie", en: "Offsets" },
};

const WORDS = {
  scope: { nl: "Scope", en: "Scope" },
  total: { nl: "Totaal", en: "Total" },
  theme: { nl: "Thema", en: "Theme" },
  participant: { nl: "Deelnemer", en: "Participant" },
  period: { nl: "Jaar", en: "Year" },
  market: { nl: "marktgebaseerd", en: "market-based" },
  location: { nl: "locatiegebaseerd", en: "location-based" },
  footprintTitle: { nl: "CO2-footprint per scope en thema", en: "CO2 footprint by scope and theme" },
  comparisonTitle: { nl: "CO2-footprint: vergelijking", en: "CO2 footprint: comparison" },
  cohortTitle: { nl: "CO2-footprint per deelnemer", en: "CO2 footprint per participant" },
  isoTitle: { nl: "ISO 26000-profiel per kernthema", en: "ISO 26000 profile per core subject" },
  coreSubject: { nl: "Kernthema", en: "Core subject" },
  level: { nl: "Niveau (0-4)", en: "Level (0-4)" },
  overall: { nl: "Gemiddeld niveau", en: "Overall level" },
  status: { nl: "Status", en: "Status" },
  conclusive: { nl: "conclusief", en: "conclusive" },
  indicative: { nl: "indicatief", en: "indicative" },
  unknown: { nl: "onbekend", en: "unknown" },
} as const satisfies Record<string, Localized>;

/** A fixed chart word in the locale. */
export function word(key: keyof typeof WORDS, locale: Locale): string {
  return WORDS[key][locale];
}

/** The y-axis title of an amount: "t CO2-eq (marktgebaseerd)". */
export function amountTitle(unit: "t" | "kg", basis: "market" | "location", locale: Locale): string {
  return `${unit} CO2-eq (${word(basis, locale)})`;
}

/** "Scope 1", "Scope 2", "Scope 3". */
export function scopeLabel(scope: 1 | 2 | 3, locale: Locale): string {
  return `${word("scope", locale)} ${scope}`;
}
