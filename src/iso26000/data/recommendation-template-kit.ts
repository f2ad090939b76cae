import type { Localized } from "../../core/localized.js";
import type { MeasureTheme } from "../../core/measure-themes.js";

// The shape of the bundled recommendation texts (recommendation-templates-*.ts), and the two
// helpers they are written with.

/** One step of one issue: what to do (the title) and a concrete example from a small organisation. */
export interface StepText {
  readonly title: Localized;
  readonly example: Localized;
}

/** What the templates know about one issue: its topic, its action-plan theme and its four steps (0-1 ... 3-4). */
export interface IssueTemplate {
  /** A noun phrase that fits "voor ..." / "for ...". */
  readonly topic: Localized;
  readonly theme: MeasureTheme;
  readonly steps: readonly [StepText, StepText, StepText, StepText];
}

export const t = (nl: string, en: string): Localized => ({ nl, en });

/** A step: its title and its example, each in Dutch and English. */
export const step = (titleNl: string, titleEn: string, exampleNl: string, exampleEn: string): StepText => ({
  title: t(titleNl, titleEn),
  example: t(exampleNl, exampleEn),
});
