import { describe, expect, it } from "vitest";
import { integer, oneOf, parse } from "../../src/cli/args.js";
import { CliError } from "../../src/cli/io.js";
import { thrownBy } from "../helpers.js";

const usageMessage = (run: () => unknown): string => {
  const error = thrownBy(run);
  if (!(error instanceof CliError) || error.exitCode !== 2) throw error;
  return error.message;
};

describe("parse", () => {
  it("adds --help, --locale and its alias --lang to a command's options, Dutch by default", () => {
    expect(parse("x", ["a.json", "--json"], { json: { type: "boolean" } })).toMatchObject({ positionals: ["a.json"], values: { json: true }, locale: "nl" });
    expect(parse("x", ["--lang", "en"], {}).locale).toBe("en");
    expect(parse("x", ["--locale", "en", "--lang", "en"], {}).locale).toBe("en");
  });

  it("makes every failure a usage error that names the command", () => {
    expect(usageMessage(() => parse("x", ["--locale", "nl", "--lang", "en"], {}))).toMatchInlineSnapshot(
      `"koploper x: --locale nl and --lang en disagree; give one"`,
    );
    expect(usageMessage(() => parse("x", ["--verbose"], {}))).toMatch(/^koploper x: Unknown option '--verbose'/);
    expect(usageMessage(() => parse("x", ["--locale", "de"], {}))).toMatchInlineSnapshot(`"koploper x: --locale must be one of nl, en, not "de""`);
  });
});

describe("oneOf and integer", () => {
  it("take an allowed value or the fallback, and a whole number or nothing", () => {
    expect(oneOf("x", "by", undefined, ["month", "quarter"], "quarter")).toBe("quarter");
    expect(oneOf("x", "by", "month", ["month", "quarter"], "quarter")).toBe("month");
    expect(integer("x", "months", undefined)).toBeUndefined();
    expect(integer("x", "months", "12")).toBe(12);
    expect(usageMessage(() => integer("x", "months", "1.5"))).toMatchInlineSnapshot(`"koploper x: --months must be a whole number, not "1.5""`);
  });
});
