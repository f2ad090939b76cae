import { describe, expect, it } from "vitest";
import { auditRecommendations, itemToAuditRecommendation, itemToMeasure, type AuditItem } from "../../src/audit/index.js";
import { applyEvent, defaultRelevance, koploperScan, nl2026, parseResponse, replay, scoreAssessment, type LifecycleEventInput } from "../../src/index.js";
import { caught } from "../helpers.js";
import { fullScanAnswers } from "../iso26000/fixtures.js";
import { BAKERY_PROFILE, bakery } from "./fixtures.js";

// to-lifecycle.ts: an audit item becomes an action-plan measure or an audit-completed recommendation.

const OPTIONS = { date: "2026-06-01", factors: nl2026 } as const;
const score = scoreAssessment(
  koploperScan,
  parseResponse(koploperScan, { questionnaire: `${koploperScan.id}@${koploperScan.version}`, answers: fullScanAnswers(1) }),
);
const withScan = { ...bakery(), iso26000: { score, relevance: defaultRelevance(BAKERY_PROFILE) } };

describe("an item becomes an action-plan measure", () => {
  const result = auditRecommendations(withScan, {
    ...OPTIONS,
    estimates: {
      "green-electricity": { investment: 0, annualSavings: -300 },
      "led-lighting": { parameters: { share: 0.1 }, investment: 3000, annualSavings: 1500 },
    },
  });
  const pick = (id: string): AuditItem => result.items.find((item) => item.id === id)!;

  it("carries the recommendation id, money and CO2", () => {
    const measure = itemToMeasure(pick("measure:led-lighting"), { id: "m1", owner: "Bedrijfsleider", deadline: "2027-06-30", locale: "en" });
    expect(measure).toMatchObject({
      id: "m1",
      title: "LED lighting",
      theme: "energy",
      coreSubject: "6.5",
      recommendationId: "measure:led-lighting",
      status: "planned",
    });
    expect(measure.investment?.toString()).toBe("3000");
    expect(measure.annualSavings?.eur?.toString()).toBe("1500");
    expect(measure.annualCo2ReductionKg?.toString()).toBe("2994.6");
    const duty = itemToMeasure(pick("duty:informatieplicht-2023"), { id: "m2" });
    expect(duty).toMatchObject({ title: "Informatieplicht energiebesparing", recommendationId: "duty:informatieplicht-2023" });
    expect(duty.investment).toBeUndefined();
  });

  it("is accepted by the lifecycle as answering the audit's recommendation", () => {
    const chosen = [pick("duty:informatieplicht-2023"), pick("measure:led-lighting"), result.items.find((i) => i.source === "iso26000")!];
    const log: LifecycleEventInput[] = [
      {
        type: "cohort-created",
        date: "2026-10-01",
        cohort: { id: "c", name: "C", municipalities: ["Stadskanaal"], coordinator: "X", advisers: [{ id: "a", name: "A" }], plannedKickoff: "2027-01-19" },
      },
      ...["p", "q", "r"].map(
        (id): LifecycleEventInput => ({ type: "participant-registered", date: "2026-11-01", participant: { id, name: id, kind: "company" } }),
      ),
      { type: "kickoff-held", date: "2027-01-19", attendance: ["p", "q", "r"], signedAgreements: ["p", "q", "r"] },
      {
        type: "audit-completed",
        date: "2027-02-10",
        participantId: "p",
        adviserId: "a",
        iso26000: { overall: 1, coreSubjects: {}, coverage: 1 },
        footprint: {
          year: 2026,
          factorSetId: "nl-2026",
          scope1: 1,
          scope2: { marketBased: 1, locationBased: 1 },
          scope3: 0,
          total: { marketBased: 2, locationBased: 2 },
        },
        recommendations: chosen.map((item) => itemToAuditRecommendation(item)),
      },
      { type: "results-meeting-held", date: "2027-03-01", participantId: "p" },
      { type: "vision-adopted", date: "2027-04-01", participantId: "p", text: "Duurzaam bakken." },
    ];
    const state = replay(log);
    const plan: LifecycleEventInput = {
      type: "action-plan-adopted",
      date: "2027-05-01",
      participantId: "p",
      measures: chosen.map((item, i) => itemToMeasure(item, { id: `m${i}`, owner: "Eigenaar", deadline: "2027-10-31" })),
    };
    const next = applyEvent(state, plan);
    expect(next.participants["p"]?.actionPlan?.measures.map((m) => m.recommendationId)).toEqual(chosen.map((item) => item.id));
  });

  it("gives the Dutch or English description to the audit record", () => {
    const item = pick("measure:led-lighting");
    expect(itemToAuditRecommendation(item).description).toBe(item.text.nl);
    expect(itemToAuditRecommendation(item, "en")).toMatchObject({ id: item.id, coreSubject: "6.5", theme: "energy", description: item.text.en });
  });

  it("refuses what is not an item, bad options and another locale, with messages users see", () => {
    const item = pick("measure:led-lighting");
    const notAnItem = caught(() => itemToMeasure({ id: 1 } as never, { id: "m1" }));
    expect(notAnItem.issues).toEqual([{ path: ["item"], message: "expected an item of auditRecommendations", code: "invalid_type" }]);
    expect(caught(() => itemToMeasure(item, { id: "", locale: "de" } as never)).message).toMatchInlineSnapshot(`
      "invalid measure options:
      ✖ Too small: expected string to have >=1 characters
        → at id
      ✖ Invalid option: expected one of "nl"|"en"
        → at locale"
    `);
    const locale = caught(() => itemToAuditRecommendation(item, "de" as never));
    expect([locale.code, locale.message, locale.issues[0]?.path]).toMatchInlineSnapshot(`
      [
        "INVALID_INPUT",
        "the locale is "nl" or "en", not "de"",
        [
          "locale",
        ],
      ]
    `);
  });
});
