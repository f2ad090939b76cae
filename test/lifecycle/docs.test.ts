import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const markdown = readFileSync(`${root}docs/lifecycle.md`, "utf8");
const blocks = [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");

describe("docs/lifecycle.md", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("runs as one program and prints what its //=> comments say", async () => {
    const program = blocks.join("\n").replaceAll('from "koploper"', `from ${JSON.stringify(`${root}src/index.js`)}`);
    mkdirSync(`${root}.tmp`, { recursive: true });
    const file = `${root}.tmp/docs-lifecycle.ts`;
    writeFileSync(file, program);
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
      lines.push(args.map(String).join(" "));
    });
    await import(/* @vite-ignore */ file);
    const expected = [...program.matchAll(/\/\/=> (.*)$/gm)].map((match) => match[1]);
    expect(expected.length).toBeGreaterThan(5);
    for (const line of expected) expect(lines).toContain(line);
  });
});
