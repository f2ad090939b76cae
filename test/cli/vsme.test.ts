import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cli as run } from "./memory-io.js";

const examplePath = fileURLToPath(new URL("../../docs/examples/vsme-bakery.json", import.meta.url));
const EXAMPLE = readFileSync(examplePath, "utf8");

const cli = (argv: string[], files: Record<string, string> = { "in.json": EXAMPLE }) => run(argv, files);

describe("koploper vsme", () => {
  it("is listed in the help and has its own", async () => {
    expect((await cli(["--help"])).out()).toContain("  vsme ");
    const { code, out } = await cli(["vsme", "--help"]);
    expect(code).toBe(0);
    expect(out()).toContain("Usage: koploper vsme INPUT.json [--format json|xbrl-json|md] [--locale nl|en]");
  });

  it("prints the datapoints as JSON by default, from the example input", async () => {
    const { code, out } = await cli(["vsme", "in.json"]);
    expect(code).toBe(0);
    const report = JSON.parse(out()) as { complete: boolean; datapoints: Record<string, { value: string; unit?: string }[]> };
    expect(report.complete).toBe(true);
    expect(report.datapoints["vsme:TotalEnergyConsumption"]?.[0]).toMatchObject({ value: "300.529167", unit: "utr:MWh" });
    expect(report.datapoints["vsme:TotalAmountOfWaterWithdrawnFromAllSites"]?.[0]?.value).toBe("1450");
  });

  it("prints an xBRL-JSON report with --format xbrl-json", async () => {
    const { code, out } = await cli(["vsme", "in.json", "--format", "xbrl-json"]);
    expect(code).toBe(0);
    const doc = JSON.parse(out()) as { documentInfo: { taxonomy: string[] } };
    expect(doc.documentInfo.taxonomy).toEqual(["https://xbrl.efrag.org/taxonomy/vsme/2026-05-01/vsme-all.xsd"]);
  });

  it("prints Markdown in Dutch or English with --format md --locale", async () => {
    expect((await cli(["vsme", "in.json", "--format", "md"])).out()).toContain("| Totale energieconsumptie | 300,529 MWh | 29 |");
    expect((await cli(["vsme", "in.json", "--format", "md", "--locale", "en"])).out()).toContain("| Total energy consumption | 300.529 MWh | 29 |");
  });

  it("takes the footprint's year as the period when the input has none", async () => {
    const { period: _period, ...rest } = JSON.parse(EXAMPLE) as Record<string, unknown>;
    const { code, out } = await cli(["vsme", "in.json"], { "in.json": JSON.stringify(rest) });
    expect(code).toBe(0);
    expect((JSON.parse(out()) as { period: unknown }).period).toEqual({ start: "2026-01-01", end: "2026-12-31" });
  });

  it("exits 2 for bad flags and arguments", async () => {
    expect((await cli(["vsme", "in.json", "--format", "pdf"])).err()).toContain('--format must be one of json, xbrl-json, md, not "pdf"');
    expect((await cli(["vsme", "in.json", "--locale", "de"])).code).toBe(2);
    expect((await cli(["vsme"])).code).toBe(2);
    expect((await cli(["vsme", "in.json", "--colour"])).code).toBe(2);
  });

  it("exits 1 naming the file and every path of a bad input", async () => {
    const input = JSON.parse(EXAMPLE) as { general: Record<string, unknown>; footprint: { activities: Record<string, unknown>[] } };
    input.general["country"] = "XX";
    const bad = await cli(["vsme", "in.json"], { "in.json": JSON.stringify(input) });
    expect(bad.code).toBe(1);
    expect(bad.err()).toContain("in.json: general.country: expected an ISO 3166 country code");
    expect(bad.err()).toMatchInlineSnapshot(`
      "in.json: invalid VSME input:
        in.json: general.country: expected an ISO 3166 country code of the taxonomy, such as NL
      "
    `);
    const activities = JSON.parse(EXAMPLE) as { footprint: { activities: Record<string, unknown>[] } };
    (activities.footprint.activities[0] as Record<string, unknown>)["quantity"] = "lots";
    expect((await cli(["vsme", "in.json"], { "in.json": JSON.stringify(activities) })).err()).toContain("in.json: footprint: activities[0].quantity");
    expect((await cli(["vsme", "in.json"], { "in.json": "[]" })).err()).toContain("in.json: expected a JSON object");
    expect((await cli(["vsme", "in.json"], { "in.json": JSON.stringify({ entity: { name: "x", scheme: "lei", identifier: "1" } }) })).err()).toContain(
      'give a "period"',
    );
  });

  it("writes each company's VSME report with demo --out, as Markdown and xBRL-JSON", async () => {
    const { code, written } = await cli(["demo", "--out", "out", "--lang", "en"], {});
    expect(code).toBe(0);
    const reports = [...written.keys()].filter((path) => path.endsWith("-vsme.md"));
    expect(reports).toContain("out/bakkerij-hofstede-vsme.md");
    expect(reports.length).toBe([...written.keys()].filter((path) => path.endsWith("-vsme.xbrl.json")).length);
    const markdown = written.get("out/bakkerij-hofstede-vsme.md") ?? "";
    expect(markdown).toContain("# VSME sustainability report: Bakkerij Hofstede");
    expect(markdown).toContain("| Gross Scope 1 greenhouse gas emissions |");
    const doc = JSON.parse(written.get("out/bakkerij-hofstede-vsme.xbrl.json") ?? "{}") as {
      facts: Record<string, { dimensions: { entity: string; period: string } }>;
    };
    expect(Object.values(doc.facts)[0]?.dimensions).toMatchObject({ entity: "euid:demo.bakkerij-hofstede", period: "2027-01-01T00:00:00/2028-01-01T00:00:00" });
  }, 60_000);

  it("runs as the built command (dist/cli.js)", async () => {
    const cliPath = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, [cliPath, "vsme", examplePath, "--format", "xbrl-json"], { timeout: 60_000 }, (error, out) =>
        error === null ? resolve(out) : reject(error),
      );
    });
    expect(stdout).toContain('"concept": "vsme:GrossScope1GreenhouseGasEmissions"');
  }, 60_000);
});
