export { cohortChart, comparisonChart, footprintChart, type CohortChartParticipant } from "./footprint.js";
export { iso26000ProfileChart } from "./iso26000.js";
export type { ChartOptions, ComparisonChartOptions, FootprintChartOptions } from "./schema.js";
export type { JsonValue, VegaLiteSpec } from "./spec.js";
