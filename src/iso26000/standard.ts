import { refuse } from "../core/errors.js";

/**
 * The kinds of entry in ISO 26000:2010 that `koploper` models, kept distinct on purpose: the
 * principles (clause 4) are not issues of organisational governance (6.2).
 *
 * - `principle`: 4.2-4.8
 * - `fundamental-practice`: 5.2 (recognising social responsibility), 5.3 (stakeholders)
 * - `core-subject`: 6.2-6.8 (kernthema)
 * - `issue`: 6.2.3 and 6.3.3-6.8.9 (onderwerp)
 * - `practice`: 7.2-7.8 and 7.3.1-7.3.4 (integrating social responsibility)
 *
 * @example
 * ```ts
 * import { CLAUSE_LEVELS } from "koploper";
 *
 * CLAUSE_LEVELS.includes("issue"); //=> true
 * ```
 */
export const CLAUSE_LEVELS = ["principle", "fundamental-practice", "core-subject", "issue", "practice"] as const;

/**
 * One of the {@link CLAUSE_LEVELS}.
 *
 * @example
 * ```ts
 * import type { ClauseLevel } from "koploper";
 *
 * const level: ClauseLevel = "core-subject";
 * ```
 */
export type ClauseLevel = (typeof CLAUSE_LEVELS)[number];

/**
 * Where a Dutch label comes from: `seen` verbatim in a public Dutch source, or `proposed` by the
 * project and still to be checked against NEN-ISO 26000:2010 (a paid document not available to us).
 *
 * @example
 * ```ts
 * import { getClause } from "koploper";
 *
 * getClause("6.4.6").nlStatus; //=> "seen"
 * getClause("6.3.4").nlStatus; //=> "proposed"
 * ```
 */
export type DutchLabelStatus = "seen" | "proposed";

/**
 * One entry of the standard: its clause number, level, parent clause (`null` for the entries
 * directly under clauses 4, 5, 6 and 7), English and Dutch name, and the status of the Dutch name.
 *
 * @example
 * ```ts
 * import { getClause, type Clause } from "koploper";
 *
 * const climate: Clause = getClause("6.5.5");
 * climate.parent; //=> "6.5"
 * climate.name.nl; //=> "Matiging van en aanpassing aan klimaatverandering"
 * ```
 */
export interface Clause {
  readonly clause: string;
  readonly level: ClauseLevel;
  readonly parent: string | null;
  readonly name: { readonly en: string; readonly nl: string };
  readonly nlStatus: DutchLabelStatus;
}

type Row = readonly [clause: string, en: string, nl: string, nlStatus: DutchLabelStatus];

const S = "seen";
const P = "proposed";

// Source: /work/shared/research/iso26000.md section 1 (English titles [S] from the ISO table of
// contents, ASQ, isoindia and jal.com; 6.2.3 and 7.x sub-titles recalled from the standard).
// Principles: the Dutch names are the set published in one self-declaration (brokx.com), every one
// of them seen verbatim. Labels the research table marks [I] (or takes from the brief only) are
// `proposed`.
const PRINCIPLES: readonly Row[] = [
  ["4.2", "Accountability", "Verantwoording afleggen", S],
  ["4.3", "Transparency", "Transparantie", S],
  ["4.4", "Ethical behaviour", "Ethisch gedrag", S],
  ["4.5", "Respect for stakeholder interests", "Respect voor belangen van stakeholders", S],
  ["4.6", "Respect for the rule of law", "Respect voor de wet", S],
  ["4.7", "Respect for international norms of behaviour", "Respect voor internationale gedragsnormen", S],
  ["4.8", "Respect for human rights", "Respect voor mensenrechten", S],
];

const FUNDAMENTAL_PRACTICES: readonly Row[] = [
  ["5.2", "Recognizing social responsibility", "Maatschappelijke verantwoordelijkheid herkennen", P],
  ["5.3", "Stakeholder identification and engagement", "Stakeholders identificeren en betrekken", P],
];

