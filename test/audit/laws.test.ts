import { fc, test } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { describe, expect } from "vitest";
import { auditRecommendations, energyDuties, type ApplicabilityRule, type MeasureCatalogueInput } from "../../src/audit/index.js";
import { calculateFootprint, defaultRelevance, koploperScan, nl2026, parseResponse, scoreAssessment, type ActivityInput } from "../../src/index.js";
import { fullScanAnswers } from "../iso26000/fixtures.js";

const SECTORS = ["manufacturing", "retail", "hospitality", "services", "transport"] as const;
const THEMES = ["electricity", "fuel", "waste", "commuting"] as const;

const templates: Record<(typeof THEMES)[number], Omit<ActivityInput, "id" | "quantity">> = {
  electricity: { theme: "electricity", unit: "kWh" },
  fuel: { theme: "fuel", factor: "diesel-b7", unit: "l" },
  waste: { theme: "waste", factor: "restafval", unit: "t" },
  commuting: { theme: "commuting", factor: "gemiddelde-auto-brandstofsoort-onbekend", unit: "vkm" },
} as never;

const quantity = fc.oneof(
  fc.constant(null),
  fc.constant(0),
  fc.integer({ min: 1, max: 90000 }),
  fc.integer({ min: 1, max: 9999 }).map((n) => `${n}.25`),
);
const lines = fc
  .array(fc.tuple(fc.constantFrom(...THEMES), quantity), { maxLength: 6 })
  .map((rows) => rows.map(([theme, q], i) => ({ ...templates[theme], id: `l${i}`, quantity: q }) as ActivityInput));
const profile = fc.constantFrom(...SECTORS).map((sector) => ({ size: "small", offers: "both", customers: "both", market: "local", sector }) as const);

