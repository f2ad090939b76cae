import { describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import { cli } from "./memory-io.js";

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
