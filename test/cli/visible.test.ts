import { fc, it } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { visible } from "../../src/cli/visible.js";
import { controlsIn } from "./controls.js";

describe("visible", () => {
  it("writes terminal escapes, CR, DEL, C1 and bidi controls as \\uXXXX and keeps newlines", () => {
    expect(visible("a\u001b[2Jb\r\nc\rd\u007f\u009b\u202e\te\n")).toBe("a\\u001b[2Jb\\u000d\nc\\u000dd\\u007f\\u009b\\u202e\\u0009e\n");
  });

  it("keeps the CRLF line endings of a text that has only those (an iCalendar), not a CR before them", () => {
    expect(visible("BEGIN:VCALENDAR\r\nSUMMARY:x\r\r\nEND:VCALENDAR\r\n")).toBe("BEGIN:VCALENDAR\r\nSUMMARY:x\\u000d\r\nEND:VCALENDAR\r\n");
  });

  it.prop([fc.string({ unit: "binary" })])("leaves JSON valid, with the same value", (text) => {
    const json = visible(JSON.stringify({ text }, null, 2));
    expect(controlsIn(json)).toEqual([]);
    expect(JSON.parse(json)).toEqual({ text });
  });

  it.prop([fc.string({ unit: "binary" })])("leaves no control character but the newline in any text, and text without them as it is", (text) => {
    expect(controlsIn(visible(text))).toEqual([]);
    const plain = [...text].filter((char) => controlsIn(char).length === 0 && !/[\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/.test(char)).join("");
    expect(visible(plain)).toBe(plain);
  });
});
