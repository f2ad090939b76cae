import type { Decimal } from "decimal.js";
import { D } from "../core/decimal.js";
import { paybackOf } from "./measures.js";
import { acrossFactorSets } from "./prize.js";
import {
  CORE_SUBJECT_CLAUSES,
  MEASURE_STATUSES,
  PARTICIPANT_KINDS,
  PROMOTION_LEVELS,
  type CoreSubjectClause,
  type MeasureStatus,
  type ParticipantKind,
} from "./constants.js";
import type { Measure } from "./measure.schema.js";
import { isChosen, isCurrent, isDone, participantsOf, type CohortState, type ParticipantState, type ParticipantStatus } from "./state.js";
import { cohortStateAt } from "./state.schema.js";

/**
 * Done steps out of the participants they apply to (active or completed).
 *
 * @example
 * ```ts
 * import type { Progress } from "koploper/lifecycle";
 *
 * const share = (p: Progress) => (p.of === 0 ? 0 : p.done / p.of);
 * ```
 */
export interface Progress {
  readonly done: number;
  readonly of: number;
}

/**
 * Scope 1 + 2 (market-based) and total (market-based) emissions in kg CO2-eq, summed over
 * `participants` participants.
 *
 * @example
 * ```ts
 * import type { Co2Figures } from "koploper/lifecycle";
 *
 * const tonnes = (f: Co2Figures) => f.totalMarketBased.div(1000).toFixed(1);
 * ```
 */
export interface Co2Figures {
  readonly scope12MarketBased: Decimal;
  readonly totalMarketBased: Decimal;
  readonly participants: number;
}

/**
 * The figures a programme publishes about a cohort (see {@link cohortReport}). Money in EUR,
 * emissions in kg CO2-eq, all exact.
 *
 * @example
 * ```ts
 * import type { CohortReport } from "koploper/lifecycle";
 *
 * const headline = (r: CohortReport) => `${r.measures.chosen} maatregelen, EUR ${r.money.annualSavings.toFixed(0)} per jaar`;
 * ```
 */
export interface CohortReport {
  readonly cohortId: string;
  readonly participants: {
    readonly total: number;
    readonly byKind: Readonly<Record<ParticipantKind, number>>;
    readonly byStatus: Readonly<Record<ParticipantStatus, number>>;
    readonly companies: number;
    readonly belowMinimum: boolean;
  };
  readonly phases: {
    readonly kickoffHeld: boolean;
    readonly audits: Progress;
    readonly resultsMeetings: Progress;
    readonly visions: Progress;
    readonly actionPlans: Progress;
    readonly communications: Progress;
    readonly exchangeMeetings: { readonly held: number; readonly minimum: number };
    readonly symposiumHeld: boolean;
    /** Participants that pitched at the symposium, and its guests (`null` when not recorded). */
    readonly pitches: number;
    readonly guests: number | null;
    readonly prizesAwarded: number;
    readonly closed: boolean;
  };
  readonly measures: {
    readonly total: number;
    readonly chosen: number;
    readonly done: number;
    readonly byStatus: Readonly<Record<MeasureStatus, number>>;
  };
  /**
   * Over the chosen measures only; `paybackYears` = investment / annual savings (gross),
   * `netPaybackYears` = (investment - subsidy) / annual savings (a measure's subsidy never
   * exceeds its investment); both `null` without savings.
   */
  readonly money: {
    readonly investment: Decimal;
    readonly subsidy: Decimal;
    readonly annualSavings: Decimal;
    readonly paybackYears: Decimal | null;
    readonly netPaybackYears: Decimal | null;
    readonly measuresWithPayback: number;
  };
  /** Hours recorded with `effort-recorded`, over the participants not withdrawn; `averageHours` over those with hours, `null` when none has. */
  readonly effort: { readonly totalHours: Decimal; readonly participants: number; readonly averageHours: Decimal | null };
  /**
   * The cohort's funding in EUR: the cohort's `funding` per source, the participants' `fee`s (every
   * participant with a fee, withdrawn ones included: a fee paid is paid) and the total.
   */
  readonly funding: {
    readonly province: Decimal;
    readonly municipality: Decimal;
    readonly other: Decimal;
    readonly participants: Decimal;
    readonly total: Decimal;
  };
  /** Annual physical savings of the chosen measures. */
  readonly annualSavings: {
    readonly kWh: Decimal;
    readonly m3Gas: Decimal;
    readonly m3Water: Decimal;
    readonly kgWaste: Decimal;
    readonly km: Decimal;
  };
  readonly co2: {
    /** The audits' footprints. */
    readonly baseline: Co2Figures;
    /** Audit minus final measurement, over the participants that have both. */
    readonly measuredReduction: Co2Figures;
    /** The annual CO2 reduction the chosen measures promise. */
    readonly plannedReductionKg: Decimal;
    /** The annual CO2 reduction of the measures done or verified. */
    readonly doneReductionKg: Decimal;
    /** Participants whose measured reduction compares footprints of different factor sets (only with `acrossFactorSets: true`). */
    readonly acrossFactorSets: readonly string[];
  };
  /** Mean ISO 26000 level (0-4) at the audit over the participants that have a level; `null` when none has. */
  readonly iso26000: {
    readonly participants: number;
    readonly overall: Decimal | null;
    readonly coreSubjects: Readonly<Record<CoreSubjectClause, Decimal | null>>;
  };
  readonly exchange: { readonly meetings: number; readonly attendance: number; readonly averageAttendance: Decimal | null };
  readonly collaborations: { readonly total: number; readonly jointProjects: number; readonly businessDeals: number };
  readonly promotions: number;
  /** Promotion by level: recruitment and cohort press (`project`), articles naming participants. */
  readonly promotionsByLevel: { readonly project: number; readonly participants: number };
  readonly networkActivities: number;
}

