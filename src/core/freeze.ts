/**
 * Freezes a value and every object in it (Decimals stay as they are: decimal.js values are immutable
 * by their API) and returns it; already frozen parts are left alone. Internal.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value) && !isDecimal(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

// decimal.js marks its values with `toStringTag` "Decimal"; checked without importing decimal.js.
function isDecimal(value: object): boolean {
  return (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] === "Decimal";
}
