import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };

const root = fileURLToPath(new URL("../../", import.meta.url));
const entries = Object.keys(pkg.exports)
  .filter((key) => key !== "./package.json")
  .map((key) => (key === "." ? "koploper" : `koploper/${key.slice(2)}`));

function run(cwd: string, command: string, args: string[]): string {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

describe("the packed tarball", () => {
  let scratch: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "koploper-pack-"));
    run(root, "npm", ["pack", "--silent", "--pack-destination", scratch]);
    const tarball = readdirSync(scratch).find((name) => name.endsWith(".tgz"));
    if (tarball === undefined) throw new Error("npm pack produced no tarball");
    writeFileSync(join(scratch, "package.json"), JSON.stringify({ name: "scratch", private: true }));
    run(scratch, "npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", `./${tarball}`, `zod@${pkg.devDependencies.zod}`]);
  }, 180_000);

  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it.each(entries)(
    "%s can be imported (ESM) and required (CJS)",
    (entry) => {
      const esm = run(scratch, "node", [
        "--input-type=module",
        "-e",
        `const m = await import(${JSON.stringify(entry)}); console.log(typeof m.isKoploperError)`,
      ]);
      const cjs = run(scratch, "node", ["-e", `const m = require(${JSON.stringify(entry)}); console.log(typeof m.isKoploperError)`]);
      expect(esm.trim()).toBe("function");
      expect(cjs.trim()).toBe("function");
    },
    60_000,
  );

  it("ships only dist, the guides, the readme, the licence and package.json", () => {
    const listing = run(root, "npm", ["pack", "--dry-run", "--json"]);
    const files = (JSON.parse(listing) as [{ files: { path: string }[] }])[0].files.map((file) => file.path);
    const guide = /^docs\/[^/]+\.md$/;
    expect(
      files.filter((path) => !(path.startsWith("dist/") || guide.test(path) || ["README.md", "LICENSE", "package.json", "CHANGELOG.md"].includes(path))),
    ).toEqual([]);
    expect(files).toContain("dist/index.d.cts");
    expect(files.filter((path) => guide.test(path)).sort()).toEqual(
      readdirSync(join(root, "docs"))
        .filter((name) => name.endsWith(".md"))
        .map((name) => `docs/${name}`)
        .sort(),
    );
  }, 60_000);

  it("has every relative link of the installed README and guides resolve inside the installed package", () => {
    const installed = join(scratch, "node_modules", "koploper");
    const pages = [
      "README.md",
      ...readdirSync(join(installed, "docs"))
        .filter((name) => name.endsWith(".md"))
        .map((name) => `docs/${name}`),
    ];
    const links = pages.flatMap((page) =>
      [...readFileSync(join(installed, page), "utf8").matchAll(/\]\(([^)\s]+)\)/g)]
        .map((match) => match[1] ?? "")
        .filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith("#"))
        .map((target) => ({ page, target, path: join(installed, dirname(page), target.split("#")[0] ?? "") })),
    );
    // The README links to every guide and the licence; none of them may lead nowhere.
    expect(links.filter((link) => link.page === "README.md").length).toBeGreaterThanOrEqual(9);
    expect(links.filter((link) => !existsSync(link.path)).map((link) => `${link.page} -> ${link.target}`)).toEqual([]);
  });
});
