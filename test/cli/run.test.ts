import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { renderSvg } from "../../src/cli/render.js";
import { footprintChart, calculateFootprint, nl2026 } from "../../src/index.js";
import { isWellFormed, svgTexts } from "../charts/render.js";
import { memoryIo } from "./memory-io.js";

// 12000 Nm3 x 2.134 = 25608 kg (scope 1); 40000 kWh x 0.483 = 19320 kg market-based, x 0.244 =
// 9760 kg location-based (scope 2); 2400 kg residual waste x 0.038 = 91.2 kg (scope 3).
const INPUT = JSON.stringify({
  year: 2026,
  activities: [
    { id: "gas", theme: "fuel", factor: 135, quantity: 12000, unit: "Nm3" },
    { id: "power", theme: "electricity", quantity: 40000, unit: "kWh" },
    { id: "waste", theme: "waste", factor: "restafval", quantity: 2400, unit: "kg" },
    { id: "water", theme: "wastewater", factor: "afvalwater", quantity: null, unit: "VE" },
  ],
});

async function cli(argv: string[], files: Record<string, string> = {}) {
  const memory = memoryIo(files);
  const code = await run(argv, memory.io);
  return { code, ...memory };
}

describe("koploper", () => {
  it("lists the commands with --help and exits 0", async () => {
    const { code, out } = await cli(["--help"]);
    expect(code).toBe(0);
    for (const name of ["footprint", "factors", "scan", "timeline", "demo"]) expect(out()).toContain(`  ${name} `);
  });

  it("prints the usage to stderr and exits 2 without a command", async () => {
    const { code, err, out } = await cli([]);
    expect(code).toBe(2);
    expect(err()).toContain("Usage: koploper <command>");
    expect(out()).toBe("");
  });

  it("names an unknown command and exits 2", async () => {
    const { code, err } = await cli(["footprints"]);
    expect(code).toBe(2);
    expect(err()).toContain('unknown command "footprints"');
  });

  it("does not take inherited object keys for commands", async () => {
    expect((await cli(["toString"])).code).toBe(2);
  });

  it.each(["footprint", "factors", "scan", "timeline", "demo"])("shows help for %s with --help and -h", async (name) => {
    for (const flag of ["--help", "-h"]) {
      const { code, out } = await cli([name, flag]);
      expect(code).toBe(0);
      expect(out()).toContain(`Usage: koploper ${name}`);
    }
  });
});

