import * as z from "zod/v4";
import { localizedSchema } from "../core/common.schema.js";
import { createParser, type SafeParseResult } from "../core/parse.js";
import { coreSubjectClauseSchema, idSchema, measureThemeSchema, nonNegativeSchema, rangeSchema, textSchema } from "./common.schema.js";

const kilograms = nonNegativeSchema;

/**
 * What the lifecycle needs of a participant's CO2 footprint: the totals per scope in kg CO2-eq,
 * scope 2 both market- and location-based, and which factor set and year produced them. Fill it
 * from the footprint result of `koploper/footprint`; `total` must equal scope 1 + scope 2 + scope 3
 * for both scope 2 methods (offsets and biogenic CO2 are never in it).
 *
 * @see GHG Protocol Scope 2 Guidance, chapter 7 (dual reporting)
 * @example
 * ```ts
 * import { footprintSummarySchema } from "koploper/lifecycle";
 *
 * footprintSummarySchema.parse({
 *   year: 2026, factorSetId: "nl-2026",
 *   scope1: "12000", scope2: { marketBased: "3000", locationBased: "5000" }, scope3: "4000",
 *   total: { marketBased: "19000", locationBased: "21000" },
 * }).scope1.toString(); //=> "12000"
 * ```
 */
export const footprintSummarySchema = /* @__PURE__ */ z
  .strictObject({
    year: /* @__PURE__ */ z.int().min(1990).max(2100),
    factorSetId: idSchema,
    scope1: kilograms,
    scope2: /* @__PURE__ */ z.strictObject({ marketBased: kilograms, locationBased: kilograms }),
    scope3: kilograms,
    total: /* @__PURE__ */ z.strictObject({ marketBased: kilograms, locationBased: kilograms }),
  })
  .superRefine((value, ctx) => {
    for (const method of ["marketBased", "locationBased"] as const) {
      const sum = value.scope1.plus(value.scope2[method]).plus(value.scope3);
      if (!sum.eq(value.total[method])) {
        ctx.addIssue({
          code: "custom",
          path: ["total", method],
          message: `Total (${method}) must be scope 1 + scope 2 + scope 3 = ${sum.toString()}`,
        });
      }
    }
  });

/**
 * A footprint summary after validation (see {@link footprintSummarySchema}).
 *
 * @example
 * ```ts
 * import type { FootprintSummary } from "koploper/lifecycle";
 *
 * const scope12 = (f: FootprintSummary) => f.scope1.plus(f.scope2.marketBased);
 * ```
 */
export type FootprintSummary = z.output<typeof footprintSummarySchema>;

const level = /* @__PURE__ */ rangeSchema(0, 4);

/**
 * What the lifecycle needs of a participant's ISO 26000 assessment: the overall maturity level
 * (0-4), the level per core subject clause ("6.2" to "6.8"; a clause left out is unknown, never 0)
 * and the coverage (0-1, the share of relevant issues answered). Fill it from the assessment of
 * `koploper/iso26000`.
 *
 * @see ISO 26000:2010 clause 6
 * @example
 * ```ts
 * import { iso26000SummarySchema } from "koploper/lifecycle";
 *
 * iso26000SummarySchema.parse({ overall: "1.8", coreSubjects: { "6.5": 2 }, coverage: "0.9" }).overall.toString(); //=> "1.8"
 * ```
 */
export const iso26000SummarySchema = /* @__PURE__ */ z.strictObject({
  overall: level,
  coreSubjects: /* @__PURE__ */ z.partialRecord(coreSubjectClauseSchema, level),
  coverage: /* @__PURE__ */ rangeSchema(0, 1),
});

/**
 * An ISO 26000 summary after validation (see {@link iso26000SummarySchema}).
 *
 * @example
 * ```ts
 * import type { Iso26000Summary } from "koploper/lifecycle";
 *
 * const environment = (s: Iso26000Summary) => s.coreSubjects["6.5"];
 * ```
 */
