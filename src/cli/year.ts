// The built-in example: a fictional but realistic Koploper year in Oost-Groningen, taken through
// the whole programme with the real 2026 factor list and the Koploper scan. Pure: fixed dates, no
// clock, no randomness; it only uses the public API.
import {
  auditRecommendations,
  calculateFootprint,
  cohortReport,
  defaultRelevance,
  koploperScan,
  nl2026,
  parseResponse,
  planTimeline,
  rankPrize,
  replay,
  scoreAssessment,
  summarizeAssessment,
  summarizeFootprint,
  itemToAuditRecommendation,
  itemToMeasure,
  applyScenario,
  type AssessmentScore,
  type AuditItem,
  type CohortReport,
  type CohortState,
  type Footprint,
  type LifecycleEventInput,
  type MeasureInput,
  type PrizeRanking,
  type Timeline,
} from "../index.js";
import { PARTICIPANTS, type Participant } from "./demo-companies.js";

/** A scan answer for each question, from the participant's maturity, deterministic per question key. */
function scanAnswers(participant: Participant, maturity: number): Record<string, unknown> {
  const answers: Record<string, unknown> = {
    org_name: participant.name,
    sector: participant.scanSector,
    staff: participant.fte,
    has_employees: true,
    offering: participant.profile.offers,
    market: participant.profile.market,
  };
  for (const section of koploperScan.sections) {
    for (const question of section.questions) {
      if (question.key in answers || section.key === "profile") continue;
      const level = Math.max(0, Math.min(4, maturity + (question.key.length % 3) - 1));
      if (question.type === "maturity") answers[question.key] = level;
      else if (question.type === "yes-no") answers[question.key] = level >= 2;
      else if (question.type === "single-choice") answers[question.key] = question.options[level]?.code;
      else if (question.type === "multiple-choice") answers[question.key] = question.options.slice(0, level).map((option) => option.code);
    }
  }
  return answers;
}

function assess(participant: Participant, maturity: number): AssessmentScore {
  const input = { questionnaire: `${koploperScan.id}@${koploperScan.version}`, answers: scanAnswers(participant, maturity) };
  return scoreAssessment(koploperScan, parseResponse(koploperScan, input));
}

/** What the example year produces, for the report and the charts. */
export interface KoploperYear {
  readonly cohortName: string;
  readonly timeline: Timeline;
  readonly participants: readonly {
    readonly id: string;
    readonly name: string;
    readonly kind: string;
    readonly baseline: Footprint;
    readonly final: Footprint;
    readonly scanBefore: AssessmentScore;
    readonly scanAfter: AssessmentScore;
    readonly recommendations: readonly AuditItem[];
    /** The audit items the action plan is built from. */
    readonly chosen: readonly AuditItem[];
  }[];
  readonly state: CohortState;
  readonly report: CohortReport;
  readonly ranking: PrizeRanking;
}

