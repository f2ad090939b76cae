import { describe, expect, it } from "vitest";
import { certificates, replay } from "../../src/lifecycle/index.js";
import { fullYear } from "./fixtures.js";
import { deepFreeze } from "../helpers.js";
import { upTo } from "./helpers.js";

describe("certificates", () => {
  it("gives every completed participant a certificate, with the prize place if any", () => {
    expect(certificates(replay(fullYear(3)))).toEqual([
      {
        participantId: "p1",
        name: "Bedrijf 1",
        kind: "company",
        cohortId: "westerkwartier-2027",
        cohortName: "Koploperproject Westerkwartier",
        completedOn: "2027-12-15",
        prizePlace: 1,
      },
      {
        participantId: "p2",
        name: "Bedrijf 2",
        kind: "company",
        cohortId: "westerkwartier-2027",
        cohortName: "Koploperproject Westerkwartier",
        completedOn: "2027-12-15",
      },
      {
        participantId: "p3",
        name: "Bedrijf 3",
        kind: "company",
        cohortId: "westerkwartier-2027",
        cohortName: "Koploperproject Westerkwartier",
        completedOn: "2027-12-15",
      },
      {
        participantId: "gem",
        name: "Gemeente Westerkwartier",
        kind: "municipality",
        cohortId: "westerkwartier-2027",
        cohortName: "Koploperproject Westerkwartier",
        completedOn: "2027-12-15",
      },
    ]);
  });

  it("is empty until the cohort closes", () => {
    expect(certificates(replay(upTo(fullYear(3), "cohort-closed")))).toEqual([]);
  });

  it("does not mutate the state", () => {
    const state = deepFreeze(replay(fullYear(3)));
    const before = JSON.stringify(state);
    certificates(state);
    expect(JSON.stringify(state)).toBe(before);
  });
});
