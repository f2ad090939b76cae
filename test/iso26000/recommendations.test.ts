import { fc, test } from "@fast-check/vitest";
import { caught } from "../helpers.js";
import { describe, expect, it } from "vitest";
import { LEGAL_DUTIES, getClause, getClausesOfLevel, getCoreSubjectOfIssue, recommendationFor, type Recommendation } from "../../src/iso26000/index.js";

const issues = getClausesOfLevel("issue").map((issue) => issue.clause);
const themes = ["energy", "water", "waste", "mobility", "purchasing", "social", "governance"];
const legal = new Set(LEGAL_DUTIES.map((duty) => duty.issue));
const all: Recommendation[] = issues.flatMap((issue) => [0, 1, 2, 3].map((from) => recommendationFor(issue, from)));
const wordsOf = (recommendation: Recommendation): string[] =>
  [recommendation.title, recommendation.text, recommendation.measure.description].flatMap((text) => [text.nl, text.en]);
/** Words that speak of a law or a legal duty, in Dutch or English. */
const LAW = /\b(wet|wetten|wettelijke?|wetgeving|verplicht\w*|law|laws|legal|legally|statutory|compl(y|ies|iance)|mandatory|required by)\b/i;

describe("recommendationFor", () => {
  it("has a recommendation for every issue and every step 0-1 to 3-4, in Dutch and English", () => {
    for (const issue of issues) {
      const steps = [0, 1, 2, 3].map((from) => recommendationFor(issue, from));
      expect(steps.map((step) => step.id)).toEqual([`${issue}:0-1`, `${issue}:1-2`, `${issue}:2-3`, `${issue}:3-4`]);
      expect(new Set(steps.map((step) => step.title.nl)).size).toBe(4);
      expect(new Set(steps.map((step) => step.title.en)).size).toBe(4);
      for (const step of steps) {
        expect(step.title.nl).not.toBe(step.title.en);
        expect(step.text.nl).not.toBe(step.text.en);
        expect(step.to).toBe(step.from + 1);
      }
    }
  });

  it("serves the issue and a clause of the standard that fits the step", () => {
    expect([0, 1, 2, 3].map((from) => recommendationFor("6.4.6", from).clauses)).toEqual([
      ["6.4.6", "4.6"],
      ["6.4.6", "7.4"],
      ["6.4.6", "7.7"],
      ["6.4.6", "7.3.3"],
    ]);
    // Without a legal duty the first step recognises the issue (5.2) instead of the rule of law.
    expect(recommendationFor("6.3.8", 0).clauses).toEqual(["6.3.8", "5.2"]);
    for (const issue of issues) expect(recommendationFor(issue, 0).clauses[1]).toBe(legal.has(issue) ? "4.6" : "5.2");
    for (const issue of issues) for (const clause of recommendationFor(issue, 0).clauses) expect(getClause(clause).clause).toBe(clause);
  });

  it("suggests a measure in the shape of the action plan", () => {
    const recommendation = recommendationFor("6.5.5", 2);
    expect(recommendation.measure).toEqual({
      title: recommendation.title,
      description: recommendation.measure.description,
      theme: "energy",
      coreSubject: "6.5",
      recommendationId: "6.5.5:2-3",
    });
    expect(recommendation.text.nl).toContain(recommendation.measure.description.nl);
    for (const issue of issues) {
      const { measure } = recommendationFor(issue, 0);
      expect(themes).toContain(measure.theme);
      expect(measure.coreSubject).toBe(getCoreSubjectOfIssue(issue).clause);
    }
  });

  it("is specific to every issue and every step: 148 different titles and examples", () => {
    expect(all).toHaveLength(148);
    for (const locale of ["nl", "en"] as const) {
      expect(new Set(all.map((recommendation) => recommendation.title[locale])).size).toBe(148);
      expect(new Set(all.map((recommendation) => recommendation.measure.description[locale])).size).toBe(148);
    }
    expect(recommendationFor("6.5.5", 1).text.nl).toContain("Voorbeeld: Een transportbedrijf");
    expect(recommendationFor("6.5.5", 1).text.en).toContain("Example: A transport firm");
  });

  it("says 'voldoe aan de wet' only in the first step of an issue with a listed legal duty", () => {
    for (const recommendation of all) {
      const duty = recommendation.from === 0 ? LEGAL_DUTIES.find((entry) => entry.issue === recommendation.issue) : undefined;
      expect([recommendation.id, recommendation.text.nl.startsWith("Voldoe aan de wet")]).toEqual([recommendation.id, duty !== undefined]);
      expect([recommendation.id, recommendation.text.en.startsWith("Comply with the law")]).toEqual([recommendation.id, duty !== undefined]);
      if (duty !== undefined) expect(recommendation.text.nl).toContain(duty.law.nl);
    }
  });

  it("mentions no law at all for an issue without a listed legal duty", () => {
    for (const recommendation of all.filter((entry) => !legal.has(entry.issue))) {
      for (const words of wordsOf(recommendation)) expect([recommendation.id, words]).not.toEqual([recommendation.id, expect.stringMatching(LAW)]);
    }
    // The camping from issue 11: no law on human-rights risk situations or civil and political rights.
    expect(recommendationFor("6.3.4", 0).title.en).toBe("Check whether you buy from countries or sectors with known risks");
    expect(recommendationFor("6.3.8", 0).text.en).not.toMatch(LAW);
  });

  it("lists each legal duty once, for an issue, with its law and the page it was confirmed on", () => {
    expect(new Set(LEGAL_DUTIES.map((duty) => duty.issue)).size).toBe(LEGAL_DUTIES.length);
    for (const duty of LEGAL_DUTIES) {
      expect(issues).toContain(duty.issue);
      expect(duty.source).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
      for (const text of [duty.law, duty.duty]) expect(text.nl).not.toBe(text.en);
    }
    expect(Object.isFrozen(LEGAL_DUTIES[0]?.law)).toBe(true);
  });

  it("keeps the ids the lifecycle links measures to", () => {
    expect(recommendationFor("6.5.5", 1).id).toBe("6.5.5:1-2");
    expect(recommendationFor("6.5.5", 1).measure.recommendationId).toBe("6.5.5:1-2");
  });

  it("rates the quickest step, writing down policy, as the easiest", () => {
    expect([0, 1, 2, 3].map((from) => recommendationFor("6.2.3", from).effort)).toEqual([2, 1, 2, 3]);
  });

  it.each([["6.5"], ["4.2"], ["6.5.7"], [""]])("rejects %j, which is not an issue, with UNKNOWN_CLAUSE", (clause) => {
    expect(caught(() => recommendationFor(clause, 0)).code).toBe("UNKNOWN_CLAUSE");
  });

  it.each([[4], [-1], [1.5], [Number.NaN]])("rejects the level %d with INVALID_INPUT", (from) => {
    expect(caught(() => recommendationFor("6.5.5", from)).code).toBe("INVALID_INPUT");
  });

  it("tells users which issue or level it cannot take", () => {
    const issue = caught(() => recommendationFor("6.5", 0));
    expect([issue.message, issue.issues[0]?.path]).toMatchInlineSnapshot(`
      [
        ""6.5" is not an ISO 26000 issue clause",
        [
          "issue",
        ],
      ]
    `);
    expect(caught(() => recommendationFor("6.5.5", 4)).message).toMatchInlineSnapshot(`"a recommendation starts from level 0, 1, 2 or 3, not 4"`);
  });
});

describe("recommendationFor, laws", () => {
  test.prop([fc.constantFrom(...issues), fc.integer({ min: 0, max: 3 })])(
    "names its issue and step in its id and its measure, and frames its own example",
    (issue, from) => {
      const recommendation = recommendationFor(issue, from);
      expect(recommendation.id).toBe(`${issue}:${from}-${from + 1}`);
      expect(recommendation.measure.recommendationId).toBe(recommendation.id);
      expect(recommendation.text.nl.endsWith(`Voorbeeld: ${recommendation.measure.description.nl}`)).toBe(true);
      expect(recommendation.text.en.endsWith(`Example: ${recommendation.measure.description.en}`)).toBe(true);
      expect(recommendationFor(issue, from)).toEqual(recommendation);
    },
  );
});