const CORE_SUBJECTS: readonly Row[] = [
  ["6.2", "Organizational governance", "Behoorlijk bestuur", P],
  ["6.3", "Human rights", "Mensenrechten", S],
  ["6.4", "Labour practices", "Arbeidspraktijken", P],
  ["6.5", "The environment", "Milieu", S],
  ["6.6", "Fair operating practices", "Eerlijk zakendoen", S],
  ["6.7", "Consumer issues", "Consumentenaangelegenheden", S],
  ["6.8", "Community involvement and development", "Betrokkenheid bij en ontwikkeling van de gemeenschap", S],
];

const ISSUES: readonly Row[] = [
  ["6.2.3", "Decision-making processes and structures", "Besluitvormingsprocessen en -structuren", P],
  ["6.3.3", "Due diligence", "Due diligence (gepaste zorgvuldigheid)", P],
  ["6.3.4", "Human rights risk situations", "Risicosituaties voor mensenrechten", P],
  ["6.3.5", "Avoidance of complicity", "Vermijden van medeplichtigheid", P],
  ["6.3.6", "Resolving grievances", "Oplossen van klachten", P],
  ["6.3.7", "Discrimination and vulnerable groups", "Discriminatie en kwetsbare groepen", P],
  ["6.3.8", "Civil and political rights", "Burgerrechten en politieke rechten", P],
  ["6.3.9", "Economic, social and cultural rights", "Economische, sociale en culturele rechten", P],
  ["6.3.10", "Fundamental principles and rights at work", "Fundamentele principes en rechten op het werk", P],
  ["6.4.3", "Employment and employment relationships", "Werkgelegenheid en arbeidsrelaties", P],
  ["6.4.4", "Conditions of work and social protection", "Arbeidsomstandigheden en sociale bescherming", P],
  ["6.4.5", "Social dialogue", "Sociale dialoog", P],
  ["6.4.6", "Health and safety at work", "Gezondheid en veiligheid op het werk", S],
  ["6.4.7", "Human development and training in the workplace", "Persoonlijke ontwikkeling en training op de werkplek", S],
  ["6.5.3", "Prevention of pollution", "Voorkomen van milieuvervuiling", S],
  ["6.5.4", "Sustainable resource use", "Duurzaam gebruik van hulpbronnen", S],
  ["6.5.5", "Climate change mitigation and adaptation", "Matiging van en aanpassing aan klimaatverandering", S],
  [
    "6.5.6",
    "Protection of the environment, biodiversity and restoration of natural habitats",
    "Bescherming van het milieu, biodiversiteit en herstel van natuurlijke habitats",
    P,
  ],
  ["6.6.3", "Anti-corruption", "Anticorruptie", S],
  ["6.6.4", "Responsible political involvement", "Verantwoorde politieke betrokkenheid", S],
  ["6.6.5", "Fair competition", "Eerlijke concurrentie", S],
  ["6.6.6", "Promoting social responsibility in the value chain", "Maatschappelijke verantwoordelijkheid bevorderen in de waardeketen", P],
  ["6.6.7", "Respect for property rights", "Respect voor eigendomsrechten", S],
  [
    "6.7.3",
    "Fair marketing, factual and unbiased information and fair contractual practices",
    "Eerlijke marketing, feitelijke en onbevooroordeelde informatie en eerlijke contractuele praktijken",
    P,
  ],
  ["6.7.4", "Protecting consumers' health and safety", "Bescherming van de gezondheid en veiligheid van consumenten", P],
  ["6.7.5", "Sustainable consumption", "Duurzame consumptie", P],
  [
    "6.7.6",
    "Consumer service, support, and complaint and dispute resolution",
    "Dienstverlening aan klanten, ondersteuning en oplossing van klachten en geschillen",
    P,
  ],
  ["6.7.7", "Consumer data protection and privacy", "Bescherming van consumentengegevens en privacy", P],
  ["6.7.8", "Access to essential services", "Toegang tot essentiële diensten", P],
  ["6.7.9", "Education and awareness", "Educatie en bewustwording", P],
  ["6.8.3", "Community involvement", "Betrokkenheid bij de gemeenschap", P],
  ["6.8.4", "Education and culture", "Onderwijs en cultuur", P],
  ["6.8.5", "Employment creation and skills development", "Het scheppen van werkgelegenheid en het ontwikkelen van vaardigheden", S],
  ["6.8.6", "Technology development and access", "Ontwikkeling van en toegang tot technologie", P],
  ["6.8.7", "Wealth and income creation", "Creëren van welvaart en inkomen", P],
  ["6.8.8", "Health", "Gezondheid", P],
  ["6.8.9", "Social investment", "Sociale investeringen", P],
];

