import { readFileSync } from "node:fs";
import { calculateFootprint, environmentalPerformance, nl2026, type FootprintInput, type VsmeInput, type VsmeOptions } from "../../src/index.js";

/** The example input of the CLI (docs/examples/vsme-bakery.json): a fictional bakery's year. */
export const example = JSON.parse(readFileSync(new URL("../../docs/examples/vsme-bakery.json", import.meta.url), "utf8")) as {
  period: { start: string; end: string };
  footprint: FootprintInput;
} & Record<string, unknown>;

/** The bakery's footprint, calculated as the CLI does (nl2026, ghg-strict). */
export const bakeryFootprint = calculateFootprint(example.footprint, { factors: nl2026, accounting: "ghg-strict" });
/** Its environmental performance, on the same input and options. */
export const bakeryEnvironment = environmentalPerformance(example.footprint, { factors: nl2026, accounting: "ghg-strict" });

const { period: _period, footprint: _footprint, ...rest } = example;

/** The bakery's VSME input with its footprint. */
export const bakery = { ...rest, footprint: bakeryFootprint, environment: bakeryEnvironment } as VsmeInput;

export const options: VsmeOptions = { module: "basic", period: { start: "2026-01-01", end: "2026-12-31" } };

export const entity = { name: "Bakkerij", scheme: "euid", identifier: "NLNHR.12345678" } as const;
