import { refuse } from "../core/errors.js";
import type { Localized } from "../core/localized.js";
import type { MeasureTheme } from "../core/measure-themes.js";
import { LEGAL_DUTIES, type LegalDuty } from "./data/legal-duties.js";
import { ISSUE_TEMPLATES, STEP_TEMPLATES, type StepTemplate } from "./data/recommendation-templates.js";
import { getCoreSubjectOfIssue } from "./standard.js";

/**
 * A measure as the Koploper action plan takes it over from a recommendation: what to do, its
 * theme, the ISO 26000 core subject (clause) and the recommendation it answers. Owner, dates,
 * money and savings are for the participant to add.
 *
 * @example
 * ```ts
 * import { recommendationFor, type SuggestedMeasure } from "koploper/iso26000";
 *
 * const measure: SuggestedMeasure = recommendationFor("6.5.5", 1).measure;
 * measure.theme; //=> "energy"
 * ```
 */
export interface SuggestedMeasure {
  readonly title: Localized;
  readonly description: Localized;
  readonly theme: MeasureTheme;
  /** The core subject clause, e.g. `"6.5"`. */
  readonly coreSubject: string;
  /** The {@link Recommendation} `id` this measure answers. */
  readonly recommendationId: string;
}

/**
 * A recommendation for one issue and one step on the maturity scale (from level `from` to
 * `from + 1`), in the project's own words.
 *
 * @example
 * ```ts
 * import { recommendationFor, type Recommendation } from "koploper/iso26000";
 *
 * const recommendation: Recommendation = recommendationFor("6.4.6", 0);
 * recommendation.id; //=> "6.4.6:0-1"
 * ```
 */
export interface Recommendation {
  /** `<issue>:<from>-<to>`, e.g. `"6.5.5:1-2"`; stable across versions of the templates. */
  readonly id: string;
  /** The issue clause. */
  readonly issue: string;
  /** The core subject clause of the issue. */
  readonly coreSubject: string;
  readonly from: number;
  readonly to: number;
  readonly title: Localized;
  readonly text: Localized;
  /** The clauses the recommendation serves: the issue and the principle or practice of its step. */
  readonly clauses: readonly string[];
  /** Ease of implementation (ISO 26000 7.3.4), 1 (quick) to 3 (takes longest). */
  readonly effort: number;
  readonly measure: SuggestedMeasure;
}

/** The levels a step starts from. */
const LEVELS: readonly unknown[] = [0, 1, 2, 3];

/** The legal duty behind an issue, if the library lists one. */
function legalDutyOf(issue: string): LegalDuty | undefined {
  return LEGAL_DUTIES.find((duty) => duty.issue === issue);
}

/**
 * The recommendation for an issue at a level: what to do to reach the next level. The templates
 * are the project's own wording, specific to each issue and each step, with an example from a
 * small organisation (a bakery, a camping, a transport firm, an IT office, a municipality ...):
 * 0 to 1 a first step, which is "voldoe aan de wet" (4.6) only for an issue with a Dutch legal duty
 * in {@link LEGAL_DUTIES} and otherwise recognising the issue (5.2); 1 to 2 set policy and a plan
 * (7.4); 2 to 3 act and measure (7.7); 3 to 4 embed and reach into the value chain (7.3.3). The
 * `id` stays the same across versions of the texts.
 *
 * @param issue - an issue clause, `"6.2.3"` or `"6.3.3"`-`"6.8.9"`
 * @param from - the current whole level, 0-3
 * @returns the recommendation for the step from `from` to `from + 1`
 * @throws {@link KoploperError} `UNKNOWN_CLAUSE` for a clause that is not an issue, `INVALID_INPUT`
 *   for a level that is not 0, 1, 2 or 3
 * @see ISO 26000:2010 7.3.4
 *
 * @example
 * ```ts
 * import { recommendationFor } from "koploper/iso26000";
 *
 * recommendationFor("6.5.5", 1).title.en; //=> "Set a CO2 target and choose the measures that save the most"
 * recommendationFor("6.5.5", 1).clauses; //=> ["6.5.5", "7.4"]
 * recommendationFor("6.8.3", 0).clauses; //=> ["6.8.3", "5.2"]
 * ```
 */
export function recommendationFor(issue: string, from: number): Recommendation {
  const template = typeof issue === "string" ? ISSUE_TEMPLATES.get(issue) : undefined;
  if (template === undefined) refuse("UNKNOWN_CLAUSE", "unknown_clause", `${JSON.stringify(String(issue))} is not an ISO 26000 issue clause`, ["issue"]);
  if (!LEVELS.includes(from)) refuse("INVALID_INPUT", "invalid_level", `a recommendation starts from level 0, 1, 2 or 3, not ${String(from)}`, ["from"]);
  const step = STEP_TEMPLATES[from] as StepTemplate;
  const texts = template.steps[from as 0 | 1 | 2 | 3];
  const id = `${issue}:${from}-${from + 1}`;
  const coreSubject = getCoreSubjectOfIssue(issue).clause;
  const duty = from === 0 ? legalDutyOf(issue) : undefined;
  const { title, example } = texts;
  const intro = step.intro(template.topic, duty);
  return {
    id,
    issue,
    coreSubject,
    from,
    to: from + 1,
    title,
    text: { nl: `${intro.nl} Voorbeeld: ${example.nl}`, en: `${intro.en} Example: ${example.en}` },
    clauses: [issue, step.clause(duty)],
    effort: step.effort,
    measure: { title, description: example, theme: template.theme, coreSubject, recommendationId: id },
  };
}