const PRACTICES: readonly Row[] = [
  ["7.2", "The relationship of an organization's characteristics to social responsibility", "Relatie tussen de kenmerken van een organisatie en MVO", P],
  ["7.3", "Understanding the social responsibility of the organization", "Inzicht in de maatschappelijke verantwoordelijkheid van de organisatie", P],
  ["7.3.1", "Due diligence", "Due diligence", P],
  ["7.3.2", "Determining relevance and significance of core subjects and issues to an organization", "Relevantie en significantie bepalen", P],
  ["7.3.3", "An organization's sphere of influence", "Invloedssfeer van een organisatie", P],
  ["7.3.4", "Establishing priorities for addressing issues", "Prioriteiten stellen", P],
  ["7.4", "Practices for integrating social responsibility throughout an organization", "Praktijken voor integratie van MVO in de organisatie", P],
  ["7.5", "Communication on social responsibility", "Communicatie over MVO", P],
  ["7.6", "Enhancing credibility regarding social responsibility", "Geloofwaardigheid vergroten", P],
  ["7.7", "Reviewing and improving an organization's actions and practices related to social responsibility", "Beoordelen en verbeteren", P],
  ["7.8", "Voluntary initiatives for social responsibility", "Vrijwillige initiatieven voor MVO", P],
];

/** The parent of an issue is its core subject (6.x.y -> 6.x); of 7.3.z it is 7.3; else none. */
function parentOf(clause: string): string | null {
  const parts = clause.split(".");
  return parts.length === 3 ? parts.slice(0, 2).join(".") : null;
}

function entries(level: ClauseLevel, rows: readonly Row[]): Clause[] {
  return rows.map(([clause, en, nl, nlStatus]) => Object.freeze({ clause, level, parent: parentOf(clause), name: Object.freeze({ en, nl }), nlStatus }));
}

/**
 * Every modelled entry of ISO 26000:2010 in the order of the standard: 7 principles, 2 fundamental
 * practices, 7 core subjects, the 37 issues and the 11 integration practices. Frozen.
 *
 * @see ISO 26000:2010 clauses 4, 5, 6 and 7
 *
 * @example
 * ```ts
 * import { ISO26000_CLAUSES } from "koploper";
 *
 * ISO26000_CLAUSES.filter((entry) => entry.level === "issue").length; //=> 37
 * ```
 */
export const ISO26000_CLAUSES: readonly Clause[] = /* @__PURE__ */ allClauses();

function allClauses(): readonly Clause[] {
  return Object.freeze([
    ...entries("principle", PRINCIPLES),
    ...entries("fundamental-practice", FUNDAMENTAL_PRACTICES),
    ...entries("core-subject", CORE_SUBJECTS),
    ...entries("issue", ISSUES),
    ...entries("practice", PRACTICES),
  ]);
}

const BY_CLAUSE: ReadonlyMap<string, Clause> = /* @__PURE__ */ indexByClause();

function indexByClause(): ReadonlyMap<string, Clause> {
  return new Map(ISO26000_CLAUSES.map((entry) => [entry.clause, entry]));
}

