import { readFileSync } from "node:fs";
import {
  calculateFootprint,
  environmentalPerformance,
  vsmeReport,
  nl2026,
  type FootprintInput,
  type VsmeInput,
  type VsmeOptions,
  type VsmeReport,
} from "../../src/index.js";
import type { VsmeConceptName } from "../../src/vsme/taxonomy/data.js";

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

/** The footprint and the environmental performance of one input, as vsmeReport takes them. */
export function year(input: FootprintInput, accounting: "wtw" | "ghg-strict" = "ghg-strict") {
  return {
    footprint: calculateFootprint(input, { factors: nl2026, accounting }),
    environment: environmentalPerformance(input, { factors: nl2026, accounting }),
  };
}

/** The datapoint of `concept` without dimensions, or the one on the member `axis`. */
export const value = (report: VsmeReport, concept: VsmeConceptName, axis?: string) =>
  report.datapoints[concept]?.find((point) => (axis === undefined ? point.dimensions === undefined : Object.values(point.dimensions ?? {}).includes(axis)));

/** A report that uses every kind of value: the bakery plus pollution, sites in B5, countries, subsidiaries and materials. */
export const rich = vsmeReport(
  {
    ...bakery,
    general: {
      ...(bakery.general ?? {}),
      basis: "consolidated",
      subsidiaries: [{ id: "d1", name: "Hofstede Winkels BV", address: "Markt 2, Stadskanaal" }],
      omittedDisclosures: ["vsme:B11-ConvictionsAndFinesForCorruptionAndBriberyMember"],
    },
    pollution: {
      applies: true,
      publicReportUrl: "https://example.org/e-prtr",
      emissions: [{ pollutant: "vsme:ParticulateMatterPMMember", airKg: 3, waterKg: 0.5, soilKg: 0 }],
    },
    biodiversity: {
      sites: [{ site: "stadskanaal", in: true, near: true, areaHa: "0.25" }],
      landUse: { totalHa: 1, sealedHa: "0.6", natureOnSiteHa: "0.1", natureOffSiteHa: 0 },
    },
    resources: { circularEconomy: { applies: false }, materials: [{ id: "flour", name: "Meel", kg: 42000 }] },
    workforce: { ...(bakery.workforce ?? {}), byCountry: { NL: 14, DE: 1 }, leavers: 2, averageEmployees: 15, hourlyPayEur: { male: 19, female: 18 } },
    practices: {
      ...(bakery.practices ?? {}),
      cooperative: { participationInGovernance: "Leden stemmen", socialEconomyInvestmentEur: 500, profitDistributionLimits: "Geen" },
    },
    corruption: { convictions: 0, finesEur: 0 },
  } as VsmeInput,
  options,
);
