// ISO 26000 scoring of responses to the Koploper scan: the time per response at 10,000 responses
// against 100; linear scoring keeps the ratio near 1. Responses are generated from a fixed seed, so
// every run scores the same data.
import { performance } from "node:perf_hooks";
import { koploperScan, parseResponse, scoreAssessment } from "../../dist/iso26000/index.js";
import { median, report } from "./harness.mjs";

const REF = `${koploperScan.id}@${koploperScan.version}`;

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function answerFor(question, next) {
  const roll = next();
  if (question.allowNotApplicable && roll < 0.05) return { notApplicable: true };
  if (question.allowUnknown && roll < 0.1) return { unknown: true };
  const pick = (list) => list[Math.floor(next() * list.length)];
  switch (question.type) {
    case "single-choice":
      return pick(question.options).code;
    case "multiple-choice":
      return question.options.filter(() => next() < 0.5).map((option) => option.code);
    case "yes-no":
      return next() < 0.5;
    case "maturity":
      return Math.floor(next() * 5);
    case "number":
      return (question.min ?? 0) + Math.floor(next() * 50);
    default:
      return "Bakkerij de Vries";
  }
}

function responses(count, seed) {
  const next = random(seed);
  const questions = koploperScan.sections.flatMap((section) => section.questions);
  return Array.from({ length: count }, () => {
    const answers = Object.fromEntries(questions.map((question) => [question.key, answerFor(question, next)]));
    return parseResponse(koploperScan, { questionnaire: REF, answers });
  });
}

/** Milliseconds per response for scoring every response of `batch` once, repeated `times` times. */
function perResponse(batch, times) {
  const start = performance.now();
  for (let round = 0; round < times; round += 1) for (const response of batch) scoreAssessment(koploperScan, response);
  return (performance.now() - start) / (batch.length * times);
}

const small = responses(100, 1);
const large = responses(10_000, 2);
perResponse(small, 20); // warm up
// Alternate the two sizes, so that a machine busy with other work slows both alike; report medians.
const atSmall = [];
const atLarge = [];
for (let round = 0; round < 7; round += 1) {
  atSmall.push(perResponse(small, 50));
  atLarge.push(perResponse(large, 1));
}
report({
  id: "iso26000:linear",
  title: "scoreAssessment per response, 10,000 vs 100 responses",
  unit: "µs",
  library: median(atLarge) * 1000,
  baseline: median(atSmall) * 1000,
  baselineName: "100 responses",
  target: 1.2,
  note: "the Koploper scan; median of 7 alternating rounds",
});
