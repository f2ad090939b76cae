import type { Decimal } from "decimal.js";
import { describe, expectTypeOf, it } from "vitest";
import {
  isKoploperError,
  localize,
  safeParseDecimal,
  toDecimal,
  type DecimalInput,
  type KoploperError,
  type KoploperErrorCode,
  type Localized,
} from "../../src/index.js";

describe("public core types", () => {
  it("takes numbers, strings and Decimals and returns a Decimal", () => {
    expectTypeOf<DecimalInput>().toEqualTypeOf<number | string | Decimal>();
    expectTypeOf(toDecimal).returns.toEqualTypeOf<Decimal>();
    // @ts-expect-error null is not a DecimalInput
    toDecimal(null);
  });

  it("narrows unknown errors to KoploperError with a code union", () => {
    const error: unknown = undefined;
    if (isKoploperError(error)) {
      expectTypeOf(error).toEqualTypeOf<KoploperError>();
      expectTypeOf(error.code).toEqualTypeOf<KoploperErrorCode>();
    }
    expectTypeOf<"INVALID_INPUT">().toExtend<KoploperErrorCode>();
    expectTypeOf<"NOT_A_CODE">().not.toExtend<KoploperErrorCode>();
  });

  it("discriminates safe parse results on success", () => {
    const result = safeParseDecimal("1");
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Decimal>();
    else expectTypeOf(result.error).toEqualTypeOf<KoploperError>();
  });

  it("only localizes to nl or en", () => {
    const text: Localized = { nl: "a", en: "b" };
    // @ts-expect-error "de" is not a locale
    localize(text, "de");
  });
});
