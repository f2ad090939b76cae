import * as z from "zod/v4";
import { invalidInput, type DeepReadonly } from "../../core/parse.js";
import { isoDateSchema } from "./common.js";

const windowSchema = /* @__PURE__ */ z
  .strictObject({ from: /* @__PURE__ */ z.int().min(0).max(36), to: /* @__PURE__ */ z.int().min(0).max(36) })
  .refine((window) => window.from <= window.to, { message: "from must not be after to", path: ["to"] });

/**
 * The options of `nextActions`: `windows` overrides the planned window of a phase, in whole months
 * after the kick-off (`from` is the window's first day, `to` its last).
 *
 * @example
 * ```ts
 * import { nextActionsOptionsSchema } from "koploper/lifecycle";
 *
 * nextActionsOptionsSchema.parse({ windows: { audit: { from: 0, to: 2 } } }).windows.audit; //=> { from: 0, to: 2 }
 * ```
 */
export const nextActionsOptionsSchema = /* @__PURE__ */ z
  .strictObject({
    windows: /* @__PURE__ */ z
      .strictObject({
        audit: /* @__PURE__ */ windowSchema.optional(),
        resultsMeeting: /* @__PURE__ */ windowSchema.optional(),
        visionAndPlan: /* @__PURE__ */ windowSchema.optional(),
        exchangeMeetings: /* @__PURE__ */ windowSchema.optional(),
        communication: /* @__PURE__ */ windowSchema.optional(),
        symposium: /* @__PURE__ */ windowSchema.optional(),
      })
      .prefault({}),
  })
  .prefault({});

/**
 * The options of `nextActions` as callers write them (see {@link nextActionsOptionsSchema}).
 *
 * @example
 * ```ts
 * import type { NextActionsOptions } from "koploper/lifecycle";
 *
 * const options: NextActionsOptions = { windows: { symposium: { from: 9, to: 11 } } };
 * ```
 */
export type NextActionsOptions = DeepReadonly<z.input<typeof nextActionsOptionsSchema>>;

const argumentsSchema = /* @__PURE__ */ z.strictObject({ now: isoDateSchema, options: nextActionsOptionsSchema });

/** Validates the arguments of `nextActions`; throws `INVALID_INPUT` with every issue. */
export function parseNextActionsArguments(now: unknown, options: unknown): z.output<typeof argumentsSchema> {
  const result = argumentsSchema.safeParse({ now, options });
  if (!result.success) throw invalidInput("nextActions arguments", result.error);
  return result.data;
}
