import { describe, expect, it } from "vitest";
import { CliError, explain, ioFailure, readJson, table, writeText } from "../../src/cli/io.js";
import { run } from "../../src/cli/main.js";
import { KoploperError } from "../../src/index.js";
import { thrownBy } from "../helpers.js";
import { memoryIo } from "./memory-io.js";

describe("explain", () => {
  it("turns a library error without issues into one line naming where", () => {
    const error = thrownBy(() => explain(new KoploperError("INVALID_NUMBER", "1,5 is not a number"), "fp.json", 1));
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toBe("fp.json: 1,5 is not a number");
    expect((error as CliError).exitCode).toBe(1);
  });

  it("lists every issue with its path, the root as (root)", () => {
    const issues = [
      { path: [], message: "expected an object", code: "invalid_type" },
      { path: ["activities", 2, "unit"], message: "unknown unit", code: "custom" },
    ];
    const error = thrownBy(() => explain(new KoploperError("INVALID_INPUT", "invalid input:\n...", issues), "x.json", 1)) as CliError;
    expect(error.message).toBe("x.json: invalid input:\n  x.json: (root): expected an object\n  x.json: activities[2].unit: unknown unit");
  });

  it("rethrows anything that is not a library error", () => {
    const boom = new RangeError("boom");
    expect(thrownBy(() => explain(boom, "x.json", 1))).toBe(boom);
  });
});

describe("readJson", () => {
  it("names the file and the reason when it cannot be read for another reason than absence", async () => {
    const io = { ...memoryIo().io, readFile: async () => Promise.reject(Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" })) };
    await expect(readJson(io, "secret.json")).rejects.toThrow("secret.json: cannot read the file (EACCES: permission denied)");
  });
});

describe("writeText", () => {
  it("names the file it cannot write", async () => {
    const io = { ...memoryIo().io, writeFile: async () => Promise.reject(new Error("ENOENT: no such file or directory")) };
    const error = await writeText(io, "charts/out.svg", "<svg/>").catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toBe("charts/out.svg: cannot write the file (ENOENT: no such file or directory)");
  });
});

describe("table", () => {
  it("pads columns to the widest cell and right-aligns the chosen ones", () => {
    expect(
      table(
        [
          ["a", "1"],
          ["bbb", "22"],
        ],
        [1],
      ),
    ).toBe("a     1\nbbb  22");
  });
});

describe("run", () => {
  it("lets an unexpected failure through instead of hiding it as bad input", async () => {
    const io = {
      ...memoryIo().io,
      stdout: () => {
        throw new Error("EPIPE");
      },
    };
    await expect(run(["factors", "trein"], io)).rejects.toThrow("EPIPE");
  });
});

describe("ioFailure", () => {
  it("turns a failure of the operating system into a message with exit 1, and rethrows a bug", () => {
    const full = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", syscall: "write" });
    expect([ioFailure(full).message, ioFailure(full).exitCode]).toEqual(["koploper: ENOSPC: no space left on device, write", 1]);
    const usageError = new CliError("koploper x: bad", 2);
    expect(ioFailure(usageError)).toBe(usageError);
    const bug = new TypeError("x is undefined");
    expect(thrownBy(() => ioFailure(bug))).toBe(bug);
    const coded = Object.assign(new Error("no syscall"), { code: "ERR_X" });
    expect(thrownBy(() => ioFailure(coded))).toBe(coded);
  });
});
