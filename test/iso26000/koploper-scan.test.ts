import { describe, expect, it } from "vitest";
import { getClausesOfLevel, koploperScan, koploperScanV1, parseQuestionnaire, questionnaireRef, toSurveyJs, type Question } from "../../src/iso26000/index.js";
import { questionsOf } from "./fixtures.js";

const questions: readonly Question[] = koploperScan.sections.flatMap((section) => section.questions);
const measured = new Set(questions.flatMap((question) => question.measures.map((measure) => measure.clause)));

function texts(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(texts);
  if (typeof value !== "object" || value === null) return [];
  const record = value as Record<string, unknown>;
  return "nl" in record ? [record] : Object.values(record).flatMap(texts);
}

describe("koploperScan", () => {
  it("passes parseQuestionnaire", () => {
    expect(parseQuestionnaire(JSON.parse(JSON.stringify(koploperScan)))).toEqual(koploperScan);
    expect(questionnaireRef(koploperScan)).toBe("koploper-scan@2.0.0");
  });

  it("has at least one question for each of the 37 issues", () => {
    const issues = getClausesOfLevel("issue").map((issue) => issue.clause);
    expect(issues).toHaveLength(37);
    expect(issues.filter((issue) => !measured.has(issue))).toEqual([]);
  });

  it("asks about every principle, both fundamental practices and the integration practices", () => {
    const others = [...getClausesOfLevel("principle"), ...getClausesOfLevel("fundamental-practice"), ...getClausesOfLevel("practice")]
      .map((entry) => entry.clause)
      .filter((clause) => clause !== "7.3");
    expect(others.filter((clause) => !measured.has(clause))).toEqual([]);
  });

  it("starts with the organisation profile: sector, size, products or services, local or international", () => {
    const profile = koploperScan.sections[0];
    expect(profile?.key).toBe("profile");
    expect(profile?.questions.map((question) => question.key)).toEqual(expect.arrayContaining(["sector", "staff", "offering", "market"]));
    expect(profile?.questions.every((question) => question.measures.length === 0)).toBe(true);
  });

  it("has a section per core subject, in the order of the standard", () => {
    expect(koploperScan.sections.filter((section) => section.clause?.startsWith("6.")).map((section) => section.clause)).toEqual(
      getClausesOfLevel("core-subject").map((subject) => subject.clause),
    );
  });

  it("has every text in Dutch and English", () => {
    const all = texts(koploperScan);
    expect(all.length).toBeGreaterThan(200);
    for (const text of all) expect(Object.keys(text).sort()).toEqual(["en", "nl"]);
  });

  it("uses the 0-4 maturity scale and lets every scored question be not applicable or unknown", () => {
    const scored = questions.filter((question) => question.measures.length > 0);
    for (const question of scored) expect([question.allowNotApplicable, question.allowUnknown]).toEqual([true, true]);
    const maturity = questions.filter((question) => question.type === "maturity");
    expect(maturity.length).toBeGreaterThan(20);
    for (const question of maturity) expect(question.levels[4]?.en).toContain("chain");
  });

  it("is frozen", () => {
    expect(Object.isFrozen(koploperScan.sections[3]?.questions[0]?.measures)).toBe(true);
  });

  it("offers exactly one 'Weet ik niet' per question, the explicit unknown value, and no option that means it", () => {
    for (const question of questions) expect([question.key, question.allowUnknown]).toEqual([question.key, question.type !== "text"]);
    const labels = questions.flatMap((question) => ("options" in question ? question.options.map((option) => option.label) : []));
    for (const label of labels) expect(`${label.nl} | ${label.en}`).not.toMatch(/weet (ik )?niet|niet (precies|zeker)|don't know|not sure|unknown/i);
    const elements = toSurveyJs(koploperScan).pages.flatMap((page) => page.elements);
    const unknowns = elements
      .flatMap((element) => (Array.isArray(element["choices"]) ? element["choices"] : []))
      .filter((choice) => /weet/i.test(String((choice as { text?: unknown }).text)));
    expect(unknowns).toHaveLength(questions.filter((question) => question.type !== "text").length);
    expect(new Set(unknowns.map((choice) => (choice as { text?: unknown }).text))).toEqual(new Set(["Weet ik niet"]));
  });

  it("speaks to 'uw organisatie', not to a company", () => {
    for (const text of texts(koploperScan)) expect(String(text["nl"])).not.toMatch(/\buw (bedrijf|zaak)\b|\bbedrijf\b/i);
  });

  it("fixes what 1.0.0 got wrong: double questions, a second unknown, a question every Koploper answers yes", () => {
    const keys = questions.map((question) => question.key);
    for (const gone of ["hr_risk_situations", "pr_rule_of_law", "env_climate", "int_initiatives"]) expect(keys).not.toContain(gone);
    const climate = questions.filter((question) => question.measures.some((measure) => measure.clause === "6.5.5" && measure.weight === 1));
    expect(climate.map((question) => question.key)).toEqual(["env_footprint", "env_co2_reduction", "env_climate_adaptation"]);
    const corruption = questions.find((question) => question.key === "fair_corruption");
    expect(corruption?.title.nl).toContain("regels tegen omkoping");
    expect(questions.find((question) => question.key === "int_other_initiatives")?.title.nl).toContain("naast het Koploperproject");
  });

  it("keeps a 1.0.0 key only where the question still asks the same thing on the same answers", () => {
    const before = new Map(questionsOf(koploperScanV1).map((question) => [question.key, question]));
    const shared = questions.filter((question) => before.has(question.key) && question.measures.length > 0);
    expect(shared.length).toBeGreaterThan(30);
    const scoring = (question: Question | undefined) =>
      question === undefined
        ? undefined
        : {
            type: question.type,
            measures: question.measures,
            options: "options" in question ? question.options.map((option) => [option.code, "points" in option ? option.points : option.score]) : [],
            scores: question.type === "yes-no" ? question.scores : undefined,
            maxPoints: question.type === "multiple-choice" ? question.maxPoints : undefined,
          };
    for (const question of shared) expect([question.key, scoring(question)]).toEqual([question.key, scoring(before.get(question.key))]);
  });
});
