import { describe, expect, it } from "vitest";
import { membersOf, naceMember } from "../../src/vsme/members.js";

describe("naceMember", () => {
  it("reads a NACE code as people write it, with or without the section letter and the dot", () => {
    for (const code of ["C10.71", "C1071", "c10.71", "10.71"]) expect(naceMember(code)).toBe("nace:NACE_C1071");
  });

  it("gives undefined for a code the taxonomy does not have", () => {
    expect(naceMember("Z99.99")).toBeUndefined();
    expect(naceMember("")).toBeUndefined();
  });
});

describe("membersOf", () => {
  it("lists a concept's enumeration, and nothing for a concept without one", () => {
    expect(membersOf("vsme:CountryOfSite")).toContain("country:NL");
    expect(membersOf("vsme:Turnover")).toEqual([]);
  });
});
