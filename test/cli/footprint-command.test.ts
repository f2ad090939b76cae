import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { THEMES } from "../../src/index.js";
import { isWellFormed, svgTexts } from "../charts/render.js";
import { cli, memoryIo } from "./memory-io.js";

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

describe("koploper footprint", () => {
  it("prints the scopes, both scope 2 totals and the themes as a table", async () => {
    const { code, out } = await cli(["footprint", "fp.json"], { "fp.json": INPUT });
    expect(code).toBe(0);
    expect(out()).toMatch(/Scope 1\s+25\.608,0/);
    expect(out()).toMatch(/Scope 2 \(marktgebaseerd\)\s+19\.320,0/);
    expect(out()).toMatch(/Scope 2 \(locatiegebaseerd\)\s+9\.760,0/);
    expect(out()).toMatch(/Totaal \(marktgebaseerd\)\s+45\.019,2/);
    expect(out()).toMatch(/Afval\s+91,2\s+91,2/);
    expect(out()).toContain("Onbekende regels (nooit als nul geteld): water");
  });

  it("prints the same table in English with --locale en or --lang en", async () => {
    for (const flag of ["--locale", "--lang"]) {
      const { code, out } = await cli(["footprint", "fp.json", flag, "en"], { "fp.json": INPUT });
      expect(code).toBe(0);
      expect(out()).toMatch(/Scope 1\s+25,608\.0/);
      expect(out()).toMatch(/Total \(market-based\)\s+45,019\.2/);
      expect(out()).toMatch(/Waste\s+91\.2\s+91\.2/);
      expect(out()).toContain("Unknown lines (never counted as zero): water");
    }
  });

  it("prints no English word and no raw theme id in Dutch", async () => {
    // Every theme with an amount, an estimated line, an unknown line and a warning (FACTOR_YEAR).
    const input = JSON.stringify({
      year: 2025,
      activities: [
        { id: "gas", theme: "fuel", factor: 135, quantity: 12000, unit: "Nm3", estimated: true },
        { id: "power", theme: "electricity", quantity: 40000, unit: "kWh" },
        { id: "warmte", theme: "heat", factor: "gemiddelde-warmtenetten", quantity: 10, unit: "GJ" },
        { id: "commute", theme: "commuting", factor: "gemiddelde-auto-brandstofsoort-onbekend", quantity: 1000, unit: "vkm" },
        { id: "waste", theme: "waste", factor: "restafval", quantity: 2400, unit: "kg" },
        { id: "riool", theme: "wastewater", factor: "afvalwater", quantity: null, unit: "VE" },
      ],
    });
    const words = (text: string) => new Set(text.match(/[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9]/g) ?? []);
    const nl = (await cli(["footprint", "x.json"], { "x.json": input })).out();
    const en = (await cli(["footprint", "x.json", "--locale", "en"], { "x.json": input })).out();
    // Allowed in both: ids and codes (the file, the line ids, the factor set, the warning code),
    // units and words that are Dutch as well as English ("Scope", "Memo", "in", "is").
    const shared = new Set([
      "x.json",
      "json",
      "riool",
      "gas",
      "nl-2026",
      "wtw",
      "GWP",
      "AR6",
      "FACTOR_YEAR",
      "CO2",
      "CO2-eq",
      "kg",
      "Scope",
      "Memo",
      "in",
      "is",
    ]);
    const english = [...words(nl)].filter((word) => words(en).has(word) && !shared.has(word));
    expect(english).toEqual([]);
    for (const theme of THEMES) expect(nl, theme).not.toMatch(new RegExp(`(^|\\s)${theme}(\\s|$)`, "m"));
    expect(nl).toMatch(/Woon-werkverkeer\s+/);
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
    expect(out()).toMatch(/Periode\s+Scope 1\s+Scope 2 \(marktgebaseerd\)\s+Scope 3\s+Totaal \(marktgebaseerd\)\s+Totaal \(locatiegebaseerd\)\s+regels/);
    expect(out()).toMatch(/2026-Q1\s+10\.670,0\s+0,0\s+0,0\s+10\.670,0\s+10\.670,0\s+1\n/);
    expect(out()).toMatch(/2026-Q4\s+2\.134,0\s+0,0\s+0,0\s+2\.134,0\s+2\.134,0\s+1\n/);
    expect(out()).toMatch(/niet in één kwartaal\s+6\.502,0\s+0,0\s+0,0\s+6\.502,0\s+6\.502,0\s+1\n/);
    const split = await cli(["footprint", "fp.json", "--by", "half-year", "--split", "--locale", "en"], { "fp.json": PERIODS });
    expect(split.out()).toMatch(/Period\s+Scope 1\s+Scope 2 \(market-based\)/);
    expect(split.out()).toMatch(/2026-H1\s+13,921\.0/);
    expect(split.out()).toMatch(/2026-H2\s+5,385\.0/);
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
    expect(out()).toMatch(/Scope 1\s+21\.348,0/); // 12000 x 1.779 (TTW)
    expect(out()).toContain("methode ghg-strict");
  });

  it("prints plausibility warnings and estimated lines", async () => {
    const input = JSON.stringify({
      year: 2025,
      activities: [{ id: "gas", theme: "fuel", factor: 135, quantity: 1, unit: "Nm3", estimated: true }],
    });
    const { out } = await cli(["footprint", "old.json"], { "old.json": input });
    expect(out()).toContain("Geschatte regels: gas");
    expect(out()).toContain("Waarschuwing FACTOR_YEAR: de factorlijst is van 2026, de CO2-footprint van 2025");
    const en = await cli(["footprint", "old.json", "--locale", "en"], { "old.json": input });
    expect(en.out()).toContain("Estimated lines: gas");
    expect(en.out()).toContain("Warning FACTOR_YEAR: the factor list is of 2026, the footprint of 2025");
  });

  it("writes the chart as SVG with --chart, in the chosen locale", async () => {
    const { code, written, err } = await cli(["footprint", "fp.json", "--chart", "out.svg", "--locale", "en"], { "fp.json": INPUT });
    expect(code).toBe(0);
    expect(err()).toContain("Wrote: out.svg");
    const svg = written.get("out.svg") ?? "";
    expect(isWellFormed(svg)).toBe(true);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(["25.6", "19.3", "0.1", "Fuels"]));
  });

  it("prints the table, then says the chart needs vega and exits 1 when vega is missing", async () => {
    const memory = memoryIo({ "fp.json": INPUT });
    const io = { ...memory.io, load: async (name: string) => Promise.reject(new Error(`Cannot find package '${name}'`)) };
    expect(await run(["footprint", "fp.json", "--chart", "out.svg"], io)).toBe(1);
    expect(memory.out()).toMatch(/Scope 1\s+25\.608,0/);
    expect(memory.written.size).toBe(0);
    expect(memory.err()).toContain("SVG charts need the optional packages vega and vega-lite: npm install vega@6 vega-lite@6");
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
    const input = JSON.stringify({
      year: 2026,
      activities: [
        { id: "gas", theme: "fuel", factor: 135, quantity: -1, unit: "Nm3" },
        { id: "x", theme: "heat", quantity: 1, unit: "GJ" },
      ],
    });
    const { code, err } = await cli(["footprint", "bad.json"], { "bad.json": input });
    expect(code).toBe(1);
    expect(err()).toContain("bad.json: activities[0].quantity: must be zero or more");
    expect(err()).toContain("bad.json: activities[1].factor:");
    expect(err()).toMatchInlineSnapshot(`
      "bad.json: invalid footprint input:
        bad.json: activities[0].quantity: must be zero or more
        bad.json: activities[1].factor: Invalid input
      "
    `);
  });

  it("names the path of an unknown factor with the closest ones", async () => {
    const input = JSON.stringify({ year: 2026, activities: [{ id: "x", theme: "fuel", factor: "aardgas", quantity: 1, unit: "Nm3" }] });
    const { code, err } = await cli(["footprint", "f.json"], { "f.json": input });
    expect(code).toBe(1);
    expect(err()).toContain("f.json: UNKNOWN_FACTOR:");
    expect(err()).toContain('f.json: activities[0].factor: no factor "aardgas"');
    expect(err()).toContain("aardgas-g-gas");
    expect(err()).toMatchInlineSnapshot(`
      "f.json: UNKNOWN_FACTOR:
        f.json: activities[0].factor: no factor "aardgas" in factor set "nl-2026"; closest: "aardgas-g-gas" (Aardgas (G-gas)), "aardgascondensaat" (Aardgascondensaat), "cng-aardgas" (CNG (aardgas))
      "
    `);
  });

  it("names the root when the file is not an object", async () => {
    const { code, err } = await cli(["footprint", "list.json"], { "list.json": "[]" });
    expect(code).toBe(1);
    expect(err()).toContain("list.json: (root):");
    expect(err()).toMatchInlineSnapshot(`
      "list.json: invalid footprint input:
        list.json: (root): Invalid input: expected object, received array
      "
    `);
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
