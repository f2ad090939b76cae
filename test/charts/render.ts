import { XMLValidator } from "fast-xml-parser";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import type { VegaLiteSpec } from "../../src/index.js";

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