export type Iso26000Summary = z.output<typeof iso26000SummarySchema>;

/**
 * One recommendation (aanbeveling) from the audit: an id the action plan refers to, a title in
 * Dutch and English, and optionally the ISO 26000 core subject and measure theme it concerns.
 *
 * @example
 * ```ts
 * import { auditRecommendationSchema } from "koploper/lifecycle";
 *
 * auditRecommendationSchema.parse({ id: "r1", title: { nl: "LED-verlichting", en: "LED lighting" }, coreSubject: "6.5" }).id; //=> "r1"
 * ```
 */
export const auditRecommendationSchema = /* @__PURE__ */ z.strictObject({
  id: idSchema,
  title: localizedSchema,
  coreSubject: /* @__PURE__ */ coreSubjectClauseSchema.optional(),
  theme: /* @__PURE__ */ measureThemeSchema.optional(),
  description: /* @__PURE__ */ textSchema.optional(),
});

/**
 * A recommendation after validation (see {@link auditRecommendationSchema}).
 *
 * @example
 * ```ts
 * import type { AuditRecommendation } from "koploper/lifecycle";
 *
 * const titles = (list: readonly AuditRecommendation[]) => list.map((r) => r.title.nl);
 * ```
 */
export type AuditRecommendation = z.output<typeof auditRecommendationSchema>;

const footprintParser = /* @__PURE__ */ createParser(footprintSummarySchema, "footprint summary");
const iso26000Parser = /* @__PURE__ */ createParser(iso26000SummarySchema, "ISO 26000 summary");
/** Checks what `toAuditRecommendation` and `itemToAuditRecommendation` build from their input; internal. */
export const auditRecommendationParser = /* @__PURE__ */ createParser(auditRecommendationSchema, "audit recommendation");

/**
 * Validates a footprint summary.
 *
 * @param input - anything
 * @returns the summary with exact decimals
 * @throws {@link KoploperError} `INVALID_INPUT` with every issue
 * @example
 * ```ts
 * import { parseFootprintSummary } from "koploper/lifecycle";
 *
 * parseFootprintSummary({
 *   year: 2026, factorSetId: "nl-2026", scope1: 1, scope2: { marketBased: 1, locationBased: 2 },
 *   scope3: 0, total: { marketBased: 2, locationBased: 3 },
 * }).total.marketBased.toString(); //=> "2"
 * ```
 */
export function parseFootprintSummary(input: unknown): FootprintSummary {
  return footprintParser.parse(input);
}

/**
 * Like {@link parseFootprintSummary}, but returns the error instead of throwing it.
 *
 * @param input - anything
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeParseFootprintSummary } from "koploper/lifecycle";
 *
 * safeParseFootprintSummary({}).success; //=> false
 * ```
 */
export function safeParseFootprintSummary(input: unknown): SafeParseResult<FootprintSummary> {
  return footprintParser.safeParse(input);
}

/**
 * Validates an ISO 26000 summary.
 *
 * @param input - anything
 * @returns the summary with exact decimals
 * @throws {@link KoploperError} `INVALID_INPUT` with every issue
 * @example
 * ```ts
 * import { parseIso26000Summary } from "koploper/lifecycle";
 *
 * parseIso26000Summary({ overall: 2, coreSubjects: {}, coverage: 1 }).overall.toString(); //=> "2"
 * ```
 */
export function parseIso26000Summary(input: unknown): Iso26000Summary {
  return iso26000Parser.parse(input);
}

/**
 * Like {@link parseIso26000Summary}, but returns the error instead of throwing it.
 *
 * @param input - anything
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeParseIso26000Summary } from "koploper/lifecycle";
 *
 * safeParseIso26000Summary({ overall: 5, coreSubjects: {}, coverage: 1 }).success; //=> false
 * ```
 */
export function safeParseIso26000Summary(input: unknown): SafeParseResult<Iso26000Summary> {
  return iso26000Parser.safeParse(input);
}
