import { describe, expect, it } from "vitest";
import { isKoploperError, KoploperError } from "../../src/index.js";

describe("KoploperError", () => {
  it("carries a code, its message as given and frozen issues", () => {
    const error = new KoploperError("INVALID_INPUT", "invalid thing", [{ path: ["a", 0], message: "bad", code: "custom" }]);
    expect(error.name).toBe("KoploperError");
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toBe("invalid thing");
    expect(String(error)).toBe("KoploperError: invalid thing");
    expect(error.issues).toEqual([{ path: ["a", 0], message: "bad", code: "custom" }]);
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(Object.isFrozen(error.issues[0]?.path)).toBe(true);
  });

  it("keeps the cause when one is given", () => {
    const cause = new Error("inner");
    expect(new KoploperError("UNIT_MISMATCH", "x", [], { cause }).cause).toBe(cause);
    expect("cause" in new KoploperError("UNIT_MISMATCH", "x")).toBe(false);
  });

  it("does not share the caller's issue objects", () => {
    const issues = [{ path: ["a"], message: "m", code: "c" }];
    const error = new KoploperError("INVALID_INPUT", "x", issues);
    issues[0]!.path.push("b");
    expect(error.issues[0]?.path).toEqual(["a"]);
  });
});

describe("isKoploperError", () => {
  it("recognises the library's errors and nothing else", () => {
    expect(isKoploperError(new KoploperError("UNKNOWN_FACTOR", "no such factor"))).toBe(true);
    expect(isKoploperError(new Error("plain"))).toBe(false);
    expect(isKoploperError({ name: "KoploperError", code: "INVALID_INPUT" })).toBe(false);
    expect(isKoploperError(null)).toBe(false);
    expect(isKoploperError("KoploperError")).toBe(false);
  });
});