describe("koploper footprint", () => {
  it("prints the scopes, both scope 2 totals and the themes as a table", async () => {
    const { code, out } = await cli(["footprint", "fp.json"], { "fp.json": INPUT });
    expect(code).toBe(0);
    expect(out()).toMatch(/Scope 1\s+25608\.0/);
    expect(out()).toMatch(/Scope 2 \(market-based\)\s+19320\.0/);
    expect(out()).toMatch(/Scope 2 \(location-based\)\s+9760\.0/);
    expect(out()).toMatch(/Total \(market-based\)\s+45019\.2/);
    expect(out()).toMatch(/waste\s+91\.2\s+91\.2/);
    expect(out()).toContain("Unknown lines (never counted as zero): water");
  });

  const PERIODS = JSON.stringify({
    year: 2026,
    activities: [
      { id: "gas-q1", theme: "fuel", factor: 135, quantity: 5000, unit: "Nm3", period: { year: 2026, quarter: 1 } },
      { id: "gas-dec", theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3", period: { year: 2026, month: 12 } },
      { id: "diesel", theme: "fuel", factor: "diesel-b7", quantity: 2000, unit: "l" },
    ],
  });

  it("adds the footprint per period with --by, the lines without one in a row of their own", async () => {
    const { code, out } = await cli(["footprint", "fp.json", "--by", "quarter"], { "fp.json": PERIODS });
    expect(code).toBe(0);
    expect(out()).toMatch(/Period\s+scope 1\s+scope 2 \(market\)\s+scope 3\s+total \(market\)\s+total \(location\)\s+lines/);
    expect(out()).toMatch(/2026-Q1\s+10670\.0\s+0\.0\s+0\.0\s+10670\.0\s+10670\.0\s+1\n/);
    expect(out()).toMatch(/2026-Q4\s+2134\.0\s+0\.0\s+0\.0\s+2134\.0\s+2134\.0\s+1\n/);
    expect(out()).toMatch(/no single quarter\s+6502\.0\s+0\.0\s+0\.0\s+6502\.0\s+6502\.0\s+1\n/);
    const split = await cli(["footprint", "fp.json", "--by", "half-year", "--split"], { "fp.json": PERIODS });
    expect(split.out()).toMatch(/2026-H1\s+13921\.0/);
    expect(split.out()).toMatch(/2026-H2\s+5385\.0/);
    expect(split.out()).not.toContain("no single");
  });

  it("prints the footprint and its periods as JSON with --json --by", async () => {
    const { code, out } = await cli(["footprint", "fp.json", "--json", "--by", "month"], { "fp.json": PERIODS });
    expect(code).toBe(0);
    const json = JSON.parse(out()) as { footprint: { scope1: string }; byPeriod: { by: string; periods: { period: string; scope1: string }[] } };
    expect(json.footprint.scope1).toBe("19306");
    expect(json.byPeriod.by).toBe("month");
    expect(json.byPeriod.periods.map((month) => month.scope1)).toEqual(["0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "2134"]);
  });

  it("prints the footprint as JSON with decimal strings", async () => {
    const { code, out } = await cli(["footprint", "fp.json", "--json"], { "fp.json": INPUT });
    expect(code).toBe(0);
    const json = JSON.parse(out()) as { scope1: string; total: { locationBased: string } };
    expect(json.scope1).toBe("25608");
    expect(json.total.locationBased).toBe("35459.2");
  });

  it("puts only combustion in scope 1 with --accounting ghg-strict", async () => {
    const { out } = await cli(["footprint", "fp.json", "--accounting", "ghg-strict"], { "fp.json": INPUT });
    expect(out()).toMatch(/Scope 1\s+21348\.0/); // 12000 x 1.779 (TTW)
    expect(out()).toContain("accounting ghg-strict");
  });

  it("prints plausibility warnings and estimated lines", async () => {
    const input = JSON.stringify({
      year: 2025,
      activities: [{ id: "gas", theme: "fuel", factor: 135, quantity: 1, unit: "Nm3", estimated: true }],
    });
    const { out } = await cli(["footprint", "old.json"], { "old.json": input });
    expect(out()).toContain("Estimated lines: gas");
    expect(out()).toContain("Warning FACTOR_YEAR");
  });

  it("writes the chart as SVG with --chart, in the chosen locale", async () => {
    const { code, written, err } = await cli(["footprint", "fp.json", "--chart", "out.svg", "--locale", "en"], { "fp.json": INPUT });
    expect(code).toBe(0);
    expect(err()).toContain("Wrote out.svg");
    const svg = written.get("out.svg") ?? "";
    expect(isWellFormed(svg)).toBe(true);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(["25.6", "19.3", "0.1", "Fuels"]));
  });

  it("names a missing file and exits 1", async () => {
    const { code, err } = await cli(["footprint", "missing.json"]);
    expect(code).toBe(1);
    expect(err()).toContain("missing.json: cannot read the file (it does not exist)");
  });

  it("names the file with invalid JSON and exits 1", async () => {
    const { code, err } = await cli(["footprint", "broken.json"], { "broken.json": '{ "year": 2026,' });
    expect(code).toBe(1);
    expect(err()).toMatch(/^broken\.json: not valid JSON: /);
  });

  it("names the file and every path inside it that is wrong, and exits 1", async () => {
    const input = JSON.stringify({ year: 2026, activities: [{ id: "gas", theme: "fuel", factor: 135, quantity: -1, unit: "Nm3" }, { id: "x", theme: "heat", quantity: 1, unit: "GJ" }] });
    const { code, err } = await cli(["footprint", "bad.json"], { "bad.json": input });
    expect(code).toBe(1);
    expect(err()).toContain("bad.json: activities[0].quantity: must be zero or more");
    expect(err()).toContain("bad.json: activities[1].factor:");
  });

  it("names the path of an unknown factor with the closest ones", async () => {
    const input = JSON.stringify({ year: 2026, activities: [{ id: "x", theme: "fuel", factor: "aardgas", quantity: 1, unit: "Nm3" }] });
    const { code, err } = await cli(["footprint", "f.json"], { "f.json": input });
    expect(code).toBe(1);
    expect(err()).toContain("f.json: UNKNOWN_FACTOR:");
    expect(err()).toContain('f.json: activities[0].factor: no factor "aardgas"');
    expect(err()).toContain("aardgas-g-gas");
  });

  it("names the root when the file is not an object", async () => {
    const { code, err } = await cli(["footprint", "list.json"], { "list.json": "[]" });
    expect(code).toBe(1);
    expect(err()).toContain("list.json: (root):");
  });

  it("refuses a bad --accounting, --locale or --by, --split alone, an unknown flag, no file or two files with exit code 2", async () => {
    const files = { "fp.json": INPUT };
    for (const argv of [
      ["footprint", "fp.json", "--accounting", "gaap"],
      ["footprint", "fp.json", "--locale", "de"],
      ["footprint", "fp.json", "--bogus"],
      ["footprint", "fp.json", "--chart"],
      ["footprint", "fp.json", "--by", "week"],
      ["footprint", "fp.json", "--split"],
      ["footprint"],
      ["footprint", "fp.json", "fp.json"],
    ]) {
      const { code, err } = await cli(argv, files);
      expect(code, argv.join(" ")).toBe(2);
      expect(err()).toContain("Run koploper footprint --help for usage.");
    }
    expect((await cli(["footprint", "fp.json", "--accounting", "gaap"], files)).err()).toContain('--accounting must be one of wtw, ghg-strict, not "gaap"');
    expect((await cli(["footprint", "fp.json", "--by", "week"], files)).err()).toContain('--by must be one of month, quarter, half-year, not "week"');
    expect((await cli(["footprint", "fp.json", "--split"], files)).err()).toContain("--split needs --by");
  });
});

describe("koploper factors", () => {
  it("finds factors by name with id, source id, names, unit, main value and status", async () => {
    const { code, out } = await cli(["factors", "aardgas"]);
    expect(code).toBe(0);
    const line = out().split("\n").find((row) => row.startsWith("aardgas-g-gas ")) ?? "";
    expect(line).toMatch(/aardgas-g-gas\s+135\s+Aardgas \(G-gas\)\s+.+\s+Nm3\s+2\.134 \(wtw\)\s+active/);
  });

  it("lists every factor without a search", async () => {
    const { out } = await cli(["factors"]);
    expect(out()).toContain(`${nl2026.factors.length} of ${nl2026.factors.length} factors in nl-2026`);
  });

  it("prints the matches as JSON", async () => {
    const { out } = await cli(["factors", "restafval", "--json"]);
    const found = JSON.parse(out()) as { id: string; values: { ghgProtocol?: string } }[];
    expect(found.map((factor) => factor.id)).toContain("restafval");
  });

  it("says so and exits 1 when nothing matches", async () => {
    const { code, err } = await cli(["factors", "kryptonite"]);
    expect(code).toBe(1);
    expect(err()).toContain('No factor in nl-2026 matches "kryptonite"');
  });

  it("refuses two search words and unknown flags with exit code 2", async () => {
    expect((await cli(["factors", "grijze", "stroom"])).code).toBe(2);
    expect((await cli(["factors", "--unit", "kWh"])).code).toBe(2);
    expect((await cli(["factors", "--json=yes"])).code).toBe(2);
  });
});

describe("koploper scan", () => {
  it("prints the Koploper scan in Dutch with its questions and options", async () => {
    const { code, out } = await cli(["scan"]);
    expect(code).toBe(0);
    expect(out()).toContain("koploper-scan@2.0.0");
    expect(out()).toContain("[has_employees]");
    expect(out()).toMatch(/\( \) /);
  });

  it("prints the scan in English with --locale en", async () => {
    const nl = (await cli(["scan"])).out();
    const en = (await cli(["scan", "--locale", "en"])).out();
    expect(en).not.toBe(nl);
    expect(en.split("\n")[0]).not.toBe(nl.split("\n")[0]);
  });

  it("prints a SurveyJS survey with --surveyjs", async () => {
    const { out } = await cli(["scan", "--surveyjs", "--locale", "en"]);
    const survey = JSON.parse(out()) as { pages: { elements: { visibleIf?: string }[] }[] };
    expect(survey.pages.length).toBe(11);
    expect(survey.pages[5]?.elements[0]?.visibleIf).toBe("{has_employees} = 'yes'");
  });

  it("refuses a bad locale, an argument and an unknown flag with exit code 2", async () => {
    expect((await cli(["scan", "--locale", "fr"])).err()).toContain('--locale must be one of nl, en, not "fr"');
    expect((await cli(["scan", "--locale", "fr"])).code).toBe(2);
    expect((await cli(["scan", "extra"])).code).toBe(2);
    expect((await cli(["scan", "--pdf"])).code).toBe(2);
  });
});

describe("koploper timeline", () => {
  it("prints the phases and meetings of the year", async () => {
    const { code, out } = await cli(["timeline", "--kickoff", "2027-01-19"]);
    expect(code).toBe(0);
    expect(out()).toContain("Koploper year 2027-01-19 - 2028-01-18 (12 months, Europe/Amsterdam)");
    expect(out()).toMatch(/Koplopersymposium\s+2027-12-20/);
  });

  it("prints English labels, a shorter year and fewer exchange meetings when asked", async () => {
    const { out } = await cli(["timeline", "--kickoff", "2027-01-19", "--months", "6", "--exchange-meetings", "1", "--locale", "en"]);
    expect(out()).toContain("(6 months,");
    expect(out().match(/Exchange meeting \d/g)?.length).toBe(1);
  });

  it("prints an iCalendar that ical.js parses, with the cohort name", async () => {
    const { out } = await cli(["timeline", "--kickoff", "2027-01-19", "--ics", "--name", "Koplopers Oost-Groningen"]);
    const calendar = new ICAL.Component(ICAL.parse(out()));
    const events = calendar.getAllSubcomponents("vevent");
    expect(events.length).toBeGreaterThan(5);
    expect(String(events[0]?.getFirstPropertyValue("summary"))).toContain("Koplopers Oost-Groningen");
  });

  it("refuses a missing --kickoff, an impossible date, non-numbers and out-of-range values with exit code 2", async () => {
    const missing = await cli(["timeline"]);
    expect(missing.code).toBe(2);
    expect(missing.err()).toContain("--kickoff YYYY-MM-DD is required");
    const impossible = await cli(["timeline", "--kickoff", "2027-02-30"]);
    expect(impossible.code).toBe(2);
    expect(impossible.err()).toContain("options: kickoff:");
    const word = await cli(["timeline", "--kickoff", "2027-01-19", "--months", "twelve"]);
    expect(word.code).toBe(2);
    expect(word.err()).toContain('--months must be a whole number, not "twelve"');
    const long = await cli(["timeline", "--kickoff", "2027-01-19", "--months", "30"]);
    expect(long.code).toBe(2);
    expect(long.err()).toContain("options: months:");
    expect((await cli(["timeline", "--kickoff", "2027-01-19", "extra"])).code).toBe(2);
    expect((await cli(["timeline", "--kickoff", "2027-01-19", "--exchange-meetings", "-1"])).code).toBe(2);
  });
});

describe("koploper demo", () => {
  it("prints the report heading in Dutch, or English with --lang en", async () => {
    expect((await cli(["demo"])).out()).toContain("Koploperproject");
    expect((await cli(["demo", "--lang", "en"])).out()).toContain("Koploper project");
  });

  it("writes SVG charts and the timeline as .ics into --out", async () => {
    const { code, written, dirs } = await cli(["demo", "--out", "out"]);
    expect(code).toBe(0);
    expect(dirs).toContain("out");
    const svgs = [...written.keys()].filter((path) => path.endsWith(".svg"));
    expect(svgs).toContain("out/cohort.svg");
    expect(svgs).toHaveLength(1 + 3 * 7);
    for (const path of svgs) expect(isWellFormed(written.get(path) ?? "")).toBe(true);
    const ics = [...written.entries()].find(([path]) => path === "out/timeline.ics")?.[1] ?? "";
    expect(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").length).toBeGreaterThan(0);
  });

  it("refuses a bad --lang, an argument and an unknown flag with exit code 2", async () => {
    expect((await cli(["demo", "--lang", "de"])).code).toBe(2);
    expect((await cli(["demo", "now"])).code).toBe(2);
    expect((await cli(["demo", "--verbose"])).code).toBe(2);
  });
});

describe("SVG rendering", () => {
  const spec = footprintChart(calculateFootprint({ year: 2026, activities: [] }, { factors: nl2026 }));

  it("says which optional packages to install when vega or vega-lite is missing", async () => {
    const missing = async (name: string): Promise<unknown> => {
      throw new Error(`Cannot find package '${name}'`);
    };
    await expect(renderSvg(spec, missing)).rejects.toThrow("SVG charts need the optional packages vega and vega-lite: npm install vega@6 vega-lite@6");
  });

  it("renders with the installed packages", async () => {
    expect(isWellFormed(await renderSvg(spec))).toBe(true);
  });
});
