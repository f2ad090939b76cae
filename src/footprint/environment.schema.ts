import * as z from "zod/v4";

import { boundedText, decimalSchema, localizedSchema, nonEmptyText } from "../core/common.schema.js";
import type { EnvironmentalPerformance } from "./environment-types.js";
import { THEMES } from "./themes.js";

// A stored environmental performance, checked like any input: its shape, its own keys and exact
// decimals (decimal strings of its JSON form become Decimals again).
/**
 * The check of a stored `EnvironmentalPerformance` (the value `environmentalPerformance` returned,
 * or its JSON form), as `vsmeReport` runs it on its `environment`; internal.
 */
export const environmentalPerformanceSchema = /* @__PURE__ */ (() => {
  const ids = z.array(boundedText);
  const figure = z.strictObject({ value: decimalSchema, lines: ids, unknown: ids });
  const energy = z.strictObject({ gj: decimalSchema, mwh: decimalSchema, lines: ids, unknown: ids });
  const split = z.strictObject({ renewable: energy, nonRenewable: energy, total: energy });
  const source = z.union([z.enum(["factor-list", "line"]), z.null()]);
  const share = z.union([decimalSchema.refine((value) => value.gte(0) && value.lte(1), "must be from 0 to 1"), z.null()]);
  const gas = z.strictObject({ factorId: nonEmptyText, name: localizedSchema, kg: figure });
  const keyFigures = z.strictObject({ energyMWh: decimalSchema, waterM3: decimalSchema, wasteKg: decimalSchema });
  return z
    .strictObject({
      year: z.int(),
      factorSet: z.strictObject({ id: nonEmptyText, year: z.int() }),
      energy: z.strictObject({
        electricity: split,
        fuels: split,
        heat: split,
        total: split,
        selfGenerated: energy,
        mobileMachinery: energy,
        transport: energy,
        renewable: z.array(
          z.strictObject({
            line: boundedText,
            mwh: decimalSchema,
            basis: z.enum(["guarantee-of-origin", "own-generation", "factor-list", "line"]),
          }),
        ),
      }),
      water: z.strictObject({ m3: figure, wastewaterVE: figure }),
      waste: z.strictObject({
        streams: z.array(
          z.strictObject({
            factorId: nonEmptyText,
            name: localizedSchema,
            kg: figure,
            hazardous: z.union([z.boolean(), z.null()]),
            hazardousFrom: source,
            treatment: z.union([z.enum(["recycling", "disposal"]), z.null()]),
            treatmentFrom: source,
          }),
        ),
        total: figure,
        hazardous: figure,
        nonHazardous: figure,
        unclassified: figure,
        recycling: figure,
        disposal: figure,
        untreated: figure,
        recyclingShare: share,
        disposalShare: share,
      }),
      refrigerants: z.strictObject({ total: figure, byFactor: z.array(gas) }),
      otherGases: z.strictObject({ total: figure, byFactor: z.array(gas) }),
      distance: z.array(
        z.strictObject({
          theme: z.enum(THEMES),
          mode: z.union([boundedText, z.null()]),
          unit: z.enum(["vkm", "pkm", "tkm"]),
          quantity: figure,
        }),
      ),
      paper: figure,
      solvents: figure,
      keyFigures: z.strictObject({
        perFte: z.union([keyFigures, z.null()]),
        perM2: z.union([keyFigures, z.null()]),
        perThousandEur: z.union([keyFigures, z.null()]),
        perProductionUnit: z.array(z.strictObject({ ...keyFigures.shape, unit: nonEmptyText })),
      }),
    })
    .transform((value): EnvironmentalPerformance => value);
})();
