// Types of scripts/generate-factors.mjs, for the tests that run the generator in memory.
export function parseCsv(text: string): string[][];
export function readRecords(text: string): Record<string, string>[];
export function slug(text: string): string;
export function buildFactors(csvText: string, namesEn: Record<string, string>): unknown[];
export function renderModule(csvText: string, namesEn: Record<string, string>): string;
