// The EFRAG VSME XBRL taxonomy 2026-05-01 as koploper bundles it.
//
//   node scripts/generate-vsme-taxonomy.mjs --extract FULL.json
//       reads EFRAG's extraction of the taxonomy (the JSON of EFRAG's Digital-Template-to-XBRL
//       converter, src/mireport/data/taxonomies/vsme-2026-05-01.json, reduced to vsme: and nace:
//       entries), keeps the subset koploper needs and writes it to
//       src/vsme/taxonomy/vsme-taxonomy-2026-05-01.json, with the MIT notice of EFRAG next to it
//       (FULL.json's sibling vsme-taxonomy-LICENSE.txt, copied to src/vsme/taxonomy/LICENSE.txt);
//   node scripts/generate-vsme-taxonomy.mjs [OUT.ts]
//       generates src/vsme/taxonomy/data.ts (or OUT.ts) from that subset.
//
// The subset: every reportable (non-abstract) vsme: concept with its data type, period type,
// English and Dutch label, its first VSME reference (module, disclosure, paragraph, subparagraph,
// clause, URI) and, for enumerations, the members it allows; the labels of the vsme: members those
// enumerations and the axes use; the explicit and typed axes of the dimension tables (with their
// default member; of the waste-type axis only its domain, the total); the units the measurement
// guidance names; and the presentation groups in report order. Nothing is renamed or reworded.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const LABEL = "http://www.xbrl.org/2003/role/label";
const GUIDANCE = "http://www.xbrl.org/2003/role/measurementGuidance";
const NAMESPACES = ["vsme", "nace", "country", "waste", "utr", "iso4217", "xbrli"];

function labelsOf(concept) {
  const labels = { en: concept.labels.en[LABEL] };
  const nl = concept.labels.nl?.[LABEL];
  if (nl !== undefined) labels.nl = nl;
  return labels;
}

