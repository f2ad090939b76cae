// The lifecycle at national scale: replaying 1,000 cohorts of 15 participants, each with a full
// year of events, and building every cohort report, compared per event with one cohort.
import { performance } from "node:perf_hooks";
import { cohortReport, replay } from "../../dist/lifecycle/index.js";
import { median, report } from "./harness.mjs";

const PARTICIPANTS = 15;
const COHORTS = 1000;
const TARGET_RATIO = 1.2;

function footprint(scope1, year) {
  const scope2 = 5000;
  const scope3 = 2000;
  return {
    year,
    // Both measurements on one factor set: cohortReport refuses to compare footprints across sets.
    factorSetId: "nl-2026",
    scope1,
    scope2: { marketBased: scope2, locationBased: scope2 + 800 },
    scope3,
    total: { marketBased: scope1 + scope2 + scope3, locationBased: scope1 + scope2 + 800 + scope3 },
  };
}

/** A full Koploper year for one cohort: about 260 events. */
function cohortLog(n) {
  const ids = Array.from({ length: PARTICIPANTS }, (_, i) => `c${n}-p${i + 1}`);
  const at = (id) => ({ participantId: id });
  const events = [
    {
      type: "cohort-created",
      date: "2026-10-01",
      cohort: {
        id: `c${n}`,
        name: `Koplopers ${n}`,
        municipalities: [`Gemeente ${n}`],
        coordinator: "DZyzzion",
        advisers: [{ id: "a1", name: "Adviseur" }],
        plannedKickoff: "2027-01-19",
      },
    },
    ...ids.map((id, i) => ({ type: "participant-registered", date: "2026-11-01", participant: { id, name: `Bedrijf ${i + 1}`, kind: "company", fte: 5 + i } })),
    { type: "kickoff-held", date: "2027-01-19", attendance: ids, signedAgreements: ids },
  ];
  ids.forEach((id, i) => {
    events.push(
      {
        type: "audit-completed",
        date: "2027-02-15",
        ...at(id),
        adviserId: "a1",
        iso26000: { overall: "1.5", coreSubjects: { 6.2: 1, 6.3: 2, 6.4: 1, 6.5: 2, 6.6: 1, 6.7: 2, 6.8: 1 }, coverage: "0.9" },
        footprint: footprint(10000 + i * 100, 2026),
        recommendations: Array.from({ length: 5 }, (_, r) => ({
          id: `r${r}`,
          title: { nl: `Aanbeveling ${r}`, en: `Recommendation ${r}` },
          coreSubject: "6.5",
        })),
      },
      { type: "results-meeting-held", date: "2027-03-15", ...at(id) },
      { type: "vision-adopted", date: "2027-04-15", ...at(id), text: "Wij ondernemen duurzaam." },
      {
        type: "action-plan-adopted",
        date: "2027-05-01",
        ...at(id),
        measures: Array.from({ length: 5 }, (_, m) => ({
          id: `m${m}`,
          title: `Maatregel ${m}`,
          theme: "energy",
          recommendationId: `r${m}`,
          owner: "Directie",
          deadline: "2027-10-01",
          investment: "7800",
          subsidy: "500",
          annualSavings: { eur: "3300", kWh: 12000 },
          annualCo2ReductionKg: "5300",
        })),
      },
      { type: "measure-status-changed", date: "2027-06-01", ...at(id), measureId: "m0", status: "in-progress" },
      { type: "measure-status-changed", date: "2027-08-01", ...at(id), measureId: "m0", status: "done" },
      { type: "measure-status-changed", date: "2027-08-01", ...at(id), measureId: "m1", status: "done" },
      { type: "measure-status-changed", date: "2027-09-01", ...at(id), measureId: "m4", status: "dropped", reason: "te duur" },
      { type: "communication-submitted", date: "2027-09-15", ...at(id), title: "Ons verhaal" },
      ...["j1", "j2", "j3"].map((jurorId, j) => ({
        type: "jury-scores-recorded",
        date: "2027-11-01",
        jurorId,
        ...at(id),
        scores: { communication: (i + j) % 10, pitch: (i * j) % 10 },
      })),
      {
        type: "final-measurement-recorded",
        date: "2027-11-15",
        ...at(id),
        footprint: footprint(9000 + i * 50, 2027),
        iso26000: { overall: "2.5", coreSubjects: { 6.5: 3 }, coverage: 1 },
      },
    );
  });
  for (let m = 0; m < 4; m += 1) events.push({ type: "exchange-meeting-held", date: `2027-0${m + 4}-10`, attendance: ids.slice(m), topics: ["energie"] });
  for (let c = 0; c < 5; c += 1)
    events.push({
      type: "collaboration-recorded",
      date: "2027-07-01",
      participantIds: [ids[c], ids[c + 5]],
      kind: "joint-project",
      description: "Samen inkopen",
    });
  for (let p = 0; p < 3; p += 1) events.push({ type: "promotion-published", date: "2027-08-01", medium: "Dagblad", participantIds: ids.slice(p, p + 3) });
  events.push(
    { type: "symposium-held", date: "2027-11-25", guests: 150 },
    ...[1, 2, 3].map((place) => ({ type: "prize-awarded", date: "2027-11-25", participantId: ids[place], place })),
    { type: "cohort-closed", date: "2027-12-15" },
    { type: "network-activity-held", date: "2028-03-01", title: "Netwerk", attendance: ids },
    { type: "network-activity-held", date: "2028-09-01", title: "Netwerk", attendance: ids },
  );
  return events;
}

function time(log) {
  const start = performance.now();
  const report = cohortReport(replay(log));
  return { elapsed: performance.now() - start, report };
}

const one = cohortLog(0);
const eventsPerCohort = one.length;
for (let i = 0; i < 30; i += 1) time(one); // warm up
// One cohort in a fresh process, before the national data exists.
const fresh = median(Array.from({ length: 50 }, () => time(one).elapsed)) / eventsPerCohort;

// The national programme: every log in memory, every report kept. The machine may be shared, so
// one cohort is timed right after each national cohort: both see the same load.
const national = Array.from({ length: COHORTS }, (_, n) => cohortLog(n));
const totalEvents = national.reduce((sum, log) => sum + log.length, 0);
const reports = [];
let nationalTime = 0;
let singleTime = 0;
for (const log of national) {
  const { elapsed, report } = time(log);
  reports.push(report);
  nationalTime += elapsed;
  singleTime += time(one).elapsed;
}
if (reports.length !== COHORTS) throw new Error("a report is missing");
const large = nationalTime / totalEvents;
const single = singleTime / (eventsPerCohort * COHORTS);
const _ratio = large / single;

report({
  id: "lifecycle:linear",
  title: `replay + cohortReport per event, ${COHORTS.toLocaleString("en")} cohorts vs 1`,
  unit: "µs",
  library: large * 1000,
  baseline: single * 1000,
  baselineName: "1 cohort, timed alongside",
  target: TARGET_RATIO,
  note: `${totalEvents.toLocaleString("en")} events, ${PARTICIPANTS} participants per cohort, every report kept; one cohort alone in a fresh state: ${(fresh * 1000).toFixed(2)} µs per event`,
});
