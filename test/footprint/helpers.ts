export { caught, deepFreeze } from "../helpers.js";

/** A JSON round trip: Decimals become their plain strings, so results compare by value. */
export const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
