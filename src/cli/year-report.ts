// The demo's readable report of the example Koploper year, in Dutch or English.
import type { Decimal } from "decimal.js";
import { getClause, localize, measurePayback, type Locale } from "../index.js";
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
  },
} as const;

/** A number for people: fixed decimals, with a decimal comma in Dutch. */
function num(value: Decimal, decimals: number, locale: Locale): string {
  const text = value.toFixed(decimals);
  return locale === "nl" ? text.replace(".", ",") : text;
}

const tonnes = (kg: Decimal, locale: Locale): string => num(kg.div(1000), 1, locale);
const eur = (amount: Decimal, locale: Locale): string => `EUR ${num(amount, 0, locale)}`;

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
      lines.push(`    ${clause} ${name.padEnd(46)} ${before.level === null ? "?" : num(before.level, 1, locale)} -> ${after == null ? "?" : num(after, 1, locale)}`);
    }
    lines.push(`  ${t.recommendations}:`);
    for (const item of participant.recommendations) {
      const co2 = item.co2ReductionKg?.marketBased;
      lines.push(`    - ${localize(item.title, locale)}${item.deadline === null ? "" : ` (${item.deadline})`}${co2 === undefined || !co2.gt(0) ? "" : ` (${t.reduction} ${tonnes(co2, locale)} t)`}`);
    }
    const plan = year.state.participants[participant.id]?.actionPlan?.measures ?? [];
    lines.push(`  ${t.plan}:`);
    for (const measure of plan) {
      const payback = measurePayback(measure);
      lines.push(`    - [${measure.status}] ${measure.title}${payback === null ? "" : ` (${t.payback} ${num(payback, 1, locale)} ${t.years})`}`);
    }
    lines.push("");
  }

  const { report } = year;
  lines.push(`== ${t.cohort} ==`);
  lines.push(`  ${report.participants.total} ${t.participants}, ${report.participants.companies} ${t.companies}`);
  lines.push(`  ${report.measures.chosen} / ${report.measures.done} ${t.measures}`);
  lines.push(`  ${t.investment}: ${eur(report.money.investment, locale)}; ${t.savings}: ${eur(report.money.annualSavings, locale)}; ${t.payback}: ${report.money.paybackYears === null ? "-" : num(report.money.paybackYears, 1, locale)} ${t.years}`);
  lines.push(`  ${t.co2}: ${tonnes(report.co2.measuredReduction.scope12MarketBased, locale)} t (${t.baseline} ${tonnes(report.co2.baseline.scope12MarketBased, locale)} t)`);
  lines.push("", `== ${t.prize} ==`);
  for (const entry of year.ranking.entries) lines.push(`  ${localize(entry.explanation, locale)}`);
  lines.push(`  ${localize(year.ranking.explanation, locale)}`, "");
  const certified = Object.values(year.state.participants).filter((p) => p.status === "completed").map((p) => p.participant.name);
  lines.push(`${t.network}: ${certified.join(", ")}`);
  return `${lines.join("\n")}\n`;
}
