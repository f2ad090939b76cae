import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LIFECYCLE_RULES } from "../../src/lifecycle/index.js";

const SOURCE = join(import.meta.dirname, "../../src/lifecycle");
const sources = readdirSync(SOURCE, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".ts") && !file.endsWith("rules.ts"))
  .map((file) => readFileSync(join(SOURCE, file), "utf8"))
  .join("\n");

describe("LIFECYCLE_RULES", () => {
  it("lists each rule once", () => {
    expect(new Set(LIFECYCLE_RULES).size).toBe(LIFECYCLE_RULES.length);
  });

  // The compiler checks that every refusal uses a listed rule; this checks the other way round.
  it.each([...LIFECYCLE_RULES])("lists %s, which the lifecycle refuses by", (rule) => {
    const templated = rule.match(/^(vision|action-plan)-before-results-meeting$/) !== null;
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal is what is searched for
    expect(templated ? sources.includes("`${what}-before-results-meeting`") : sources.includes(`"${rule}"`)).toBe(true);
  });
});
