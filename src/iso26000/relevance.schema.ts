import * as z from "zod/v4";
import { TEXT_LENGTH } from "../core/limits.js";
import { createParser, type SafeParseResult, type DeepReadonly } from "../core/parse.js";
import { CRITICAL_FLAGS } from "./critical-flags.js";
import { getClause, isClause } from "./standard.js";

const criterion = /* @__PURE__ */ z.number().int().min(0).max(3);

/**
 * The four significance criteria of ISO 26000 7.3.2.2, each scored 0 (none) to 3 (high):
 * `impact` (extent of the impact on stakeholders and sustainable development), `effectOfAction`
 * (the potential effect of acting or not acting), `stakeholderConcern` (the level of stakeholder
 * concern) and `societalExpectations` (societal expectations of responsible behaviour).
 *
 * @see ISO 26000:2010 7.3.2.2
 * @example
 * ```ts
 * import { significanceSchema } from "koploper/iso26000";
 *
 * significanceSchema.parse({ impact: 3, effectOfAction: 2, stakeholderConcern: 1, societalExpectations: 2 });
 * ```
 */
export const significanceSchema = /* @__PURE__ */ z.strictObject({
  impact: criterion,
  effectOfAction: criterion,
  stakeholderConcern: criterion,
  societalExpectations: criterion,
});

/**
 * How relevant an issue is to the organisation, decided before scoring (ISO 26000 7.3.2):
 * - `relevant`: `"yes"`, `"no"` (a `justification` is then required) or `"unknown"`;
 * - `justification`: why, in the adviser's words;
 * - `significance`: the four 7.3.2.2 criteria, 0-3 each (all 0 when left out);
 * - `critical`: the critical flags that apply (none when left out; not allowed with `"no"`);
 * - `target`: an adviser's own target level 0-4 instead of the default (at least 3 when critical).
 *
 * @see ISO 26000:2010 7.3.2
 * @example
 * ```ts
 * import { issueRelevanceSchema } from "koploper/iso26000";
 *
 * issueRelevanceSchema.parse({ relevant: "no", justification: "We have no customers who are consumers." });
 * ```
 */
export const issueRelevanceSchema = /* @__PURE__ */ z
  .strictObject({
    relevant: /* @__PURE__ */ z.enum(["yes", "no", "unknown"]),
    justification: /* @__PURE__ */ z.string().max(TEXT_LENGTH).trim().min(1).optional(),
    significance: significanceSchema.default({ impact: 0, effectOfAction: 0, stakeholderConcern: 0, societalExpectations: 0 }),
    critical: z
      .array(/* @__PURE__ */ z.enum(CRITICAL_FLAGS))
      .default([])
      .refine((flags) => new Set(flags).size === flags.length, "Each critical flag may appear only once"),
    target: /* @__PURE__ */ z.number().int().min(0).max(4).optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.relevant === "no" && entry.justification === undefined) {
      ctx.addIssue({ code: "custom", path: ["justification"], message: 'An issue marked not relevant ("no") needs a justification' });
    }
    if (entry.relevant === "no" && entry.critical.length > 0) {
      ctx.addIssue({ code: "custom", path: ["critical"], message: 'A critical issue cannot be marked not relevant ("no")' });
    }
    if (entry.critical.length > 0 && entry.target !== undefined && entry.target < 3) {
      ctx.addIssue({ code: "custom", path: ["target"], message: "The target of a critical issue is at least 3" });
    }
  });

/**
 * Relevance and significance per issue, keyed by the issue's clause (`"6.5.5"`). Issues left out
 * count as relevance `"unknown"`.
 *
 * @see ISO 26000:2010 7.3.2
 * @example
 * ```ts
 * import { relevanceSchema } from "koploper/iso26000";
 *
 * relevanceSchema.parse({ "6.4.6": { relevant: "yes", critical: ["lifeOrHealth"] } });
 * ```
 */
export const relevanceSchema = /* @__PURE__ */ z.record(
  /* @__PURE__ */ z
    .string()
    .max(TEXT_LENGTH)
    .refine((clause) => isClause(clause) && getClause(clause).level === "issue", "Not an ISO 26000 issue clause (6.2.3 or 6.3.3-6.8.9)"),
  issueRelevanceSchema,
);

/**
 * Relevance and significance of one issue, as {@link parseRelevance} returns it.
 *
 * @example
 * ```ts
 * import type { IssueRelevance } from "koploper/iso26000";
 *
 * const entry: IssueRelevance = {
 *   relevant: "yes",
 *   significance: { impact: 2, effectOfAction: 2, stakeholderConcern: 1, societalExpectations: 1 },
 *   critical: [],
 * };
 * ```
 */
export type IssueRelevance = z.output<typeof issueRelevanceSchema>;

