import { fc, it } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { searchFactors } from "../../src/cli/factor-search.js";
import { nl2026 } from "../../src/index.js";

const ids = (text: string | undefined) => searchFactors(nl2026, text).map((factor) => factor.id);

describe("searchFactors", () => {
  it("ranks the id first, then names that start with the search, ignoring case and accents", () => {
    expect(ids("diesel-b7")[0]).toBe("diesel-b7");
    expect(ids("DIESEL-B7")[0]).toBe("diesel-b7");
    expect(ids("67")[0]).toBe(nl2026.factors.find((factor) => factor.sourceId === 67)?.id);
  });

  it("gives every factor without a search, in the order of the set", () => {
    expect(ids(undefined)).toEqual(nl2026.factors.map((factor) => factor.id));
  });

  it("finds near matches for a typo only when nothing else matches", () => {
    expect(ids("restafvl")[0]).toBe("restafval");
    expect(ids("zzzzqqqq")).toEqual([]);
  });

  it.prop([fc.constantFrom(...nl2026.factors.map((factor) => factor.name.nl)), fc.integer({ min: 3, max: 200 })])(
    "finds nothing near in a search far longer than any name: it is no typo of one",
    (name, times) => {
      expect(ids(name.repeat(times).replaceAll(" ", "x") + "q".repeat(200))).toEqual([]);
    },
  );
});
