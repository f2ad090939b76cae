// The demo's readable report of the example Koploper year, in Dutch or English.
import type { Decimal } from "decimal.js";
import {
  PRIZE_CRITERIA,
  formatNumber,
  getClause,
  localize,
  measurePayback,
  type Locale,
  type MeasureStatus,
  type PrizeCriterion,
  type PrizeEntry,
} from "../index.js";
import type { KoploperYear } from "./year.js";

const TEXT = {
  nl: {
    title: "Koploperproject: een voorbeeldjaar",
    timeline: "Tijdlijn",
    kickoff: "Startbijeenkomst",
    exchange: "Uitwisselingsbijeenkomst",
    symposium: "Koplopersymposium",
    footprint: "CO2-footprint 2026 (ton CO2-eq)",
    scope1: "scope 1",
    scope2: "scope 2 (markt / locatie)",
    scope3: "scope 3",
    total: "totaal (marktgebaseerd)",
    after: "na één jaar",
    profile: "ISO 26000-profiel (niveau 0-4, voor -> na)",
    recommendations: "Belangrijkste aanbevelingen",
    reduction: "minder CO2",
    plan: "Actieplan",
    payback: "terugverdientijd",
    years: "jaar",
    cohort: "Resultaten van de groep",
    participants: "deelnemers",
    companies: "bedrijven",
    measures: "maatregelen gekozen, uitgevoerd",
    investment: "investering",
    savings: "besparing per jaar",
    co2: "CO2-reductie scope 1+2 (marktgebaseerd)",
    baseline: "nulmeting",
    prize: "Koploperprijs",
    network: "Koplopernetwerk: certificaten voor",
    points: "punten",
    shared: "gedeelde plaats",
    noData: "geen gegevens",
    status: { idea: "idee", planned: "gepland", "in-progress": "bezig", done: "uitgevoerd", verified: "geverifieerd", dropped: "geschrapt" },
    criteria: {
      jury: "jury",
      footprintReduction: "CO2-reductie scope 1+2 per fte",
      measuresDone: "uitgevoerde maatregelen",
      maturityGain: "groei ISO 26000-niveau",
      collaborations: "samenwerkingen",
    },
  },
  en: {
    title: "Koploper project: an example year",
    timeline: "Timeline",
    kickoff: "Kick-off meeting",
    exchange: "Exchange meeting",
    symposium: "Closing symposium",
    footprint: "CO2 footprint 2026 (tonnes CO2-eq)",
    scope1: "scope 1",
    scope2: "scope 2 (market / location)",
    scope3: "scope 3",
    total: "total (market-based)",
    after: "after one year",
    profile: "ISO 26000 profile (level 0-4, before -> after)",
    recommendations: "Top recommendations",
    reduction: "less CO2",
    plan: "Action plan",
    payback: "payback",
    years: "years",
    cohort: "Cohort results",
    participants: "participants",
    companies: "companies",
    measures: "measures chosen, done",
    investment: "investment",
    savings: "savings a year",
    co2: "CO2 reduction scope 1+2 (market-based)",
    baseline: "baseline",
    prize: "Koploper prize",
    network: "Koploper network: certificates for",
    points: "points",
    shared: "shared place",
    noData: "no data",
    status: { idea: "idea", planned: "planned", "in-progress": "in progress", done: "done", verified: "verified", dropped: "dropped" },
    criteria: {
      jury: "jury",
      footprintReduction: "CO2 reduction scope 1+2 per fte",
      measuresDone: "measures done",
      maturityGain: "ISO 26000 maturity gain",
      collaborations: "collaborations",
    },
  },
} as const satisfies Record<
  Locale,
  { readonly [key: string]: unknown; readonly status: Record<MeasureStatus, string>; readonly criteria: Record<PrizeCriterion, string> }
>;

const num = formatNumber;
/** An amount of euros: `€ 727.000` in Dutch, `EUR 727,000` in English. */
const euro = (value: Decimal, locale: Locale): string => `${locale === "nl" ? "€" : "EUR"} ${num(value, 0, locale)}`;
const tonnes = (kg: Decimal, locale: Locale): string => num(kg.div(1000), 1, locale);

/** A prize entry from its scores, every number in the locale: "1. Name: 0,96 punten. jury 0,94 x 0,40 = 0,38; ...". */
function prizeLine(entry: PrizeEntry, locale: Locale): string {
  const t = TEXT[locale];
  const two = (value: Decimal): string => num(value, 2, locale);
  const parts = PRIZE_CRITERIA.filter((criterion) => entry.scores[criterion].weight.gt(0)).map((criterion) => {
    const score = entry.scores[criterion];
    return `${t.criteria[criterion]} ${two(score.score)} x ${two(score.weight)} = ${two(score.weighted)}${score.raw === null ? ` (${t.noData})` : ""}`;
  });
  return `${entry.rank}. ${entry.name}${entry.tied ? ` (${t.shared})` : ""}: ${two(entry.total)} ${t.points}. ${parts.join("; ")}.`;
}

