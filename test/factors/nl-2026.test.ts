import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { parseCsv, readRecords, renderModule, slug, type ExtraColumns } from "../../scripts/generate-factors.mjs";
import { gwp } from "../../src/factors/gwp.js";
import { parseFactorSet } from "../../src/factors/factor-input.schema.js";
import { nl2026 } from "../../src/factors/nl-2026/index.js";
import { nl2026 as fromRoot } from "../../src/index.js";
import type { FACTOR_VALUE_FIELDS } from "../../src/factors/codes.js";

const dir = new URL("../../src/factors/nl-2026/", import.meta.url);
const csv = readFileSync(new URL("co2emissiefactoren-2026.csv", dir), "utf8");
const namesEn = JSON.parse(readFileSync(new URL("names-en.json", dir), "utf8")) as Record<string, string>;
const columns = JSON.parse(readFileSync(new URL("columns.json", dir), "utf8")) as ExtraColumns;
const records = readRecords(csv);
const bySourceId = new Map(nl2026.factors.map((factor) => [factor.sourceId, factor]));

/** The field each published column goes to, written out here independently of the generator. */
const COLUMN_FIELD: Record<string, string> = {
  "Totaal (WTW)": "wtw",
  WTW: "wtw",
  "Verbrandingsemissies (TTW)": "ttw",
  TTW: "ttw",
  "Ketenemissies (WTT)": "wtt",
  WTT: "wtt",
  "Biogene emissies": "biogenic",
  "Biogene Emissies": "biogenic",
  "Conversie MJ": "mjPerUnit",
  Totaal: "total",
  "Productie-emissies energiecentrale": "production",
  "Productie-emissies": "production",
  "Ketenemissies productie energiedragers": "chain",
  Ketenemissies: "chain",
  "Infrastructuur (LCA benadering)": "infrastructure",
  GWP100: "gwp100",
  "Montreal Protocol (AR4)": "ar4",
  "GHG protocol (inzameling en verwerking)": "ghgProtocol",
  "GHG protocol (inzameling en verbranding)": "ghgProtocol",
  "Transport naar Recycling": "transport",
  "Emissies van Recycling": "processing",
  "Emissies door verbranding": "processing",
  "Vermeden emissies door recycling materialen": "avoided",
  "Vermeden emissies door energieterugwinning": "avoided",
  "Vermeden emissies": "avoided",
  CO2: "co2",
  Methaan: "ch4",
  Lachgas: "n2o",
};
const UNIT: Record<string, string> = {
  liter: "l",
  ton: "t",
  "kg ds": "kg-ds",
  voertuigkilometer: "vkm",
  reizigerskilometer: "pkm",
  tonkilometer: "tkm",
  Vervuilingseenheid: "VE",
  kg: "kg",
  Nm3: "Nm3",
  kWh: "kWh",
  GJ: "GJ",
};

