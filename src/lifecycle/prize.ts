import type { Decimal } from "decimal.js";
import { D } from "../core/decimal.js";
import { type KoploperError, problem, rewrap } from "../core/errors.js";
import { formatNumber } from "../core/format.js";
import type { Locale, Localized } from "../core/localized.js";
import { booleanOption, readOptions } from "../core/options.js";
import { ineligibility } from "./guards.js";
import { PRIZE_CRITERIA, type PrizeCriterion } from "./constants.js";
import { parsePrizeCriteria, type PrizeCriteriaInput } from "./prize.schema.js";
import { isChosen, isDone, participantsOf, type CohortState, type ParticipantState } from "./state.js";
import { cohortStateAt } from "./state.schema.js";

/**
 * One criterion's part of a participant's prize score: the measured `raw` value (`null` when there
 * is no data, which scores 0), the normalised `score` (0-1), the criterion's `weight` and
 * `weighted` = score x weight.
 *
 * @example
 * ```ts
 * import type { CriterionScore } from "koploper/lifecycle";
 *
 * const percent = (s: CriterionScore) => s.score.times(100).toFixed(0);
 * ```
 */
export interface CriterionScore {
  readonly raw: Decimal | null;
  readonly score: Decimal;
  readonly weight: Decimal;
  readonly weighted: Decimal;
}

/**
 * A ranked participant: its `rank` (shared when `tied`), `total` (the sum of the weighted scores,
 * 0-1), the score per criterion and a sentence a jury chair can read out.
 *
 * @example
 * ```ts
 * import type { PrizeEntry } from "koploper/lifecycle";
 *
 * const line = (e: PrizeEntry) => `${e.rank}. ${e.name} ${e.total.toFixed(2)}`;
 * ```
 */
export interface PrizeEntry {
  readonly participantId: string;
  readonly name: string;
  readonly rank: number;
  readonly tied: boolean;
  readonly total: Decimal;
  readonly scores: Readonly<Record<PrizeCriterion, CriterionScore>>;
  readonly explanation: Localized;
}

/**
 * Why a participant is not ranked: it withdrew, has no action plan, or its kind may not win.
 *
 * @example
 * ```ts
 * import type { PrizeExclusion } from "koploper/lifecycle";
 *
 * const reason: PrizeExclusion["reason"] = "no-action-plan";
 * ```
 */
export interface PrizeExclusion {
  readonly participantId: string;
  readonly name: string;
  readonly reason: "withdrawn" | "no-action-plan" | "kind-not-eligible";
}

/**
 * The result of {@link rankPrize}: the ranked `entries` (best first), the participants left out
 * with the reason, and an explanation of the method.
 *
 * @example
 * ```ts
 * import type { PrizeRanking } from "koploper/lifecycle";
 *
 * const winners = (r: PrizeRanking) => r.entries.filter((e) => e.rank === 1);
 * ```
 */
export interface PrizeRanking {
  readonly entries: readonly PrizeEntry[];
  readonly excluded: readonly PrizeExclusion[];
  readonly explanation: Localized;
  /** The participants whose footprint reduction compares footprints of different factor sets (only with `acrossFactorSets: true`). */
  readonly acrossFactorSets: readonly string[];
}

/**
 * The ids of the participants whose audit and final footprints were calculated on different factor
 * sets. Refused (`INCOMPATIBLE_FOOTPRINTS`) unless `options.acrossFactorSets` is `true`: a factor
 * update is not a reduction (recalculate the audit's footprint with `recalculateFootprint`).
 */
export function acrossFactorSets(participants: readonly ParticipantState[], options: { readonly acrossFactorSets?: boolean }, path: string): string[] {
  let optIn: unknown;
  try {
    optIn = readOptions(options, "options", { acrossFactorSets: booleanOption }).acrossFactorSets;
  } catch (error) {
    throw rewrap(error as KoploperError, [path], "");
  }
  const across = participants.filter(
    ({ audit, finalMeasurement }) =>
      audit !== undefined && finalMeasurement?.footprint !== undefined && audit.footprint.factorSetId !== finalMeasurement.footprint.factorSetId,
  );
  if (across.length > 0 && optIn !== true) {
    const message = `the audit and final footprints of ${across.map((p) => p.participant.id).join(", ")} were calculated on different factor sets: a factor update is not a reduction; recalculate the audit's footprint on the newer set (recalculateFootprint), or pass acrossFactorSets: true`;
    throw problem("INCOMPATIBLE_FOOTPRINTS", "factor_set_mismatch", message, [path, "acrossFactorSets"]);
  }
  return across.map((participant) => participant.participant.id);
}

