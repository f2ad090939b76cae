import type { Condition, Question } from "../questionnaire-shape.schema.js";

// The builders both versions of the Koploper scan are written with. Changing one changes a
// published questionnaire: test/iso26000/koploper-scan-1.test.ts pins 1.0.0 to its published JSON.

export type Text = { readonly nl: string; readonly en: string };
export type Input = Question;
type Measures = readonly (string | readonly [clause: string, weight: number])[];
interface Extra {
  readonly help?: Text;
  readonly evidence?: Text;
  readonly visibleIf?: Condition;
}

export const t = (nl: string, en: string): Text => ({ nl, en });

/** The 0-4 maturity scale of the Koploper scan (ISO 26000 levels, docs/iso26000.md). */
export const scale = (): [Text, Text, Text, Text, Text] => [
  t("Niet opgepakt: we zijn hier (nog) niet mee bezig.", "Not addressed: we are not (yet) working on this."),
  t("Ad hoc: we doen wat de wet vraagt of pakken het af en toe op.", "Ad hoc: we do what the law asks or act on it now and then."),
  t(
    "Beleid en plan: we hebben afspraken of een plan op papier, en iemand is verantwoordelijk.",
    "Policy and plan: we have written agreements or a plan, and someone is responsible.",
  ),
  t("Ingevoerd en gemeten: we doen het en houden bij wat het oplevert.", "Implemented and measured: we do it and keep track of the results."),
  t(
    "Geborgd en in de keten: het hoort bij hoe we werken, we verbeteren elk jaar en betrekken leveranciers of klanten.",
    "Embedded and in the chain: it is part of how we work, we improve every year and involve suppliers or customers.",
  ),
];

export const EMPLOYEES: Condition = { op: "equals", question: "has_employees", value: true };

function measures(list: Measures): { clause: string; weight: number }[] {
  return list.map((entry) => (typeof entry === "string" ? { clause: entry, weight: 1 } : { clause: entry[0], weight: entry[1] }));
}

function common(key: string, title: Text, list: Measures, extra: Extra) {
  return {
    key,
    title,
    measures: measures(list),
    required: true,
    allowNotApplicable: true,
    allowUnknown: true,
    ...(extra.help === undefined ? {} : { help: extra.help }),
    ...(extra.evidence === undefined ? {} : { evidencePrompt: extra.evidence }),
    ...(extra.visibleIf === undefined ? {} : { visibleIf: extra.visibleIf }),
  };
}

export function maturity(key: string, list: Measures, title: Text, extra: Extra = {}): Input {
  return { ...common(key, title, list, extra), type: "maturity", levels: scale() };
}

export function choice(key: string, list: Measures, title: Text, options: readonly [code: string, score: number, label: Text][], extra: Extra = {}): Input {
  return { ...common(key, title, list, extra), type: "single-choice", options: options.map(([code, score, label]) => ({ code, label, score })) };
}

export function yesNo(key: string, list: Measures, title: Text, yes: number, extra: Extra = {}): Input {
  return { ...common(key, title, list, extra), type: "yes-no", scores: { yes, no: 0 } };
}

export function multiple(
  key: string,
  list: Measures,
  title: Text,
  maxPoints: number,
  options: readonly [code: string, points: number, label: Text][],
  extra: Extra = {},
): Input {
  return { ...common(key, title, list, extra), type: "multiple-choice", maxPoints, options: options.map(([code, points, label]) => ({ code, label, points })) };
}

/** The defaults of a profile question: required, no explicit states, measures nothing. */
export const PROFILE: Pick<Question, "required" | "allowNotApplicable" | "allowUnknown" | "measures"> = {
  required: true,
  allowNotApplicable: false,
  allowUnknown: false,
  measures: [],
};

/** A section with its questions and, for a core subject, its clause. */
export function section(key: string, title: Text, questions: Input[], clause?: string) {
  return { key, title, questions, ...(clause === undefined ? {} : { clause }) };
}
