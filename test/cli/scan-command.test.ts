// `koploper scan` and `koploper timeline` (src/cli/scan-command.ts).
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { cli } from "./memory-io.js";

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
