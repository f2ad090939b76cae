import type * as z from "zod";
import { describe, expectTypeOf, it } from "vitest";
import {
  toVsmeMarkdown,
  toXbrlJson,
  type vsmeInputSchema,
  type vsmeOptionsSchema,
  vsmeReport,
  type DeepReadonly,
  type VsmeConceptName,
  type VsmeDatapoint,
  type VsmeInput,
  type VsmeOptions,
  type VsmeReport,
  type XbrlJson,
} from "../../src/index.js";

describe("VSME types", () => {
  it("tie the input and option types to their schemas", () => {
    expectTypeOf<VsmeInput>().toEqualTypeOf<DeepReadonly<z.input<typeof vsmeInputSchema>>>();
    expectTypeOf<VsmeOptions>().toEqualTypeOf<DeepReadonly<z.input<typeof vsmeOptionsSchema>>>();
    expectTypeOf(vsmeReport).parameters.toEqualTypeOf<[VsmeInput, VsmeOptions]>();
  });

  it("key the datapoints by the taxonomy's concept names", () => {
    expectTypeOf(vsmeReport).returns.toEqualTypeOf<VsmeReport>();
    expectTypeOf<keyof VsmeReport["datapoints"]>().toEqualTypeOf<VsmeConceptName>();
    expectTypeOf<VsmeDatapoint["value"]>().toEqualTypeOf<string>();
    expectTypeOf<"vsme:TotalEnergyConsumption">().toExtend<VsmeConceptName>();
    expectTypeOf<"vsme:NoSuchConcept">().not.toExtend<VsmeConceptName>();
  });

  it("return an xBRL-JSON document and a string", () => {
    expectTypeOf(toXbrlJson).returns.toEqualTypeOf<XbrlJson>();
    expectTypeOf(toVsmeMarkdown).returns.toEqualTypeOf<string>();
  });
});
