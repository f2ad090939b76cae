// Every ```ts block in README.md and docs/*.md is compiled (against the built package's types,
// through the package's own exports) and run, so that no example rots. A line of the form
// `expression; //=> expected` also asserts that the expression deep-equals the expected value
// (Decimals compare by their string).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const out = join(root, ".tmp", "docs-blocks");

interface Block {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly name: string;
}

function markdownFiles(): string[] {
  const docs = join(root, "docs");
  const guides = existsSync(docs)
    ? readdirSync(docs, { recursive: true, encoding: "utf8" })
        .filter((path) => path.endsWith(".md") && !path.startsWith("api"))
        .map((path) => join(docs, path))
    : [];
  return [join(root, "README.md"), ...guides.sort()];
}

function blocksOf(file: string): Block[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const blocks: Block[] = [];
  let start = -1;
  for (const [index, line] of lines.entries()) {
    if (start < 0 && /^```(ts|typescript)\s*$/.test(line)) start = index;
    else if (start >= 0 && line.startsWith("```")) {
      const name = `${relative(root, file).replace(/[^a-zA-Z0-9]+/g, "-")}-L${start + 1}`;
      blocks.push({ file: relative(root, file), line: start + 1, code: lines.slice(start + 1, index).join("\n"), name });
      start = -1;
    }
  }
  return blocks;
}

const ASSERTION = /^(\s*)(?!(?:const|let|var|if|for|while|return|throw|console\.)\b)([^/\s].*?);\s*\/\/=> (.+)$/;

/** Turns `expr; //=> expected` lines into assertions and adds the helper they call. */
function withAssertions(code: string): string {
  const body = code
    .split("\n")
    .map((line) => line.replace(ASSERTION, (_all, indent: string, actual: string, expected: string) => `${indent}__expectDoc(${actual}, ${expected});`))
    .join("\n");
  const helper = [
    "function __plain(value: unknown): unknown {",
    "  return JSON.parse(JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? inner.toString() : inner)));",
    "}",
    "function __expectDoc(actual: unknown, expected: unknown): void {",
    "  const a = JSON.stringify(__plain(actual));",
    "  const e = JSON.stringify(__plain(expected));",
    "  if (a !== e) throw new Error(`documented result differs: got ${a}, documented ${e}`);",
    "}",
  ].join("\n");
  return `${body}\n${helper}\nexport {};\n`;
}

const blocks = markdownFiles().flatMap(blocksOf);

describe("code blocks in README.md and docs/", () => {
  beforeAll(() => {
    if (!existsSync(join(root, "dist", "index.d.ts"))) throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    for (const block of blocks) writeFileSync(join(out, `${block.name}.ts`), withAssertions(block.code));
    writeFileSync(
      join(out, "tsconfig.json"),
      JSON.stringify({ extends: "../../tsconfig.json", compilerOptions: { noEmit: true, noUnusedLocals: false }, include: ["./*.ts"] }),
    );
  });

  it("finds code blocks to check", () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it("compile against the published types", () => {
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    let output = "";
    try {
      execFileSync(process.execPath, [tsc, "-p", join(out, "tsconfig.json")], { encoding: "utf8", cwd: root });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe("");
  }, 120_000);

  it.each(blocks.map((block) => [`${block.file}:${block.line}`, block] as const))("%s runs", async (_where, block) => {
    await expect(import(join(out, `${block.name}.ts`))).resolves.toBeDefined();
  });
});