/** The report of the example year as text. */
export function renderYear(year: KoploperYear, locale: Locale): string {
  const t = TEXT[locale];
  const lines: string[] = [`${t.title}: ${year.cohortName}`, ""];
  const meetingName = (id: string): string => (id === "kickoff" ? t.kickoff : id === "symposium" ? t.symposium : `${t.exchange} ${id.split("-")[1] ?? ""}`);
  lines.push(`${t.timeline}:`, ...year.timeline.meetings.map((meeting) => `  ${meeting.date}  ${meetingName(meeting.id)}`), "");

  for (const participant of year.participants) {
    const { baseline, final } = participant;
    lines.push(`== ${participant.name} ==`);
    lines.push(`  ${t.footprint}:`);
    lines.push(`    ${t.scope1.padEnd(28)} ${tonnes(baseline.scope1, locale)}`);
    lines.push(`    ${t.scope2.padEnd(28)} ${tonnes(baseline.scope2.marketBased, locale)} / ${tonnes(baseline.scope2.locationBased, locale)}`);
    lines.push(`    ${t.scope3.padEnd(28)} ${tonnes(baseline.scope3.total, locale)}`);
    lines.push(`    ${t.total.padEnd(28)} ${tonnes(baseline.total.marketBased, locale)}  (${t.after}: ${tonnes(final.total.marketBased, locale)})`);
    lines.push(`  ${t.profile}:`);
    for (const [clause, before] of Object.entries(participant.scanBefore.coreSubjects)) {
      const after = participant.scanAfter.coreSubjects[clause]?.level;
      const name = localize(getClause(clause).name, locale);
      lines.push(
        `    ${clause} ${name.padEnd(46)} ${before.level === null ? "?" : num(before.level, 1, locale)} -> ${after == null ? "?" : num(after, 1, locale)}`,
      );
    }
    lines.push(`  ${t.recommendations}:`);
    for (const item of participant.recommendations) {
      const co2 = item.co2ReductionKg?.marketBased;
      lines.push(
        `    - ${localize(item.title, locale)}${item.deadline === null ? "" : ` (${item.deadline})`}${co2 === undefined || !co2.gt(0) ? "" : ` (${t.reduction} ${tonnes(co2, locale)} t)`}`,
      );
    }
    const plan = year.state.participants[participant.id]?.actionPlan?.measures ?? [];
    lines.push(`  ${t.plan}:`);
    for (const measure of plan) {
      const payback = measurePayback(measure);
      // A measure's title is the Dutch of the recommendation it comes from; one without keeps its own.
      const recommendation = participant.chosen.find((item) => item.id === measure.recommendationId);
      const title = recommendation === undefined ? measure.title : localize(recommendation.title, locale);
      lines.push(`    - [${t.status[measure.status]}] ${title}${payback === null ? "" : ` (${t.payback} ${num(payback, 1, locale)} ${t.years})`}`);
    }
    lines.push("");
  }

  const { report } = year;
  lines.push(`== ${t.cohort} ==`);
  lines.push(`  ${num(report.participants.total, 0, locale)} ${t.participants}, ${num(report.participants.companies, 0, locale)} ${t.companies}`);
  lines.push(`  ${num(report.measures.chosen, 0, locale)} / ${num(report.measures.done, 0, locale)} ${t.measures}`);
  lines.push(
    `  ${t.investment}: ${euro(report.money.investment, locale)}; ${t.savings}: ${euro(report.money.annualSavings, locale)}; ${t.payback}: ${report.money.paybackYears === null ? "-" : num(report.money.paybackYears, 1, locale)} ${t.years}`,
  );
  lines.push(
    `  ${t.co2}: ${tonnes(report.co2.measuredReduction.scope12MarketBased, locale)} t (${t.baseline} ${tonnes(report.co2.baseline.scope12MarketBased, locale)} t)`,
  );
  lines.push("", `== ${t.prize} ==`);
  for (const entry of year.ranking.entries) lines.push(`  ${prizeLine(entry, locale)}`);
  lines.push(`  ${localize(year.ranking.explanation, locale)}`, "");
  const certified = Object.values(year.state.participants)
    .filter((p) => p.status === "completed")
    .map((p) => p.participant.name);
  lines.push(`${t.network}: ${certified.join(", ")}`);
  return `${lines.join("\n")}\n`;
}
