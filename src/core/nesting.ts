import { LIMITS } from "./limits.js";

// How deep a raw tree of conditions nests, read before a recursive schema reads it, so that a
// hostile tree cannot exhaust the stack. Plain functions over unknown values.

/** A raw value's own property `key`, never an inherited one. Internal. */
export const ownProperty = (value: unknown, key: string): unknown =>
  typeof value === "object" && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;

/**
 * How deep a raw condition nests: a node's children are the items of its own list under `list`
 * (`conditions`, `of`) and its own value under `single` (`condition`, `rule`). Counted without
 * recursion; stops counting past `LIMITS.conditionDepth`. Internal.
 */
export function nestingDepth(value: unknown, list: string, single: string): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0 && deepest <= LIMITS.conditionDepth) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== "object" || node === null) continue;
    deepest = Math.max(deepest, depth);
    const inner = ownProperty(node, list);
    if (Array.isArray(inner)) for (const child of inner) stack.push([child, depth + 1]);
    if (Object.hasOwn(node, single)) stack.push([ownProperty(node, single), depth + 1]);
  }
  return deepest;
}
