// What the CLI prints goes to terminals, which act on control characters: ESC starts a sequence
// that can recolour, retitle or clear the screen, CR rewrites the line, and C1 codes (U+0080-U+009F)
// are escapes of their own on some terminals. Names, ids and units come from the user's files, so
// every text is made visible here, once, before it is written.

const LF = 0x0a;
const CR = 0x0d;

/** C0, DEL, C1, the line and paragraph separators and the bidirectional controls that reorder text. */
function isControl(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** Whether every line of `text` ends in CRLF (an iCalendar), so that those CRs are line endings. */
function endsLinesWithCrlf(text: string): boolean {
  let lines = 0;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) {
    if (text.charCodeAt(index - 1) !== CR) return false;
    lines++;
  }
  return lines > 0;
}

/**
 * `text` with every control character written as a visible `\uXXXX`: ESC `[2J` prints as
 * `\u001b[2J`. Newlines stay, and so do the CRLF line endings of a text that has only those. In
 * JSON, `\uXXXX` is the same character, so JSON output stays valid JSON with the same value.
 * Linear in the length of `text`.
 */
export function visible(text: string): string {
  const crlf = endsLinesWithCrlf(text);
  let out = "";
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === LF || !isControl(code) || (crlf && code === CR && text.charCodeAt(index + 1) === LF)) continue;
    out += `${text.slice(start, index)}\\u${code.toString(16).padStart(4, "0")}`;
    start = index + 1;
  }
  return start === 0 ? text : out + text.slice(start);
}
