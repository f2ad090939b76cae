import type { FactorSection } from "../factors/codes.js";

/**
 * The renewable sources of green electricity (Dutch guarantees of origin), as an electricity
 * line's `green` parts and a `green-electricity` scenario name them.
 *
 * @example
 * ```ts
 * import { GREEN_SOURCES } from "koploper";
 *
 * GREEN_SOURCES.includes("wind"); //=> true
 * ```
 */
export const GREEN_SOURCES = ["wind", "solar", "hydro", "biomass"] as const;

/** Whether a value is one of the {@link GREEN_SOURCES}. */
export function isGreenSource(value: unknown): value is (typeof GREEN_SOURCES)[number] {
  return (GREEN_SOURCES as readonly unknown[]).includes(value);
}

/**
 * The themes an activity line can have, as in the Milieubarometer. Each lands in one scope (see
 * {@link THEME_SCOPES}); `offset` lands in none and is reported as a memo item.
 *
 * @example
 * ```ts
 * import { THEMES } from "koploper";
 *
 * THEMES.includes("commuting"); //=> true
 * ```
 */
export const THEMES = [
  "electricity",
  "heat",
  "fuel",
  "mobile-machinery",
  "refrigerant",
  "solvents",
  "business-travel",
  "commuting",
  "visitor-travel",
  "freight",
  "waste",
  "wastewater",
  "water",
  "paper",
  "other",
  "offset",
] as const;

/**
 * One of the {@link THEMES}.
 *
 * @example
 * ```ts
 * import type { Theme } from "koploper";
 *
 * const theme: Theme = "business-travel";
 * ```
 */
export type Theme = (typeof THEMES)[number];

/**
 * A GHG Protocol scope 3 category number, 1 (purchased goods and services) to 15 (investments).
 *
 * @see GHG Protocol Corporate Value Chain (Scope 3) Standard (2011), table 5.3
 * @example
 * ```ts
 * import type { Scope3Category } from "koploper";
 *
 * const commuting: Scope3Category = 7;
 * ```
 */
export type Scope3Category = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;

/**
 * Where each theme lands: scope 1 or 2, or scope 3 with its category (`other` takes the category
 * given on the line; `offset` is no scope). Visitor travel is category 9, as Stimular files it.
 * `mobile-machinery` (fuel of mobile machinery) is scope 1, apart from `fuel`, as the
 * Milieubarometer shows it. `water`, `paper` and `solvents` give CO2 only with a factor on the line
 * (water and paper as purchased goods, category 1; solvents as direct emissions, scope 1).
 *
 * @see GHG Protocol Corporate Standard, chapter 4; Scope 3 Standard, table 5.3
 * @example
 * ```ts
 * import { THEME_SCOPES } from "koploper";
 *
 * THEME_SCOPES.freight; //=> { scope: 3, category: 4 }
 * ```
 */
export const THEME_SCOPES = {
  electricity: { scope: 2, category: null },
  heat: { scope: 2, category: null },
  fuel: { scope: 1, category: null },
  "mobile-machinery": { scope: 1, category: null },
  refrigerant: { scope: 1, category: null },
  solvents: { scope: 1, category: null },
  "business-travel": { scope: 3, category: 6 },
  commuting: { scope: 3, category: 7 },
  "visitor-travel": { scope: 3, category: 9 },
  freight: { scope: 3, category: 4 },
  waste: { scope: 3, category: 5 },
  wastewater: { scope: 3, category: 5 },
  water: { scope: 3, category: 1 },
  paper: { scope: 3, category: 1 },
  other: { scope: 3, category: null },
  offset: { scope: null, category: null },
} as const satisfies Record<Theme, { scope: 1 | 2 | 3 | null; category: Scope3Category | null }>;

/** The factor-list sections a theme may take its factor from. */
export const THEME_SECTIONS: Readonly<Record<Theme, readonly FactorSection[]>> = {
  electricity: ["electricity"],
  heat: ["heat"],
  fuel: ["vehicle-fuels", "energy-fuels"],
  "mobile-machinery": ["vehicle-fuels", "energy-fuels"],
  refrigerant: ["refrigerants", "other-emissions"],
  solvents: [],
  "business-travel": ["passenger-transport", "vehicle-fuels"],
  commuting: ["passenger-transport", "vehicle-fuels"],
  "visitor-travel": ["passenger-transport"],
  freight: ["freight-transport"],
  waste: ["waste"],
  wastewater: ["waste"],
  water: [],
  paper: [],
  other: [],
  offset: [],
};
