import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { nl2026 } from "../../src/factors/nl-2026/index.js";
import { getFactor, LIMITS } from "../../src/index.js";
import { caught } from "../helpers.js";

// Issue 18, class 2: the closest-name search of an unknown factor reads at most LIMITS.idLength
// characters of the query, so its work is bounded whatever the query's length (a check of what is
// read, not a timed test), and the error names a long query by its start and its length only.

const suggestions = (message: string) => message.slice(message.indexOf("closest:"));

describe("an unknown factor id of any length", () => {
  test.prop([fc.string({ minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 20_000 })], { numRuns: 8 })(
    "gets the suggestions of its first LIMITS.idLength characters and a bounded message",
    (start, extra) => {
      const prefix = start.repeat(Math.ceil(LIMITS.idLength / start.length)).slice(0, LIMITS.idLength);
      const long = caught(() => getFactor(nl2026, `${prefix}${"x".repeat(extra)}`));
      const short = caught(() => getFactor(nl2026, prefix));
      expect(long.code).toBe("UNKNOWN_FACTOR");
      expect(suggestions(long.message)).toBe(suggestions(short.message));
      expect(long.message.length).toBeLessThan(LIMITS.idLength + 400);
      expect(long.message).toContain(`(${LIMITS.idLength + extra} characters)`);
    },
    20_000,
  );
});
