/**
 * The C0 and C1 control characters in `text` (DEL too), but the newline: what a terminal must
 * never receive from the CLI. Written as a loop, not with the implementation's predicate.
 */
export function controlsIn(text: string): string[] {
  const found: string[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code !== 0x0a && (code < 0x20 || (code >= 0x7f && code <= 0x9f))) found.push(char);
  }
  return found;
}
