// Every ```ts block in README.md and docs/*.md is compiled (against the built package's types,
// through the package's own exports) and run, so that no example rots. Two kinds of result
// comments are checked:
// - `expression; //=> expected`: the expression deep-equals the expected value (Decimals compare
//   by their string);
// - `console.log(...); //=> text`, or a line `//=> text` of its own: the program prints that line.
// A page with the comment `<!-- one-program -->` runs all its blocks as one program, in order.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

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
  const text = readFileSync(file, "utf8");
  const lines = text.split("\n");
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
  const first = blocks[0];
  if (!text.includes("<!-- one-program -->") || first === undefined) return blocks;
  return [{ ...first, code: blocks.map((block) => block.code).join("\n") }];
}

const PRINTED = /^\s*(?:console\.log\(.*\);\s*)?\/\/=> (.*)$/;

/** The lines a block says it prints. */
function printedLines(code: string): string[] {
  return code.split("\n").flatMap((line) => {
    const match = PRINTED.exec(line);
    return match?.[1] === undefined ? [] : [match[1]];
  });
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
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a line of generated code, whose template literal runs in the generated test
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

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(blocks.map((block) => [`${block.file}:${block.line}`, block] as const))("%s runs and prints what it says", async (_where, block) => {
    const printed: string[] = [];
    vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
      printed.push(args.map(String).join(" "));
    });
    await expect(import(join(out, `${block.name}.ts`))).resolves.toBeDefined();
    for (const line of printedLines(block.code)) expect(printed).toContain(line);
  });
});
