import { describe, expect, it } from "vitest";
import { getClausesOfLevel, koploperScan, parseQuestionnaire, questionnaireRef, type Question } from "../../src/iso26000/index.js";

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
    expect(questionnaireRef(koploperScan)).toBe("koploper-scan@1.0.0");
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
});