/**
 * Tells whether `clause` is the number of a modelled entry (see {@link ISO26000_CLAUSES}).
 *
 * @param clause - a clause number such as `"6.5.5"`
 * @returns `true` when {@link getClause} would find it
 *
 * @example
 * ```ts
 * import { isClause } from "koploper";
 *
 * isClause("6.5.5"); //=> true
 * isClause("6.5.7"); //=> false
 * ```
 */
export function isClause(clause: string): boolean {
  return BY_CLAUSE.has(clause);
}

/**
 * Finds one entry of the standard by its clause number.
 *
 * @param clause - a clause number such as `"6.5.5"`
 * @returns the entry
 * @throws {@link KoploperError} `UNKNOWN_CLAUSE` when no modelled entry has that number
 * @see ISO 26000:2010
 *
 * @example
 * ```ts
 * import { getClause } from "koploper";
 *
 * getClause("6.5.5").name.en; //=> "Climate change mitigation and adaptation"
 * getClause("4.3").level; //=> "principle"
 * ```
 */
export function getClause(clause: string): Clause {
  const entry = BY_CLAUSE.get(clause);
  if (entry === undefined) {
    const message = `no ISO 26000 clause "${String(clause)}" is modelled (principles 4.2-4.8, 5.2-5.3, core subjects 6.2-6.8 and their issues, practices 7.2-7.8)`;
    refuse("UNKNOWN_CLAUSE", "unknown_clause", message);
  }
  return entry;
}

/**
 * The entries of one level, in the order of the standard.
 *
 * @param level - one of the {@link CLAUSE_LEVELS}
 * @returns the entries of that level
 *
 * @example
 * ```ts
 * import { getClausesOfLevel } from "koploper";
 *
 * getClausesOfLevel("principle").map((entry) => entry.clause); //=> ["4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8"]
 * ```
 */
export function getClausesOfLevel(level: ClauseLevel): readonly Clause[] {
  return ISO26000_CLAUSES.filter((entry) => entry.level === level);
}

/**
 * The issues of a core subject, in the order of the standard.
 *
 * @param coreSubject - a core subject clause, `"6.2"` to `"6.8"`
 * @returns its issues (6.2 has one: 6.2.3)
 * @throws {@link KoploperError} `UNKNOWN_CLAUSE` when `coreSubject` is not a core subject
 * @see ISO 26000:2010 6.1, Table 2
 *
 * @example
 * ```ts
 * import { getIssuesOfCoreSubject } from "koploper";
 *
 * getIssuesOfCoreSubject("6.5").map((issue) => issue.clause); //=> ["6.5.3", "6.5.4", "6.5.5", "6.5.6"]
 * ```
 */
export function getIssuesOfCoreSubject(coreSubject: string): readonly Clause[] {
  const subject = clauseOfLevel(coreSubject, "core-subject");
  return ISO26000_CLAUSES.filter((entry) => entry.level === "issue" && entry.parent === subject.clause);
}

/**
 * The core subject an issue belongs to.
 *
 * @param issue - an issue clause such as `"6.4.6"`
 * @returns its core subject
 * @throws {@link KoploperError} `UNKNOWN_CLAUSE` when `issue` is not an issue
 * @see ISO 26000:2010 6.1, Table 2
 *
 * @example
 * ```ts
 * import { getCoreSubjectOfIssue } from "koploper";
 *
 * getCoreSubjectOfIssue("6.4.6").name.en; //=> "Labour practices"
 * ```
 */
export function getCoreSubjectOfIssue(issue: string): Clause {
  return getClause(clauseOfLevel(issue, "issue").parent ?? "");
}

/** The entry of `clause`, which must be of `level` (`UNKNOWN_CLAUSE` otherwise). */
export function clauseOfLevel(clause: string, level: ClauseLevel): Clause {
  const entry = getClause(clause);
  if (entry.level !== level) {
    refuse("UNKNOWN_CLAUSE", "wrong_level", `ISO 26000 clause ${entry.clause} is a ${entry.level}, not a ${level.replace("-", " ")}`);
  }
  return entry;
}
