// Plain constants for the schemas: a bundler can drop an unused schema whose arguments are plain
// identifiers, not one that reads a property (which might have a getter). Internal.
export const ID_LENGTH = 200;
export const TEXT_LENGTH = 100_000;

/**
 * The documented limits of what `koploper` accepts, in one place. Input beyond a limit is refused
 * with a {@link KoploperError} (`INVALID_NUMBER` for numbers, `INVALID_INPUT` otherwise) before any
 * work is done, so that every public function stays linear in the size of its input.
 *
 * - `decimalLength`: the characters of a decimal string (after trimming), and the significant digits
 *   of a `Decimal`;
 * - `decimalExponent`: the largest decimal exponent of a number's magnitude, either way: every
 *   accepted number other than zero lies between 1e-400 and 1e401 in absolute value (every finite
 *   JavaScript number does);
 * - `idLength`: the characters of an id (a line, a factor, a participant, a measure, ...); a longer
 *   factor reference is unknown, and the closest-name search reads no more of it;
 * - `textLength`: the characters of a name or any other text;
 * - `conditionDepth`: how deep the `and` / `or` / `not` of a questionnaire's `visibleIf` nest;
 * - `reportedIssues`: the issues a {@link KoploperError} lists; beyond them, one last issue (code
 *   `too_many_issues`) counts the rest, so that a million bad lines give a short error.
 *
 * @example
 * ```ts
 * import { LIMITS, toDecimal } from "koploper";
 *
 * LIMITS.decimalExponent; //=> 400
 * toDecimal("1e400").toString().length; //=> 401
 * ```
 */
export const LIMITS = Object.freeze({
  decimalLength: 1000,
  decimalExponent: 400,
  idLength: ID_LENGTH,
  textLength: TEXT_LENGTH,
  reportedIssues: 100,
  conditionDepth: 32,
});
