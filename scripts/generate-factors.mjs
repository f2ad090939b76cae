// Generates src/factors/nl-2026/data.ts from the official Dutch list of CO2 emission factors 2026
// (src/factors/nl-2026/co2emissiefactoren-2026.csv, one row per factor and published column) and
// the project's English names (src/factors/nl-2026/names-en.json, keyed by source id), plus the
// columns the CSV does not have (src/factors/nl-2026/columns.json: a gas factor's `gas`, an
// electricity factor's `electricityRole`, each with where it comes from).
//
//   npm run generate:factors            writes src/factors/nl-2026/data.ts
//   node scripts/generate-factors.mjs X writes the module to the file X instead
//
// The rules, which the generator enforces (it throws rather than guess):
// - One factor per source id, the `factorId` in the row's URL `/factoren/{year}/{categoryId}/{factorId}/{slug}/`.
//   Factors keep the order of their first row in the CSV.
// - Factor id: the slug of the Dutch name (accents removed, lowercase, every run of other characters
//   becomes one "-"). Where two or more factors share that slug, each of them is qualified with the
//   short name of its subsection (SUBSECTION_SHORT_NAMES below) in front: "containers-trein-diesel",
//   "bulk-trein-diesel". A collision in a subsection without a short name, or one that stays after
//   qualifying, is an error.
// - Every published column maps to one named value field (VALUE_FIELDS); an unknown column or two
//   columns that map to the same field of one factor is an error.
// - Every entry of columns.json names a factor of the CSV by source id and repeats its Dutch name
//   (checked); `gas` goes only to refrigerant and other-emission factors, `electricityRole` only to
//   electricity factors, and no role twice.
// - Values stay exactly as published (canonical plain decimal strings, checked). `Vervallen` makes the
//   factor `withdrawn`, `Variabel` makes it `supplier-specific`; neither is stored as a value.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const LIST = {
  id: "nl-2026",
  year: 2026,
  publisher: "CO2emissiefactoren.nl (SKAO, Stimular, Connekt, Milieu Centraal and Rijkswaterstaat)",
  source: "https://www.co2emissiefactoren.nl/",
  citation: "Lijst CO2-emissiefactoren 2026 (export 'Factoren 2026 dd 20-08-2026'), www.CO2emissiefactoren.nl",
  gwp: "AR6",
};

const SECTIONS = {
  "Brandstoffen voertuigen en schepen": "vehicle-fuels",
  "Brandstoffen energieopwekking": "energy-fuels",
  Elektriciteit: "electricity",
  Warmtelevering: "heat",
  Koudemiddelen: "refrigerants",
  "Overige Emissies": "other-emissions",
  Personenvervoer: "passenger-transport",
  Goederenvervoer: "freight-transport",
  Afval: "waste",
};

const UNITS = {
  liter: "l",
  ton: "t",
  "kg ds": "kg-ds",
  voertuigkilometer: "vkm",
  reizigerskilometer: "pkm",
  tonkilometer: "tkm",
  Vervuilingseenheid: "VE",
  kg: "kg",
  Nm3: "Nm3",
  kWh: "kWh",
  GJ: "GJ",
};

const VALUE_FIELDS = {
  "Totaal (WTW)": "wtw",
  WTW: "wtw",
  "Verbrandingsemissies (TTW)": "ttw",
  TTW: "ttw",
  "Ketenemissies (WTT)": "wtt",
  WTT: "wtt",
  "Biogene emissies": "biogenic",
  "Biogene Emissies": "biogenic",
  "Conversie MJ": "mjPerUnit",
  Totaal: "total",
  "Productie-emissies energiecentrale": "production",
  "Productie-emissies": "production",
  "Ketenemissies productie energiedragers": "chain",
  Ketenemissies: "chain",
  "Infrastructuur (LCA benadering)": "infrastructure",
  GWP100: "gwp100",
  "Montreal Protocol (AR4)": "ar4",
  "GHG protocol (inzameling en verwerking)": "ghgProtocol",
  "GHG protocol (inzameling en verbranding)": "ghgProtocol",
  "Transport naar Recycling": "transport",
  "Emissies van Recycling": "processing",
  "Emissies door verbranding": "processing",
  "Vermeden emissies door recycling materialen": "avoided",
  "Vermeden emissies door energieterugwinning": "avoided",
  "Vermeden emissies": "avoided",
  CO2: "co2",
  Methaan: "ch4",
  Lachgas: "n2o",
};

