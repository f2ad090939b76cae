import { invalidIssues, type KoploperIssue } from "../core/errors.js";
import type { IsoDate } from "./dates.js";
import { cohortReport, type CohortReport } from "./report.js";
import type { CohortState } from "./state.js";
import { cohortStateAt } from "./state.schema.js";

/**
 * One round (lichting) of a municipality's programme: its number in the series (1 for the first),
 * the cohort, its start (the kick-off, or the planned one until it is held), the cohort it follows
 * and its {@link CohortReport}.
 *
 * @example
 * ```ts
 * import type { Round } from "koploper/lifecycle";
 *
 * const line = (r: Round) => `${r.round}e lichting: ${r.name} (${r.report.measures.chosen} maatregelen)`;
 * ```
 */
export interface Round {
  readonly round: number;
  readonly cohortId: string;
  readonly name: string;
  readonly municipalities: readonly string[];
  readonly start: IsoDate;
  readonly follows?: string;
  readonly report: CohortReport;
}

/**
 * The result of {@link roundsReport}: one series per first round, each with its rounds in order.
 *
 * @example
 * ```ts
 * import type { RoundsReport } from "koploper/lifecycle";
 *
 * const longest = (r: RoundsReport) => Math.max(...r.series.map((series) => series.rounds.length));
 * ```
 */
export interface RoundsReport {
  readonly series: readonly { readonly rounds: readonly Round[] }[];
}

const startOf = (state: CohortState): IsoDate => state.kickoff?.date ?? state.cohort.plannedKickoff;

function linkIssues(cohorts: readonly CohortState[]): KoploperIssue[] {
  const issues: KoploperIssue[] = [];
  const byId = new Map<string, CohortState>();
  const followedBy = new Map<string, number>();
  cohorts.forEach((state, index) => {
    if (byId.has(state.cohort.id))
      issues.push({ path: [index, "cohort", "id"], message: `the cohort "${state.cohort.id}" is given twice`, code: "duplicate-cohort" });
    byId.set(state.cohort.id, state);
  });
  cohorts.forEach((state, index) => {
    const { follows } = state.cohort;
    if (follows === undefined) return;
    const path = [index, "cohort", "follows"];
    const earlier = byId.get(follows);
    const issue = (code: string, message: string): void =>
      void issues.push({ path, message: `cohort "${state.cohort.id}" follows "${follows}": ${message}`, code });
    if (earlier === undefined) return issue("unknown-cohort", "no such cohort is given");
    if (!earlier.cohort.municipalities.some((name) => state.cohort.municipalities.includes(name)))
      issue("round-of-another-municipality", "the two share no municipality");
    if (startOf(earlier) >= startOf(state)) issue("round-before-earlier-round", `it starts on ${startOf(state)}, not after ${startOf(earlier)}`);
    const other = followedBy.get(follows);
    if (other !== undefined) issue("round-already-followed", `cohort ${other} follows it already`);
    followedBy.set(follows, index);
  });
  return issues;
}

/**
 * A report across rounds: links every cohort to the earlier cohort it `follows` (a repeat round of
 * the same municipality) and gives, per series of rounds, each round's number, start and
 * {@link cohortReport}. A cohort that follows none and is followed by none is a series of one.
 * Series are ordered by the start of their first round.
 *
 * @param cohorts - the cohorts' states (from `replay`), in any order
 * @param options - `acrossFactorSets`: passed to each round's {@link cohortReport}
 * @returns the series of rounds
 * @throws {@link KoploperError} `INVALID_INPUT` with an issue per broken link, its path
 *   `[index, "cohort", "follows"]` (or `[index, "cohort", "id"]` for a cohort given twice): the
 *   cohort followed is not given (`unknown-cohort`), shares no municipality
 *   (`round-of-another-municipality`), does not start earlier (`round-before-earlier-round`) or is
 *   followed twice (`round-already-followed`); a non-array at the root
 * @example
 * ```ts
 * import { replay, roundsReport } from "koploper/lifecycle";
 *
 * const cohort = (id: string, plannedKickoff: string, follows?: string) => replay([{ type: "cohort-created", date: "2014-01-01",
 *   cohort: { id, name: id, municipalities: ["Smallingerland"], coordinator: "DZyzzion", advisers: [{ id: "a", name: "A" }],
 *     plannedKickoff, ...(follows === undefined ? {} : { follows }) } }]);
 * roundsReport([cohort("ronde-2", "2012-03-01", "ronde-1"), cohort("ronde-1", "2011-01-10")]).series[0]?.rounds.map((r) => r.cohortId);
 * //=> ["ronde-1", "ronde-2"]
 * ```
 */
export function roundsReport(cohorts: readonly CohortState[], options: { readonly acrossFactorSets?: boolean } = {}): RoundsReport {
  if (!Array.isArray(cohorts)) throw invalidIssues("rounds", [{ path: [], message: "Expected an array of cohort states", code: "invalid_type" }]);
  cohorts = cohorts.map((state, index) => cohortStateAt(state, [index]));
  const issues = linkIssues(cohorts);
  if (issues.length > 0) throw invalidIssues("rounds", issues);
  const next = new Map(cohorts.flatMap((state) => (state.cohort.follows === undefined ? [] : [[state.cohort.follows, state] as const])));
  const firsts = cohorts.filter((state) => state.cohort.follows === undefined).sort((a, b) => (startOf(a) < startOf(b) ? -1 : startOf(a) > startOf(b) ? 1 : 0));
  const series = firsts.map((first) => {
    const rounds: Round[] = [];
    for (let state: CohortState | undefined = first; state !== undefined; state = next.get(state.cohort.id)) {
      const { id, name, municipalities, follows } = state.cohort;
      rounds.push({
        round: rounds.length + 1,
        cohortId: id,
        name,
        municipalities,
        start: startOf(state),
        ...(follows === undefined ? {} : { follows }),
        report: cohortReport(state, options),
      });
    }
    return { rounds };
  });
  return { series };
}
