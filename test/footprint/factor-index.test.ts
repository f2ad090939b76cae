import { describe, expect, it } from "vitest";
import { lookupFactor, roleFactorOf } from "../../src/footprint/factor-index.js";
import { nl2026 } from "../../src/index.js";
import { caught } from "./helpers.js";

describe("the factor index", () => {
  it("finds factors by id, by source id and by a numeric string", () => {
    expect(lookupFactor(nl2026, "aardgas-g-gas").sourceId).toBe(135);
    expect(lookupFactor(nl2026, 135).id).toBe("aardgas-g-gas");
    expect(lookupFactor(nl2026, "135").id).toBe("aardgas-g-gas");
  });

  it("refuses an unknown factor at the path factor, naming the closest ones", () => {
    const error = caught(() => lookupFactor(nl2026, "aardgas"));
    expect([error.code, error.issues.map((issue) => issue.path)]).toEqual(["UNKNOWN_FACTOR", [["factor"]]]);
    expect(error.message).toContain('closest: "aardgas-g-gas"');
    // Inherited names are not factors.
    expect(caught(() => lookupFactor(nl2026, "constructor")).code).toBe("UNKNOWN_FACTOR");
  });

  it("finds the factor that plays an electricity role, and none for a set without roles", () => {
    expect(roleFactorOf(nl2026, "grey")?.id).toBe("grijze-stroom");
    expect(roleFactorOf({ ...nl2026, factors: [] }, "grey")).toBeUndefined();
  });
});
