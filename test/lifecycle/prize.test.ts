import { describe, expect, it } from "vitest";
import { rankPrize, replay, type LifecycleEventInput, type PrizeRanking } from "../../src/lifecycle/index.js";
import { cohortCreated, company, footprint, iso, municipality, participantYear } from "./fixtures.js";
import { caught, deepFreeze } from "../helpers.js";

function jury(jurorId: string, participantId: string, scores: Record<string, number>): LifecycleEventInput {
  return { type: "jury-scores-recorded", date: "2027-11-01", jurorId, participantId, scores };
}

function status(participantId: string, measureId: string, value: string, reason?: string): LifecycleEventInput {
  return {
    type: "measure-status-changed",
    date: "2027-09-01",
    participantId,
    measureId,
    status: value,
    ...(reason === undefined ? {} : { reason }),
  } as LifecycleEventInput;
}

function final(participantId: string, overall?: number): LifecycleEventInput {
  return {
    type: "final-measurement-recorded",
    date: "2027-11-15",
    participantId,
    footprint: footprint(9000, 4000, 1000, 2027),
    ...(overall === undefined ? {} : { iso26000: iso(overall) }),
  } as LifecycleEventInput;
}

// p1..p3 compete (fte 11, 12, 13; audit scope 1 + 2 = 15000, 16000, 17000 kg); p4 has no plan,
// p5 withdrew, the municipality may not win by default.
const events: LifecycleEventInput[] = [
  cohortCreated,
  company(1),
  company(2),
  company(3),
  company(4),
  company(5),
  municipality,
  { type: "kickoff-held", date: "2027-01-19", attendance: [], signedAgreements: [] },
  ...participantYear("p1", 10000),
  ...participantYear("p2", 11000),
  ...participantYear("p3", 12000),
  ...participantYear("gem", 10000),
  ...participantYear("p5", 10000),
  { type: "participant-withdrew", date: "2027-06-01", participantId: "p5", reason: "overgenomen" },
  { type: "exchange-meeting-held", date: "2027-06-10", attendance: ["p1", "p2"], topics: ["energie"] },
  status("p1", "m1", "done"),
  status("p2", "m1", "done"),
  status("p2", "m2", "done"),
  status("p3", "m2", "dropped", "te duur"),
  { type: "collaboration-recorded", date: "2027-07-01", participantIds: ["p1", "p2"], kind: "business-deal", description: "Inkoop" },
  { type: "collaboration-recorded", date: "2027-07-02", participantIds: ["p1", "gem"], kind: "joint-project", description: "Laadpalen" },
  jury("j1", "p1", { pitch: 8, communication: 6 }),
  jury("j1", "p2", { pitch: 4, communication: 6 }),
  jury("j1", "p3", { pitch: 8, communication: 3 }),
  jury("j2", "p1", { pitch: 5 }),
  jury("j2", "p2", { pitch: 10 }),
  jury("j1", "gem", { pitch: 20, communication: 60 }),
  final("p1", 3),
  final("p2", 2),
  final("p3"),
  { type: "symposium-held", date: "2027-11-25", excused: ["p4"] },
];
const state = replay(events);

function byId(ranking: PrizeRanking): Record<string, { rank: number; total: string; tied: boolean }> {
  return Object.fromEntries(ranking.entries.map((entry) => [entry.participantId, { rank: entry.rank, total: entry.total.toString(), tied: entry.tied }]));
}

