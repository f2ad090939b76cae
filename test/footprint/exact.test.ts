import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { calculateFootprint, createFootprintAccumulator, nl2026, type ActivityInput, type TypedActivity } from "../../src/index.js";
import { caught } from "./helpers.js";
import { D } from "../../src/core/decimal.js";
import { over, plus, rational, times, toDecimalOnce, Wide } from "../../src/footprint/exact.js";

const on = (activities: ActivityInput[]) => calculateFootprint({ year: 2026, activities }, { factors: nl2026 });

describe("exact conversions (issue 12, section 1)", () => {
  it("gives 1 GJ of CNG (2.831 kg/kg at 38 MJ/kg) as exactly 74.5 kg and 1 GJ", () => {
    const fp = on([{ id: "a", theme: "fuel", factor: 60, quantity: 1, unit: "GJ" }]);
    expect(fp.scope1.toString()).toBe("74.5");
    expect(fp.energyGJ.toString()).toBe("1");
    expect(fp.lines[0]?.parts[0]?.kg.toString()).toBe("74.5");
    expect(fp.groups[0]?.parts[0]?.kg.toString()).toBe("74.5");
  });

  it("gives 1 MWh of petroleum coke (3.432 kg/kg at 35.2 MJ/kg) as exactly 351 kg", () => {
    const fp = on([{ id: "a", theme: "fuel", factor: 120, quantity: 1, unit: "MWh" }]);
    expect(fp.scope1.toString()).toBe("351");
    expect(fp.energyGJ.toString()).toBe("3.6");
  });

  it("gives an electricity line of 49,258 GJ an energy total of exactly 49258 GJ", () => {
    expect(on([{ id: "a", theme: "electricity", quantity: 49258, unit: "GJ" }]).energyGJ.toString()).toBe("49258");
  });

  it("keeps 1e-40 beside 1e40: the total is the sum of the lines", () => {
    const fp = on([
      { id: "big", theme: "fuel", factor: 135, quantity: "1e40", unit: "Nm3" },
      { id: "small", theme: "fuel", factor: 135, quantity: "1e-40", unit: "Nm3" },
    ]);
    expect(fp.scope1.toString()).toBe(`2134${"0".repeat(37)}.${"0".repeat(39)}2134`);
    const acc = createFootprintAccumulator({ factors: nl2026, year: 2026 }).add([
      { theme: "fuel", factor: 135, quantity: 1e40, unit: "Nm3" },
      { theme: "fuel", factor: 135, quantity: "1e-40", unit: "Nm3" },
    ]);
    expect(acc.result().scope1.toString()).toBe(fp.scope1.toString());
  });

  it("rounds a value that is no finite decimal once, to 64 significant digits", () => {
    // 1 kWh of natural gas: 3.6 / 31.65 Nm3 x 2.134 kg = 7.6824 / 31.65 kg (no finite decimal).
    const kg = on([{ id: "a", theme: "fuel", factor: 135, quantity: 1, unit: "kWh" }]).scope1;
    expect(kg.sd()).toBe(64);
    expect(kg.toString().startsWith("0.242729857819905213270142180094786729857819905213270142180094786")).toBe(true);
  });

  it("refuses quantities outside the exact domain, saying what the domain is", () => {
    const big = caught(() => on([{ id: "a", theme: "fuel", factor: 135, quantity: "1e400", unit: "Nm3" }]));
    expect(big.code).toBe("INVALID_INPUT");
    expect(big.issues[0]?.path).toEqual(["activities", 0, "quantity"]);
    expect(big.issues[0]?.message).toContain("below 1e400 with at most 400 decimals");
    const fine = caught(() =>
      createFootprintAccumulator({ factors: nl2026, year: 2026 }).add([{ theme: "fuel", factor: 135, quantity: "1.5e-400", unit: "Nm3" }]),
    );
    expect(fine.issues[0]).toMatchObject({ path: [0, "quantity"], code: "outside_domain" });
  });
});

// An independent reference: BigInt fractions, reduced.
interface Q {
  n: bigint;
  d: bigint;
}
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
const q = (n: bigint, d = 1n): Q => {
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
};
const dec = (text: string): Q => {
  const [int = "", frac = ""] = text.split(".");
  return q(BigInt(int + frac), 10n ** BigInt(frac.length));
};
const mul = (a: Q, b: Q) => q(a.n * b.n, a.d * b.d);
const div = (a: Q, b: Q) => q(a.n * b.d, a.d * b.n);
const add = (a: Q, b: Q) => q(a.n * b.d + b.n * a.d, a.d * b.d);
/** The exact decimal string of a fraction, or null when it is no finite decimal. */
function finite(x: Q): string | null {
  let rest = x.d;
  let places = 0;
  while (rest % 10n === 0n) {
    rest /= 10n;
    places++;
  }
  while (rest % 2n === 0n || rest % 5n === 0n) {
    rest = rest % 2n === 0n ? rest / 2n : rest / 5n;
    places++;
  }
  if (rest !== 1n) return null;
  const scaled = ((x.n * 10n ** BigInt(places)) / x.d).toString().padStart(places + 1, "0");
  const text = places === 0 ? scaled : `${scaled.slice(0, -places)}.${scaled.slice(-places)}`.replace(/\.?0+$/, "");
  return text;
}

