import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { renderSvg } from "../../src/cli/render.js";
import { THEMES, footprintChart, calculateFootprint, nl2026 } from "../../src/index.js";
import { isWellFormed, svgTexts } from "../charts/render.js";
import pkg from "../../package.json" with { type: "json" };
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

  it("documents the exit codes and --locale in --help", async () => {
    const { out } = await cli(["--help"]);
    expect(out()).toMatch(/^ {2}0 {3}done/m);
    expect(out()).toMatch(/^ {2}1 {3}not all done/m);
    expect(out()).toMatch(/^ {2}2 {3}a usage error/m);
    expect(out()).toContain("--locale nl|en");
    for (const name of ["footprint", "factors", "scan", "timeline", "demo"]) {
      expect((await cli([name, "--help"])).out()).toContain("Exit codes: 0 done; 1 not all done (see koploper --help); 2 a usage error.");
      expect((await cli([name, "--help"])).out()).toContain("--locale nl|en");
    }
  });

  it("prints the version of package.json with --version", async () => {
    const { code, out } = await cli(["--version"]);
    expect([code, out()]).toEqual([0, `${pkg.version}\n`]);
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
  const ids = (out: string) =>
    out
      .split("\n")
      .slice(1, -2)
      .map((row) => row.split(/\s+/)[0]);

  it("finds factors by name with id, source id, name, section, unit, main value and status", async () => {
    const { code, out } = await cli(["factors", "aardgas"]);
    expect(code).toBe(0);
    expect(out().split("\n")[0]).toMatch(/^id\s+bron-id\s+naam\s+sectie\s+eenheid\s+kg CO2-eq per eenheid\s+status$/);
    const line =
      out()
        .split("\n")
        .find((row) => row.startsWith("aardgas-g-gas ")) ?? "";
    expect(line).toMatch(/aardgas-g-gas\s+135\s+Aardgas \(G-gas\)\s+Brandstoffen energieopwekking\s+Nm3\s+2,134 \(wtw\)\s+geldig$/);
    const en =
      (await cli(["factors", "aardgas", "--locale", "en"]))
        .out()
        .split("\n")
        .find((row) => row.startsWith("aardgas-g-gas ")) ?? "";
    expect(en).toMatch(/aardgas-g-gas\s+135\s+Natural gas \(G-gas\)\s+Fuels for energy generation\s+Nm3\s+2\.134 \(wtw\)\s+active$/);
  });

  it("finds a factor by its id and by its source id, that one first", async () => {
    expect(ids((await cli(["factors", "diesel-b7"])).out())[0]).toBe("diesel-b7");
    expect(ids((await cli(["factors", "67"])).out())).toEqual(["diesel-b7"]);
    expect(ids((await cli(["factors", "135"])).out())).toEqual(["aardgas-g-gas"]);
  });

  it("finds by English name, section, subsection and unit", async () => {
    expect(ids((await cli(["factors", "natural gas"])).out())).toContain("aardgas-g-gas");
    const refrigerants = ids((await cli(["factors", "Refrigerants"])).out());
    expect(refrigerants).toContain("r404a");
    expect(refrigerants.length).toBe(nl2026.factors.filter((factor) => factor.section === "refrigerants").length);
    expect(ids((await cli(["factors", "koudemiddelen"])).out())).toEqual(refrigerants);
    const tkm = ids((await cli(["factors", "TKM"])).out());
    expect(tkm.length).toBe(nl2026.factors.filter((factor) => factor.unit === "tkm").length);
  });

  it("ranks the id first, then names that start with the search, then names that contain it", async () => {
    expect(ids((await cli(["factors", "lpg"])).out())[0]).toBe("lpg");
    const found = ids((await cli(["factors", "diesel"])).out());
    const starts = (id: string | undefined) =>
      nl2026.factors.some((factor) => factor.id === id && [factor.id, factor.name.nl, factor.name.en].some((name) => name.toLowerCase().startsWith("diesel")));
    const firstContaining = found.findIndex((id) => !starts(id));
    expect(firstContaining).toBeGreaterThan(1);
    expect(found.slice(firstContaining).some(starts)).toBe(false);
  });

  it("finds near matches for a typo when nothing else matches", async () => {
    const typo = ids((await cli(["factors", "disel"])).out());
    expect(typo).toContain("diesel-b7");
    const restafval = ids((await cli(["factors", "restafvl"])).out());
    expect(restafval[0]).toBe("restafval");
  });

  it("lists every factor without a search", async () => {
    expect((await cli(["factors"])).out()).toContain(`${nl2026.factors.length} van ${nl2026.factors.length} factoren in nl-2026`);
    expect((await cli(["factors", "--lang", "en"])).out()).toContain(`${nl2026.factors.length} of ${nl2026.factors.length} factors in nl-2026`);
  });

  it("prints the matches as JSON, best first", async () => {
    const { code, out } = await cli(["factors", "67", "--json"]);
    expect(code).toBe(0);
    const found = JSON.parse(out()) as { id: string }[];
    expect(found.map((factor) => factor.id)).toEqual(["diesel-b7"]);
  });

  it("says so and exits 1 when nothing matches, as text and as JSON", async () => {
    const plain = await cli(["factors", "kryptonite"]);
    expect([plain.code, plain.out()]).toEqual([1, ""]);
    expect(plain.err()).toContain('Geen factor in nl-2026 past bij "kryptonite"');
    const json = await cli(["factors", "kryptonite", "--json", "--locale", "en"]);
    expect([json.code, JSON.parse(json.out())]).toEqual([1, []]);
    expect(json.err()).toContain('No factor in nl-2026 matches "kryptonite"');
  });

  it("refuses two search words, unknown flags and a --lang that contradicts --locale with exit code 2", async () => {
    expect((await cli(["factors", "grijze", "stroom"])).code).toBe(2);
    expect((await cli(["factors", "--unit", "kWh"])).code).toBe(2);
    expect((await cli(["factors", "--json=yes"])).code).toBe(2);
    const both = await cli(["factors", "--locale", "nl", "--lang", "en"]);
    expect([both.code, both.err()]).toEqual([2, expect.stringContaining("--locale nl and --lang en disagree")]);
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

  it("prints the scan in English with --locale en, yes-no questions in one language at a time", async () => {
    const nl = (await cli(["scan"])).out();
    const en = (await cli(["scan", "--locale", "en"])).out();
    expect(en).not.toBe(nl);
    expect(en.split("\n")[0]).not.toBe(nl.split("\n")[0]);
    expect(nl).toContain("( ) ja   ( ) nee");
    expect(nl).not.toMatch(/\byes\b|\bno\b/);
    expect(en).toContain("( ) yes   ( ) no");
    expect(en).not.toMatch(/\bja\b|\bnee\b/);
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
    expect(out()).toContain("Koploperjaar 2027-01-19 - 2028-01-18 (12 maanden, Europe/Amsterdam)");
    expect(out()).toMatch(/^fase\s+van\s+tot en met$/m);
    expect(out()).toMatch(/^bijeenkomst\s+datum$/m);
    expect(out()).toMatch(/Koplopersymposium\s+2027-12-20/);
  });

  it("prints English labels, a shorter year and fewer exchange meetings when asked", async () => {
    const { out } = await cli(["timeline", "--kickoff", "2027-01-19", "--months", "6", "--exchange-meetings", "1", "--locale", "en"]);
    expect(out()).toContain("Koploper year 2027-01-19 - 2027-07-18 (6 months,");
    expect(out()).toMatch(/^phase\s+from\s+to$/m);
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
  it("prints the report heading in Dutch, or English with --locale en and its alias --lang en", async () => {
    expect((await cli(["demo"])).out()).toContain("Koploperproject");
    expect((await cli(["demo", "--locale", "en"])).out()).toContain("Koploper project");
    expect((await cli(["demo", "--lang", "en"])).out()).toContain("Koploper project");
  });

  it("prints every number in the locale: euros and prize points with a decimal comma in Dutch", async () => {
    const nl = (await cli(["demo"])).out();
    expect(nl).toMatch(/investering: € \d{1,3}(\.\d{3})+; besparing per jaar: € \d{1,3}(\.\d{3})+;/);
    expect(nl).toMatch(/^ {2}1\. .+: \d,\d\d punten\. jury \d,\d\d x 0,40 = \d,\d\d;/m);
    expect(nl).not.toMatch(/\d\.\d\d punten|EUR/);
    const en = (await cli(["demo", "--locale", "en"])).out();
    expect(en).toMatch(/investment: EUR \d{1,3}(,\d{3})+; savings a year: EUR \d{1,3}(,\d{3})+;/);
    expect(en).toMatch(/^ {2}1\. .+: \d\.\d\d points\. jury \d\.\d\d x 0\.40 = \d\.\d\d;/m);
  });

  it("prints the action plan in the locale: measure titles and statuses", async () => {
    const nl = (await cli(["demo"])).out();
    const en = (await cli(["demo", "--locale", "en"])).out();
    expect(nl).toContain("- [uitgevoerd] ");
    expect(nl).toMatch(/^ {4}- \[gepland\] \S/m);
    expect(en).toContain("- [done] ");
    expect(en).toMatch(/^ {4}- \[planned\] \S/m);
    const plan = (report: string) => report.split("\n").filter((line) => /^ {4}- \[/.test(line));
    expect(plan(en).length).toBe(plan(nl).length);
    expect(plan(en).filter((line) => /\b(Leg|Voldoe|Scheid|uw|beleid|wet|en|van)\b/.test(line))).toEqual([]);
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

  it("without vega still writes the .ics and the VSME reports, says which charts it skipped and exits 1", async () => {
    const memory = memoryIo();
    const io = { ...memory.io, load: async (name: string) => Promise.reject(new Error(`Cannot find package '${name}'`)) };
    const code = await run(["demo", "--out", "out"], io);
    expect(code).toBe(1);
    const written = [...memory.written.keys()];
    expect(written[0]).toBe("out/timeline.ics");
    expect(written.slice(1).every((file) => /^out\/[a-z-]+-vsme\.(md|xbrl\.json)$/.test(file))).toBe(true);
    expect(written.filter((file) => file.endsWith(".svg"))).toEqual([]);
    expect(memory.out()).toContain(`Geschreven: ${written.join(", ")}\n`);
    expect(memory.err()).toBe(
      "Overgeslagen: 22 SVG-grafieken (daarvoor zijn de optionele pakketten vega en vega-lite nodig: npm install vega@6 vega-lite@6)\n",
    );
  });

  it("refuses a bad --locale, an argument and an unknown flag with exit code 2", async () => {
    expect((await cli(["demo", "--lang", "de"])).code).toBe(2);
    expect((await cli(["demo", "--locale", "de"])).code).toBe(2);
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