// Rules over lines and the profile, with an oracle that says what each one means.
const atom: fc.Arbitrary<ApplicabilityRule> = fc.oneof(
  fc.constantFrom(...THEMES).map((theme): ApplicabilityRule => ({ kind: "line", lines: { theme } })),
  fc.subarray([...SECTORS], { minLength: 1 }).map((sectors): ApplicabilityRule => ({ kind: "profile", field: "sector", in: sectors })),
);
const rule: fc.Arbitrary<ApplicabilityRule> = fc.letrec<{ rule: ApplicabilityRule }>((tie) => ({
  rule: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    atom,
    fc.record({ kind: fc.constantFrom("all" as const, "any" as const), of: fc.array(tie("rule"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ kind: fc.constant("not" as const), rule: tie("rule") }),
  ),
})).rule;

function oracle(r: ApplicabilityRule, activities: readonly ActivityInput[], sector: string): boolean {
  switch (r.kind) {
    case "line":
      return activities.some((line) => line.theme === r.lines.theme && line.quantity !== null && Number(line.quantity) > 0);
    case "profile":
      return r.in.includes(sector);
    case "all":
      return r.of.every((inner) => oracle(inner, activities, sector));
    case "any":
      return r.of.some((inner) => oracle(inner, activities, sector));
    case "not":
      return !oracle(r.rule, activities, sector);
    default:
      throw new Error(`not generated: ${r.kind}`);
  }
}

const OPTIONS = { date: "2026-06-01", factors: nl2026 } as const;

describe("audit laws", () => {
  test.prop([lines, profile, fc.array(rule, { minLength: 1, maxLength: 6 })], { numRuns: 60 })(
    "recommends a measure exactly when its rule holds",
    (activities, prof, rules) => {
      const catalogue: MeasureCatalogueInput = {
        id: "generated",
        measures: rules.map((applies, i) => ({
          id: `m${i}`,
          title: { nl: "m", en: "m" },
          description: { nl: "m", en: "m" },
          theme: "energy",
          issues: ["6.5.5"],
          applies,
        })),
      };
      const result = auditRecommendations({ footprint: { year: 2026, activities }, profile: prof }, { ...OPTIONS, catalogue, topPerSource: { measures: 100 } });
      const recommended = result.items
        .filter((item) => item.source === "measure")
        .map((item) => item.id)
        .sort();
      const expected = rules.flatMap((r, i) => (oracle(r, activities, prof.sector) ? [`measure:m${i}`] : [])).sort();
      expect(recommended).toEqual(expected);
    },
  );

  const energyLines = fc
    .tuple(fc.array(fc.integer({ min: 0, max: 80000 }), { maxLength: 3 }), fc.array(fc.integer({ min: 0, max: 40000 }), { maxLength: 3 }))
    .map(([kWh, m3]) => [
      ...kWh.map((q, i): ActivityInput => ({ id: `e${i}`, theme: "electricity", quantity: q, unit: "kWh" })),
      ...m3.map((q, i): ActivityInput => ({ id: `g${i}`, theme: "fuel", factor: "aardgas-g-gas", quantity: q, unit: "Nm3" })),
    ]);

  test.prop([energyLines], { numRuns: 100 })("removing the lines that trigger a duty removes the duty", (activities) => {
    const check = energyDuties({ year: 2026, activities }, OPTIONS);
    const duty = check.duties.find((d) => d.duty === "energiebesparingsplicht")!;
    if (duty.applies !== true) return;
    const triggering = new Set(
      duty.reasons
        .filter((r) => r.met === true)
        .flatMap((r) => (r.figure === "electricityKWh" ? check.usage.electricityKWh.lines : check.usage.gasM3Equivalent.lines)),
    );
    const rest = activities.filter((line) => !triggering.has(line.id));
    const after = energyDuties({ year: 2026, activities: rest }, OPTIONS);
    expect(after.duties.find((d) => d.duty === "energiebesparingsplicht")!.applies).toBe(false);
    expect(energyDuties({ year: 2026, activities: rest }, OPTIONS).nextDeadline).toBeNull();
  });

  const share = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
  test.prop([lines, share, share], { numRuns: 40 })(
    "a measure's CO2 reduction is the footprint before minus the footprint after it, exactly",
    (activities, led, hvo) => {
      const result = auditRecommendations(
        { footprint: { year: 2026, activities }, profile: { size: "small", offers: "both", customers: "both", market: "local", sector: "transport" } },
        {
          ...OPTIONS,
          topPerSource: { measures: 100 },
          estimates: { "led-lighting": { parameters: { share: led } }, "fleet-hvo": { parameters: { share: hvo } } },
        },
      );
      const total = (list: readonly ActivityInput[]) => calculateFootprint({ year: 2026, activities: list }, { factors: nl2026 }).total.marketBased;
      const before = total(activities);
      const known = (q: ActivityInput["quantity"]) => q !== null;
      const part = (q: ActivityInput["quantity"], by: number) => new Decimal(q as string | number).times(by).toString();
      const after: Record<string, readonly ActivityInput[]> = {
        "measure:green-electricity": activities.map((l) =>
          l.theme === "electricity" && known(l.quantity) ? { ...l, green: [{ quantity: l.quantity!, source: "wind" as const }] } : l,
        ),
        "measure:led-lighting": activities.map((l) =>
          l.theme === "electricity" && known(l.quantity)
            ? { ...l, quantity: new Decimal(l.quantity as string | number).times(new Decimal(1).minus(led)).toString() }
            : l,
        ),
        "measure:fleet-hvo": activities.flatMap((l) =>
          l.theme === "fuel" && known(l.quantity)
            ? [
                { ...l, quantity: new Decimal(l.quantity as string | number).times(new Decimal(1).minus(hvo)).toString() },
                { ...l, id: `fleet-hvo:${l.id}`, factor: "biodiesel-hvo", quantity: part(l.quantity, hvo) },
              ]
            : [l],
        ),
      };
      for (const item of result.items.filter((i) => i.id in after)) {
        expect(item.co2ReductionKg!.marketBased.toString()).toBe(before.minus(total(after[item.id]!)).toString());
      }
      for (const item of result.items) {
        if (item.co2ReductionKg === null) continue;
        expect(item.co2ReductionKg.marketBased.isFinite()).toBe(true);
      }
    },
  );

  test.prop([lines, fc.nat(), fc.integer({ min: 0, max: 4 })], { numRuns: 25 })(
    "does not depend on the order of lines or answers",
    (activities, seed, pick) => {
      const shuffle = <T>(list: readonly T[]): T[] =>
        [...list]
          .map((value, i) => ({ value, key: (i * 7919 + seed) % 104729 }))
          .sort((a, b) => a.key - b.key)
          .map((e) => e.value);
      const answers = fullScanAnswers(pick);
      const scoreOf = (entries: [string, unknown][]) =>
        scoreAssessment(
          koploperScan,
          parseResponse(koploperScan, { questionnaire: `${koploperScan.id}@${koploperScan.version}`, answers: Object.fromEntries(entries) }),
        );
      const prof = { size: "small", offers: "both", customers: "both", market: "local", sector: "retail" } as const;
      const run = (list: readonly ActivityInput[], entries: [string, unknown][]) =>
        JSON.stringify(
          auditRecommendations(
            { footprint: { year: 2026, activities: list }, profile: prof, iso26000: { score: scoreOf(entries), relevance: defaultRelevance(prof) } },
            OPTIONS,
          ).items,
        );
      expect(run(shuffle(activities), shuffle(Object.entries(answers)))).toBe(run(activities, Object.entries(answers)));
    },
  );
});
