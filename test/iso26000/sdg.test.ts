import { describe, expect, it } from "vitest";
import { SDG_CROSSWALK, getClausesOfLevel, getSdgsOfCoreSubject } from "../../src/iso26000/index.js";
import { caught } from "../helpers.js";

describe("SDG_CROSSWALK", () => {
  it("names its source and covers only SDG 1-12, 12 marked incomplete", () => {
    expect(SDG_CROSSWALK.source).toContain("constantis.nl/sdg");
    expect(SDG_CROSSWALK.links.map((entry) => entry.sdg)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(SDG_CROSSWALK.links.filter((entry) => !entry.complete).map((entry) => entry.sdg)).toEqual([12]);
  });

  it("links only to core subjects", () => {
    const subjects = getClausesOfLevel("core-subject").map((subject) => subject.clause);
    for (const entry of SDG_CROSSWALK.links) for (const clause of entry.coreSubjects) expect(subjects).toContain(clause);
  });

  it("is frozen", () => {
    expect(Object.isFrozen(SDG_CROSSWALK.links[0]?.coreSubjects)).toBe(true);
  });
});

describe("getSdgsOfCoreSubject", () => {
  it("lists the SDGs of a core subject as the source has them", () => {
    expect(getSdgsOfCoreSubject("6.5")).toEqual([2, 6, 7, 9, 11]);
    expect(getSdgsOfCoreSubject("6.2")).toEqual([1, 4, 9, 10, 12]);
  });

  it("gives every core subject at least one SDG", () => {
    for (const subject of getClausesOfLevel("core-subject")) expect(getSdgsOfCoreSubject(subject.clause).length).toBeGreaterThan(0);
  });

  it.each(["6.5.5", "4.2", "13"])("throws UNKNOWN_CLAUSE for %j", (clause) => {
    const error = caught(() => getSdgsOfCoreSubject(clause));
    expect(error.code).toBe("UNKNOWN_CLAUSE");
  });
});
