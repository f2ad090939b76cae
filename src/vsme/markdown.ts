import { D } from "../core/decimal.js";
import type { Locale } from "../core/localized.js";
import { formatExact } from "../core/format.js";
import { optionsParser, reportParser, type VsmeMarkdownOptions } from "./markdown.schema.js";
import type { VsmeDatapoint, VsmeGap, VsmeReport } from "./types.js";
import { TAXONOMY, type VsmeConceptName } from "./taxonomy/data.js";

const WORDS = {
  nl: {
    title: "VSME-duurzaamheidsverslag",
    basic: "Basismodule",
    period: "Verslagperiode",
    taxonomy: "Taxonomie",
    datapoint: "Gegeven",
    value: "Waarde",
    paragraph: "Par.",
    missing: "Ontbrekende gegevens",
    missingIntro: "Deze gegevens vraagt VSME altijd (of de invoer zegt dat ze van toepassing zijn); ze zijn niet ingevuld.",
    questions: "Vragen die bepalen of een gegeven van toepassing is",
    notes: "Opmerkingen",
    complete: "Het verslag is volledig: elk verplicht gegeven is er.",
    incomplete: "Het verslag is onvolledig:",
    missingCount: "verplichte gegevens ontbreken.",
    rounding:
      "Afronding alleen voor weergave: MWh en t CO2-eq op 3 decimalen, bedragen op 2, percentages op 1, intensiteiten op 4 significante cijfers, andere getallen die niet heel zijn op 3 (aantallen, uren en tarieven op 2). De datapunten en de xBRL-JSON houden de exacte waarden.",
    yes: "Ja",
    no: "Nee",
    answer: { applies: "van toepassing", "does-not-apply": "niet van toepassing" },
    unanswered: "nog niet beantwoord",
    none: "geen",
  },
  en: {
    title: "VSME sustainability report",
    basic: "Basic Module",
    period: "Reporting period",
    taxonomy: "Taxonomy",
    datapoint: "Datapoint",
    value: "Value",
    paragraph: "Para.",
    missing: "Missing datapoints",
    missingIntro: "VSME always asks for these (or the input says they apply); they are not filled in.",
    questions: "Questions that decide whether a datapoint applies",
    notes: "Notes",
    complete: "The report is complete: every required datapoint is there.",
    incomplete: "The report is incomplete:",
    missingCount: "required datapoints are missing.",
    rounding:
      "Rounded for display only: MWh and t CO2-eq to 3 decimals, amounts to 2, percentages to 1, intensities to 4 significant digits, other numbers that are not whole to 3 (counts, hours and rates to 2). The datapoints and the xBRL-JSON keep the exact values.",
    yes: "Yes",
    no: "No",
    answer: { applies: "applies", "does-not-apply": "does not apply" },
    unanswered: "not answered yet",
    none: "none",
  },
} as const;

const UNITS: Readonly<Record<string, string>> = {
  "utr:MWh": "MWh",
  "utr:tCO2e": "t CO2-eq",
  "utr:tCO2e/iso4217:EUR": "t CO2-eq/EUR",
  "iso4217:EUR": "EUR",
  "utr:kg": "kg",
  "utr:m3": "m³",
  "utr:ha": "ha",
};

