import type { AssessmentScore } from "../iso26000/score.js";
import { assessmentScoreAt } from "../iso26000/score.schema.js";
import { getClausesOfLevel } from "../iso26000/standard.js";
import { word } from "./labels.js";
import { chartOptions, type ChartOptions } from "./options.schema.js";
import { formatExact as formatNumber } from "../core/format.js";
import { chartSpec, type VegaLiteSpec } from "./spec.js";

const STATUS_COLOURS = ["#2e7d32", "#f9a825", "#9e9e9e"] as const;

/**
 * A horizontal bar chart of an ISO 26000 assessment: one bar per core subject (6.2 to 6.8, with
 * its Dutch or English name) on the 0-4 maturity scale, the level written after the bar (1
 * decimal, or "onbekend"/"unknown" without a level), coloured by whether the level is conclusive
 * (enough coverage), indicative or unknown, and the overall level in the subtitle. Levels become
 * JavaScript numbers only in the chart data (rounded to 2 decimals); labels are formatted from the
 * exact values.
 *
 * @param score - an assessment from {@link scoreAssessment}
 * @param options - `locale` (`"nl"` default) and `title` (see {@link ChartOptions})
 * @returns a Vega-Lite v6 specification with the dataset `values` (clause, subject, level,
 *   position, label, status)
 * @throws {@link KoploperError} `INVALID_INPUT` for invalid options or a score that {@link assessmentScoreSchema} refuses
 * @see ISO 26000:2010 clause 6 (the seven core subjects)
 * @example
 * ```ts
 * import { iso26000ProfileChart, koploperScan, parseResponse, scoreAssessment } from "koploper";
 *
 * const response = parseResponse(koploperScan, { questionnaire: "koploper-scan@2.0.0", answers: {} }, { partial: true });
 * const spec = iso26000ProfileChart(scoreAssessment(koploperScan, response), { locale: "en" });
 * spec.title; //=> { text: "ISO 26000 profile per core subject", subtitle: "Overall level: unknown" }
 * ```
 */
export function iso26000ProfileChart(score: AssessmentScore, options: ChartOptions = {}): VegaLiteSpec {
  score = assessmentScoreAt(score, ["score"]);
  const { locale, title } = chartOptions.parse(options);
  const statuses = [word("conclusive", locale), word("indicative", locale), word("unknown", locale)];
  const subjects = getClausesOfLevel("core-subject").map((clause) => `${clause.clause} ${clause.name[locale]}`);
  const values = getClausesOfLevel("core-subject").map((clause, index) => {
    const level = score.coreSubjects[clause.clause]?.level ?? null;
    const conclusive = score.coreSubjects[clause.clause]?.conclusive ?? false;
    const number = level === null ? null : level.toDecimalPlaces(2).toNumber();
    return {
      clause: clause.clause,
      subject: subjects[index] ?? clause.clause,
      level: number,
      position: number ?? 0,
      label: level === null ? word("unknown", locale) : formatNumber(level, 1, locale),
      status: (level === null ? statuses[2] : conclusive ? statuses[0] : statuses[1]) ?? "",
    };
  });
  const overall = score.overall.level === null ? word("unknown", locale) : formatNumber(score.overall.level, 1, locale);
  const y = { field: "subject", type: "nominal", title: null, sort: subjects };
  const subtitle = `${word("overall", locale)}: ${overall}`;
  return chartSpec(
    locale,
    { text: title ?? word("isoTitle", locale), subtitle },
    { values },
    {
      width: 360,
      height: { step: 28 },
      data: { name: "values" },
      layer: [
        {
          mark: { type: "bar" },
          encoding: {
            y,
            x: { field: "level", type: "quantitative", title: word("level", locale), scale: { domain: [0, 4] }, axis: { tickCount: 4 } },
            color: { field: "status", type: "nominal", title: word("status", locale), scale: { domain: statuses, range: [...STATUS_COLOURS] } },
            tooltip: [{ field: "subject" }, { field: "label", title: word("level", locale) }, { field: "status" }],
          },
        },
        { mark: { type: "text", align: "left", dx: 4 }, encoding: { y, x: { field: "position", type: "quantitative" }, text: { field: "label" } } },
      ],
    },
  );
}
