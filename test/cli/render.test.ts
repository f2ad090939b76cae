import { describe, expect, it } from "vitest";
import { renderSvg } from "../../src/cli/render.js";
import { footprintChart, calculateFootprint, nl2026 } from "../../src/index.js";
import { isWellFormed } from "../charts/render.js";

describe("SVG rendering", () => {
  const spec = footprintChart(calculateFootprint({ year: 2026, activities: [] }, { factors: nl2026 }));

  it("says which optional packages to install when vega or vega-lite is missing", async () => {
    const missing = async (name: string): Promise<unknown> => {
      throw new Error(`Cannot find package '${name}'`);
    };
    await expect(renderSvg(spec, missing)).rejects.toThrow("SVG charts need the optional packages vega and vega-lite: npm install vega@6 vega-lite@6");
  });

  it("renders with the installed packages", async () => {
    expect(isWellFormed(await renderSvg(spec))).toBe(true);
  });
});
