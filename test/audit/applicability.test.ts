import { describe, expect, it } from "vitest";
import { evaluateRule, selectLines, type ResolvedLine, type RuleContext } from "../../src/audit/applicability.js";
import { applicabilityRuleSchema, type ApplicabilityRule } from "../../src/audit/index.js";
import { koploperScan, parseActivities, parseResponse, scoreAssessment } from "../../src/index.js";
import { BAKERY_PROFILE, bakeryLines } from "./fixtures.js";

// applicability.ts: a measure's rule is data; evaluating it walks the tree and names its triggers.

const lines: ResolvedLine[] = parseActivities(bakeryLines(62000, 18000)).map((line) => ({
  line,
  factorId: "factor" in line && typeof line.factor === "string" ? line.factor : null,
}));
const score = scoreAssessment(
  koploperScan,
  parseResponse(koploperScan, { questionnaire: "koploper-scan@2.0.0", answers: { env_co2_reduction: 1 } }, { partial: true }),
);
const context: RuleContext = { lines, profile: BAKERY_PROFILE, score, duties: new Map([["informatieplicht", "informatieplicht-2023"]]) };
const met = (rule: ApplicabilityRule, on: RuleContext = context) => evaluateRule(applicabilityRuleSchema.parse(rule), on);

describe("selectLines", () => {
  it("matches on theme, on factor ids, or both", () => {
    expect(selectLines(lines, { theme: "fuel" }).map(({ line }) => line.id)).toEqual(["gas", "van"]);
    expect(selectLines(lines, { factors: ["restafval"] }).map(({ line }) => line.id)).toEqual(["waste"]);
    expect(selectLines(lines, { theme: "fuel", factors: ["restafval"] })).toEqual([]);
  });
});

describe("evaluateRule", () => {
  it("combines conditions with all, any and not", () => {
    const yes = { kind: "always" } as const;
    const no = { kind: "not", rule: yes } as const;
    expect([met(yes), met(no)].map((o) => o.met)).toEqual([true, false]);
    expect(met({ kind: "all", of: [yes, no] }).met).toBe(false);
    expect(met({ kind: "any", of: [no, yes] }).met).toBe(true);
  });

  it("names the profile field, the lines and their total against a minimum", () => {
    expect(met({ kind: "profile", field: "sector", in: ["manufacturing"] }).triggers).toEqual([{ kind: "profile", field: "sector", value: "manufacturing" }]);
    const gas = met({ kind: "line", lines: { theme: "fuel", factors: ["aardgas-g-gas"] }, atLeast: { quantity: 18000, unit: "Nm3" } });
    expect(gas.met).toBe(true);
    expect(gas.triggers[0]).toMatchObject({ kind: "line", lines: ["gas"], unit: "Nm3" });
    expect(met({ kind: "line", lines: { factors: ["aardgas-g-gas"] }, atLeast: { quantity: 18001, unit: "Nm3" } }).met).toBe(false);
  });

  it("reads scan levels and answers, and an unknown level or a missing scan never meets", () => {
    expect(met({ kind: "issue", clause: "6.5.5", below: 2 }).triggers).toEqual([{ kind: "issue", clause: "6.5.5", level: expect.anything() }]);
    expect(met({ kind: "issue", clause: "6.4.6", below: 4 }).met).toBe(false);
    expect(met({ kind: "answer", key: "env_co2_reduction", atLeast: 1 }).met).toBe(true);
    expect(met({ kind: "answer", key: "env_co2_reduction", atLeast: 2 }).met).toBe(false);
    expect(met({ kind: "issue", clause: "6.5.5", below: 2 }, { ...context, score: null }).met).toBe(false);
  });

  it("meets a duty rule only for a duty that applies, naming its rule", () => {
    expect(met({ kind: "duty", duty: "informatieplicht" }).triggers).toEqual([{ kind: "duty", duty: "informatieplicht", ruleId: "informatieplicht-2023" }]);
    expect(met({ kind: "duty", duty: "onderzoeksplicht" }).met).toBe(false);
  });
});
