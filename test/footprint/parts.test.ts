import { describe, expect, it } from "vitest";
import { FACTOR_SECTIONS, THEME_SCOPES, THEMES, type Accounting, type Factor, type FactorSection, type Theme } from "../../src/index.js";
import { factorKind, gwpPart, listedParts, PART_RULES, rulesFor, type GwpChoice } from "../../src/footprint/parts.js";
import { THEME_SECTIONS } from "../../src/footprint/themes.js";
import { caught } from "./helpers.js";

// Every column with its own value, so each part shows which column it came from.
const ALL = {
  wtw: "11",
  ttw: "12",
  wtt: "13",
  biogenic: "14",
  total: "21",
  production: "22",
  chain: "23",
  gwp100: "31",
  ar4: "32",
  ghgProtocol: "41",
  avoided: "-42",
};

const factorOf = (section: FactorSection, values: Record<string, string> = ALL, gas?: Factor["gas"]): Factor => ({
  id: "x",
  sourceId: 1,
  sourceUrl: "https://example.org/x",
  name: { nl: "X", en: "X" },
  section,
  subsection: null,
  unit: "kg",
  status: "active",
  ...(gas === undefined ? {} : { gas }),
  values,
});

const own: GwpChoice = { report: "AR6", setReport: "AR6", setId: "test" };
const accountings: Accounting[] = ["wtw", "ghg-strict"];

/** The scope and category of each part a rule set gives a theme, written out from the GHG Protocol, independently of the table. */
function expected(section: FactorSection, theme: Theme, accounting: Accounting): string[] {
  const { scope, category } = THEME_SCOPES[theme];
  const at = `${scope ?? 3}/${category ?? "-"}`;
  const strict = accounting === "ghg-strict" && scope !== 3;
  switch (section) {
    case "electricity":
    case "heat":
      return strict ? ["emission production 2/-", "emission chain 3/3"] : ["emission total 2/-"];
    case "refrigerants":
    case "other-emissions":
      return ["emission gwp100 1/-"];
    case "waste":
      return theme === "wastewater" ? ["emission total 3/5"] : ["emission ghgProtocol 3/5", "avoided avoided -/-"];
    default:
      return strict ? [`emission ttw ${at}`, "emission wtt 3/3", "biogenic biogenic -/-"] : [`emission wtw ${at}`, "biogenic biogenic -/-"];
  }
}

describe("the parts rules", () => {
  it("give every theme, on every section it takes factors from, in both accountings, the parts the GHG Protocol asks for", () => {
    let walked = 0;
    for (const theme of THEMES) {
      for (const section of THEME_SECTIONS[theme]) {
        for (const accounting of accountings) {
          const parts = listedParts(theme, factorOf(section), ALL, accounting, own);
          const shown = parts.map((part) => `${part.kind} ${part.column} ${part.scope ?? "-"}/${part.category ?? "-"}`);
          expect([theme, section, accounting, shown]).toEqual([theme, section, accounting, expected(section, theme, accounting)]);
          walked++;
        }
      }
    }
    expect(walked).toBe(2 * Object.values(THEME_SECTIONS).reduce((n, sections) => n + sections.length, 0));
  });

  it("cover every section and both accountings", () => {
    for (const section of FACTOR_SECTIONS) {
      const kind = factorKind(section, "fuel");
      for (const accounting of accountings) expect(PART_RULES[kind][accounting].length).toBeGreaterThan(0);
    }
    expect(factorKind("waste", "wastewater")).toBe("wastewater");
  });

  it("apply strict accounting in scopes 1 and 2 only: scope 3 themes keep the whole WTW", () => {
    expect(rulesFor("passenger-transport", "business-travel", "ghg-strict")).toBe(PART_RULES["fuel-or-transport"].wtw);
    expect(rulesFor("vehicle-fuels", "fuel", "ghg-strict")).toBe(PART_RULES["fuel-or-transport"]["ghg-strict"]);
  });

  it("take TTW when a factor publishes no WTW, and leave out a zero biogenic part and a missing WTT", () => {
    const parts = listedParts("fuel", factorOf("energy-fuels", { ttw: "3", biogenic: "0" }), { ttw: "3", biogenic: "0" }, "wtw", own);
    expect(parts.map((part) => part.column)).toEqual(["ttw"]);
    const strict = listedParts("fuel", factorOf("energy-fuels", { ttw: "3" }), { ttw: "3" }, "ghg-strict", own);
    expect(strict.map((part) => part.column)).toEqual(["ttw"]);
  });

  it("refuse a factor without a value a rule needs", () => {
    const error = caught(() => listedParts("heat", factorOf("heat", { total: "1" }), { total: "1" }, "ghg-strict", own));
    expect(error.code).toBe("MISSING_FACTOR_VALUE");
    expect(error.issues).toEqual([{ path: ["factor"], message: "factor x (X) publishes no production value", code: "missing_value" }]);
  });
});

describe("a gas's GWP part", () => {
  const r410a = factorOf("refrigerants", { gwp100: "2256", ar4: "2088" }, "R410A");

  it("takes the set's own column for its report, the AR4 column for AR4, else the IPCC value of the factor's gas", () => {
    expect(gwpPart(r410a, r410a.values, own).column).toBe("gwp100");
    expect(gwpPart(r410a, r410a.values, { ...own, report: "AR4" }).column).toBe("ar4");
    const ar5 = gwpPart(r410a, r410a.values, { ...own, report: "AR5" });
    expect([ar5.column, ar5.value.toString(), ar5.scope]).toEqual(["gwp:AR5", "1923.5", 1]);
  });

  it("refuses a gas factor that names no gas when the set has no value for the report", () => {
    const bare = factorOf("refrigerants", { gwp100: "2256" });
    expect(caught(() => gwpPart(bare, bare.values, { ...own, report: "AR5" })).message).toMatchInlineSnapshot(
      `"factor x (X) has no AR5 GWP in test and names no gas"`,
    );
  });
});