const LABELS: Readonly<Record<PrizeCriterion, Localized>> = {
  jury: { nl: "jury", en: "jury" },
  footprintReduction: { nl: "CO2-reductie scope 1+2 per fte", en: "CO2 reduction scope 1+2 per fte" },
  measuresDone: { nl: "uitgevoerde maatregelen", en: "measures done" },
  maturityGain: { nl: "groei ISO 26000-niveau", en: "ISO 26000 maturity gain" },
  collaborations: { nl: "samenwerkingen", en: "collaborations" },
};

const REASONS: Readonly<Record<PrizeExclusion["reason"], Localized>> = {
  withdrawn: { nl: "teruggetrokken", en: "withdrew" },
  "no-action-plan": { nl: "geen actieplan", en: "no action plan" },
  "kind-not-eligible": { nl: "komt als soort deelnemer niet in aanmerking", en: "its kind is not eligible" },
};

const ZERO = /* @__PURE__ */ new D(0);

/** Jury score per participant: the mean over the (juror, jury criterion) pairs that scored it of score / that pair's highest score. */
function juryScores(state: CohortState, eligible: ReadonlySet<string>): Map<string, Decimal> {
  const highest = new Map<string, Decimal>();
  const key = (juror: string, criterion: string): string => JSON.stringify([juror, criterion]);
  const relevant = state.juryScores.filter((record) => eligible.has(record.participantId));
  for (const record of relevant) {
    for (const [criterion, value] of Object.entries(record.scores)) {
      const pair = key(record.jurorId, criterion);
      const best = highest.get(pair);
      if (best === undefined || value.gt(best)) highest.set(pair, value);
    }
  }
  const sums = new Map<string, { sum: Decimal; count: number }>();
  for (const record of relevant) {
    for (const [criterion, value] of Object.entries(record.scores)) {
      const best = highest.get(key(record.jurorId, criterion)) ?? ZERO;
      const normalised = best.isZero() ? ZERO : value.div(best);
      const current = sums.get(record.participantId) ?? { sum: ZERO, count: 0 };
      sums.set(record.participantId, { sum: current.sum.plus(normalised), count: current.count + 1 });
    }
  }
  return new Map([...sums].map(([id, { sum, count }]) => [id, sum.div(count)]));
}

function footprintReduction(participant: ParticipantState): Decimal | null {
  const before = participant.audit?.footprint;
  const after = participant.finalMeasurement?.footprint;
  const fte = participant.participant.fte;
  if (before === undefined || after === undefined || fte === undefined || fte.isZero()) return null;
  const scope12 = before.scope1.plus(before.scope2.marketBased).minus(after.scope1).minus(after.scope2.marketBased);
  return scope12.div(fte);
}

function measuresDone(participant: ParticipantState): Decimal | null {
  const chosen = (participant.actionPlan?.measures ?? []).filter(isChosen);
  return chosen.length === 0 ? null : new D(chosen.filter(isDone).length).div(chosen.length);
}

function maturityGain(participant: ParticipantState): Decimal | null {
  const before = participant.audit?.iso26000.overall;
  const after = participant.finalMeasurement?.iso26000?.overall;
  return before === undefined || after === undefined ? null : after.minus(before);
}

