import { XMLValidator } from "fast-xml-parser";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { expect } from "vitest";
import type { VegaLiteSpec } from "../../src/index.js";
import { caught } from "../helpers.js";

/** Renders a specification to SVG the way the CLI does, headless. */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec as unknown as TopLevelSpec).spec), { renderer: "none" });
  return view.toSVG();
}

/** Whether a text is well-formed XML (fast-xml-parser's validator). */
export function isWellFormed(svg: string): boolean {
  return XMLValidator.validate(svg) === true;
}

/** Every text the SVG shows (axis labels, titles, legends, marks), unescaped. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) =>
    (match[1] ?? "").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&amp;", "&"),
  );
}

/** Renders a specification and gives the texts its SVG shows (failing when the SVG is not well-formed). */
export async function texts(spec: VegaLiteSpec): Promise<string[]> {
  const svg = await renderSvg(spec);
  expect(isWellFormed(svg)).toBe(true);
  expect(svg.startsWith("<svg")).toBe(true);
  return svgTexts(svg);
}

/** Asserts an action is refused with INVALID_INPUT and an issue at `path`. */
export function expectInvalid(action: () => unknown, path: readonly (string | number)[]): void {
  const error = caught(action);
  expect(error.code).toBe("INVALID_INPUT");
  expect(error.issues.map((issue) => issue.path)).toContainEqual(path);
}
