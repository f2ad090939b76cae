// Child process of determinism.test.ts: reads the test's inputs (JSON) from stdin, runs them through
// the ESM (`esm`) or CJS (`cjs`) build in dist/, and prints the JSON of every output.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const dist = new URL("../../dist/", import.meta.url);
const lib = process.argv[2] === "cjs" ? createRequire(import.meta.url)(new URL("index.cjs", dist).pathname) : await import(new URL("index.js", dist).href);
const input = JSON.parse(readFileSync(0, "utf8"));
const score = lib.scoreAssessment(lib.koploperScan, lib.parseResponse(lib.koploperScan, input.response));
const state = lib.replay(input.events);

process.stdout.write(
  JSON.stringify({
    locale: Intl.DateTimeFormat().resolvedOptions().locale,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    outputs: {
      footprint: lib.calculateFootprint(input.footprint, { factors: lib.nl2026 }),
      score,
      gaps: lib.analyzeGaps(score, lib.defaultRelevance(input.profile)),
      state,
      report: lib.cohortReport(state),
      timeline: lib.planTimeline(input.timeline),
    },
  }),
);
