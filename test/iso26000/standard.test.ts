import { caught } from "../helpers.js";
import { describe, expect, it } from "vitest";
import {
  CLAUSE_LEVELS,
  ISO26000_CLAUSES,
  getClause,
  getClausesOfLevel,
  getCoreSubjectOfIssue,
  getIssuesOfCoreSubject,
  isClause,
} from "../../src/iso26000/index.js";

describe("ISO26000_CLAUSES", () => {
  it("has 7 principles, 2 fundamental practices, 7 core subjects, 37 issues and 11 integration practices", () => {
    const counts = Object.fromEntries(CLAUSE_LEVELS.map((level) => [level, getClausesOfLevel(level).length]));
    expect(counts).toEqual({ principle: 7, "fundamental-practice": 2, "core-subject": 7, issue: 37, practice: 11 });
  });

  it("numbers the principles 4.2-4.8, the core subjects 6.2-6.8 and the practices 7.2-7.8 with 7.3.1-7.3.4", () => {
    expect(getClausesOfLevel("principle").map((entry) => entry.clause)).toEqual(["4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8"]);
    expect(getClausesOfLevel("fundamental-practice").map((entry) => entry.clause)).toEqual(["5.2", "5.3"]);
    expect(getClausesOfLevel("core-subject").map((entry) => entry.clause)).toEqual(["6.2", "6.3", "6.4", "6.5", "6.6", "6.7", "6.8"]);
    expect(getClausesOfLevel("practice").map((entry) => entry.clause)).toEqual([
      "7.2",
      "7.3",
      "7.3.1",
      "7.3.2",
      "7.3.3",
      "7.3.4",
      "7.4",
      "7.5",
      "7.6",
      "7.7",
      "7.8",
    ]);
  });

  it("has unique clause numbers, and every parent is a modelled entry", () => {
    const clauses = ISO26000_CLAUSES.map((entry) => entry.clause);
    expect(new Set(clauses).size).toBe(clauses.length);
    for (const entry of ISO26000_CLAUSES) if (entry.parent !== null) expect(isClause(entry.parent)).toBe(true);
  });

  it("names every entry in English and Dutch", () => {
    for (const entry of ISO26000_CLAUSES) {
      expect(entry.name.en.length).toBeGreaterThan(0);
      expect(entry.name.nl.length).toBeGreaterThan(0);
    }
  });

  it("marks as seen exactly the Dutch labels the research table found in a Dutch source", () => {
    const seen = ISO26000_CLAUSES.filter((entry) => entry.nlStatus === "seen").map((entry) => entry.clause);
    expect(seen).toEqual([
      "4.2",
      "4.3",
      "4.4",
      "4.5",
      "4.6",
      "4.7",
      "4.8",
      "6.3",
      "6.5",
      "6.6",
      "6.7",
      "6.8",
      "6.4.6",
      "6.4.7",
      "6.5.3",
      "6.5.4",
      "6.5.5",
      "6.6.3",
      "6.6.4",
      "6.6.5",
      "6.6.7",
      "6.8.5",
    ]);
  });

  it("is frozen, entries and names included", () => {
    expect(Object.isFrozen(ISO26000_CLAUSES)).toBe(true);
    for (const entry of ISO26000_CLAUSES) {
      expect(Object.isFrozen(entry)).toBe(true);
      expect(Object.isFrozen(entry.name)).toBe(true);
    }
  });
});

describe("getClause", () => {
  it("finds an issue with its parent and names", () => {
    expect(getClause("6.5.5")).toEqual({
      clause: "6.5.5",
      level: "issue",
      parent: "6.5",
      name: { en: "Climate change mitigation and adaptation", nl: "Matiging van en aanpassing aan klimaatverandering" },
      nlStatus: "seen",
    });
  });

  it("gives the entries under clauses 4, 5, 6 and 7 no parent, and 7.3.x the parent 7.3", () => {
    expect([getClause("4.2").parent, getClause("5.3").parent, getClause("6.2").parent, getClause("7.5").parent]).toEqual([null, null, null, null]);
    expect(getClause("7.3.2").parent).toBe("7.3");
    expect(getClause("6.3.10").parent).toBe("6.3");
  });

  it.each(["6.5.7", "", "4", "6.1", "7.1", "6.2.1", "6.5.5 "])("throws UNKNOWN_CLAUSE for %j", (clause) => {
    expect(caught(() => getClause(clause)).code).toBe("UNKNOWN_CLAUSE");
  });
});

describe("getIssuesOfCoreSubject", () => {
  it("lists the issues of each core subject: 1, 8, 5, 4, 5, 7 and 7", () => {
    expect(getClausesOfLevel("core-subject").map((subject) => getIssuesOfCoreSubject(subject.clause).length)).toEqual([1, 8, 5, 4, 5, 7, 7]);
    expect(getIssuesOfCoreSubject("6.2").map((issue) => issue.clause)).toEqual(["6.2.3"]);
  });

  it("keeps the principles out of organisational governance", () => {
    const governance = getIssuesOfCoreSubject("6.2");
    expect(governance.every((issue) => issue.level === "issue")).toBe(true);
    expect(getClausesOfLevel("principle").every((principle) => principle.parent === null)).toBe(true);
  });

  it.each(["6.5.5", "4.2", "9"])("throws UNKNOWN_CLAUSE for %j, which is not a core subject", (clause) => {
    expect(caught(() => getIssuesOfCoreSubject(clause)).code).toBe("UNKNOWN_CLAUSE");
  });
});

describe("getCoreSubjectOfIssue", () => {
  it("finds the core subject of an issue", () => {
    expect(getCoreSubjectOfIssue("6.4.6").clause).toBe("6.4");
  });

  it("is the inverse of getIssuesOfCoreSubject for every issue", () => {
    for (const issue of getClausesOfLevel("issue")) {
      const subject = getCoreSubjectOfIssue(issue.clause);
      expect(getIssuesOfCoreSubject(subject.clause)).toContain(issue);
    }
  });

  it.each(["6.4", "7.3.1", "4.8", "6.9.1"])("throws UNKNOWN_CLAUSE for %j, which is not an issue", (clause) => {
    expect(caught(() => getCoreSubjectOfIssue(clause)).code).toBe("UNKNOWN_CLAUSE");
  });
});