const ZERO = /* @__PURE__ */ new D(0);

function sum(values: readonly (Decimal | undefined)[]): Decimal {
  return values.reduce((total: Decimal, value) => (value === undefined ? total : total.plus(value)), ZERO);
}

function mean(values: readonly (Decimal | undefined)[]): Decimal | null {
  const known = values.filter((value): value is Decimal => value !== undefined);
  return known.length === 0 ? null : sum(known).div(known.length);
}

function count<T extends string>(keys: readonly T[], values: readonly T[]): Record<T, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<T, number>;
  for (const value of values) counts[value] += 1;
  return counts;
}

function progress(participants: readonly ParticipantState[], done: (participant: ParticipantState) => boolean): Progress {
  const running = participants.filter((participant) => participant.status === "active" || participant.status === "completed");
  return { done: running.filter(done).length, of: running.length };
}

function co2Figures(pairs: readonly { scope12: Decimal; total: Decimal }[]): Co2Figures {
  return { scope12MarketBased: sum(pairs.map((pair) => pair.scope12)), totalMarketBased: sum(pairs.map((pair) => pair.total)), participants: pairs.length };
}

/**
 * The cohort's figures, as programmes publish them (for example ÖKOPROFIT Kreis Coesfeld: 11
 * firms, 76 measures, EUR 252,300 a year saved, EUR 590,000 invested, payback 2.3 years, 398.2 t
 * CO2): participants by kind and status, phase progress, measures planned and done, investment,
 * annual savings and cohort payback over the chosen measures only (not ideas, not dropped), CO2
 * baseline and reduction (scope 1 + 2 market-based and total), the mean ISO 26000 level per core
 * subject, exchange attendance, collaborations and promotions, the participants' effort in hours,
 * and the cohort's funding (province, municipality, other funders, participants' fees) beside the
 * gross and the net-of-subsidy payback. Withdrawn participants count only in `participants` (and
 * with the fees they paid).
 *
 * @param state - the cohort
 * @param options - `acrossFactorSets: true` to report measured reductions whose audit and final
 *   footprints were calculated on different factor sets (listed in `co2.acrossFactorSets`)
 * @returns the report, exact decimals throughout
 * @throws {@link KoploperError} `INCOMPATIBLE_FOOTPRINTS` when a participant's audit and final
 *   footprints are on different factor sets, without `acrossFactorSets: true`
 * @see https://github.com/ORNL-AMO/AMO-Tools-Desktop/issues/3460 (payback over selected measures only)
 * @example
 * ```ts
 * import { cohortReport, type CohortState } from "koploper/lifecycle";
 *
 * declare const state: CohortState;
 * const report = cohortReport(state);
 * report.money.paybackYears?.toFixed(1);
 * ```
 */
