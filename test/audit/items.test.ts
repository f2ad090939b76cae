import { describe, expect, it } from "vitest";
import { dutyItems, isoItems } from "../../src/audit/items.js";
import { energyDuties } from "../../src/audit/index.js";
import { analyzeGaps, defaultRelevance, koploperScan, parseResponse, scoreAssessment } from "../../src/index.js";
import { fullScanAnswers } from "../iso26000/fixtures.js";
import { BAKERY_PROFILE } from "./fixtures.js";

// items.ts: the audit items of the energy duties that apply and of the ISO 26000 gaps.

describe("dutyItems", () => {
  it("lists the duties that apply, in the order of the rule set, each with its threshold triggers and deadline", () => {
    const check = energyDuties({ electricityKWh: 62000, naturalGasM3: 18000 }, { date: "2026-06-01" });
    const items = dutyItems(check);
    const applying = check.duties.filter((duty) => duty.applies === true);
    expect(items.map((item) => item.id)).toEqual(applying.map((duty) => `duty:${duty.ruleId}`));
    expect(items[0]).toMatchObject({ source: "duty", theme: "energy", coreSubject: "6.5", co2ReductionKg: null, deadline: applying[0]?.nextDeadline });
    expect(items[0]?.triggers).toEqual([expect.objectContaining({ kind: "threshold", figure: "electricityKWh", ruleId: applying[0]?.ruleId })]);
  });

  it("has no item when no duty applies", () => {
    expect(dutyItems(energyDuties({ electricityKWh: 1000, naturalGasM3: 100 }, { date: "2026-06-01" }))).toEqual([]);
  });
});

describe("isoItems", () => {
  const score = scoreAssessment(koploperScan, parseResponse(koploperScan, { questionnaire: "koploper-scan@2.0.0", answers: fullScanAnswers(1) }));
  const relevance = defaultRelevance(BAKERY_PROFILE);

  it("takes the top gaps in the order analyzeGaps ranks them, each with its gap trigger", () => {
    const items = isoItems({ score, relevance }, 3);
    const ranked = analyzeGaps(score, relevance, { top: 3 })
      .gaps.filter((gap) => gap.rank !== null && gap.recommendation !== null)
      .slice(0, 3);
    expect(items.map((item) => item.id)).toEqual(ranked.map((gap) => `iso26000:${gap.recommendation?.id}`));
    expect(items[0]?.triggers).toEqual([
      { kind: "gap", clause: ranked[0]?.issue, current: ranked[0]?.current, target: ranked[0]?.target, class: ranked[0]?.class },
    ]);
  });

  it("gives nothing for a top of 0", () => {
    expect(isoItems({ score, relevance }, 0)).toEqual([]);
  });
});
