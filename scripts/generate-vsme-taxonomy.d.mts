// Types of scripts/generate-vsme-taxonomy.mjs, for the tests that run the generator in memory.
import type { TaxonomyData } from "../src/vsme/taxonomy/types.js";

export function extractTaxonomy(full: unknown): TaxonomyData;
export function renderTaxonomyModule(subset: unknown, licenseText: string): string;