function sourceIdOf(url: string): number {
  return Number(/\/factoren\/\d+\/\d+\/(\d+)\//.exec(url)?.[1]);
}

describe("the nl-2026 factor set", () => {
  it("reads all 797 published rows from the CSV", () => {
    expect(records).toHaveLength(797);
  });

  it("has 229 factors with unique ids and source ids", () => {
    expect(nl2026.factors).toHaveLength(229);
    expect(new Set(nl2026.factors.map((factor) => factor.id)).size).toBe(229);
    expect(new Set(nl2026.factors.map((factor) => factor.sourceId)).size).toBe(229);
  });

  it("holds every published value unchanged under its named field", () => {
    for (const record of records) {
      const factor = bySourceId.get(sourceIdOf(record["source_url"] ?? ""));
      const field = COLUMN_FIELD[record["column"] ?? ""];
      expect(field, record["column"]).toBeDefined();
      const value = record["value"];
      const stored = factor?.values[field as (typeof FACTOR_VALUE_FIELDS)[number]];
      if (value === "Vervallen" || value === "Variabel") expect(stored).toBeUndefined();
      else expect(stored, `${factor?.id} ${record["column"]}`).toBe(value);
    }
  });

  it("stores no value that was not published", () => {
    const published = new Set(records.map((record) => `${sourceIdOf(record["source_url"] ?? "")}:${COLUMN_FIELD[record["column"] ?? ""]}`));
    for (const factor of nl2026.factors) {
      for (const field of Object.keys(factor.values)) expect(published.has(`${factor.sourceId}:${field}`)).toBe(true);
    }
  });

  it("takes each factor's name, unit, subsection and source URL from the list", () => {
    for (const record of records) {
      const factor = bySourceId.get(sourceIdOf(record["source_url"] ?? ""));
      expect(factor?.name.nl).toBe(record["name"]?.trim());
      expect(factor?.unit).toBe(UNIT[record["unit"] ?? ""]);
      expect(factor?.subsection).toBe(record["subsection"] === "" ? null : record["subsection"]);
      expect(factor?.sourceUrl).toBe(record["source_url"]);
    }
  });

  it("marks withdrawn (Vervallen) and supplier-specific (Variabel) factors and nothing else", () => {
    const statusOf = (value: string | undefined) => (value === "Vervallen" ? "withdrawn" : value === "Variabel" ? "supplier-specific" : undefined);
    const expected = new Map<number, string>();
    for (const record of records) {
      const status = statusOf(record["value"]);
      if (status !== undefined) expected.set(sourceIdOf(record["source_url"] ?? ""), status);
    }
    for (const factor of nl2026.factors) expect(factor.status).toBe(expected.get(factor.sourceId) ?? "active");
    expect([...expected.values()].filter((status) => status === "withdrawn")).toHaveLength(13);
    expect(nl2026.factors.find((factor) => factor.sourceId === 50)?.status).toBe("supplier-specific");
  });

  it("keeps the known ids stable", () => {
    const ids = new Map(nl2026.factors.map((factor) => [factor.sourceId, factor.id]));
    expect(ids.get(135)).toBe("aardgas-g-gas");
    expect(ids.get(51)).toBe("grijze-stroom");
    expect(ids.get(67)).toBe("diesel-b7");
    expect(ids.get(95)).toBe("containers-trein-diesel");
    expect(ids.get(84)).toBe("bulk-trein-diesel");
    expect(ids.get(195)).toBe("ov-trein-diesel");
    expect(ids.get(172)).toBe("minibus-diesel");
    expect(ids.get(233)).toBe("avi-zonder-energieterugwinning-gevaarlijk-afval-indicatief");
    expect(ids.get(125)).toBe("overige-olien");
  });

  it("gives every factor an https source URL on co2emissiefactoren.nl ending in its source id and slug", () => {
    for (const factor of nl2026.factors) {
      expect(factor.sourceUrl).toMatch(new RegExp(`^https://co2emissiefactoren\\.nl/factoren/2026/\\d+/${factor.sourceId}/[a-z0-9-]+/$`));
    }
  });

  it("carries the list's provenance and asks to be cited", () => {
    expect(nl2026).toMatchObject({ id: "nl-2026", year: 2026, source: "https://www.co2emissiefactoren.nl/", gwp: "AR6" });
    expect(nl2026.citation).toContain("CO2emissiefactoren.nl");
  });

  it("passes parseFactorSet unchanged", () => {
    expect(parseFactorSet(nl2026)).toEqual(nl2026);
  });

  it("is exported from the package root as the same object", () => {
    expect(fromRoot).toBe(nl2026);
  });

  it("is byte-identical to what the generator makes from the CSV now", () => {
    expect(renderModule(csv, namesEn, columns)).toBe(readFileSync(new URL("data.ts", dir), "utf8"));
  });

  it("names for every gas factor with a published GWP the gas whose AR6 GWP the list publishes", () => {
    const gases = nl2026.factors.filter((factor) => factor.gas !== undefined);
    expect(gases.length).toBe(Object.keys(columns.gas ?? {}).length);
    for (const factor of gases) {
      const ours = gwp(factor.gas as NonNullable<typeof factor.gas>, "AR6");
      // The list rounds blends to whole numbers, half up.
      const shown = ours.isInteger() || ours.lt(1) ? ours : ours.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
      expect([factor.id, shown.toString()]).toEqual([factor.id, factor.values.gwp100]);
    }
  });

  it("marks each electricity role once, on the factor the research names for it", () => {
    const roles = Object.fromEntries(nl2026.factors.flatMap((factor) => (factor.electricityRole === undefined ? [] : [[factor.electricityRole, factor.id]])));
    expect(roles).toEqual({
      grey: "grijze-stroom",
      "grid-mix": "stroom-onbekend-gridmix",
      "green-wind": "windkracht",
      "green-hydro": "waterkracht",
      "green-solar": "zonne-energie",
      "green-biomass": "biomassa",
    });
  });

  it("says where every extra column comes from", () => {
    for (const entries of [columns.gas, columns.electricityRole]) {
      for (const entry of Object.values(entries ?? {})) expect(entry.from.length).toBeGreaterThan(20);
    }
  });
});

describe("the factor generator", () => {
  it("reads quoted fields with commas, doubled quotes and CRLF line ends", () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n1,,3\n')).toEqual([
      ["a", "b, c", 'say "hi"'],
      ["1", "", "3"],
    ]);
  });

  it("reads a last line without a line end", () => {
    expect(parseCsv("a,b\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("refuses a CSV that ends inside quotes", () => {
    expect(() => parseCsv('a,"b')).toThrow("quoted");
  });

  it("slugs names without accents, in lowercase, with single dashes", () => {
    expect(slug("Overige Oliën")).toBe("overige-olien");
    expect(slug("Europees (700 - 2.500 km)")).toBe("europees-700-2-500-km");
  });

  it("refuses an unknown column, a second column for one field and a non-decimal value", () => {
    const header = "list_year,section,subsection,name,unit,column,value,source_url\n";
    const row = (column: string, value: string) =>
      `2026,Elektriciteit,,Grijze Stroom,kWh,${column},${value},https://co2emissiefactoren.nl/factoren/2026/11/51/elektriciteit-grijze-stroom/\n`;
    const names = { "51": "Grey electricity" };
    expect(() => renderModule(header + row("Nieuw", "1"), names, {})).toThrow("unknown column");
    expect(() => renderModule(header + row("Totaal", "1") + row("Totaal", "2"), names, {})).toThrow("two columns");
    expect(() => renderModule(header + row("Totaal", '"1,5"'), names, {})).toThrow("not a plain decimal");
    expect(() => renderModule(header + row("Totaal", "0.50"), names, {})).toThrow("not a plain decimal");
    expect(() => renderModule(header + row("Totaal", "1"), {}, {})).toThrow("English name");
    expect(renderModule(header + row("Totaal", "0.5"), names, {})).toContain('"values":{"total":"0.5"}');
  });

  it("refuses an extra column for a factor it does not fit", () => {
    const header = "list_year,section,subsection,name,unit,column,value,source_url\n";
    const grey = `${header}2026,Elektriciteit,,Grijze Stroom,kWh,Totaal,0.5,https://co2emissiefactoren.nl/factoren/2026/11/51/elektriciteit-grijze-stroom/\n`;
    const names = { "51": "Grey electricity" };
    const entry = (value: string, name = "Grijze Stroom") => ({ "51": { value, name, from: "a test" } });
    expect(renderModule(grey, names, { electricityRole: entry("grey") })).toContain('"electricityRole":"grey"');
    expect(() => renderModule(grey, names, { gas: entry("CO2") })).toThrow("section electricity");
    expect(() => renderModule(grey, names, { electricityRole: entry("grey", "Stroom") })).toThrow('not "Stroom"');
    expect(() => renderModule(grey, names, { electricityRole: { "52": { value: "grey", name: "x", from: "y" } } })).toThrow("no factor 52");
    expect(() => renderModule(grey, names, { electricityRole: { "51": { value: "grey", name: "Grijze Stroom", from: "" } } })).toThrow("where it comes from");
  });
});
