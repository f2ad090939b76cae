import { describe, expect, it } from "vitest";
import { localize } from "../../src/index.js";

describe("localize", () => {
  it("shows Dutch by default", () => {
    expect(localize({ nl: "Afval", en: "Waste" })).toBe("Afval");
  });

  it("shows the requested locale", () => {
    expect(localize({ nl: "Afval", en: "Waste" }, "en")).toBe("Waste");
  });

  it("falls back to Dutch when the translation is empty", () => {
    expect(localize({ nl: "Afval", en: "" }, "en")).toBe("Afval");
  });
});