// Per template: the kg per line unit into scope 1, scope 2 (market, location) or scope 3, and GJ per line unit.
const T = (text: string) => dec(text);
const templates = [
  { line: { theme: "fuel", factor: 60, unit: "GJ" }, scope1: div(mul(T("1000"), T("2.831")), T("38")), gj: T("1") },
  { line: { theme: "fuel", factor: 120, unit: "MWh" }, scope1: div(mul(T("3600"), T("3.432")), T("35.2")), gj: T("3.6") },
  { line: { theme: "fuel", factor: 135, unit: "Nm3" }, scope1: T("2.134"), gj: T("0.03165") },
  { line: { theme: "fuel", factor: 135, unit: "kWh" }, scope1: div(mul(T("3.6"), T("2.134")), T("31.65")), gj: T("0.0036") },
  {
    line: { theme: "electricity", unit: "GJ" },
    market: div(mul(T("1000"), T("0.483")), T("3.6")),
    location: div(mul(T("1000"), T("0.244")), T("3.6")),
    gj: T("1"),
  },
  { line: { theme: "heat", factor: 48, unit: "MJ" }, market: T("0.04045"), location: T("0.04045"), gj: T("0.001") },
  { line: { theme: "refrigerant", factor: 24, unit: "kg" }, scope1: T("2256") },
  { line: { theme: "waste", factor: 235, unit: "kg" }, scope3: T("0.038") },
] as const;

const quantity = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 100),
  fc
    .bigInt({ min: 0n, max: 10n ** 30n })
    .chain((n) =>
      fc
        .integer({ min: 0, max: 40 })
        .map((places) => (places === 0 ? n.toString() : `${n / 10n ** BigInt(places)}.${(n % 10n ** BigInt(places)).toString().padStart(places, "0")}`)),
    ),
  fc.constantFrom("1e40", "0.0000000001", "49258", "1"),
);
const input = fc.array(fc.tuple(fc.nat({ max: templates.length - 1 }), quantity), { minLength: 1, maxLength: 20 });
const plainText = (value: string | number): string => {
  if (typeof value === "number") return String(value);
  return value === "1e40" ? `1${"0".repeat(40)}` : value;
};

describe("exactness law", () => {
  test.prop([input], { numRuns: 120 })(
    "each scope total is the sum of the lines' kg and equals the rational reference when that is a finite decimal",
    (rows) => {
      const activities = rows.map(([t, amount], i) => ({ ...templates[t]?.line, id: `l${i}`, quantity: amount }) as ActivityInput);
      const fp = on(activities);
      const ref = { scope1: q(0n), market: q(0n), location: q(0n), scope3: q(0n), gj: q(0n) };
      rows.forEach(([t, amount]) => {
        const template = templates[t] as (typeof templates)[number] & Partial<Record<"scope1" | "market" | "location" | "scope3" | "gj", Q>>;
        const x = dec(plainText(amount));
        for (const key of ["scope1", "market", "location", "scope3", "gj"] as const) {
          const per = template[key];
          if (per !== undefined) ref[key] = add(ref[key], mul(x, per));
        }
      });
      const checks: [string, Q][] = [
        [fp.scope1.toString(), ref.scope1],
        [fp.scope2.marketBased.toString(), ref.market],
        [fp.scope2.locationBased.toString(), ref.location],
        [fp.scope3.total.toString(), ref.scope3],
        [fp.energyGJ.toString(), ref.gj],
      ];
      for (const [actual, expected] of checks) {
        const exact = finite(expected);
        if (exact !== null) expect(actual).toBe(exact);
      }
      // The sum of the lines' kg, when every line's exact kg is a finite decimal (so no line is rounded).
      const lineRefs = rows.map(([t, amount]) => {
        const template = templates[t] as Partial<Record<"scope1" | "scope3", Q>>;
        return [template.scope1, template.scope3].map((per) => (per === undefined ? q(0n) : mul(dec(plainText(amount)), per)));
      });
      if (lineRefs.every((refs) => refs.every((ref) => finite(ref) !== null))) {
        for (const [scope, total] of [
          [1, fp.scope1],
          [3, fp.scope3.total],
        ] as const) {
          const kg = fp.lines.flatMap((line) => line.parts.filter((p) => p.kind === "emission" && p.scope === scope).map((p) => dec(p.kg.toFixed())));
          expect(total.toString()).toBe(finite(kg.reduce(add, q(0n))));
        }
      }
      const typed = activities.map(({ id: _id, ...line }) => line as TypedActivity);
      const acc = createFootprintAccumulator({ factors: nl2026, year: 2026 }).add(typed).result();
      expect([acc.scope1, acc.scope2.marketBased, acc.scope2.locationBased, acc.scope3.total, acc.energyGJ].map(String)).toEqual(
        checks.map(([actual]) => actual),
      );
    },
  );
});

describe("fractions over a known power of ten", () => {
  const decimalText = fc.tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: -20, max: 20 })).map(([n, e]) => `${n}e${e}`);
  test.prop([decimalText, decimalText, decimalText])("give the exact value of a x b + c / 1000, which Wide decimals compute exactly", (a, b, c) => {
    const q = plus(times(rational(new D(a)), rational(new D(b))), over(rational(new D(c)), rational(new D(1000))));
    const reference = new Wide(a).times(b).plus(new Wide(c).div(1000));
    expect(toDecimalOnce(q).toString()).toBe(new D(reference.toString()).toString().length > 0 ? reference.toFixed() : "");
  });

  test.prop([decimalText, fc.integer({ min: 1, max: 1000 })])("round a / n once, to 64 significant digits, as decimal.js divides", (a, n) => {
    expect(toDecimalOnce(over(rational(new D(a)), rational(new D(n)))).toString()).toBe(new D(a).div(n).toString());
  });
});
