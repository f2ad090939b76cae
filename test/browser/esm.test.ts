// The ESM build in a real browser: headless Chromium (Debian's `chromium` package, driven by
// playwright-core) loads dist/*.js unchanged from a localhost server, with an import map for the
// dependencies, and runs a footprint, a scan scoring, a replay and a chart spec there. The results
// must equal those of the same build in Node. Any error while loading or running (a Node-only
// global, a missing export) fails the test: see the last test, which serves a module that throws.
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const CHROMIUM = "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The ESM file a bare specifier of the build resolves to, from the package's `exports` (import condition). */
function resolveEsm(specifier: string): string {
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? "");
  const subpath = `.${specifier.slice(name.length)}`;
  const manifest = JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")) as { exports: Record<string, unknown> };
  const entry = manifest.exports[subpath] as { import: string | { default: string } };
  const file = typeof entry.import === "string" ? entry.import : entry.import.default;
  return `/node_modules/${name}/${file.replace(/^\.\//, "")}`;
}

/** Every bare specifier the library's ESM files import (the CLI's chunks aside: they are Node-only). */
function bareImports(): string[] {
  const library = ["index.js", "footprint/index.js", "factors/nl-2026/index.js", "iso26000/index.js", "lifecycle/index.js"];
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(root, "dist", file), "utf8");
    for (const [, specifier = ""] of code.matchAll(/^(?:import|export)\b[^'";]*?["']([^"']+)["']/gm)) {
      if (specifier.startsWith(".")) visit(normalize(join(file, "..", specifier)));
      else seen.add(`bare:${specifier}`);
    }
  };
  for (const file of library) visit(file);
  return [...seen]
    .filter((item) => item.startsWith("bare:"))
    .map((item) => item.slice(5))
    .sort();
}

const TYPES: Record<string, string> = { ".js": "text/javascript", ".mjs": "text/javascript", ".html": "text/html", ".map": "application/json" };

function page(importMap: Record<string, string>): string {
  return `<!doctype html><html><head><meta charset="utf-8"><script type="importmap">${JSON.stringify({ imports: importMap })}</script></head><body></body></html>`;
}

/**
 * What runs in both places: a footprint, a scan scoring, a replay and a chart spec, as JSON.
 * It gets the module and touches nothing else, so the page and Node run the same code.
 */
// Typed by the source, which the build is made of: the types exist before `npm run build`.
async function scenario(k: typeof import("../../src/index.js")): Promise<string> {
  const footprint = k.calculateFootprint(
    {
      year: 2026,
      activities: [
        { id: "gas", theme: "fuel", factor: "aardgas-g-gas", quantity: 12000, unit: "Nm3" },
        { id: "power", theme: "electricity", quantity: 40000, unit: "kWh", green: [{ quantity: 10000, source: "wind" }] },
        { id: "van", theme: "fuel", factor: "diesel-b7", quantity: 2500, unit: "l" },
      ],
    },
    { factors: k.nl2026 },
  );
  const response = k.parseResponse(
    k.koploperScan,
    { questionnaire: `${k.koploperScan.id}@${k.koploperScan.version}`, answers: { has_employees: true, env_climate_adaptation: 1, lab_healthy_work: 0 } },
    { partial: true },
  );
  const score = k.scoreAssessment(k.koploperScan, response);
  const state = k.replay([
    {
      type: "cohort-created",
      date: "2026-10-01",
      cohort: {
        id: "og-2027",
        name: "Koploperproject Oost-Groningen",
        municipalities: ["Stadskanaal"],
        coordinator: "CirculairActief",
        advisers: [{ id: "ada", name: "Ada" }],
        plannedKickoff: "2027-01-19",
      },
    },
    { type: "participant-registered", date: "2026-11-01", participant: { id: "a", name: "Bakkerij A", kind: "company" } },
    { type: "participant-registered", date: "2026-11-02", participant: { id: "b", name: "Tuincentrum B", kind: "company" } },
  ]);
  const chart = k.footprintChart(footprint, { locale: "nl" });
  return JSON.stringify({ footprint, score, state, chart });
}

/**
 * A script for the page: import `url`, then call `then` (a function's source) with the module.
 * A string, not a function, so that vitest's rewriting of `import()` stays out of the page.
 */
function inPage(url: string, then: string): string {
  return `import(${JSON.stringify(url)}).then(${then})`;
}

describe("the ESM build in headless Chromium", { timeout: 120_000 }, () => {
  let server: Server;
  let origin: string;
  let profile: string;
  let context: BrowserContext;
  let tab: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(root, "dist", "index.js"))) throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`);
    const importMap = Object.fromEntries(bareImports().map((specifier) => [specifier, resolveEsm(specifier)]));
    server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
      if (path === "/") return void response.writeHead(200, { "content-type": "text/html" }).end(page(importMap));
      if (path === "/favicon.ico") return void response.writeHead(204).end();
      if (path === "/throws.js") return void response.writeHead(200, { "content-type": "text/javascript" }).end('throw new Error("thrown while loading");\n');
      const file = normalize(join(root, path));
      const allowed = [join(root, "dist"), join(root, "node_modules")].some((folder) => file.startsWith(`${folder}/`));
      if (!allowed || !existsSync(file)) return void response.writeHead(404).end(`no ${path}`);
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      createReadStream(file).pipe(response);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    profile = mkdtempSync(join(tmpdir(), "koploper-chromium-"));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
    tab = context.pages()[0] ?? (await context.newPage());
    tab.on("pageerror", (error) => errors.push(error.message));
    tab.on("console", (message) => {
      if (message.type() === "error") errors.push(`${message.text()} ${message.location().url}`);
    });
    await tab.goto(`${origin}/`);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (server !== undefined) await new Promise((resolve) => server.close(resolve));
    if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
  }, 60_000);

  it("maps every dependency of the build to an ESM file", () => {
    expect(bareImports()).toEqual([
      "@date-fns/tz/date",
      "@date-fns/tz/tz",
      "date-fns/addDays",
      "date-fns/addMonths",
      "date-fns/formatISO",
      "date-fns/subMonths",
      "decimal.js",
      "zod/v4",
    ]);
  });

  it.each(["index.js", "footprint/index.js", "factors/nl-2026/index.js", "iso26000/index.js", "lifecycle/index.js"])("loads dist/%s", async (file) => {
    const exports = await tab.evaluate(inPage(`${origin}/dist/${file}`, "(module) => Object.keys(module).length"));
    expect(exports).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it("runs a footprint, a scan scoring, a replay and a chart spec with the same results as Node", async () => {
    const inBrowser = (await tab.evaluate(inPage(`${origin}/dist/index.js`, scenario.toString()))) as string;
    const inNode = await scenario((await import(pathToFileURL(join(root, "dist", "index.js")).href)) as typeof import("../../src/index.js"));
    expect(errors).toEqual([]);
    const result = JSON.parse(inBrowser) as {
      footprint: { scope1: string; total: { marketBased: string } };
      score: { coreSubjects: Record<string, unknown> };
      state: { companyCount: number };
      chart: { $schema: string };
    };
    expect(result.footprint.scope1).toBe("33735.5");
    expect(result.state.companyCount).toBe(2);
    expect(Object.keys(result.score.coreSubjects).length).toBe(7);
    expect(result.chart.$schema).toContain("vega-lite");
    expect(inBrowser).toBe(inNode);
  });

  it("fails when a module throws in Chromium", async () => {
    await expect(tab.evaluate(inPage(`${origin}/throws.js`, "() => 0"))).rejects.toThrow("thrown while loading");
  });
});
