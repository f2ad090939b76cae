export { KoploperError, isKoploperError, type KoploperErrorCode, type KoploperIssue } from "./errors.js";
export { toDecimal, type DecimalInput } from "./decimal.js";
export { LIMITS } from "./limits.js";
export { localize, type Locale, type Localized } from "./localized.js";
export type { DeepReadonly, SafeParseResult } from "./parse.js";
export { decimalSchema, localizedSchema, parseDecimal, safeParseDecimal } from "./common.schema.js";
