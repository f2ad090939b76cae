// Types of scripts/generate-factors.mjs, for the tests that run the generator in memory.
export function parseCsv(text: string): string[][];
export function readRecords(text: string): Record<string, string>[];
export function slug(text: string): string;
/** The columns the CSV does not have (src/factors/nl-2026/columns.json), by field and source id. */
export interface ExtraColumns {
  readonly gas?: Readonly<Record<string, { readonly value: string; readonly name: string; readonly from: string }>>;
  readonly electricityRole?: Readonly<Record<string, { readonly value: string; readonly name: string; readonly from: string }>>;
}
export function buildFactors(csvText: string, namesEn: Record<string, string>, columns?: ExtraColumns): unknown[];
export function renderModule(csvText: string, namesEn: Record<string, string>, columns: ExtraColumns): string;
