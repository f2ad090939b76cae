// The report under construction: datapoints with their period, paragraph, status and provenance,
// the answers to the questions that decide whether a datapoint applies, and the notes.
import type { Decimal } from "decimal.js";
import { D } from "../core/decimal.js";
import type { Localized } from "../core/localized.js";
import { RULES } from "./rules.js";
import { TAXONOMY, type VsmeConceptName } from "./taxonomy/data.js";
import type { VsmeDatapoint, VsmeNote } from "./types.js";

/** Decimal places of a quotient that has no finite decimal form, per kind of value. */
export const PLACES = { energy: 6, intensity: 12, ratio: 6, rate: 4, hours: 4 } as const;

/** A text in both languages, English first as the code reads it. */
export const t = (en: string, nl: string): Localized => ({ en, nl });

/** `a / b`, exact when the quotient has a finite decimal form, else rounded once to `places`. */
export function quotient(a: Decimal, b: Decimal, places: number): { value: Decimal; decimals?: number } {
  const value = a.div(b);
  if (value.sd() < 60 && value.times(b).eq(a)) return { value };
  return { value: value.toDecimalPlaces(places, D.ROUND_HALF_EVEN), decimals: places };
}

/** Where the taxonomy puts a concept in VSME: its disclosure (B3) and paragraph, with sub-paragraph and clause (`29(a)`). */
export function paragraphOf(concept: VsmeConceptName): { disclosure: string; paragraph: string } {
  const reference = TAXONOMY.concepts[concept].reference;
  const sub = reference?.subparagraph === undefined ? "" : `(${reference.subparagraph})`;
  const clause = reference?.clause === undefined ? "" : `(${reference.clause})`;
  return { disclosure: reference?.disclosure ?? "", paragraph: `${reference?.paragraph ?? ""}${sub}${clause}` };
}

/** Collects the datapoints, answers and notes of one report for one reporting period. */
export class Builder {
  readonly datapoints: Partial<Record<VsmeConceptName, VsmeDatapoint[]>> = {};
  readonly answers: Partial<Record<VsmeConceptName, "applies" | "does-not-apply">> = {};
  readonly notes: VsmeNote[] = [];

  constructor(private readonly period: { start: string; end: string }) {}

  add(
    concept: VsmeConceptName,
    value: string | Decimal | boolean | { value: Decimal; decimals?: number },
    provenance: readonly string[],
    extra: { unit?: string; dimensions?: Record<string, string> } = {},
  ): void {
    const info = TAXONOMY.concepts[concept];
    const exact = typeof value === "object" && "value" in value ? value : undefined;
    const text = exact !== undefined ? exact.value.toString() : typeof value === "boolean" ? String(value) : value.toString();
    const point: VsmeDatapoint = {
      concept,
      value: text,
      ...(extra.unit === undefined ? {} : { unit: extra.unit }),
      ...(exact?.decimals === undefined ? {} : { decimals: exact.decimals }),
      period: info.periodType === "instant" ? { instant: this.period.end } : { start: this.period.start, end: this.period.end },
      ...(extra.dimensions === undefined ? {} : { dimensions: extra.dimensions }),
      ...paragraphOf(concept),
      status: RULES[concept]?.status ?? "may",
      provenance,
    };
    this.datapoints[concept] ??= [];
    this.datapoints[concept].push(point);
  }

  answer(concepts: readonly VsmeConceptName[], applies: boolean | undefined): void {
    if (applies === undefined) return;
    for (const concept of concepts) this.answers[concept] = applies ? "applies" : "does-not-apply";
  }

  note(code: VsmeNote["code"], message: Localized): void {
    if (!this.notes.some((note) => note.code === code && note.message.en === message.en)) this.notes.push({ code, message });
  }
}

export const EUR = { unit: "iso4217:EUR" };
export const PURE = { unit: "xbrli:pure" };
