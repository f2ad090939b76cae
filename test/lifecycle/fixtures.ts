import type { LifecycleEventInput } from "../../src/lifecycle/index.js";
import { upTo } from "./helpers.js";

export const cohortCreated = {
  type: "cohort-created",
  date: "2026-10-01",
  cohort: {
    id: "westerkwartier-2027",
    name: "Koploperproject Westerkwartier",
    municipalities: ["Westerkwartier"],
    region: "Groningen",
    coordinator: "DZyzzion",
    advisers: [
      { id: "ada", name: "Ada Kruiter", organisation: "CirculairActief" },
      { id: "reina", name: "Reina Boels" },
    ],
    plannedKickoff: "2027-01-19",
  },
} as const satisfies LifecycleEventInput;

export function company(index: number): LifecycleEventInput {
  return {
    type: "participant-registered",
    date: "2026-11-01",
    participant: { id: `p${index}`, name: `Bedrijf ${index}`, kind: "company", sector: "retail", fte: 10 + index },
  };
}

export const municipality = {
  type: "participant-registered",
  date: "2026-11-02",
  participant: { id: "gem", name: "Gemeente Westerkwartier", kind: "municipality", fte: 300 },
} as const satisfies LifecycleEventInput;

export const kickoff = {
  type: "kickoff-held",
  date: "2027-01-19",
  attendance: ["p1", "p2", "p3"],
  signedAgreements: ["p1", "p2", "p3"],
} as const satisfies LifecycleEventInput;

export function footprint(scope1: number, scope2: number, scope3 = 1000, year = 2026) {
  return {
    year,
    factorSetId: "nl-2026",
    scope1,
    scope2: { marketBased: scope2, locationBased: scope2 + 500 },
    scope3,
    total: { marketBased: scope1 + scope2 + scope3, locationBased: scope1 + scope2 + 500 + scope3 },
  };
}

export function iso(overall: number) {
  return { overall, coreSubjects: { "6.2": overall, "6.5": overall + 1 }, coverage: "0.9" };
}

export function audit(id: string, scope1 = 10000): LifecycleEventInput {
  return {
    type: "audit-completed",
    date: "2027-02-15",
    participantId: id,
    adviserId: "ada",
    iso26000: iso(1),
    footprint: footprint(scope1, 5000),
    recommendations: [
      { id: "r1", title: { nl: "LED-verlichting", en: "LED lighting" }, coreSubject: "6.5", theme: "energy" },
      { id: "r2", title: { nl: "Afval scheiden", en: "Separate waste" }, coreSubject: "6.5", theme: "waste" },
    ],
  };
}

export function plan(id: string): LifecycleEventInput {
  return {
    type: "action-plan-adopted",
    date: "2027-05-01",
    participantId: id,
    measures: [
      {
        id: "m1",
        title: "LED-verlichting",
        theme: "energy",
        coreSubject: "6.5",
        recommendationId: "r1",
        owner: "Facilitair",
        deadline: "2027-09-30",
        investment: 4000,
        annualSavings: { eur: 1600, kWh: 8000 },
        annualCo2ReductionKg: 3200,
      },
      { id: "m2", title: "Afval scheiden", theme: "waste", recommendationId: "r2", investment: 500, annualSavings: { eur: 250, kgWaste: 1200 } },
      { id: "m3", title: "Fietsplan", theme: "mobility", noRecommendationReason: "idee van het personeel", status: "idea" },
    ],
  };
}

/** The steps of one participant from audit to action plan. */
export function participantYear(id: string, scope1 = 10000): LifecycleEventInput[] {
  return [
    audit(id, scope1),
    { type: "results-meeting-held", date: "2027-03-15", participantId: id },
    { type: "vision-adopted", date: "2027-04-15", participantId: id, text: "Wij ondernemen duurzaam." },
    plan(id),
  ];
}

/** A whole Koploper year: `companies` companies and a municipality, from creation to a network activity. */
export function fullYear(companies = 3): LifecycleEventInput[] {
  const ids = Array.from({ length: companies }, (_, index) => `p${index + 1}`);
  return [
    cohortCreated,
    ...ids.map((_, index) => company(index + 1)),
    municipality,
    { type: "kickoff-held", date: "2027-01-19", attendance: [...ids, "gem"], signedAgreements: ids },
    ...[...ids, "gem"].flatMap((id, index) => participantYear(id, 10000 + index * 1000)),
    { type: "exchange-meeting-held", date: "2027-06-10", attendance: ids, topics: ["energie", "afval"] },
    ...ids.flatMap((id): LifecycleEventInput[] => [
      { type: "measure-status-changed", date: "2027-06-01", participantId: id, measureId: "m1", status: "in-progress" },
      { type: "measure-status-changed", date: "2027-09-01", participantId: id, measureId: "m1", status: "done" },
      { type: "communication-submitted", date: "2027-09-15", participantId: id, title: "Ons verhaal" },
      { type: "jury-scores-recorded", date: "2027-11-01", jurorId: "j1", participantId: id, scores: { communication: 7, pitch: 8 } },
      { type: "final-measurement-recorded", date: "2027-11-15", participantId: id, footprint: footprint(9000, 4000, 1000, 2027), iso26000: iso(2) },
    ]),
    {
      type: "collaboration-recorded",
      date: "2027-07-01",
      participantIds: ["p1", "p2"],
      kind: "business-deal",
      description: "Gezamenlijke inkoop groene stroom",
    },
    { type: "promotion-published", date: "2027-08-01", medium: "Dagblad van het Noorden", participantIds: ["p1", "p2"] },
    { type: "symposium-held", date: "2027-11-25", guests: 150 },
    { type: "prize-awarded", date: "2027-11-25", participantId: "p1", place: 1, prize: "Groninger Kroon appelboom" },
    { type: "cohort-closed", date: "2027-12-15" },
    { type: "network-activity-held", date: "2028-03-01", title: "Koplopernetwerk voorjaar", attendance: ["p1", "gem"] },
  ];
}

/** The fixture's year moved `years` years later, as another cohort (by JSON, so nested dates move too). */
export function laterRound(id: string, years: number, follows?: string): LifecycleEventInput[] {
  const shift = (text: string): string => text.replace(/"(\d{4})-(\d\d-\d\d)/g, (_, year: string, rest: string) => `"${Number(year) + years}-${rest}`);
  const [created, ...rest] = JSON.parse(shift(JSON.stringify(upTo(fullYear(3), "network-activity-held")))) as [
    LifecycleEventInput & { cohort: object },
    ...LifecycleEventInput[],
  ];
  return [{ ...created, cohort: { ...created.cohort, id, ...(follows === undefined ? {} : { follows }) } } as LifecycleEventInput, ...rest];
}
