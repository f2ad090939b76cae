export { cohortChart, comparisonChart, footprintChart, type CohortChartParticipant } from "./footprint.js";
export { iso26000ProfileChart } from "./iso26000.js";
export { THEME_LABELS } from "./labels.js";
export {
  chartOptionsSchema,
  comparisonChartOptionsSchema,
  footprintChartOptionsSchema,
  type ChartOptions,
  type ComparisonChartOptions,
  type FootprintChartOptions,
} from "./options.schema.js";
export type { JsonValue, VegaLiteSpec } from "./spec.js";