/**
 * Relevance and significance per issue clause, as {@link parseRelevance} returns it.
 *
 * @example
 * ```ts
 * import { parseRelevance, type Relevance } from "koploper/iso26000";
 *
 * const relevance: Relevance = parseRelevance({ "6.5.5": { relevant: "yes" } });
 * ```
 */
export type Relevance = z.output<typeof relevanceSchema>;

/**
 * Relevance input as an app may give it: defaults for `significance` and `critical` may be left out.
 *
 * @example
 * ```ts
 * import type { RelevanceInput } from "koploper/iso26000";
 *
 * const input: RelevanceInput = { "6.7.8": { relevant: "no", justification: "We provide no essential services." } };
 * ```
 */
export type RelevanceInput = DeepReadonly<z.input<typeof relevanceSchema>>;

const relevanceParser = /* @__PURE__ */ createParser(relevanceSchema, "relevance");

/**
 * Validates relevance and significance per issue.
 *
 * @param input - an object keyed by issue clause (see {@link relevanceSchema})
 * @returns the relevance with defaults filled in
 * @throws {@link KoploperError} `INVALID_INPUT` with every issue and its path
 * @see ISO 26000:2010 7.3.2
 *
 * @example
 * ```ts
 * import { parseRelevance } from "koploper/iso26000";
 *
 * parseRelevance({ "6.5.5": { relevant: "yes" } })["6.5.5"]?.critical; //=> []
 * ```
 */
export function parseRelevance(input: unknown): Relevance {
  return relevanceParser.parse(input);
}

/**
 * Like {@link parseRelevance}, but returns the error instead of throwing it.
 *
 * @param input - an object keyed by issue clause
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeParseRelevance } from "koploper/iso26000";
 *
 * safeParseRelevance({ "6.5.5": { relevant: "no" } }).success; //=> false
 * ```
 */
export function safeParseRelevance(input: unknown): SafeParseResult<Relevance> {
  return relevanceParser.safeParse(input);
}

/**
 * What an adviser knows about an organisation before the scan, as far as it changes which issues
 * are likely relevant: `size` (micro < 10 staff, small < 50, medium < 250, large), what it
 * `offers`, who its `customers` are, its `market` and its `sector`.
 *
 * @see ISO 26000:2010 7.2
 * @example
 * ```ts
 * import { organisationProfileSchema } from "koploper/iso26000";
 *
 * organisationProfileSchema.parse({ size: "micro", offers: "services", customers: "businesses", market: "local", sector: "services" });
 * ```
 */
export const organisationProfileSchema = /* @__PURE__ */ z.strictObject({
  size: /* @__PURE__ */ z.enum(["micro", "small", "medium", "large"]),
  offers: /* @__PURE__ */ z.enum(["products", "services", "both"]),
  customers: /* @__PURE__ */ z.enum(["consumers", "businesses", "both"]),
  market: /* @__PURE__ */ z.enum(["local", "national", "international"]),
  sector: /* @__PURE__ */ z.enum([
    "agriculture",
    "manufacturing",
    "construction",
    "transport",
    "retail",
    "hospitality",
    "care",
    "utilities",
    "public",
    "services",
    "other",
  ]),
});

/**
 * An organisation profile, as {@link parseOrganisationProfile} returns it.
 *
 * @example
 * ```ts
 * import type { OrganisationProfile } from "koploper/iso26000";
 *
 * const profile: OrganisationProfile = { size: "small", offers: "products", customers: "both", market: "national", sector: "manufacturing" };
 * ```
 */
export type OrganisationProfile = z.output<typeof organisationProfileSchema>;

const profileParser = /* @__PURE__ */ createParser(organisationProfileSchema, "organisation profile");

/**
 * Validates an organisation profile.
 *
 * @param input - see {@link organisationProfileSchema}
 * @returns the profile
 * @throws {@link KoploperError} `INVALID_INPUT` with every issue and its path
 *
 * @example
 * ```ts
 * import { parseOrganisationProfile } from "koploper/iso26000";
 *
 * parseOrganisationProfile({ size: "micro", offers: "both", customers: "consumers", market: "local", sector: "retail" }).size; //=> "micro"
 * ```
 */
export function parseOrganisationProfile(input: unknown): OrganisationProfile {
  return profileParser.parse(input);
}

/**
 * Like {@link parseOrganisationProfile}, but returns the error instead of throwing it.
 *
 * @param input - see {@link organisationProfileSchema}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeParseOrganisationProfile } from "koploper/iso26000";
 *
 * safeParseOrganisationProfile({ size: "tiny" }).success; //=> false
 * ```
 */
export function safeParseOrganisationProfile(input: unknown): SafeParseResult<OrganisationProfile> {
  return profileParser.safeParse(input);
}
