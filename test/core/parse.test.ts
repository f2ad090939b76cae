// createParser: a schema built on first use, and a fast check tried before the schema.
import { describe, expect, it } from "vitest";
import * as z from "zod/v4";
import { createParser } from "../../src/core/parse.js";
import { caught } from "../helpers.js";

describe("createParser", () => {
  it("builds a schema given as a function once, on first use, not when the parser is made", () => {
    let builds = 0;
    const parser = createParser(() => {
      builds++;
      return z.strictObject({ n: z.int() });
    }, "thing");
    expect(builds).toBe(0);
    expect(parser.parse({ n: 1 })).toEqual({ n: 1 });
    expect(parser.safeParse({ n: 2 }).success).toBe(true);
    expect(builds).toBe(1);
  });

  it("takes the fast check's value, and leaves every other input and every error to the schema", () => {
    const schema = z.strictObject({ n: z.int() });
    const parser = createParser(schema, "thing", (input) => (input === "fast" ? { n: 7 } : undefined));
    expect(parser.parse("fast")).toEqual({ n: 7 });
    expect(parser.parse({ n: 3 })).toEqual({ n: 3 });
    const error = caught(() => parser.parse({ n: 1.5, extra: true }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map((issue) => issue.path)).toEqual([["n"], []]);
    expect(error.message.startsWith("invalid thing:\n")).toBe(true);
  });
});
