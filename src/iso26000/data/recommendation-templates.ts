/**
 * The recommendation templates: the project's own wording (not quoted from ISO 26000). The texts
 * per issue and step live in recommendation-templates-*.ts; this data module joins them (once, at
 * import) and holds the pattern of each step, which frames a step's title and example.
 */
import type { Localized } from "../../core/localized.js";
import { t, type IssueTemplate } from "./recommendation-template-kit.js";
import type { LegalDuty } from "./legal-duties.js";
import { templates6_2To6_4 } from "./recommendation-templates-6-2-6-4.js";
import { templates6_5To6_6 } from "./recommendation-templates-6-5-6-6.js";
import { templates6_7To6_8 } from "./recommendation-templates-6-7-6-8.js";

/** Per issue (clause 6.2.3 and 6.3.3-6.8.9): topic, theme and the four steps; a Map, so only an issue clause finds one. */
export const ISSUE_TEMPLATES: ReadonlyMap<string, IssueTemplate> = /* @__PURE__ */ joinTemplates();

// One pure call, so that a bundle that does not use the templates drops them.
function joinTemplates(): ReadonlyMap<string, IssueTemplate> {
  return new Map(Object.entries({ ...templates6_2To6_4(), ...templates6_5To6_6(), ...templates6_7To6_8() }));
}

/** What the templates know about one maturity step. */
export interface StepTemplate {
  /** The sentence that opens the step's text, from the issue's topic and its legal duty (if any). */
  readonly intro: (topic: Localized, duty: LegalDuty | undefined) => Localized;
  /** The clause the step serves, next to the issue itself. */
  readonly clause: (duty: LegalDuty | undefined) => string;
  /** Ease of implementation (ISO 26000 7.3.4): 1 is the quickest to do. */
  readonly effort: number;
}

/**
 * Per step from level n to n + 1 (index n). Step 0 to 1 is "voldoe aan de wet" (4.6, respect for
 * the rule of law) only where a legal duty is listed; elsewhere it is a first step in recognising
 * the issue (5.2).
 */
export const STEP_TEMPLATES: readonly StepTemplate[] = [
  {
    intro: (topic, duty) =>
      duty === undefined
        ? t(`Zet een eerste stap voor ${topic.nl}: klein beginnen is genoeg.`, `Take a first step for ${topic.en}: starting small is enough.`)
        : t(`Voldoe aan de wet voor ${topic.nl}: ${duty.duty.nl} (${duty.law.nl}).`, `Comply with the law for ${topic.en}: ${duty.duty.en} (${duty.law.en}).`),
    clause: (duty) => (duty === undefined ? "5.2" : "4.6"),
    effort: 2,
  },
  {
    intro: (topic) =>
      t(
        `Schrijf op wat u wilt bereiken voor ${topic.nl}, wie ervoor verantwoordelijk is en wanneer het klaar moet zijn.`,
        `Write down what you want to achieve for ${topic.en}, who is responsible and when it must be done.`,
      ),
    clause: () => "7.4",
    effort: 1,
  },
  {
    intro: (topic) =>
      t(
        `Voer de geplande maatregelen voor ${topic.nl} uit, volg een paar kengetallen en bespreek ze met de betrokkenen.`,
        `Carry out the planned measures for ${topic.en}, track a few indicators and discuss them with those concerned.`,
      ),
    clause: () => "7.7",
    effort: 2,
  },
  {
    intro: (topic) =>
      t(
        `Evalueer ${topic.nl} elk jaar, verbeter wat beter kan, betrek leveranciers en klanten erbij en maak de resultaten openbaar.`,
        `Review ${topic.en} every year, improve what can be better, involve suppliers and customers and publish the results.`,
      ),
    clause: () => "7.3.3",
    effort: 3,
  },
];
