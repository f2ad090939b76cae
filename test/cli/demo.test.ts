import { describe, expect, it } from "vitest";
import { runDemo } from "../../src/cli/demo.js";
import { run } from "../../src/cli/main.js";
import { memoryIo } from "./memory-io.js";

// Without vega the demo skips the charts, which keeps these runs short; the files it still writes
// (the .ics and the VSME reports) are the ones an existing file could be in the way of.
const withoutVega = async (name: string) => Promise.reject(new Error(`Cannot find package '${name}'`));

describe("koploper demo --out", () => {
  it("writes nothing and exits 1 naming the files that are there already, unless --force", async () => {
    const memory = memoryIo({ "out/timeline.ics": "BEGIN:VCALENDAR", "out/it-kanaalzicht-vsme.md": "# mine" });
    const io = { ...memory.io, load: withoutVega };
    expect(await run(["demo", "--out", "out", "--locale", "en"], io)).toBe(1);
    expect(memory.written.size).toBe(0);
    expect(memory.err()).toMatchInlineSnapshot(`
      "These 2 files exist already: out/timeline.ics, out/it-kanaalzicht-vsme.md. Nothing written; --force overwrites them.
      "
    `);
    expect(await run(["demo", "--out", "out", "--force"], io)).toBe(1);
    expect(memory.written.get("out/timeline.ics")).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(memory.written.get("out/it-kanaalzicht-vsme.md")).not.toBe("# mine");
  });

  it("says so in Dutch by default, for one file", async () => {
    const memory = memoryIo({ "out/timeline.ics": "" });
    expect(await run(["demo", "--out", "out"], { ...memory.io, load: withoutVega })).toBe(1);
    expect(memory.err()).toMatchInlineSnapshot(`
      "Dit bestand bestaat al: out/timeline.ics. Niets geschreven; --force overschrijft het.
      "
    `);
  });

  it("exits 1 with a message, not a stack trace, when a file is where the folder should be", async () => {
    const memory = memoryIo();
    const io = {
      ...memory.io,
      mkdir: async (path: string) =>
        Promise.reject(Object.assign(new Error(`EEXIST: file already exists, mkdir '${path}'`), { code: "EEXIST", syscall: "mkdir" })),
    };
    expect(await run(["demo", "--out", "plan.txt"], io)).toBe(1);
    expect(memory.err()).toMatchInlineSnapshot(`
      "plan.txt: cannot make the folder (a file of that name is in the way)
      "
    `);
  });

  it("exits 1 with the system's message for any other failure of the file system", async () => {
    const memory = memoryIo();
    const denied = Object.assign(new Error("EACCES: permission denied, stat 'out/timeline.ics'"), { code: "EACCES", syscall: "stat" });
    const io = { ...memory.io, load: withoutVega, exists: async () => Promise.reject(denied) };
    expect(await run(["demo", "--out", "out"], io)).toBe(1);
    expect(memory.err()).toMatchInlineSnapshot(`
      "koploper: EACCES: permission denied, stat 'out/timeline.ics'
      "
    `);
  });

  it("takes --force only with --out", async () => {
    const memory = memoryIo();
    expect(await run(["demo", "--force"], memory.io)).toBe(2);
    expect(memory.err()).toMatchInlineSnapshot(`
      "koploper demo: --force needs --out
      Run koploper demo --help for usage.
      "
    `);
  });

  it("overwrites nothing it was not asked to: without out it only prints", async () => {
    const memory = memoryIo();
    expect(await runDemo({ locale: "nl" }, memory.io)).toBe(0);
    expect([memory.written.size, memory.dirs]).toEqual([0, []]);
  });
});
