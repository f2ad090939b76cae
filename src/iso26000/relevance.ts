import { refuse } from "../core/errors.js";
import type { IssueRelevance, OrganisationProfile, Relevance } from "./relevance.schema.js";
import { getClausesOfLevel } from "./standard.js";

/**
 * How an issue counts in the gap analysis: `notRelevant` (no target), `relevant`, `significant`
 * (the significance criteria add up to the threshold) or `critical` (a critical flag applies).
 *
 * @see ISO 26000:2010 7.3.2
 * @example
 * ```ts
 * import type { IssueClass } from "koploper/iso26000";
 *
 * const order: IssueClass[] = ["critical", "significant", "relevant", "notRelevant"];
 * ```
 */
export type IssueClass = "notRelevant" | "relevant" | "significant" | "critical";

/** The sum of the four criteria (0-12) from which an issue counts as significant, by default. */
export const DEFAULT_SIGNIFICANT_FROM = 6;

/**
 * Adds up the four significance criteria of an issue (0-12).
 *
 * @param entry - the issue's relevance
 * @returns the sum of `impact`, `effectOfAction`, `stakeholderConcern` and `societalExpectations`
 * @see ISO 26000:2010 7.3.2.2
 *
 * @example
 * ```ts
 * import { parseRelevance, significanceScore } from "koploper/iso26000";
 *
 * const relevance = parseRelevance({
 *   "6.4.6": { relevant: "yes", significance: { impact: 3, effectOfAction: 3, stakeholderConcern: 2, societalExpectations: 2 } },
 * });
 * significanceScore(relevance["6.4.6"]!); //=> 10
 * ```
 */
export function significanceScore(entry: IssueRelevance): number {
  const { impact, effectOfAction, stakeholderConcern, societalExpectations } = entry.significance;
  return impact + effectOfAction + stakeholderConcern + societalExpectations;
}

/**
 * Classifies an issue for the gap analysis. A critical flag wins; then `"no"` is not relevant;
 * otherwise (`"yes"`, `"unknown"` or no entry: every core subject concerns every organisation) the
 * issue is significant when its criteria add up to `significantFrom`, else relevant.
 *
 * @param entry - the issue's relevance, or `undefined` when it was not assessed
 * @param significantFrom - the sum of the criteria from which an issue is significant (default 6)
 * @returns the issue's class
 * @see ISO 26000:2010 7.3.2.2
 *
 * @example
 * ```ts
 * import { classifyIssue, parseRelevance } from "koploper/iso26000";
 *
 * const relevance = parseRelevance({ "6.4.6": { relevant: "yes", critical: ["lifeOrHealth"] } });
 * classifyIssue(relevance["6.4.6"]); //=> "critical"
 * classifyIssue(undefined); //=> "relevant"
 * ```
 */
export function classifyIssue(entry: IssueRelevance | undefined, significantFrom: number = DEFAULT_SIGNIFICANT_FROM): IssueClass {
  if (!Number.isInteger(significantFrom) || significantFrom < 0 || significantFrom > 12) {
    refuse("INVALID_INPUT", "invalid_value", "significantFrom must be a whole number from 0 to 12", ["significantFrom"]);
  }
  if (entry === undefined) return "relevant";
  if (entry.critical.length > 0) return "critical";
  if (entry.relevant === "no") return "notRelevant";
  return significanceScore(entry) >= significantFrom ? "significant" : "relevant";
}

type Predicate = (profile: OrganisationProfile) => boolean;

const international: Predicate = (p) => p.market === "international";
const notSmall: Predicate = (p) => p.size === "medium" || p.size === "large";
const consumers: Predicate = (p) => p.customers !== "businesses";
const products: Predicate = (p) => p.offers !== "services";
const inSector =
  (...sectors: OrganisationProfile["sector"][]): Predicate =>
  (p) =>
    sectors.includes(p.sector);
const either =
  (...predicates: Predicate[]): Predicate =>
  (p) =>
    predicates.some((predicate) => predicate(p));

/**
 * The project's own default rules (not from the standard): `likely` says when an issue is likely
 * relevant (otherwise its relevance stays unknown for the adviser to decide; a default never says
 * "no"); `significant` says when its significance criteria start higher.
 */
const RULES: Readonly<Record<string, Rule>> = /* @__PURE__ */ rules();

interface Rule {
  readonly likely?: Predicate;
  readonly significant?: Predicate;
}

function rules(): Readonly<Record<string, Rule>> {
  return {
    "6.3.3": { significant: international },
    "6.3.4": { likely: international },
    "6.3.5": { likely: either(international, notSmall) },
    "6.3.8": { likely: either(international, notSmall) },
    "6.4.6": { significant: inSector("agriculture", "manufacturing", "construction", "transport") },
    "6.5.3": { significant: inSector("agriculture", "manufacturing", "construction") },
    "6.5.4": { significant: inSector("agriculture", "manufacturing", "hospitality", "utilities") },
    "6.5.5": { significant: inSector("agriculture", "manufacturing", "transport", "utilities") },
    "6.6.4": { likely: notSmall },
    "6.6.6": { significant: either(international, inSector("retail", "manufacturing", "construction")) },
    "6.7.4": { likely: either(products, consumers), significant: inSector("hospitality", "care", "retail") },
    "6.7.5": { likely: either(products, consumers) },
    "6.7.7": { significant: inSector("care", "public") },
    "6.7.8": { likely: inSector("utilities", "care", "public") },
    "6.7.9": { likely: consumers },
    "6.8.6": { likely: notSmall },
  };
}

const BASE = { impact: 1, effectOfAction: 1, stakeholderConcern: 1, societalExpectations: 1 } as const;
const RAISED = { impact: 2, effectOfAction: 2, stakeholderConcern: 1, societalExpectations: 1 } as const;

/**
 * Proposes relevance and significance for every issue from the organisation profile, for the
 * adviser to confirm or change (spread their own entries over the result). The rules are the
 * project's own: an issue is relevant unless the profile makes it unlikely, in which case it stays
 * `"unknown"` (never `"no"`, which needs the adviser's justification); significance starts at 1 on
 * each criterion (relevant) or at 2, 2, 1, 1 (significant) where the sector or market raises it.
 * No critical flag is set by default: those are findings.
 *
 * @param profile - the organisation profile (see {@link parseOrganisationProfile})
 * @returns relevance for all 37 issues
 * @see ISO 26000:2010 7.2, 7.3.2
 *
 * @example
 * ```ts
 * import { defaultRelevance, parseRelevance } from "koploper/iso26000";
 *
 * const proposed = defaultRelevance({ size: "micro", offers: "services", customers: "businesses", market: "local", sector: "construction" });
 * proposed["6.4.6"]?.significance.impact; //=> 2
 * proposed["6.7.8"]?.relevant; //=> "unknown"
 * const confirmed = { ...proposed, ...parseRelevance({ "6.7.8": { relevant: "no", justification: "No essential services." } }) };
 * ```
 */
export function defaultRelevance(profile: OrganisationProfile): Relevance {
  return Object.fromEntries(
    getClausesOfLevel("issue").map(({ clause }): [string, IssueRelevance] => {
      const rule = RULES[clause];
      const likely = rule?.likely?.(profile) ?? true;
      const significant = rule?.significant?.(profile) ?? false;
      return [clause, { relevant: likely ? "yes" : "unknown", significance: { ...(significant ? RAISED : BASE) }, critical: [] }];
    }),
  );
}
