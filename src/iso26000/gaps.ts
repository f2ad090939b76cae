import type { Decimal } from "decimal.js";
import { D } from "../core/decimal.js";
import { gapOptionsParser, type GapOptions, type ResolvedGapOptions } from "./gaps.schema.js";
import { recommendationFor, type Recommendation } from "./recommendations.js";
import type { CriticalFlag } from "./critical-flags.js";
import { parseRelevance, type IssueRelevance, type RelevanceInput } from "./relevance.schema.js";
import { classifyIssue, significanceScore, type IssueClass } from "./relevance.js";
import type { AssessmentScore, ClauseScore } from "./score.js";
import { assessmentScoreAt } from "./score.schema.js";
import { getCoreSubjectOfIssue } from "./standard.js";

/**
 * One issue in the gap analysis:
 * - `class`, `relevant`, `critical` and `significance` (sum of the four criteria) from the relevance;
 * - `current` (the issue's level, `null` when not scored) and whether it is `conclusive`;
 * - `target` (`null` when not relevant) and `gap` = max(0, target - current) (`null` without both);
 * - `priority` = (1 + significance) x gap, and `rank` (1 is first; `null` without a gap above 0);
 * - `recommendation` for the next step up (`null` without a gap above 0).
 *
 * @see ISO 26000:2010 7.3.2, 7.3.4
 * @example
 * ```ts
 * import type { IssueGap } from "koploper/iso26000";
 *
 * const urgent = (gaps: readonly IssueGap[]) => gaps.filter((gap) => gap.class === "critical" && gap.rank !== null);
 * ```
 */
export interface IssueGap {
  readonly issue: string;
  readonly coreSubject: string;
  readonly class: IssueClass;
  readonly relevant: IssueRelevance["relevant"];
  readonly critical: readonly CriticalFlag[];
  readonly significance: number;
  readonly current: Decimal | null;
  readonly conclusive: boolean;
  readonly target: number | null;
  readonly gap: Decimal | null;
  readonly priority: Decimal | null;
  readonly rank: number | null;
  readonly recommendation: Recommendation | null;
}

/**
 * What {@link analyzeGaps} returns: every issue (`gaps`, ranked issues first in priority order,
 * then the others in the order of the standard) and the top `recommendations`.
 *
 * @example
 * ```ts
 * import type { GapAnalysis } from "koploper/iso26000";
 *
 * const titles = (analysis: GapAnalysis) => analysis.recommendations.map((r) => r.title.nl);
 * ```
 */
export interface GapAnalysis {
  readonly gaps: readonly IssueGap[];
  readonly recommendations: readonly Recommendation[];
}

function targetOf(issueClass: IssueClass, entry: IssueRelevance | undefined, options: ResolvedGapOptions): number | null {
  if (issueClass === "notRelevant") return null;
  const own = entry?.target;
  if (issueClass === "critical") return Math.max(own ?? options.targets.critical, 3);
  return own ?? options.targets[issueClass];
}

function gapOf(issue: ClauseScore, entry: IssueRelevance | undefined, options: ResolvedGapOptions): Omit<IssueGap, "rank"> {
  const issueClass = classifyIssue(entry, options.significantFrom);
  const significance = entry === undefined ? 0 : significanceScore(entry);
  const target = targetOf(issueClass, entry, options);
  const current = issue.level;
  const gap = target === null || current === null ? null : D.max(new D(target).minus(current), 0);
  const open = gap?.greaterThan(0);
  return {
    issue: issue.clause,
    coreSubject: getCoreSubjectOfIssue(issue.clause).clause,
    class: issueClass,
    relevant: entry?.relevant ?? "unknown",
    critical: entry?.critical ?? [],
    significance,
    current,
    conclusive: issue.conclusive,
    target,
    gap,
    priority: gap === null ? null : gap.times(1 + significance),
    recommendation: open && current !== null ? recommendationFor(issue.clause, current.floor().toNumber()) : null,
  };
}

type Open = Omit<IssueGap, "rank" | "priority" | "recommendation"> & { readonly priority: Decimal; readonly recommendation: Recommendation };

function isOpen(gap: Omit<IssueGap, "rank">): gap is Open {
  return gap.priority !== null && gap.recommendation !== null;
}

/** Critical first, then the higher priority, then the easier step, then the order of the standard. */
function byPriority(a: Open, b: Open): number {
  const critical = Number(b.class === "critical") - Number(a.class === "critical");
  if (critical !== 0) return critical;
  const priority = b.priority.comparedTo(a.priority);
  return priority !== 0 ? priority : a.recommendation.effort - b.recommendation.effort;
}

/**
 * Turns a score and the relevance per issue into a gap analysis. The target per issue follows its
 * class (see {@link classifyIssue}): not relevant, none; relevant, 2; significant, 3; critical, at
 * least 3 and marked (an adviser's `target` in the relevance overrides, never below 3 when
 * critical). Issues not in `relevance` count as relevance unknown (relevant). The gap is
 * max(0, target - current); issues without a score have no gap (unknown is not 0). Issues with a
 * gap are ranked: critical first, then (1 + significance) x gap, then the ease of the next step,
 * then the order of the standard. The top ones get a recommendation for their next step up, with a
 * suggested action-plan measure.
 *
 * @param score - from {@link scoreAssessment}
 * @param relevanceInput - relevance per issue clause (checked as {@link parseRelevance} does), for
 *   example from {@link defaultRelevance} with the adviser's entries spread over it
 * @param options - `top` (default 5), `significantFrom` (default 6), `targets`
 * @returns every issue's gap and the top recommendations
 * @throws {@link KoploperError} `INVALID_INPUT` for invalid relevance or options, with every issue and its path
 * @see ISO 26000:2010 7.3.2.2, 7.3.4
 *
 * @example
 * ```ts
 * import { analyzeGaps, defaultRelevance, koploperScan, parseResponse, scoreAssessment } from "koploper/iso26000";
 *
 * const response = parseResponse(koploperScan, { questionnaire: "koploper-scan@2.0.0", answers: {} }, { partial: true });
 * const relevance = defaultRelevance({ size: "micro", offers: "services", customers: "businesses", market: "local", sector: "services" });
 * analyzeGaps(scoreAssessment(koploperScan, response), relevance).recommendations; //=> []
 * ```
 */
export function analyzeGaps(score: AssessmentScore, relevanceInput: RelevanceInput, options: GapOptions = {}): GapAnalysis {
  score = assessmentScoreAt(score, ["score"]);
  const relevance = parseRelevance(relevanceInput);
  const resolved = gapOptionsParser.parse(options);
  const all = Object.values(score.issues).map((issue) => gapOf(issue, Object.hasOwn(relevance, issue.clause) ? relevance[issue.clause] : undefined, resolved));
  const ranked = all.filter(isOpen).sort(byPriority);
  const rest = all.filter((gap) => !isOpen(gap));
  return {
    gaps: [...ranked.map((gap, index) => ({ ...gap, rank: index + 1 })), ...rest.map((gap) => ({ ...gap, rank: null }))],
    recommendations: ranked.slice(0, resolved.top).map((gap) => gap.recommendation),
  };
}
