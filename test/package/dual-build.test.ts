import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
const require = createRequire(import.meta.url);

type Root = typeof import("../../src/index.js");

describe("the ESM and CJS builds", () => {
  let esm: Root;
  let cjs: Root;

  beforeAll(async () => {
    if (!existsSync(`${dist}index.cjs`)) throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
    esm = (await import(`${dist}index.js`)) as Root;
    cjs = require(`${dist}index.cjs`) as Root;
  });

  it("are two copies: instanceof does not work across them", () => {
    expect(esm.KoploperError).not.toBe(cjs.KoploperError);
  });

  it("recognise each other's errors through isKoploperError", () => {
    let thrown: unknown;
    try {
      cjs.toDecimal("1,5");
    } catch (error) {
      thrown = error;
    }
    expect(thrown instanceof esm.KoploperError).toBe(false);
    expect(esm.isKoploperError(thrown)).toBe(true);
    expect(cjs.isKoploperError(new esm.KoploperError("INVALID_INPUT", "x"))).toBe(true);
  });

  it("compute the same plain decimal strings", () => {
    expect(esm.toDecimal("1e-7").toString()).toBe(cjs.toDecimal("1e-7").toString());
    expect(cjs.toDecimal("1e-7").toString()).toBe("0.0000001");
  });
});
