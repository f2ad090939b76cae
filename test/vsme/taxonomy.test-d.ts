import { describe, expectTypeOf, it } from "vitest";
import type { VsmeConceptName } from "../../src/vsme/taxonomy/data.js";
import type { TaxonomyData } from "../../src/vsme/taxonomy/types.js";
import source from "../../src/vsme/taxonomy/vsme-taxonomy-2026-05-01.json" with { type: "json" };

describe("the bundled VSME taxonomy's type", () => {
  // data.ts reads the taxonomy with JSON.parse, whose result the compiler cannot check against the
  // declared type; the JSON it holds (taxonomy.test.ts checks they are equal) must have that type.
  it("is the type of the JSON the module is generated from", () => {
    expectTypeOf(source).toExtend<TaxonomyData<VsmeConceptName>>();
    expectTypeOf<keyof typeof source.concepts>().toEqualTypeOf<VsmeConceptName>();
  });
});