function label(name: string, locale: Locale): string {
  const labels = name in TAXONOMY.concepts ? TAXONOMY.concepts[name as VsmeConceptName].labels : (TAXONOMY.members[name] ?? TAXONOMY.axes[name]?.labels);
  const text = labels === undefined ? name : locale === "nl" ? (labels.nl ?? labels.en) : labels.en;
  return text
    .replace(/\s*\[(member|axis|typed axis)\]$/, "")
    .replace(/^"(.*)"$/, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

function member(name: string, locale: Locale): string {
  if (name.startsWith("country:")) return name.slice("country:".length);
  if (name.startsWith("nace:NACE_")) {
    const code = name.slice("nace:NACE_".length);
    return code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code;
  }
  return label(name, locale);
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function shownValue(point: VsmeDatapoint, locale: Locale): string {
  const words = WORDS[locale];
  const type = TAXONOMY.concepts[point.concept].dataType;
  if (type === "xbrli:booleanItemType") return point.value === "true" ? words.yes : words.no;
  if (type.startsWith("enum2:"))
    return point.value === ""
      ? words.none
      : point.value
          .split(" ")
          .map((name) => member(name, locale))
          .join(", ");
  if (point.unit === undefined) return point.value;
  const value = new D(point.value);
  if (type === "dtr-types:percentItemType") return `${formatExact(value.times(100), 1, locale)} %`;
  if (point.unit === "utr:tCO2e/iso4217:EUR") {
    const text = value.toSignificantDigits(4, D.ROUND_HALF_UP).toFixed();
    return `${locale === "nl" ? text.replace(".", ",") : text} ${UNITS[point.unit] ?? ""}`;
  }
  const places =
    point.unit === "iso4217:EUR" ? 2 : point.unit === "utr:MWh" || point.unit === "utr:tCO2e" ? 3 : value.isInteger() ? 0 : point.unit === "xbrli:pure" ? 2 : 3;
  return `${formatExact(value, places, locale)}${UNITS[point.unit] === undefined ? "" : ` ${UNITS[point.unit] ?? ""}`}`;
}

function rowLabel(point: VsmeDatapoint, locale: Locale): string {
  // The waste-type domain is the total over all types: no qualifier.
  const dimensions = Object.entries(point.dimensions ?? {})
    .filter(([, value]) => value !== "waste:W-WasteCategoriesMember")
    .map(([axis, value]) => (TAXONOMY.axes[axis]?.typed === true ? value : member(value, locale)));
  return `${label(point.concept, locale)}${dimensions.length === 0 ? "" : ` (${dimensions.join(", ")})`}`;
}

function gapLine(gap: VsmeGap, locale: Locale): string {
  return `- ${gap.disclosure} par. ${gap.paragraph}: ${label(gap.concept, locale)} (\`${gap.concept}\`)`;
}

/**
 * Writes a VSME report as a readable Markdown document in Dutch or English: per disclosure group of
 * the taxonomy (in its order, with its headings) a table of the datapoints with the taxonomy's own
 * labels, then what is missing, the open questions and the notes. Numbers are rounded for display
 * only (and say so); Dutch uses a decimal comma.
 *
 * @param report - a report from {@link vsmeReport}
 * @param options - `locale`: `"nl"` or `"en"`; the report's locale by default
 * @returns the Markdown text
 * @throws {@link KoploperError} `INVALID_INPUT` when `report` is not a report or the options are wrong
 *
 * @example
 * ```ts
 * import { toVsmeMarkdown, vsmeReport } from "koploper/vsme";
 *
 * const report = vsmeReport(
 *   { entity: { name: "Bakkerij", scheme: "euid", identifier: "NLNHR.12345678" }, general: { turnoverEur: 850000 } },
 *   { module: "basic", period: { start: "2026-01-01", end: "2026-12-31" } },
 * );
 * toVsmeMarkdown(report, { locale: "nl" }).includes("| Omzet | 850.000,00 EUR | 24(e)(iv) |"); //=> true
 * ```
 */
export function toVsmeMarkdown(report: VsmeReport, options: VsmeMarkdownOptions = {}): string {
  reportParser.parse(report);
  const locale = optionsParser.parse(options).locale ?? report.locale;
  const words = WORDS[locale];
  const lines = [
    `# ${words.title}: ${report.entity.name}`,
    "",
    `${words.basic}. ${words.period}: ${report.period.start} – ${report.period.end}. ${words.taxonomy}: ${report.entryPoint}`,
    "",
    report.complete ? words.complete : `${words.incomplete} ${report.missing.length} ${words.missingCount}`,
  ];
  // The Basic Module's groups only: the C3 target table repeats the B3 emission concepts.
  for (const group of TAXONOMY.groups.filter((candidate) => /^\[\d+\] B\d+ /.test(candidate.definition))) {
    const points = group.concepts.flatMap((name) => report.datapoints[name as VsmeConceptName] ?? []);
    if (points.length === 0) continue;
    const heading = (locale === "nl" ? (group.nl ?? group.definition) : group.definition).replace(/^\[\d+\]\s*/, "").replace(/\s+/g, " ");
    lines.push("", `## ${heading}`, "", `| ${words.datapoint} | ${words.value} | ${words.paragraph} |`, "| --- | --- | --- |");
    for (const point of points) lines.push(`| ${cell(rowLabel(point, locale))} | ${cell(shownValue(point, locale))} | ${point.paragraph} |`);
  }
  if (report.missing.length > 0) lines.push("", `## ${words.missing}`, "", words.missingIntro, "", ...report.missing.map((gap) => gapLine(gap, locale)));
  const open = report.questions.filter((gap) => report.datapoints[gap.concept] === undefined);
  if (open.length > 0) {
    lines.push("", `## ${words.questions}`, "");
    for (const gap of open) {
      const answer = gap.answer === null || gap.answer === undefined ? words.unanswered : words.answer[gap.answer];
      lines.push(`${gapLine(gap, locale)}: ${gap.question?.[locale] ?? ""} (${answer})`);
    }
  }
  if (report.notes.length > 0) lines.push("", `## ${words.notes}`, "", ...report.notes.map((note) => `- ${note.message[locale]}`));
  lines.push("", `_${words.rounding}_`, "");
  return lines.join("\n");
}