function collaborationCounts(state: CohortState): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { participantIds } of state.collaborations) {
    for (const id of participantIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Divides each positive raw value by the best one; no data, zero or less scores 0. */
function relativeToBest(raws: readonly (Decimal | null)[]): Decimal[] {
  const best = raws.reduce((max: Decimal, raw) => (raw?.gt(max) ? raw : max), ZERO);
  return raws.map((raw) => (raw === null || !raw.gt(0) ? ZERO : raw.div(best)));
}

/** Two decimals, rounded half up, in the locale's number format ("0,60" in Dutch). */
function format(value: Decimal, locale: Locale): string {
  return formatNumber(value, 2, locale);
}

/** A weight as a percentage with all its decimals ("12.5", Dutch "12,5"). */
function percent(weight: Decimal, locale: Locale): string {
  const share = weight.times(100);
  return formatNumber(share, share.decimalPlaces(), locale);
}

type Draft = Omit<PrizeEntry, "rank" | "tied" | "explanation">;

function compare(order: readonly PrizeCriterion[]): (a: Draft, b: Draft) => number {
  return (a, b) => {
    const byTotal = b.total.comparedTo(a.total);
    if (byTotal !== 0) return byTotal;
    for (const criterion of order) {
      const byCriterion = b.scores[criterion].weighted.comparedTo(a.scores[criterion].weighted);
      if (byCriterion !== 0) return byCriterion;
    }
    return 0;
  };
}

function entryExplanation(entry: Draft, rank: number, tied: boolean, used: readonly PrizeCriterion[]): Localized {
  const parts = (locale: Locale): string =>
    used
      .map((criterion) => {
        const score = entry.scores[criterion];
        const missing = score.raw === null ? (locale === "nl" ? " (geen gegevens)" : " (no data)") : "";
        return `${LABELS[criterion][locale]} ${format(score.score, locale)} x ${format(score.weight, locale)} = ${format(score.weighted, locale)}${missing}`;
      })
      .join("; ");
  return {
    nl: `${rank}. ${entry.name}${tied ? " (gedeelde plaats)" : ""}: ${format(entry.total, "nl")} punten. ${parts("nl")}.`,
    en: `${rank}. ${entry.name}${tied ? " (shared place)" : ""}: ${format(entry.total, "en")} points. ${parts("en")}.`,
  };
}

function methodExplanation(
  used: readonly PrizeCriterion[],
  weights: Readonly<Record<PrizeCriterion, Decimal>>,
  excluded: readonly PrizeExclusion[],
): Localized {
  const list = (locale: Locale): string => used.map((criterion) => `${LABELS[criterion][locale]} ${percent(weights[criterion], locale)}%`).join(", ");
  const out = (locale: Locale): string =>
    excluded.length === 0
      ? ""
      : (locale === "nl" ? " Niet gerangschikt: " : " Not ranked: ") +
        excluded.map((item) => `${item.name} (${REASONS[item.reason][locale]})`).join(", ") +
        ".";
  return {
    nl:
      `De ranglijst telt gewogen scores op: ${list("nl")}. Elke score loopt van 0 tot 1: juryscores gedeeld door de hoogste score van hetzelfde jurylid op hetzelfde criterium en gemiddeld; ` +
      "CO2-reductie per fte, ISO 26000-groei en samenwerkingen gedeeld door die van de beste deelnemer; uitgevoerde maatregelen als aandeel van de gekozen maatregelen. Zonder gegevens telt een criterium als 0. " +
      `Bij een gelijk totaal beslist het zwaarst wegende criterium, dan het volgende; blijft het gelijk, dan delen de deelnemers de plaats.${out("nl")}`,
    en:
      `The ranking adds up weighted scores: ${list("en")}. Every score runs from 0 to 1: jury scores divided by the same juror's highest score on the same criterion, then averaged; ` +
      "CO2 reduction per fte, ISO 26000 gain and collaborations divided by the best participant's; measures done as a share of the chosen measures. A criterion without data counts as 0. " +
      `A tie on the total is decided by the heaviest criterion, then the next; if still tied, the participants share the place.${out("en")}`,
  };
}

/**
 * Ranks the eligible participants for the Koploperprijs. Eligible: not withdrawn, with an action
 * plan, and of a kind that may win (companies only by default: the cohort's setting, or
 * `criteria.eligibleKinds`). Each criterion scores 0-1:
 *
 * - `jury`: every score divided by the highest score the same juror gave on the same jury
 *   criterion (so a strict juror weighs as much as a lenient one), averaged per participant;
 * - `footprintReduction`: (audit minus final measurement) of scope 1 + scope 2 market-based, in
 *   kg CO2-eq per fte, divided by the best participant's; an increase scores 0;
 * - `measuresDone`: done or verified measures / chosen measures (not ideas, not dropped);
 * - `maturityGain`: ISO 26000 overall level, final minus audit, divided by the best gain;
 * - `collaborations`: recorded collaborations, divided by the most.
 *
 * The total is the weighted sum. Tie-break rule: on equal totals the criterion with the highest
 * weight decides (equal weights in the order jury, footprint reduction, measures done, maturity
 * gain, collaborations), then the next; if every criterion is equal the participants share the
 * rank (1, 1, 3) and are listed in registration order. Exact decimal arithmetic throughout.
 *
 * @param state - the cohort
 * @param criteria - the weights (summing to exactly 1) and optionally who may win
 * @param options - `acrossFactorSets: true` to rank footprint reductions whose audit and final
 *   footprints were calculated on different factor sets (listed in the result's `acrossFactorSets`)
 * @returns the ranking with every participant's score per criterion and readable explanations
 * @throws {@link KoploperError} `INVALID_INPUT` for bad criteria or options;
 *   `INCOMPATIBLE_FOOTPRINTS` when footprint reduction counts and a participant's audit and final
 *   footprints are on different factor sets, without `acrossFactorSets: true`
 * @example
 * ```ts
 * import { rankPrize, type CohortState } from "koploper/lifecycle";
 *
 * declare const state: CohortState;
 * const ranking = rankPrize(state, { weights: { jury: 0.5, measuresDone: 0.3, collaborations: 0.2 } });
 * ranking.entries.map((entry) => entry.explanation.nl);
 * ```
 */
export function rankPrize(state: CohortState, criteria: PrizeCriteriaInput, options: { readonly acrossFactorSets?: boolean } = {}): PrizeRanking {
  state = cohortStateAt(state, ["state"]);
  acrossFactorSets([], options, "options");
  const parsed = parsePrizeCriteria(criteria);
  const kinds = parsed.eligibleKinds ?? state.cohort.settings.prizeEligibleKinds;
  const weights = Object.fromEntries(PRIZE_CRITERIA.map((criterion) => [criterion, parsed.weights[criterion] ?? ZERO])) as Record<PrizeCriterion, Decimal>;
  const eligible: ParticipantState[] = [];
  const excluded: PrizeExclusion[] = [];
  for (const participant of participantsOf(state)) {
    const reason = ineligibility(participant, kinds);
    if (reason === undefined) eligible.push(participant);
    else excluded.push({ participantId: participant.participant.id, name: participant.participant.name, reason });
  }
  const across = weights.footprintReduction.gt(0) ? acrossFactorSets(eligible, options, "options") : [];
  const ids = new Set(eligible.map((participant) => participant.participant.id));
  const jury = juryScores(state, ids);
  const collaborations = collaborationCounts(state);
  const raws: Record<PrizeCriterion, (Decimal | null)[]> = {
    jury: eligible.map((participant) => jury.get(participant.participant.id) ?? null),
    footprintReduction: eligible.map(footprintReduction),
    measuresDone: eligible.map(measuresDone),
    maturityGain: eligible.map(maturityGain),
    collaborations: eligible.map((participant) => new D(collaborations.get(participant.participant.id) ?? 0)),
  };
  const scores: Record<PrizeCriterion, Decimal[]> = {
    jury: raws.jury.map((raw) => raw ?? ZERO),
    footprintReduction: relativeToBest(raws.footprintReduction),
    measuresDone: raws.measuresDone.map((raw) => raw ?? ZERO),
    maturityGain: relativeToBest(raws.maturityGain),
    collaborations: relativeToBest(raws.collaborations),
  };
  const drafts: Draft[] = eligible.map((participant, index) => {
    const perCriterion = Object.fromEntries(
      PRIZE_CRITERIA.map((criterion) => {
        const score = scores[criterion][index] ?? ZERO;
        const weight = weights[criterion];
        return [criterion, { raw: raws[criterion][index] ?? null, score, weight, weighted: score.times(weight) }];
      }),
    ) as Record<PrizeCriterion, CriterionScore>;
    const total = PRIZE_CRITERIA.reduce((sum, criterion) => sum.plus(perCriterion[criterion].weighted), ZERO);
    return { participantId: participant.participant.id, name: participant.participant.name, total, scores: perCriterion };
  });
  const order = [...PRIZE_CRITERIA].sort((a, b) => weights[b].comparedTo(weights[a]));
  const used = PRIZE_CRITERIA.filter((criterion) => weights[criterion].gt(0));
  const byRank = compare(order);
  const sorted = [...drafts].sort(byRank);
  const entries = sorted.map((entry) => {
    const rank = 1 + sorted.filter((other) => byRank(other, entry) < 0).length;
    const tied = sorted.some((other) => other !== entry && byRank(other, entry) === 0);
    return { ...entry, rank, tied, explanation: entryExplanation(entry, rank, tied, used) };
  });
  return { entries, excluded, explanation: methodExplanation(used, weights, excluded), acrossFactorSets: across };
}
