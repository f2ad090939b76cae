import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isWellFormed } from "../charts/render.js";
import { controlsIn } from "./controls.js";

const cliPath = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

function koploper(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cliPath, ...args], { cwd, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

describe("the built koploper command (dist/cli.js)", { timeout: 60_000 }, () => {
  let dir: string;

  beforeAll(async () => {
    if (!existsSync(cliPath)) throw new Error("dist/cli.js is missing: run `npm run build` first (npm test does)");
    dir = await mkdtemp(join(tmpdir(), "koploper-cli-"));
    await writeFile(
      join(dir, "fp.json"),
      JSON.stringify({ year: 2026, activities: [{ id: "gas", theme: "fuel", factor: 135, quantity: 12000, unit: "Nm3" }] }),
    );
    await writeFile(
      join(dir, "bad.json"),
      JSON.stringify({ year: 2026, activities: [{ id: "gas", theme: "fuel", factor: 135, quantity: "lots", unit: "Nm3" }] }),
    );
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("starts with a node shebang", async () => {
    expect((await readFile(cliPath, "utf8")).startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it("prints its help and exits 0", async () => {
    const { code, stdout } = await koploper(["--help"], dir);
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: koploper <command>");
  });

  it("calculates a footprint from a file and writes its chart", async () => {
    const { code, stdout } = await koploper(["footprint", "fp.json", "--chart", "fp.svg"], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Scope 1\s+25\.608,0/);
    expect(isWellFormed(await readFile(join(dir, "fp.svg"), "utf8"))).toBe(true);
  });

  it("exits 1 naming the file and the path for a missing file, invalid JSON and a schema error", async () => {
    const missing = await koploper(["footprint", "nope.json"], dir);
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringContaining("nope.json: cannot read the file")]);
    await writeFile(join(dir, "broken.json"), "{");
    const broken = await koploper(["footprint", "broken.json"], dir);
    expect([broken.code, broken.stderr]).toEqual([1, expect.stringContaining("broken.json: not valid JSON")]);
    const bad = await koploper(["footprint", "bad.json"], dir);
    expect([bad.code, bad.stderr]).toEqual([1, expect.stringContaining("bad.json: activities[0].quantity:")]);
  });

  it("exits 2 for an unknown command and a bad flag value", async () => {
    expect((await koploper(["audit"], dir)).code).toBe(2);
    expect((await koploper(["footprint", "fp.json", "--accounting", "ifrs"], dir)).code).toBe(2);
  });

  it("ends quietly with 0 when the reader closes the pipe early (koploper scan --surveyjs | head -1)", async () => {
    const child = spawn(process.execPath, [cliPath, "scan", "--surveyjs"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // Read the first chunk, then close the pipe as head does; the survey is far longer than one chunk.
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect([code, stderr]).toEqual([0, ""]);
  });

  it("prints the version", async () => {
    const { code, stdout } = await koploper(["--version"], dir);
    expect([code, stdout.trim()]).toEqual([0, JSON.parse(await readFile(fileURLToPath(new URL("../../package.json", import.meta.url)), "utf8")).version]);
  });

  it("prints a timeline as an iCalendar that ical.js parses", async () => {
    const { code, stdout } = await koploper(["timeline", "--kickoff", "2027-01-19", "--ics"], dir);
    expect(code).toBe(0);
    expect(new ICAL.Component(ICAL.parse(stdout)).getAllSubcomponents("vevent").length).toBeGreaterThan(5);
  });

  it("runs the demo and writes its files with --out", async () => {
    const { code, stdout } = await koploper(["demo", "--out", "demo-out"], dir);
    expect(code).toBe(0);
    expect(stdout.length).toBeGreaterThan(0);
    expect(existsSync(join(dir, "demo-out", "timeline.ics"))).toBe(true);
    const again = await koploper(["demo", "--out", "demo-out"], dir);
    expect([again.code, again.stderr]).toEqual([1, expect.stringContaining("Niets geschreven; --force overschrijft ze.")]);
  });

  it("exits 1 with a message, never a stack trace, when --out is a file or a file is in its way", async () => {
    for (const out of ["fp.json", "fp.json/sub"]) {
      const { code, stderr } = await koploper(["demo", "--out", out], dir);
      expect([code, stderr]).toEqual([1, `${out}: cannot make the folder (a file of that name is in the way)\n`]);
    }
  });

  it("prints control characters from a file visibly, not as terminal escapes", async () => {
    const input = { year: 2026, activities: [{ id: "gas\u001b[2J\u009b31m", theme: "fuel", factor: 135, quantity: 1, unit: "Nm3", estimated: true }] };
    await writeFile(join(dir, "escape.json"), JSON.stringify(input));
    const text = await koploper(["footprint", "escape.json"], dir);
    expect(text.stdout).toContain("gas\\u001b[2J\\u009b31m");
    const json = await koploper(["footprint", "escape.json", "--json"], dir);
    expect(controlsIn(json.stdout)).toEqual([]);
    expect((JSON.parse(json.stdout) as { estimated: { ids: string[] } }).estimated.ids).toEqual([input.activities[0]?.id]);
  });
});
