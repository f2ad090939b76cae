// The demo's report (src/cli/year-report.ts, through `koploper demo`).
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { isWellFormed } from "../charts/render.js";
import { cli, memoryIo } from "./memory-io.js";

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
