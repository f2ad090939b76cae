import { readFileSync } from "node:fs";
import { fc, it } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { run } from "../../src/cli/main.js";
import { controlsIn } from "../cli/controls.js";
import { memoryIo } from "../cli/memory-io.js";

// Issue 18, class 8 for the CLI: whatever a file, a flag or an argument holds, what the CLI prints
// (stdout and stderr, every command and format) has no control character but the newline; an
// iCalendar keeps its CRLF line endings. JSON output stays JSON with the same strings.

/** Strings full of what a terminal acts on: C0, DEL, C1 and escape sequences, mixed with text. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom("\u001b[2J", "\u001b]0;owned\u0007", "\u009b31m", "\r", "\u0000", "\u007f", "\t", "\u2028", "\u202e", "\u0085"),
      fc.string({ unit: fc.integer({ min: 0, max: 0xa0 }).map((code) => String.fromCharCode(code)), maxLength: 4 }),
      fc.string({ maxLength: 4 }),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(""));

const VSME = JSON.parse(readFileSync(new URL("../../docs/examples/vsme-bakery.json", import.meta.url), "utf8")) as Record<string, unknown>;

async function printed(argv: string[], files: Record<string, string>): Promise<string> {
  const memory = memoryIo(files);
  await run(argv, memory.io);
  return memory.out() + memory.err();
}

// Each run starts the CLI some ten times; on a busy machine that takes longer than the default 5 s.
describe("everything the CLI prints", { timeout: 120_000 }, () => {
  it.prop([hostile], { numRuns: 40 })("is free of control characters for ids, units, factors and names in a footprint file", async (text) => {
    const input = {
      year: 2026,
      activities: [
        { id: `gas${text}`, theme: "fuel", factor: 135, quantity: 12000, unit: "Nm3", estimated: true },
        { id: `x${text}`, theme: "fuel", factor: text, quantity: 1, unit: "l" },
        { id: "u", theme: "fuel", factor: 135, quantity: 1, unit: text },
        { id: "n", theme: "waste", factor: "restafval", quantity: null, unit: "t" },
      ],
    };
    const valid = { year: 2026, activities: [input.activities[0], input.activities[3]] };
    const files = { "bad.json": JSON.stringify(input), "ok.json": JSON.stringify(valid), [`f${text}.json`]: JSON.stringify(valid) };
    for (const argv of [
      ["footprint", "bad.json"],
      ["footprint", "ok.json"],
      ["footprint", "ok.json", "--by", "quarter"],
      ["footprint", `f${text}.json`],
      ["footprint", `missing${text}.json`],
      ["footprint", "ok.json", "--accounting", text],
    ]) {
      expect(controlsIn(await printed(argv, files))).toEqual([]);
    }
    const json = await printed(["footprint", "ok.json", "--json"], files);
    expect(controlsIn(json)).toEqual([]);
    expect((JSON.parse(json) as { unknown: { ids: string[] } }).unknown.ids).toEqual(["n"]);
  });

  it.prop([hostile], { numRuns: 40 })("stays valid JSON with the same strings", async (text) => {
    const valid = { year: 2026, activities: [{ id: `gas${text}`, theme: "fuel", factor: 135, quantity: 12000, unit: "Nm3", estimated: true }] };
    const out = await printed(["footprint", "ok.json", "--json"], { "ok.json": JSON.stringify(valid) });
    expect(controlsIn(out)).toEqual([]);
    expect((JSON.parse(out) as { estimated: { ids: string[] } }).estimated.ids).toEqual([`gas${text}`]);
  });

  it.prop([hostile], { numRuns: 15 })("is free of control characters for searches, commands, flags and names", async (text) => {
    for (const argv of [
      ["factors", text],
      ["factors", text, "--json"],
      [text],
      ["scan", text],
      ["timeline", "--kickoff", text],
      ["timeline", "--kickoff", "2027-01-19", "--months", text],
      ["demo", `--${text}`],
    ]) {
      expect(controlsIn(await printed(argv, {}))).toEqual([]);
    }
    const ics = await printed(["timeline", "--kickoff", "2027-01-19", "--ics", "--name", text], {});
    expect(controlsIn(ics.replaceAll("\r\n", "\n"))).toEqual([]);
  });

  it.prop([hostile], { numRuns: 20 })("is free of control characters in a VSME report of any format", async (text) => {
    const entity = { ...(VSME["entity"] as object), name: `Bakkerij${text}`, identifier: text };
    const files = { "in.json": JSON.stringify({ ...VSME, entity }) };
    for (const format of ["json", "xbrl-json", "md"]) {
      for (const locale of ["nl", "en"]) {
        const out = await printed(["vsme", "in.json", "--format", format, "--locale", locale], files);
        expect(controlsIn(out)).toEqual([]);
        if (format === "json" && out.startsWith("{")) expect((JSON.parse(out) as { entity: { name: string } }).entity.name).toBe(`Bakkerij${text}`);
      }
    }
  });
});
