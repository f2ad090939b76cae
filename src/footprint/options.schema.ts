import * as z from "zod/v4";
import type { DeepReadonly } from "../core/parse.js";
import { gwpSetSchema, type FactorSet } from "../factors/factor-set.schema.js";
import { factorRef, organisationSchema } from "./activity.schema.js";

// The options of a footprint calculation and of the accumulator; the lines themselves are in
// activity.schema.ts.

const role = /* @__PURE__ */ z.optional(factorRef);

/**
 * The calculation options: the `factors` (a {@link FactorSet}, such as `nl2026` or one from
 * `parseFactorSet`; not re-validated here), the `accounting` mode (`"wtw"`, the Dutch default, or
 * `"ghg-strict"`), the `gwp` set for refrigerants (the set's own by default), `allowWithdrawn` to
 * accept withdrawn factors, and `electricity` to name the grey, grid-mix and green-source factors
 * of a set that does not use the Dutch list's numbering.
 *
 * @example
 * ```ts
 * import { footprintOptionsSchema } from "koploper";
 *
 * footprintOptionsSchema.shape.accounting.unwrap().options; //=> ["wtw", "ghg-strict"]
 * ```
 */
export const footprintOptionsSchema = /* @__PURE__ */ z.strictObject({
  factors: z.custom<FactorSet>(
    (value) => typeof value === "object" && value !== null && Array.isArray((value as { factors?: unknown }).factors),
    "expected a FactorSet (for example nl2026, or one from parseFactorSet)",
  ),
  accounting: z.optional(z.enum(["wtw", "ghg-strict"])),
  gwp: z.optional(gwpSetSchema),
  allowWithdrawn: z.optional(z.boolean()),
  electricity: z.optional(
    z.strictObject({
      grey: role,
      gridMix: role,
      green: z.optional(z.strictObject({ wind: role, solar: role, hydro: role, biomass: role })),
    }),
  ),
});

/**
 * The options of {@link calculateFootprint} (see {@link footprintOptionsSchema}).
 *
 * @example
 * ```ts
 * import type { FootprintOptions } from "koploper";
 * import { nl2026 } from "koploper/factors/nl-2026";
 *
 * const options: FootprintOptions = { factors: nl2026, accounting: "ghg-strict" };
 * ```
 */
export type FootprintOptions = DeepReadonly<z.input<typeof footprintOptionsSchema>>;

/** Validated options. */
export type ResolvedOptions = z.output<typeof footprintOptionsSchema>;

/**
 * The options of {@link createFootprintAccumulator}: the calculation options plus the footprint
 * `year` and optionally the `organisation`, which a one-shot calculation takes from its input.
 *
 * @example
 * ```ts
 * import { accumulatorOptionsSchema } from "koploper";
 *
 * accumulatorOptionsSchema.shape.year.minValue; //=> 1990
 * ```
 */
export const accumulatorOptionsSchema = /* @__PURE__ */ (() =>
  footprintOptionsSchema.extend({
    year: z.int().min(1990).max(2100),
    organisation: z.optional(organisationSchema),
  }))();

/**
 * The options of {@link createFootprintAccumulator} as a caller writes them.
 *
 * @example
 * ```ts
 * import type { AccumulatorOptions } from "koploper";
 * import { nl2026 } from "koploper/factors/nl-2026";
 *
 * const options: AccumulatorOptions = { factors: nl2026, year: 2026 };
 * ```
 */
export type AccumulatorOptions = DeepReadonly<z.input<typeof accumulatorOptionsSchema>>;