export function cohortReport(state: CohortState, options: { readonly acrossFactorSets?: boolean } = {}): CohortReport {
  state = cohortStateAt(state, ["state"]);
  const all = participantsOf(state);
  const current = all.filter(isCurrent);
  const across = acrossFactorSets(current, options, "options");
  const measures: Measure[] = current.flatMap((participant) => participant.actionPlan?.measures ?? []);
  const chosen = measures.filter(isChosen);
  const done = chosen.filter(isDone);
  const investment = sum(chosen.map((measure) => measure.investment));
  const annualSavings = sum(chosen.map((measure) => measure.annualSavings?.eur));
  const physical = (key: "kWh" | "m3Gas" | "m3Water" | "kgWaste" | "km"): Decimal => sum(chosen.map((measure) => measure.annualSavings?.[key]));
  const audited = current.flatMap((participant) => participant.audit ?? []);
  const baselines = audited.map(({ footprint }) => ({ scope12: footprint.scope1.plus(footprint.scope2.marketBased), total: footprint.total.marketBased }));
  const reductions = current.flatMap(({ audit, finalMeasurement }) => {
    const after = finalMeasurement?.footprint;
    if (audit === undefined || after === undefined) return [];
    const before = audit.footprint;
    return [
      {
        scope12: before.scope1.plus(before.scope2.marketBased).minus(after.scope1).minus(after.scope2.marketBased),
        total: before.total.marketBased.minus(after.total.marketBased),
      },
    ];
  });
  const subsidy = sum(chosen.map((measure) => measure.subsidy));
  const hours = current.flatMap((participant) => participant.effortHours ?? []);
  const funded = (source: "province" | "municipality" | "other"): Decimal =>
    sum(state.cohort.funding.filter((item) => item.source === source).map((item) => item.amount));
  const fees = sum(all.map((participant) => participant.participant.fee));
  const attendance = state.exchangeMeetings.reduce((total, meeting) => total + meeting.attendance.length, 0);
  return {
    cohortId: state.cohort.id,
    participants: {
      total: all.length,
      byKind: count(
        PARTICIPANT_KINDS,
        all.map((participant) => participant.participant.kind),
      ),
      byStatus: count(
        ["waiting", "registered", "active", "withdrawn", "completed"],
        all.map((participant) => participant.status),
      ),
      companies: state.companyCount,
      belowMinimum: state.belowMinimum,
    },
    phases: {
      kickoffHeld: state.kickoff !== undefined,
      audits: progress(current, (participant) => participant.audit !== undefined),
      resultsMeetings: progress(current, (participant) => participant.resultsMeetingOn !== undefined),
      visions: progress(current, (participant) => participant.vision !== undefined),
      actionPlans: progress(current, (participant) => participant.actionPlan !== undefined),
      communications: progress(current, (participant) => participant.communication !== undefined),
      exchangeMeetings: { held: state.exchangeMeetings.length, minimum: state.cohort.settings.minExchangeMeetings },
      symposiumHeld: state.symposium !== undefined,
      pitches: state.symposium?.pitches?.length ?? 0,
      guests: state.symposium?.guests ?? null,
      prizesAwarded: state.prizes.length,
      closed: state.closedOn !== undefined,
    },
    measures: {
      total: measures.length,
      chosen: chosen.length,
      done: done.length,
      byStatus: count(
        MEASURE_STATUSES,
        measures.map((measure) => measure.status),
      ),
    },
    money: {
      investment,
      subsidy,
      annualSavings,
      paybackYears: annualSavings.gt(0) ? investment.div(annualSavings) : null,
      netPaybackYears: annualSavings.gt(0) ? investment.minus(subsidy).div(annualSavings) : null,
      measuresWithPayback: chosen.filter((measure) => paybackOf(measure) !== null).length,
    },
    effort: { totalHours: sum(hours), participants: hours.length, averageHours: mean(hours) },
    funding: {
      province: funded("province"),
      municipality: funded("municipality"),
      other: funded("other"),
      participants: fees,
      total: funded("province").plus(funded("municipality")).plus(funded("other")).plus(fees),
    },
    annualSavings: { kWh: physical("kWh"), m3Gas: physical("m3Gas"), m3Water: physical("m3Water"), kgWaste: physical("kgWaste"), km: physical("km") },
    co2: {
      baseline: co2Figures(baselines),
      measuredReduction: co2Figures(reductions),
      plannedReductionKg: sum(chosen.map((measure) => measure.annualCo2ReductionKg)),
      doneReductionKg: sum(done.map((measure) => measure.annualCo2ReductionKg)),
      acrossFactorSets: across,
    },
    iso26000: {
      participants: audited.length,
      overall: mean(audited.map((record) => record.iso26000.overall)),
      coreSubjects: Object.fromEntries(
        CORE_SUBJECT_CLAUSES.map((clause) => [clause, mean(audited.map((record) => record.iso26000.coreSubjects[clause]))]),
      ) as Record<CoreSubjectClause, Decimal | null>,
    },
    exchange: {
      meetings: state.exchangeMeetings.length,
      attendance,
      averageAttendance: state.exchangeMeetings.length === 0 ? null : new D(attendance).div(state.exchangeMeetings.length),
    },
    collaborations: {
      total: state.collaborations.length,
      jointProjects: state.collaborations.filter((item) => item.kind === "joint-project").length,
      businessDeals: state.collaborations.filter((item) => item.kind === "business-deal").length,
    },
    promotions: state.promotions.length,
    promotionsByLevel: count(
      PROMOTION_LEVELS,
      state.promotions.map((item) => item.level),
    ),
    networkActivities: state.networkActivities.length,
  };
}