function referenceOf(concept) {
  const reference = (concept.references ?? []).find((ref) => ref.parts.some(([key, value]) => key === "ref:Name" && value === "VSME"));
  if (reference === undefined) return undefined;
  const part = (key) => reference.parts.find(([name]) => name === key)?.[1];
  const out = { section: part("ref:Section"), paragraph: part("ref:Paragraph"), uri: part("ref:URI") };
  for (const [key, name] of [
    ["disclosure", "ref:Number"],
    ["subparagraph", "ref:Subparagraph"],
    ["clause", "ref:Clause"],
  ]) {
    const value = part(name);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** The subset of EFRAG's taxonomy JSON that koploper bundles (see the header of this script). */
export function extractTaxonomy(full) {
  const concepts = {};
  const members = new Set();
  for (const [name, concept] of Object.entries(full.concepts)) {
    if (!name.startsWith("vsme:") || concept.abstract === true) continue;
    const entry = { dataType: concept.dataType, periodType: concept.periodType, labels: labelsOf(concept) };
    const reference = referenceOf(concept);
    if (reference !== undefined) entry.reference = reference;
    const units = [...(concept.labels.en[GUIDANCE] ?? "").matchAll(/\[([a-z0-9]+:[A-Za-z0-9]+)(?:,([a-z0-9]+:[A-Za-z0-9]+))?\]/g)].flatMap((match) =>
      match.slice(1).filter(Boolean),
    );
    if (units.length > 0) entry.units = units;
    const allowed = concept.other?.ee20DomainMembers;
    if (allowed !== undefined) {
      entry.members = allowed;
      for (const member of allowed) if (member.startsWith("vsme:")) members.add(member);
    }
    concepts[name] = entry;
  }
  const axes = {};
  for (const [role, tables] of Object.entries(full.dimensions)) {
    if (role === "_defaults") continue;
    for (const table of Object.values(tables)) {
      const primary = table.primaryItems.filter(([, name]) => name in concepts).map(([, name]) => name);
      const explicit = Object.entries(table.explicitDimensions ?? {});
      const typed = (table.typedDimensions ?? []).map((axis) => [axis, null]);
      for (const [axis, axisMembers] of [...explicit, ...typed]) {
        const known = axes[axis] ?? { labels: labelsOf(full.concepts[axis]), typed: axisMembers === null, members: [], concepts: [] };
        if (axisMembers !== null) {
          // Of the ~970 waste codes only the domain (the total over all types) is kept.
          for (const member of axis === "vsme:TypeOfWasteAxis" ? axisMembers.slice(0, 1) : axisMembers) {
            if (!known.members.includes(member)) known.members.push(member);
            if (member.startsWith("vsme:")) members.add(member);
          }
        }
        for (const name of primary) if (!known.concepts.includes(name)) known.concepts.push(name);
        const fallback = full.dimensions._defaults[axis];
        if (fallback !== undefined) known.default = fallback;
        axes[axis] = known;
      }
    }
  }
  const memberLabels = {};
  for (const member of [...members].sort()) memberLabels[member] = labelsOf(full.concepts[member]);
  const groups = Object.values(full.presentation).map((group) => {
    const out = { definition: group.definition, concepts: group.rows.map(([, name]) => name).filter((name) => name in concepts) };
    if (group.labels?.nl !== undefined) out.nl = group.labels.nl;
    return out;
  });
  return {
    source: full.source,
    license: full.license,
    entryPoint: full.entryPoint,
    namespaces: Object.fromEntries(NAMESPACES.map((prefix) => [prefix, full.namespaces[prefix]])),
    concepts,
    members: memberLabels,
    axes,
    groups,
  };
}

/** The source of src/vsme/taxonomy/data.ts for the bundled subset. */
export function renderTaxonomyModule(subset, licenseText) {
  const names = Object.keys(subset.concepts);
  const notice = licenseText
    .trim()
    .split("\n")
    .map((line) => ` *${line === "" ? "" : ` ${line}`}`);
  return [
    "// GENERATED by scripts/generate-vsme-taxonomy.mjs from src/vsme/taxonomy/vsme-taxonomy-2026-05-01.json",
    "// (data derived from the EFRAG VSME XBRL taxonomy). Do not edit: change the JSON and run",
    "// `node scripts/generate-vsme-taxonomy.mjs`.",
    "/*!",
    " * EFRAG VSME XBRL taxonomy 2026-05-01 (data derived from it), https://xbrl.efrag.org/taxonomy/vsme/2026-05-01/vsme-all.xsd",
    ...notice,
    " */",
    'import type { TaxonomyData } from "./types.js";',
    "",
    "/** Every reportable concept of the taxonomy, by its name. */",
    `export type VsmeConceptName =\n${names.map((name) => `  | ${JSON.stringify(name)}`).join("\n")};`,
    "",
    "// JSON text for JSON.parse, which V8 reads much faster than the same object literal (a quicker",
    "// import); test/vsme/taxonomy.test.ts checks it against the JSON and test/vsme/taxonomy.test-d.ts its type.",
    "/** The bundled subset of the taxonomy (see scripts/generate-vsme-taxonomy.mjs). */",
    `export const TAXONOMY: TaxonomyData<VsmeConceptName> = /* @__PURE__ */ JSON.parse(\`${inTemplate(JSON.stringify(subset))}\`);`,
    "",
  ].join("\n");
}

/** `text` escaped for a template literal (no substitutions). */
function inTemplate(text) {
  return text.replace(/[\\`]|\$\{/g, (match) => `\\${match}`);
}

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, "..", "src", "vsme", "taxonomy");
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv[2] === "--extract") {
    const file = process.argv[3];
    if (file === undefined) throw new Error("usage: node scripts/generate-vsme-taxonomy.mjs --extract FULL.json");
    const subset = extractTaxonomy(JSON.parse(readFileSync(file, "utf8")));
    writeFileSync(join(target, "vsme-taxonomy-2026-05-01.json"), `${JSON.stringify(subset, null, 1)}\n`);
    copyFileSync(join(dirname(file), "vsme-taxonomy-LICENSE.txt"), join(target, "LICENSE.txt"));
  } else {
    const subset = JSON.parse(readFileSync(join(target, "vsme-taxonomy-2026-05-01.json"), "utf8"));
    writeFileSync(process.argv[2] ?? join(target, "data.ts"), renderTaxonomyModule(subset, readFileSync(join(target, "LICENSE.txt"), "utf8")));
  }
}
