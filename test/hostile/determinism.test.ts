import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { fullScanAnswers, SCAN_REF } from "../iso26000/fixtures.js";
import { fullYear } from "../lifecycle/fixtures.js";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
const runner = fileURLToPath(new URL("./determinism-runner.mjs", import.meta.url));

// Every calculation with outside data, fed the same input in every run.
const input = JSON.stringify({
  footprint: {
    year: 2026,
    organisation: { fte: 25, floorAreaM2: 1200, revenueEur: "3500000", waterM3: 400 },
    activities: [
      {
        id: "power",
        theme: "electricity",
        quantity: 42000,
        unit: "kWh",
        green: [
          { quantity: 12000, source: "wind" },
          { quantity: "0.5", source: "solar" },
        ],
      },
      { id: "gas", theme: "fuel", factor: 135, quantity: "12000.000001", unit: "Nm3", period: { year: 2026, quarter: 1 } },
      { id: "diesel", theme: "fuel", factor: "diesel-b7", quantity: 3500.25, unit: "liter", vehicle: "van-1" },
      { id: "heat", theme: "heat", factor: 48, quantity: 10, unit: "GJ" },
      { id: "leak", theme: "refrigerant", factor: "r410a", quantity: 1.5, unit: "kg", estimated: true },
      { id: "km", theme: "business-travel", factor: 147, quantity: 1000, unit: "vkm", vehicle: "van-1" },
      { id: "train", theme: "commuting", factor: 178, quantity: 52000, unit: "reizigerskilometer" },
      { id: "visitors", theme: "visitor-travel", factor: 178, quantity: null, unit: "pkm" },
      { id: "truck", theme: "freight", factor: 80, quantity: 1000, unit: "tkm" },
      { id: "waste", theme: "waste", factor: "restafval", quantity: 2400, unit: "kg" },
      { id: "sewage", theme: "wastewater", factor: 226, quantity: "0.1", unit: "VE" },
      { id: "laptops", theme: "other", category: 2, factor: { value: "250.5", unit: "kg", source: "supplier LCA" }, quantity: 40, unit: "kg" },
      { id: "forest", theme: "offset", quantity: 3, unit: "t" },
    ],
  },
  response: { questionnaire: SCAN_REF, answers: fullScanAnswers(3) },
  profile: { size: "small", offers: "products", customers: "consumers", market: "national", sector: "retail" },
  events: fullYear(4),
  timeline: { kickoff: "2027-01-19", exchangeMeetings: 3, meetingHours: { start: "15:00", end: "17:00" } },
});

interface Run {
  readonly locale: string;
  readonly timeZone: string;
  readonly outputs: Record<string, unknown>;
  readonly json: string;
}

function run(build: "esm" | "cjs", env: Record<string, string> = {}): Run {
  const text = execFileSync(process.execPath, [runner, build], { input, encoding: "utf8", env: { ...process.env, ...env } });
  const { locale, timeZone, outputs } = JSON.parse(text) as Omit<Run, "json">;
  return { locale, timeZone, outputs, json: JSON.stringify(outputs) };
}

describe("the same input", () => {
  const runs: Record<"first" | "second" | "cjs" | "dutch" | "german", Run> = {} as never;

  beforeAll(() => {
    if (!existsSync(`${dist}index.js`) || !existsSync(`${dist}index.cjs`)) throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
    Object.assign(runs, {
      first: run("esm", { LANG: "en_US.UTF-8", LC_ALL: "en_US.UTF-8", TZ: "UTC" }),
      second: run("esm", { LANG: "en_US.UTF-8", LC_ALL: "en_US.UTF-8", TZ: "UTC" }),
      cjs: run("cjs", { LANG: "en_US.UTF-8", LC_ALL: "en_US.UTF-8", TZ: "UTC" }),
      dutch: run("esm", { LANG: "nl_NL.UTF-8", LC_ALL: "nl_NL.UTF-8", TZ: "Pacific/Kiritimati" }),
      german: run("cjs", { LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8", TZ: "America/Los_Angeles" }),
    });
  }, 60_000);

  it("gives every calculation's output in each run", () => {
    expect(Object.keys(runs.first.outputs)).toEqual(["footprint", "score", "gaps", "state", "report", "timeline"]);
    expect(runs.first.json).toContain('"scope1":');
    expect(runs.first.json).not.toMatch(/NaN|Infinity/);
  });

  it("gives byte-identical JSON in two runs of the same build", () => {
    expect(runs.second.json).toBe(runs.first.json);
  });

  it("gives byte-identical JSON from the ESM and the CJS build", () => {
    expect(runs.cjs.json).toBe(runs.first.json);
  });

  it("gives byte-identical JSON under another default locale and time zone", () => {
    expect([runs.dutch.locale, runs.german.locale]).toEqual(["nl-NL", "de-DE"]);
    expect([runs.dutch.timeZone, runs.german.timeZone]).toEqual(["Pacific/Kiritimati", "America/Los_Angeles"]);
    expect(runs.dutch.json).toBe(runs.first.json);
    expect(runs.german.json).toBe(runs.first.json);
  });
});
