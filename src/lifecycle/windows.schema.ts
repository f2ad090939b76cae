import * as z from "zod/v4";
import { WINDOW_PHASE_IDS, type WindowPhaseId } from "./windows.js";

const monthWindowSchema = /* @__PURE__ */ z
  .strictObject({ from: /* @__PURE__ */ z.int().min(1).max(36), to: /* @__PURE__ */ z.int().min(1).max(36) })
  .refine((window) => window.from <= window.to, { error: "A window cannot end before it starts", path: ["to"] });

/**
 * Overrides of the phase windows, the one form `planTimeline` and `nextActions` take: per phase id
 * (`audit`, `results-meeting`, `vision-and-plan`, `exchange`, `communication`, `symposium`) a window
 * in programme months, `{ from, to }` from 1 (month 1 starts on the kick-off day) to 36.
 */
export const phaseWindowOverridesSchema = /* @__PURE__ */ z
  .strictObject(
    Object.fromEntries(WINDOW_PHASE_IDS.map((id) => [id, monthWindowSchema.optional()])) as Record<WindowPhaseId, z.ZodOptional<typeof monthWindowSchema>>,
  )
  .default({});

/** Adds an issue for every override that ends after the programme's last month (`path` leads to the overrides). */
export function checkWindowsFit(
  windows: z.output<typeof phaseWindowOverridesSchema>,
  months: number,
  path: readonly (string | number)[],
  addIssue: (issue: { code: "custom"; message: string; path: (string | number)[] }) => void,
): void {
  for (const id of WINDOW_PHASE_IDS) {
    const window = windows[id];
    if (window !== undefined && window.to > months) {
      addIssue({ code: "custom", message: `The window ends in month ${window.to}, after the programme's ${months} months`, path: [...path, id, "to"] });
    }
  }
}