describe("rankPrize", () => {
  it("ranks only eligible participants and says why the others are left out", () => {
    const ranking = rankPrize(state, { weights: { measuresDone: 1 } });
    expect(ranking.entries.map((entry) => entry.participantId)).toEqual(["p2", "p1", "p3"]);
    expect(ranking.excluded).toEqual([
      { participantId: "p4", name: "Bedrijf 4", reason: "no-action-plan" },
      { participantId: "p5", name: "Bedrijf 5", reason: "withdrawn" },
      { participantId: "gem", name: "Gemeente Westerkwartier", reason: "kind-not-eligible" },
    ]);
  });

  it("normalises jury scores per juror and jury criterion, ignoring ineligible participants", () => {
    // j1 pitch: 8/8, 4/8, 8/8; j1 communication: 6/6, 6/6, 3/6; j2 pitch: 5/10, 10/10.
    const ranking = rankPrize(state, { weights: { jury: 1 } });
    const p1 = ranking.entries.find((entry) => entry.participantId === "p1");
    expect(p1?.scores.jury.raw?.times(6).toString()).toBe("5");
    expect(ranking.entries.find((entry) => entry.participantId === "p3")?.total.toString()).toBe("0.75");
  });

  it("shares the place on a full tie and lists the tied participants in registration order", () => {
    expect(byId(rankPrize(state, { weights: { jury: 1 } }))).toMatchObject({
      p1: { rank: 1, tied: true },
      p2: { rank: 1, tied: true },
      p3: { rank: 3, tied: false, total: "0.75" },
    });
    expect(rankPrize(state, { weights: { jury: 1 } }).entries.map((entry) => entry.participantId)).toEqual(["p1", "p2", "p3"]);
  });

  it("breaks a tie on the total by the criteria in order of weight, equal weights in the documented order", () => {
    // measures done 0.5 and 1, collaborations 2 and 1 (of 2): both totals are 0.75.
    const ranking = rankPrize(state, { weights: { measuresDone: 0.5, collaborations: 0.5 } });
    expect(byId(ranking)).toMatchObject({ p1: { rank: 2, total: "0.75", tied: false }, p2: { rank: 1, total: "0.75", tied: false } });
  });

  it("scores the scope 1 + 2 reduction per fte relative to the best participant", () => {
    // reductions per fte: p1 2000/11, p2 3000/12 = 250, p3 4000/13 (best).
    const ranking = rankPrize(state, { weights: { footprintReduction: 1 } });
    const p2 = ranking.entries.find((entry) => entry.participantId === "p2");
    expect(p2?.scores.footprintReduction.raw?.toString()).toBe("250");
    expect(p2?.total.toString()).toBe("0.8125");
    expect(ranking.entries[0]?.participantId).toBe("p3");
  });

  it("scores the ISO 26000 gain relative to the best gain, no final measurement as 0 with a note", () => {
    const ranking = rankPrize(state, { weights: { maturityGain: 1 } });
    expect(byId(ranking)).toMatchObject({ p1: { total: "1" }, p2: { total: "0.5" }, p3: { total: "0" } });
    const p3 = ranking.entries.find((entry) => entry.participantId === "p3");
    expect(p3?.scores.maturityGain.raw).toBeNull();
    expect(p3?.explanation.nl).toContain("(geen gegevens)");
    expect(p3?.explanation.en).toContain("(no data)");
  });

  it("counts collaborations with any other participant", () => {
    expect(byId(rankPrize(state, { weights: { collaborations: 1 } }))).toMatchObject({ p1: { total: "1" }, p2: { total: "0.5" }, p3: { total: "0" } });
  });

  it("adds the weighted criteria exactly", () => {
    const ranking = rankPrize(state, { weights: { jury: "0.4", footprintReduction: "0.2", measuresDone: "0.2", maturityGain: "0.1", collaborations: "0.1" } });
    const p2 = ranking.entries.find((entry) => entry.participantId === "p2");
    // jury 5/6 x 0.4 + 0.8125 x 0.2 + 1 x 0.2 + 0.5 x 0.1 + 0.5 x 0.1
    expect(p2?.total.minus("0.4625").times(6).toString()).toBe("2");
    expect(ranking.entries.map((entry) => entry.participantId)).toEqual(["p2", "p1", "p3"]);
  });

  it("explains each place and the method in Dutch and English", () => {
    const ranking = rankPrize(state, { weights: { jury: 0.5, measuresDone: 0.5 } });
    expect(ranking.entries[0]?.explanation.nl).toBe("1. Bedrijf 2: 0,92 punten. jury 0,83 x 0,50 = 0,42; uitgevoerde maatregelen 1,00 x 0,50 = 0,50.");
    expect(ranking.entries[0]?.explanation.en).toBe("1. Bedrijf 2: 0.92 points. jury 0.83 x 0.50 = 0.42; measures done 1.00 x 0.50 = 0.50.");
    expect(ranking.explanation.nl).toContain("jury 50%, uitgevoerde maatregelen 50%");
    expect(ranking.explanation.nl).toContain("Niet gerangschikt: Bedrijf 4 (geen actieplan), Bedrijf 5 (teruggetrokken)");
    expect(ranking.explanation.en).toContain("the participants share the place");
    expect(rankPrize(state, { weights: { jury: 1 } }).entries[0]?.explanation.nl).toContain("(gedeelde plaats)");
  });

  it("writes weights with a decimal comma in Dutch and a point in English", () => {
    const ranking = rankPrize(state, { weights: { jury: "0.125", measuresDone: "0.875" } });
    expect(ranking.explanation.nl).toContain("jury 12,5%, uitgevoerde maatregelen 87,5%");
    expect(ranking.explanation.en).toContain("jury 12.5%, measures done 87.5%");
    expect(ranking.entries[0]?.explanation.nl).toMatch(/^1\. Bedrijf \d: \d,\d\d punten\. jury \d,\d\d x 0,13 = \d,\d\d; /);
  });

  it("lets the criteria open the prize to other kinds", () => {
    const ranking = rankPrize(state, { weights: { jury: 1 }, eligibleKinds: ["company", "municipality"] });
    expect(ranking.entries.map((entry) => entry.participantId)).toContain("gem");
    expect(ranking.excluded.map((item) => item.reason)).toEqual(["no-action-plan", "withdrawn"]);
  });

  it("gives 0 where no eligible participant has data", () => {
    const early = replay(events.slice(0, 8 + 4 * 4));
    const ranking = rankPrize(early, { weights: { jury: 0.25, footprintReduction: 0.25, maturityGain: 0.25, collaborations: 0.25 } });
    expect(ranking.entries.every((entry) => entry.total.isZero() && entry.rank === 1)).toBe(true);
  });

  it("rejects weights that do not sum to 1", () => {
    expect(caught(() => rankPrize(state, { weights: { jury: 0.5 } })).code).toBe("INVALID_INPUT");
  });

  it("does not mutate the state or the criteria", () => {
    const frozen = deepFreeze(replay(events));
    const criteria = deepFreeze({ weights: { jury: 0.5, measuresDone: 0.5 } });
    const before = JSON.stringify(frozen);
    rankPrize(frozen, criteria);
    expect(JSON.stringify(frozen)).toBe(before);
  });
});
