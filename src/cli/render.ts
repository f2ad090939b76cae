import type { VegaLiteSpec } from "../index.js";
import { CliError } from "./io.js";

type Loader = (name: string) => Promise<unknown>;

interface VegaLite {
  compile: (spec: unknown) => { spec: unknown };
}
interface Vega {
  parse: (spec: unknown) => unknown;
  View: new (runtime: unknown, options: { renderer: "none" }) => { toSVG: () => Promise<string> };
}

const load: Loader = (name) => import(name);

/** How to add the optional packages the charts need. */
export const INSTALL_VEGA = "npm install vega@6 vega-lite@6";

/**
 * Renders a Vega-Lite specification to SVG with the optional peer dependencies `vega` and
 * `vega-lite`, loaded only when a chart is asked for; without them, a message says how to add them.
 */
export async function renderSvg(spec: VegaLiteSpec, loader: Loader = load): Promise<string> {
  let vega: Vega;
  let vegaLite: VegaLite;
  try {
    [vega, vegaLite] = (await Promise.all([loader("vega"), loader("vega-lite")])) as [Vega, VegaLite];
  } catch {
    throw new CliError(`SVG charts need the optional packages vega and vega-lite: ${INSTALL_VEGA}`, 1);
  }
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: "none" });
  return view.toSVG();
}
