import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

// Issue 15: the rules of CONTRIBUTING.md, checked on the source tree.

const root = join(import.meta.dirname, "..");
const src = join(root, "src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

const modules = files(src).map((path) => relative(src, path));
const text = new Map(modules.map((module) => [module, readFileSync(join(src, module), "utf8")]));

/** The modules a module imports (relative imports only, type-only imports included). */
function importsOf(module: string): string[] {
  const found = [...(text.get(module) ?? "").matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)];
  return found.map((match) => normalize(join(dirname(module), (match[1] ?? "").replace(/\.js$/, ".ts"))));
}

/** Generated data and bundled content: content, no logic, exempt from the size rule. */
const isData = (module: string) => /(^|\/)data(\/|\.ts$)|\/data\//.test(module) || module.startsWith("vsme/taxonomy/");

describe("the source tree", () => {
  it("has no file over 400 lines except generated data and bundled content", () => {
    const long = modules.filter((module) => !isData(module) && (text.get(module) ?? "").split("\n").length > 400);
    expect(long).toEqual([]);
  });

  it("has no import cycle", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (module: string, trail: string[]): void => {
      if (state.get(module) === "done") return;
      if (state.get(module) === "open") {
        cycles.push([...trail.slice(trail.indexOf(module)), module].join(" -> "));
        return;
      }
      state.set(module, "open");
      for (const next of importsOf(module)) if (text.has(next)) visit(next, [...trail, module]);
      state.set(module, "done");
    };
    for (const module of modules) visit(module, []);
    expect(cycles).toEqual([]);
  });

  it("builds zod schemas only in *.schema.ts modules and core/parse.ts", () => {
    const builders = modules.filter(
      (module) =>
        !module.endsWith(".schema.ts") &&
        module !== "core/parse.ts" &&
        /\bz\.(object|strictObject|string|number|int|array|union|discriminatedUnion|enum|literal|boolean|custom|record|tuple|optional)\(/.test(
          text.get(module) ?? "",
        ),
    );
    expect(builders).toEqual([]);
  });

  it("imports run down the layers only", () => {
    const layer: Record<string, number> = { core: 0, factors: 1, footprint: 2, iso26000: 2, lifecycle: 3, audit: 3, vsme: 3, charts: 3, "index.ts": 4, cli: 5 };
    const up = modules.flatMap((module) =>
      importsOf(module)
        .filter((target) => (layer[target.split("/")[0] ?? ""] ?? 0) > (layer[module.split("/")[0] ?? ""] ?? 0))
        .map((target) => `${module} -> ${target}`),
    );
    expect(up).toEqual([]);
  });

  it("has no local copy of the error helpers", () => {
    const local = modules.filter(
      (module) => module !== "core/errors.ts" && /^function (fail|refuse|incompatible|invalid|invalidInput)\(/m.test(text.get(module) ?? ""),
    );
    expect(local).toEqual([]);
    const stripped = modules.filter((module) => (text.get(module) ?? "").includes('replace("[koploper] "'));
    expect(stripped).toEqual([]);
  });
});
