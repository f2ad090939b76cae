import { reportParser } from "./markdown.schema.js";
import type { VsmePeriod, VsmeReport } from "./types.js";
import { TAXONOMY } from "./taxonomy/data.js";

/**
 * The URI of each entity identifier scheme, as EFRAG's Digital-Template-to-XBRL converter declares
 * them (src/mireport/data/disclosures/vsme.json, `entityIdentifierLabelsToSchemes`).
 */
const SCHEMES = {
  lei: "http://standards.iso.org/iso/17442",
  duns: "https://www.dnb.co.uk/duns-number",
  euid: "https://e-justice.europa.eu/topics/registers-business-insolvency-land/business-registers-search-company-eu_en",
  permid: "https://permid.org/",
} as const;

/** The document type of xBRL-JSON 1.0 (XBRL International, Open Information Model). */
const XBRL_JSON = "https://xbrl.org/2021/xbrl-json";

/**
 * An xBRL-JSON report (see {@link toXbrlJson}): `documentInfo` (document type, namespaces, the
 * taxonomy entry point) and `facts` by id, each with its `value`, `decimals` when the value is
 * rounded, and its `dimensions` (concept, entity, period, unit, language and taxonomy axes).
 *
 * @example
 * ```ts
 * import type { XbrlJson } from "koploper/vsme";
 *
 * const concepts = (doc: XbrlJson) => Object.values(doc.facts).map((fact) => fact.dimensions.concept);
 * ```
 */
export interface XbrlJson {
  readonly documentInfo: {
    readonly documentType: string;
    readonly namespaces: Readonly<Record<string, string>>;
    readonly taxonomy: readonly string[];
  };
  readonly facts: Readonly<
    Record<
      string,
      {
        readonly value: string;
        readonly decimals?: number;
        readonly dimensions: Readonly<Record<string, string>> & { readonly concept: string; readonly entity: string; readonly period: string };
      }
    >
  >;
}

/** The day after an ISO date: XBRL periods end at the start of the next day. */
function nextDay(date: string): string {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return next.toISOString().slice(0, 10);
}

function periodOf(period: VsmePeriod): string {
  return "instant" in period ? `${nextDay(period.instant)}T00:00:00` : `${period.start}T00:00:00/${nextDay(period.end)}T00:00:00`;
}

const TEXT_TYPES = new Set(["xbrli:stringItemType", "dtr-types:textBlockItemType"]);

/**
 * Writes a VSME report as an xBRL-JSON document (XBRL Open Information Model) on the EFRAG VSME
 * taxonomy 2026-05-01: one fact per datapoint, with the entity (the report's scheme and
 * identifier), the period (durations as start/end, instants at the end of the period's last day),
 * the unit, `decimals` only for a rounded value (an exact value has infinite precision), the
 * language of texts and the taxonomy's dimensions. Only concepts and members of the bundled
 * taxonomy occur. Missing datapoints have no fact.
 *
 * @param report - a report from {@link vsmeReport}
 * @returns the document, ready for `JSON.stringify`
 * @throws {@link KoploperError} `INVALID_INPUT` when `report` is not a report
 *
 * @example
 * ```ts
 * import { toXbrlJson, vsmeReport } from "koploper/vsme";
 *
 * const report = vsmeReport(
 *   { entity: { name: "Bakkerij", scheme: "euid", identifier: "NLNHR.12345678" }, general: { turnoverEur: 850000 } },
 *   { module: "basic", period: { start: "2026-01-01", end: "2026-12-31" } },
 * );
 * const doc = toXbrlJson(report);
 * doc.documentInfo.taxonomy; //=> ["https://xbrl.efrag.org/taxonomy/vsme/2026-05-01/vsme-all.xsd"]
 * doc.facts["f2"]?.dimensions; //=> { concept: "vsme:Turnover", entity: "euid:NLNHR.12345678", period: "2026-01-01T00:00:00/2027-01-01T00:00:00", unit: "iso4217:EUR" }
 * ```
 */
export function toXbrlJson(report: VsmeReport): XbrlJson {
  reportParser.parse(report);
  const facts: Record<string, XbrlJson["facts"][string]> = {};
  let next = 1;
  for (const points of Object.values(report.datapoints)) {
    for (const point of points ?? []) {
      const text = TEXT_TYPES.has(TAXONOMY.concepts[point.concept].dataType);
      facts[`f${next++}`] = {
        value: point.value,
        ...(point.decimals === undefined ? {} : { decimals: point.decimals }),
        dimensions: {
          concept: point.concept,
          entity: `${report.entity.scheme}:${report.entity.identifier}`,
          period: periodOf(point.period),
          ...(point.unit === undefined ? {} : { unit: point.unit }),
          ...(text ? { language: report.locale } : {}),
          ...point.dimensions,
        },
      };
    }
  }
  return {
    documentInfo: {
      documentType: XBRL_JSON,
      namespaces: { ...TAXONOMY.namespaces, [report.entity.scheme]: SCHEMES[report.entity.scheme] },
      taxonomy: [report.entryPoint],
    },
    facts,
  };
}
