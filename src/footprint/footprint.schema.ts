import * as z from "zod/v4";

import { boundedText, decimalSchema, nonEmptyText, ownRecord } from "../core/common.schema.js";
import { createResultParser, parseAt, type SafeParseResult } from "../core/parse.js";
import { UNIT_CODES } from "../factors/codes.js";
import { gwpSetSchema } from "../factors/factor-set.schema.js";
import { activitySchema, organisationSchema } from "./activity.schema.js";
import { THEMES } from "./themes.js";
import type { Footprint, WarningCode } from "./types.js";

// A stored footprint is checked as strictly as any other input: its shape, its own keys and the line
// ids that must be unique. Decimal strings of its JSON form become exact Decimals again.
/**
 * A {@link Footprint} as `calculateFootprint` made it, or its JSON form (`JSON.parse(JSON.stringify(footprint))`,
 * with every amount a decimal string): the shape, its own keys and values (every amount an exact
 * decimal, quantities zero or more), unique line ids, and no lines in a footprint with
 * `detail: "groups"`. Every function that takes a footprint runs it at its door.
 *
 * @example
 * ```ts
 * import { calculateFootprint, footprintSchema, nl2026 } from "koploper";
 *
 * const footprint = calculateFootprint({ year: 2026, activities: [{ id: "power", theme: "electricity", quantity: 1000, unit: "kWh" }] }, { factors: nl2026 });
 * footprintSchema.parse(JSON.parse(JSON.stringify(footprint))).scope2.marketBased.toString(); //=> "483"
 * ```
 */
export const footprintSchema = /* @__PURE__ */ (() => {
  const amount = decimalSchema;
  const nonNegative = decimalSchema.refine((value) => !value.isNegative(), "must be zero or more");
  const unit = z.enum(UNIT_CODES);
  const theme = z.enum(THEMES);
  const count = z.int().min(0);
  const dual = z.strictObject({ marketBased: amount, locationBased: amount });
  const scope3Category = z.literal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  const factorSetRef = z.strictObject({
    id: nonEmptyText,
    year: z.int(),
    accounting: z.enum(["wtw", "ghg-strict"]),
    gwp: gwpSetSchema,
  });
  const layer = z.enum(["published", "organisation", "location"]);
  const partShape = {
    kind: z.enum(["emission", "biogenic", "avoided", "offset"]),
    column: nonEmptyText,
    value: amount,
    kg: amount,
    scope: z.union([z.literal(1), z.literal(2), z.literal(3), z.null()]),
    category: z.union([scope3Category, z.null()]),
    basis: z.enum(["both", "market", "location"]),
  };
  const group = z.strictObject({
    key: boundedText,
    theme,
    factorId: nonEmptyText,
    overridden: z.boolean(),
    layer,
    lineUnit: unit,
    lineQuantity: nonNegative,
    unit,
    quantity: nonNegative,
    conversion: z.strictObject({ times: amount, divide: amount }),
    mjPerUnit: z.union([amount, z.null()]),
    energyGJ: amount,
    lines: count,
    parts: z.array(z.strictObject(partShape)),
  });
  const line = z.strictObject({
    id: nonEmptyText,
    theme,
    quantity: z.union([nonNegative, z.null()]),
    unit,
    estimated: z.boolean(),
    location: z.exactOptional(boundedText),
    period: z.exactOptional(z.strictObject({ year: z.int(), quarter: z.optional(z.int().min(1).max(4)), month: z.optional(z.int().min(1).max(12)) })),
    note: z.exactOptional(boundedText),
    activity: activitySchema,
    unitNote: z.exactOptional(boundedText),
    parts: z.array(z.strictObject({ ...partShape, factorId: nonEmptyText, overridden: z.boolean(), layer, quantity: nonNegative, unit })),
  });
  const lineCounts = z.strictObject({
    count,
    byTheme: z.partialRecord(theme, count),
    ids: z.array(boundedText),
  });
  const WARNING_CODES = [
    "GREEN_ABOVE_TOTAL",
    "FUEL_AND_DISTANCE",
    "BUILDING_VOLUME",
    "REVENUE_PER_FTE",
    "WASTEWATER_VE",
    "FACTOR_YEAR",
    "TTW_ONLY",
  ] as const satisfies readonly WarningCode[];
  return z
    .strictObject({
      year: z.int(),
      factorSet: factorSetRef,
      recalculatedFrom: z.exactOptional(factorSetRef),
      organisation: z.exactOptional(organisationSchema),
      detail: z.enum(["lines", "groups"]),
      scope1: amount,
      scope2: dual,
      scope3: z.strictObject({
        total: amount,
        categories: z.record(z.enum(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]), amount),
      }),
      total: dual,
      themes: z.record(theme, dual),
      memo: z.strictObject({ biogenic: amount, avoided: amount, offsets: amount }),
      energyGJ: amount,
      groups: z.array(group),
      lines: z.array(line),
      unknown: lineCounts,
      estimated: lineCounts,
      checks: z.strictObject({
        unknownGreenKWh: nonNegative,
        vehicles: ownRecord(z.strictObject({ fuel: z.boolean(), distance: z.boolean() })),
      }),
      warnings: z.array(z.strictObject({ code: z.enum(WARNING_CODES), message: boundedText, subjects: z.array(boundedText) })),
    })
    .check((ctx) => {
      const fp = ctx.value;
      const issue = (message: string, path: (string | number)[]): void => {
        ctx.issues.push({ code: "custom", message, path, input: fp });
      };
      if (fp.detail === "groups" && fp.lines.length > 0) issue('a footprint with detail "groups" has no lines', ["lines"]);
      const seen = new Set<string>();
      fp.lines.forEach((l, index) => {
        if (seen.has(l.id)) issue(`line id "${l.id}" occurs twice`, ["lines", index, "id"]);
        seen.add(l.id);
      });
    })
    .transform((fp): Footprint => fp);
})();

const footprintParser = /* @__PURE__ */ createResultParser(footprintSchema, "footprint");

/**
 * Loads a stored {@link Footprint}: the value `calculateFootprint` returned, or its JSON form
 * (amounts as decimal strings), checked by {@link footprintSchema} and with every amount an exact
 * `Decimal` again.
 *
 * @param input - a footprint, or what `JSON.parse` made of one
 * @returns the footprint
 * @throws {@link KoploperError} `INVALID_INPUT` with every issue and its path
 *
 * @example
 * ```ts
 * import { calculateFootprint, nl2026, parseFootprint } from "koploper";
 *
 * const footprint = calculateFootprint({ year: 2026, activities: [{ id: "power", theme: "electricity", quantity: 1000, unit: "kWh" }] }, { factors: nl2026 });
 * const stored = JSON.stringify(footprint);
 * parseFootprint(JSON.parse(stored)).total.marketBased.toString(); //=> "483"
 * ```
 */
export function parseFootprint(input: unknown): Footprint {
  return footprintParser.parse(input);
}

/**
 * Like {@link parseFootprint}, but returns the error instead of throwing it.
 *
 * @param input - a footprint, or what `JSON.parse` made of one
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeParseFootprint } from "koploper";
 *
 * safeParseFootprint({ year: 2026 }).success; //=> false
 * ```
 */
export function safeParseFootprint(input: unknown): SafeParseResult<Footprint> {
  return footprintParser.safeParse(input);
}

/** The door check of every function that takes a footprint: {@link parseFootprint}, its issues under `path`. Internal. */
export function footprintAt(input: unknown, path: readonly (string | number)[] = []): Footprint {
  return parseAt(footprintParser.safeParse, input, path);
}
