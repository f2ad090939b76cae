import { Decimal } from "decimal.js";
import * as z from "zod/v4";
import { describe, expect, it } from "vitest";
import { decimalSchema, isKoploperError, localizedSchema, parseDecimal, safeParseDecimal } from "../../src/index.js";

describe("parseDecimal", () => {
  it("returns an exact decimal", () => {
    expect(parseDecimal("0.0000001").toString()).toBe("0.0000001");
    expect(parseDecimal(new Decimal(2)).toString()).toBe("2");
  });

  it.each([
    ["1,5", "comma"],
    [Number.NaN, "finite"],
    [null, "Expected a number"],
    [{}, "Expected a number"],
    ["", "empty"],
  ])("rejects %s with INVALID_INPUT and one issue at the root", (input, words) => {
    let caught: unknown;
    try {
      parseDecimal(input);
    } catch (error) {
      caught = error;
    }
    expect(isKoploperError(caught)).toBe(true);
    if (!isKoploperError(caught)) return;
    expect(caught.code).toBe("INVALID_INPUT");
    expect(caught.issues).toHaveLength(1);
    expect(caught.issues[0]?.path).toEqual([]);
    expect(caught.issues[0]?.message).toContain(words);
  });
});

describe("safeParseDecimal", () => {
  it("returns the value or the error, never throws", () => {
    const ok = safeParseDecimal(3);
    expect(ok.success && ok.data.toString()).toBe("3");
    const bad = safeParseDecimal("abc");
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.code).toBe("INVALID_INPUT");
  });
});

describe("decimalSchema", () => {
  it("reports the path of a bad amount inside a larger schema", () => {
    const schema = z.object({ lines: z.array(z.object({ quantity: decimalSchema })) });
    const result = schema.safeParse({ lines: [{ quantity: 1 }, { quantity: "1,5" }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["lines", 1, "quantity"]);
  });
});

describe("localizedSchema", () => {
  it("requires both languages", () => {
    expect(localizedSchema.safeParse({ nl: "Afval" }).success).toBe(false);
    expect(localizedSchema.safeParse({ nl: "Afval", en: "" }).success).toBe(false);
    expect(localizedSchema.parse({ nl: "Afval", en: "Waste" })).toEqual({ nl: "Afval", en: "Waste" });
  });
});