/** The qualifier put in front of a factor id whose name slug is shared with another factor. */
const SUBSECTION_SHORT_NAMES = {
  "Openbaar vervoer": "ov",
  Touringcar: "touringcar",
  "Minibus (max. 8 personen)": "minibus",
  "Bulk- en stukgoederen - Wegvervoer": "bulk",
  "Bulk- en stukgoederen - Watervervoer": "bulk",
  "Bulk- en stukgoederen - Spoorvervoer": "bulk",
  "Containers - Wegvervoer": "containers",
  "Containers - Watervervoer": "containers",
  "Containers - Spoorvervoer": "containers",
  "Finale afvalverwerking (AVI of Bio-energiecentrale met energieterugwinning)": "avi-met-energieterugwinning",
  "Finale afvalverwerking  (AVI zonder energieterugwinning)": "avi-zonder-energieterugwinning",
};

const STATUS_WORDS = { Vervallen: "withdrawn", Variabel: "supplier-specific" };
const CANONICAL_DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;
const SOURCE_URL = /^https:\/\/co2emissiefactoren\.nl\/factoren\/(\d{4})\/(\d+)\/(\d+)\/([a-z0-9-]+)\/$/;

/** Reads CSV text (RFC 4180: fields may be quoted, `""` is a quote inside quotes) into rows of fields. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === "") quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (quoted) throw new Error("CSV ends inside a quoted field");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The CSV as records keyed by its header. */
export function readRecords(text) {
  const [header, ...rows] = parseCsv(text);
  if (header === undefined) throw new Error("the CSV is empty");
  return rows.map((fields, index) => {
    if (fields.length !== header.length) throw new Error(`row ${index + 2} has ${fields.length} fields, expected ${header.length}`);
    return Object.fromEntries(header.map((name, column) => [name, fields[column]]));
  });
}

