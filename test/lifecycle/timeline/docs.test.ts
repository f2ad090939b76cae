import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("../../../", import.meta.url);
const page = readFileSync(new URL("docs/timeline.md", root), "utf8");
const blocks = [...page.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");
const scratch = new URL(".tmp/docs-timeline/", root);
const entry = fileURLToPath(new URL("src/index.ts", root));

describe("docs/timeline.md", () => {
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it("has code blocks", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
  });

  it.each(blocks.map((code, index) => [index + 1, code] as const))("runs code block %i without a failed assertion", async (index, code) => {
    mkdirSync(scratch, { recursive: true });
    const file = new URL(`block-${index}.ts`, scratch);
    writeFileSync(file, code.replaceAll('from "koploper"', `from ${JSON.stringify(entry)}`));
    await expect(import(/* @vite-ignore */ fileURLToPath(file))).resolves.toBeDefined();
  });
});
