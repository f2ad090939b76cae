import { describe, expect, it } from "vitest";
import { cohortReport, replay, type LifecycleEventInput, type MeasureInput } from "../../src/lifecycle/index.js";
import { audit, cohortCreated, company, fullYear, municipality } from "./fixtures.js";
import { deepFreeze } from "../helpers.js";
import { upTo } from "./helpers.js";

function measure(id: string, investment: number, eur: number, co2: number, extra: Partial<MeasureInput> = {}): MeasureInput {
  return {
    id,
    title: `Maatregel ${id}`,
    theme: "energy",
    noRecommendationReason: "uit de werkgroep",
    investment,
    annualSavings: { eur, kWh: 1000 },
    annualCo2ReductionKg: co2,
    ...extra,
  };
}

/** Eleven firms, 76 chosen measures: EUR 590,000 invested, EUR 252,300 a year saved, 398.2 t CO2 (ÖKOPROFIT Kreis Coesfeld). */
function coesfeld(): LifecycleEventInput[] {
  const ids = Array.from({ length: 11 }, (_, index) => `p${index + 1}`);
  const settings = { companies: { min: 3, max: 15 } };
  return [
    { ...cohortCreated, cohort: { ...cohortCreated.cohort, settings } },
    ...ids.map((_, index) => company(index + 1)),
    { type: "kickoff-held", date: "2027-01-19", attendance: ids, signedAgreements: ids },
    ...ids.flatMap((id, index): LifecycleEventInput[] => {
      const count = index === 10 ? 6 : 7;
      const measures = Array.from({ length: count }, (_, m) =>
        index === 10 && m === 5 ? measure("last", 5000, 4800, 700) : measure(`m${m}`, 7800, 3300, 5300),
      );
      return [
        audit(id),
        { type: "results-meeting-held", date: "2027-03-01", participantId: id },
        {
          type: "action-plan-adopted",
          date: "2027-04-01",
          participantId: id,
          measures: [
            ...measures,
            measure("idea", 1_000_000, 1, 1, { status: "idea" }),
            measure("drop", 1_000_000, 1, 1, { status: "dropped", droppedReason: "te duur" }),
          ],
        },
      ];
    }),
  ];
}

describe("cohortReport", () => {
  it("produces the figures ÖKOPROFIT publishes, over the chosen measures only", () => {
    const report = cohortReport(replay(coesfeld()));
    expect(report.participants.byKind.company).toBe(11);
    expect(report.measures).toMatchObject({ total: 98, chosen: 76, done: 0 });
    expect(report.measures.byStatus).toMatchObject({ planned: 76, idea: 11, dropped: 11 });
    expect(report.money.investment.toString()).toBe("590000");
    expect(report.money.annualSavings.toString()).toBe("252300");
    expect(report.money.paybackYears?.toFixed(1)).toBe("2.3");
    expect(report.money.measuresWithPayback).toBe(76);
    expect(report.co2.plannedReductionKg.div(1000).toString()).toBe("398.2");
    expect(report.annualSavings.kWh.toString()).toBe("76000");
  });

  it("reports participants, phases, CO2, ISO 26000 levels, exchange, collaborations and promotions for a whole year", () => {
    const report = cohortReport(replay(fullYear(3)));
    expect(report.participants).toEqual({
      total: 4,
      byKind: { company: 3, municipality: 1, other: 0 },
      byStatus: { waiting: 0, registered: 0, active: 0, withdrawn: 0, completed: 4 },
      companies: 3,
      belowMinimum: false,
    });
    expect(report.phases).toEqual({
      kickoffHeld: true,
      audits: { done: 4, of: 4 },
      resultsMeetings: { done: 4, of: 4 },
      visions: { done: 4, of: 4 },
      actionPlans: { done: 4, of: 4 },
      communications: { done: 3, of: 4 },
      exchangeMeetings: { held: 1, minimum: 1 },
      symposiumHeld: true,
      pitches: 0,
      guests: 150,
      prizesAwarded: 1,
      closed: true,
    });
    // audits: scope 1 = 10000, 11000, 12000, 13000; scope 2 market = 5000 each; scope 3 = 1000 each.
    expect(report.co2.baseline).toEqual({ scope12MarketBased: expect.anything(), totalMarketBased: expect.anything(), participants: 4 });
    expect(report.co2.baseline.scope12MarketBased.toString()).toBe("66000");
    expect(report.co2.baseline.totalMarketBased.toString()).toBe("70000");
    // final measurements (companies only): scope 1 + 2 = 13000, total 14000.
    expect(report.co2.measuredReduction.scope12MarketBased.toString()).toBe(String(15000 + 16000 + 17000 - 3 * 13000));
    expect(report.co2.measuredReduction.totalMarketBased.toString()).toBe(String(16000 + 17000 + 18000 - 3 * 14000));
    expect(report.co2.measuredReduction.participants).toBe(3);
    expect(report.co2.doneReductionKg.toString()).toBe("9600");
    expect(report.iso26000.overall?.toString()).toBe("1");
    expect(report.iso26000.coreSubjects["6.5"]?.toString()).toBe("2");
    expect(report.iso26000.coreSubjects["6.3"]).toBeNull();
    expect(report.exchange).toEqual({ meetings: 1, attendance: 3, averageAttendance: expect.anything() });
    expect(report.exchange.averageAttendance?.toString()).toBe("3");
    expect(report.collaborations).toEqual({ total: 1, jointProjects: 0, businessDeals: 1 });
    expect(report.promotions).toBe(1);
    expect(report.networkActivities).toBe(1);
  });

  it("leaves withdrawn participants out of every sum but counts them by status", () => {
    const events: LifecycleEventInput[] = [
      ...upTo(fullYear(3), "exchange-meeting-held"),
      { type: "participant-withdrew", date: "2027-05-15", participantId: "p3", reason: "failliet" },
    ];
    const report = cohortReport(replay(events));
    expect(report.participants.byStatus).toEqual({ waiting: 0, registered: 0, active: 3, withdrawn: 1, completed: 0 });
    expect(report.participants.belowMinimum).toBe(true);
    expect(report.co2.baseline.participants).toBe(3);
    expect(report.measures.chosen).toBe(6);
    expect(report.phases.audits).toEqual({ done: 3, of: 3 });
  });

  it("has no payback, averages or attendance before there is data", () => {
    const report = cohortReport(replay([cohortCreated, company(1), municipality]));
    expect(report.money.paybackYears).toBeNull();
    expect(report.iso26000.overall).toBeNull();
    expect(report.exchange.averageAttendance).toBeNull();
    expect(report.phases.audits).toEqual({ done: 0, of: 0 });
    expect(report.participants.byStatus.registered).toBe(2);
  });

  it("does not mutate the state", () => {
    const state = deepFreeze(replay(fullYear(3)));
    const before = JSON.stringify(state);
    cohortReport(state);
    expect(JSON.stringify(state)).toBe(before);
  });
});
