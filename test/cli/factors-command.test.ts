import { describe, expect, it } from "vitest";
import { nl2026 } from "../../src/index.js";
import { cli } from "./memory-io.js";

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
