// The size baseline for `npm run size`: decimal.js alone, as every footprint function bundles it.
// .size-limit.json measures this file next to `calculateFootprint`, so both figures come from one run.
export { Decimal } from "decimal.js";