/** The slug of a text: accents removed, lowercase, every run of other characters one "-". */
export function slug(text) {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function lookup(table, key, what) {
  const value = Object.hasOwn(table, key) ? table[key] : undefined;
  if (value === undefined) throw new Error(`unknown ${what} ${JSON.stringify(key)}`);
  return value;
}

function sameOrThrow(factor, key, value) {
  if (factor[key] !== value) throw new Error(`factor ${factor.sourceId} has two ${key}s: ${JSON.stringify(factor[key])} and ${JSON.stringify(value)}`);
}

const COLUMN_SECTIONS = { gas: ["refrigerants", "other-emissions"], electricityRole: ["electricity"] };

/** Adds the columns of columns.json (`gas`, `electricityRole`) to the factors, checking each entry. */
function addColumns(bySourceId, columns) {
  for (const [field, sections] of Object.entries(COLUMN_SECTIONS)) {
    const entries = Object.hasOwn(columns, field) ? columns[field] : {};
    const values = new Set();
    for (const [sourceId, entry] of Object.entries(entries)) {
      const factor = bySourceId.get(Number(sourceId));
      if (factor === undefined) throw new Error(`columns.json ${field}: no factor ${sourceId} in the CSV`);
      if (entry.name !== factor.name.nl) throw new Error(`columns.json ${field}: factor ${sourceId} is "${factor.name.nl}", not "${entry.name}"`);
      if (!sections.includes(factor.section)) throw new Error(`columns.json ${field}: factor ${sourceId} is in section ${factor.section}`);
      if (typeof entry.value !== "string" || typeof entry.from !== "string" || entry.from === "") {
        throw new Error(`columns.json ${field}: factor ${sourceId} needs a value and where it comes from`);
      }
      if (field === "electricityRole" && values.has(entry.value)) throw new Error(`columns.json: two factors have the electricity role ${entry.value}`);
      values.add(entry.value);
      factor[field] = entry.value;
    }
  }
}

/** The factor's fields in the order of the schema, so the module reads the same for every factor. */
function ordered({ id, sourceId, sourceUrl, name, section, subsection, unit, status, gas, electricityRole, values }) {
  return {
    id,
    sourceId,
    sourceUrl,
    name,
    section,
    subsection,
    unit,
    status,
    ...(gas === undefined ? {} : { gas }),
    ...(electricityRole === undefined ? {} : { electricityRole }),
    values,
  };
}

/** Builds the factor list from the CSV text, the English names (source id -> name) and the extra columns. */
export function buildFactors(csvText, namesEn, columns = {}) {
  const bySourceId = new Map();
  const columnsSeen = new Set();
  for (const record of readRecords(csvText)) {
    const match = SOURCE_URL.exec(record.source_url);
    if (match === null) throw new Error(`unexpected source URL ${record.source_url}`);
    if (match[1] !== record.list_year) throw new Error(`${record.source_url} is not of list year ${record.list_year}`);
    const sourceId = Number(match[3]);
    const name = record.name.trim();
    const nameEn = lookup(namesEn, String(sourceId), "English name for source id");
    const factor = bySourceId.get(sourceId) ?? {
      id: slug(name),
      sourceId,
      sourceUrl: record.source_url,
      name: { nl: name, en: nameEn },
      section: lookup(SECTIONS, record.section, "section"),
      subsection: record.subsection === "" ? null : record.subsection,
      unit: lookup(UNITS, record.unit, "unit"),
      status: "active",
      values: {},
    };
    bySourceId.set(sourceId, factor);
    sameOrThrow(factor, "sourceUrl", record.source_url);
    sameOrThrow(factor, "section", lookup(SECTIONS, record.section, "section"));
    sameOrThrow(factor, "subsection", record.subsection === "" ? null : record.subsection);
    sameOrThrow(factor, "unit", lookup(UNITS, record.unit, "unit"));
    if (factor.name.nl !== name) throw new Error(`factor ${sourceId} has two names`);
    const field = lookup(VALUE_FIELDS, record.column, "column");
    if (columnsSeen.has(`${sourceId}:${field}`)) throw new Error(`factor ${sourceId} publishes two columns for ${field}`);
    columnsSeen.add(`${sourceId}:${field}`);
    const status = Object.hasOwn(STATUS_WORDS, record.value) ? STATUS_WORDS[record.value] : undefined;
    if (status !== undefined) {
      if (factor.status !== "active" && factor.status !== status) throw new Error(`factor ${sourceId} is both ${factor.status} and ${status}`);
      factor.status = status;
    } else if (CANONICAL_DECIMAL.test(record.value) && record.value !== "-0") {
      factor.values[field] = record.value;
    } else throw new Error(`factor ${sourceId} ${record.column}: ${JSON.stringify(record.value)} is not a plain decimal`);
  }
  const unused = Object.keys(namesEn).filter((key) => !bySourceId.has(Number(key)));
  if (unused.length > 0) throw new Error(`English names for unknown source ids: ${unused.join(", ")}`);
  addColumns(bySourceId, columns);
  return qualifyIds([...bySourceId.values()].map(ordered));
}

function qualifyIds(factors) {
  const counts = new Map();
  for (const factor of factors) counts.set(factor.id, (counts.get(factor.id) ?? 0) + 1);
  const qualified = factors.map((factor) => {
    if (counts.get(factor.id) === 1) return factor;
    const qualifier = lookup(SUBSECTION_SHORT_NAMES, factor.subsection ?? "", `short name for the subsection of shared id ${factor.id}:`);
    return { ...factor, id: `${qualifier}-${factor.id}` };
  });
  const ids = new Set(qualified.map((factor) => factor.id));
  if (ids.size !== qualified.length) throw new Error("factor ids still collide after qualifying them with their subsection");
  return qualified;
}

/** The source of `src/factors/nl-2026/data.ts` for the CSV text, the English names and the extra columns. */
export function renderModule(csvText, namesEn, columns) {
  const factors = buildFactors(csvText, namesEn, columns);
  const header = [
    "// GENERATED by scripts/generate-factors.mjs from src/factors/nl-2026/co2emissiefactoren-2026.csv",
    "// src/factors/nl-2026/names-en.json and src/factors/nl-2026/columns.json. Do not edit: change those",
    "// and run `npm run generate:factors`. The list is JSON text for JSON.parse, which V8 reads much",
    "// faster than the same object literal (a quicker import); test/factors checks it with parseFactorSet.",
    'import type { FactorSet } from "../factor-set.schema.js";',
    "",
    "/**",
    " * The official Dutch list of CO2 emission factors 2026 (Lijst CO2-emissiefactoren, export",
    ' * "Factoren 2026 dd 20-08-2026", https://www.co2emissiefactoren.nl/): all 229 factors with their',
    " * published values (kg CO2-eq per unit, GWP100 per AR6), status and source URL. Please cite the list",
    " * (`citation`) when you publish figures made with it.",
    " *",
    " * @example",
    " * ```ts",
    ' * import { nl2026 } from "koploper/factors/nl-2026";',
    " *",
    ' * nl2026.factors.find((factor) => factor.sourceId === 135)?.values.wtw; //=> "2.134"',
    " * ```",
    " */",
    "export const nl2026: FactorSet = /* @__PURE__ */ JSON.parse(`{",
    ...Object.entries(LIST).map(([key, value]) => `  ${JSON.stringify(key)}: ${inTemplate(JSON.stringify(value))},`),
    '  "factors": [',
    factors.map((factor) => `    ${inTemplate(JSON.stringify(factor))}`).join(",\n"),
    "  ]",
    "}`);",
    "",
  ];
  return header.join("\n");
}

/** `text` escaped for a template literal (no substitutions). */
function inTemplate(text) {
  return text.replace(/[\\`]|\$\{/g, (match) => `\\${match}`);
}

const here = fileURLToPath(new URL(".", import.meta.url));
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = `${here}../src/factors/nl-2026/`;
  const csv = readFileSync(`${dir}co2emissiefactoren-2026.csv`, "utf8");
  const names = JSON.parse(readFileSync(`${dir}names-en.json`, "utf8"));
  const columns = JSON.parse(readFileSync(`${dir}columns.json`, "utf8"));
  writeFileSync(process.argv[2] ?? `${dir}data.ts`, renderModule(csv, names, columns));
}
