import { describe, expect, it } from "vitest";
import { amountTitle, scopeLabel, THEME_LABELS, word } from "../../src/charts/labels.js";
import { THEMES } from "../../src/footprint/themes.js";

describe("the charts' labels", () => {
  it("name every theme in Dutch and English, each differently", () => {
    expect(Object.keys(THEME_LABELS).sort()).toEqual([...THEMES].sort());
    for (const locale of ["nl", "en"] as const) expect(new Set(THEMES.map((theme) => THEME_LABELS[theme][locale])).size).toBe(THEMES.length);
  });

  it("write an amount's axis title with the unit and the scope 2 basis", () => {
    expect(amountTitle("t", "market", "nl")).toBe("t CO2-eq (marktgebaseerd)");
    expect(amountTitle("kg", "location", "en")).toBe("kg CO2-eq (location-based)");
  });

  it("name scopes and words in the locale", () => {
    expect(scopeLabel(2, "en")).toBe("Scope 2");
    expect([word("total", "nl"), word("total", "en")]).toEqual(["Totaal", "Total"]);
  });
});