/** Builds the whole Koploper year of the example cohort. */
export function koploperYear(): KoploperYear {
  const cohortName = "Koploperproject Oost-Groningen 2027";
  const timeline = planTimeline({ kickoff: "2027-01-19", exchangeMeetings: 2 });
  const meeting = (id: string): string => timeline.meetings.find((m) => m.id === id)?.date ?? "2027-01-19";
  const symposium = meeting("symposium");
  const log: LifecycleEventInput[] = [
    {
      type: "cohort-created",
      date: "2026-10-01",
      cohort: {
        id: "oost-groningen-2027",
        name: cohortName,
        municipalities: ["Stadskanaal", "Vlagtwedde", "Pekela", "Oldambt", "Veendam"],
        region: "Oost-Groningen",
        coordinator: "CirculairActief",
        advisers: [
          { id: "ada", name: "Ada Kruiter", organisation: "CirculairActief" },
          { id: "reinier", name: "Reinier Boels", organisation: "Rein Advies" },
        ],
        plannedKickoff: "2027-01-19",
        settings: { minExchangeMeetings: 2 },
      },
    },
    ...PARTICIPANTS.map(
      (p, index): LifecycleEventInput => ({
        type: "participant-registered",
        date: `2026-11-${String(2 + index).padStart(2, "0")}`,
        participant: { id: p.id, name: p.name, kind: p.kind, sector: p.sector, fte: p.fte, location: p.location },
      }),
    ),
  ];
  const ids = PARTICIPANTS.map((p) => p.id);
  log.push({ type: "kickoff-held", date: "2027-01-19", attendance: ids, signedAgreements: ids });

  const participants = PARTICIPANTS.map((p, index) => {
    const input = { year: 2026, activities: p.activities, organisation: { fte: p.fte } };
    const scanBefore = assess(p, p.maturity);
    const scanAfter = assess(p, p.maturity + p.growth);
    const adviserId = index % 2 === 0 ? "ada" : "reinier";
    const auditDate = `2027-02-${String(10 + index * 2).padStart(2, "0")}`;
    const { items } = auditRecommendations(
      { footprint: input, profile: p.profile, iso26000: { score: scanBefore, relevance: defaultRelevance(p.profile) } },
      {
        date: auditDate,
        factors: nl2026,
        estimates: p.estimates,
        ...(p.site === undefined ? {} : { site: p.site }),
        topPerSource: { measures: 60, iso26000: 3 },
      },
    );
    const recommendations = items.slice(0, 8);
    // The action plan: the duties, the measures the adviser estimated and the first ISO 26000 step.
    const chosen = items.filter(
      (item) => item.source === "duty" || item.id.slice("measure:".length) in p.estimates || item === items.find((i) => i.source === "iso26000"),
    );
    // The final measurement: the year after, with what the measures of the plan do together.
    const scenario = applyScenario(
      input,
      chosen.flatMap((item) => item.changes),
      { factors: nl2026 },
    );
    const baseline = scenario.before;
    const final = calculateFootprint({ year: 2027, activities: [...scenario.activities], organisation: { fte: p.fte } }, { factors: nl2026 });
    const audit = [...new Map([...recommendations, ...chosen].map((item) => [item.id, item])).values()].map((item) => itemToAuditRecommendation(item));
    const measures: MeasureInput[] = chosen.map((item, m) =>
      itemToMeasure(item, {
        id: `m${m + 1}`,
        owner: item.source === "duty" ? "Directie" : "Bedrijfsleider",
        plannedStart: "2027-05-01",
        deadline: item.deadline ?? "2027-10-31",
      }),
    );
    log.push(
      {
        type: "audit-completed",
        date: auditDate,
        participantId: p.id,
        adviserId,
        iso26000: summarizeAssessment(scanBefore),
        footprint: summarizeFootprint(baseline),
        recommendations: audit,
      },
      { type: "results-meeting-held", date: `2027-03-${String(9 + index * 2).padStart(2, "0")}`, participantId: p.id },
      {
        type: "vision-adopted",
        date: "2027-04-20",
        participantId: p.id,
        text: `${p.name} onderneemt duurzaam: minder CO2, goed werkgeverschap en samen met de regio.`,
      },
      { type: "action-plan-adopted", date: "2027-05-12", participantId: p.id, measures },
    );
    return { id: p.id, name: p.name, kind: p.kind, baseline, final, scanBefore, scanAfter, recommendations, chosen, measures };
  });

  log.push(
    { type: "exchange-meeting-held", date: meeting("exchange-1"), attendance: ids, topics: ["energie", "afval"] },
    {
      type: "collaboration-recorded",
      date: "2027-06-15",
      participantIds: ["recycling-veenkolonien", "tuincentrum-westerwolde"],
      kind: "business-deal",
      description: "Recycling Veenkoloniën haalt het plastic en het groenafval van het tuincentrum op",
    },
    { type: "exchange-meeting-held", date: meeting("exchange-2"), attendance: ids.slice(0, 5), topics: ["mobiliteit", "personeel"] },
    {
      type: "promotion-published",
      date: "2027-09-08",
      medium: "Dagblad van het Noorden",
      participantIds: ["bakkerij-hofstede", "camping-pekelder-hoogte"],
      title: "Koplopers in Oost-Groningen",
    },
  );
  for (const participant of participants) {
    const done = participant.kind === "municipality" ? 1 : participant.measures.length - (participant.id.length % 2);
    participant.measures.slice(0, done).forEach((measure) => {
      log.push({ type: "measure-status-changed", date: "2027-10-15", participantId: participant.id, measureId: measure.id, status: "done" });
    });
    log.push(
      { type: "communication-submitted", date: "2027-10-01", participantId: participant.id, title: `Het duurzame verhaal van ${participant.name}` },
      {
        type: "final-measurement-recorded",
        date: "2027-11-01",
        participantId: participant.id,
        footprint: summarizeFootprint(participant.final),
        iso26000: summarizeAssessment(participant.scanAfter),
      },
    );
  }
  const jury: Readonly<Record<string, readonly [number, number]>> = {
    "bakkerij-hofstede": [8, 7],
    "tuincentrum-westerwolde": [7, 8],
    "transport-oldambt": [6, 7],
    "camping-pekelder-hoogte": [9, 8],
    "recycling-veenkolonien": [8, 9],
    "it-kanaalzicht": [7, 6],
  };
  for (const [participantId, [communication, pitch]] of Object.entries(jury)) {
    log.push({ type: "jury-scores-recorded", date: symposium, jurorId: "burgemeester", participantId, scores: { communication, pitch } });
    log.push({
      type: "jury-scores-recorded",
      date: symposium,
      jurorId: "ondernemersvereniging",
      participantId,
      scores: { communication: pitch, pitch: communication },
    });
  }
  log.push({ type: "symposium-held", date: symposium, guests: 140 });
  const criteria = { weights: { jury: 0.4, footprintReduction: 0.25, measuresDone: 0.15, maturityGain: 0.1, collaborations: 0.1 } };
  const ranking = rankPrize(replay(log), criteria);
  ranking.entries.slice(0, 3).forEach((entry, index) => {
    log.push({ type: "prize-awarded", date: symposium, participantId: entry.participantId, place: index + 1 });
  });
  log.push(
    { type: "cohort-closed", date: "2027-12-20" },
    { type: "network-activity-held", date: "2028-03-14", title: "Koplopernetwerk: lentebijeenkomst", attendance: ids },
  );
  const state = replay(log);
  return { cohortName, timeline, participants, state, report: cohortReport(state), ranking };
}
