import { fc, test } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { describe, expect } from "vitest";
import {
  calculateFootprint,
  convertUnit,
  createFootprintAccumulator,
  mergeFootprints,
  nl2026,
  UNIT_DIMENSIONS,
  type ActivityInput,
  type FootprintOptions,
  type UnitCode,
} from "../../src/index.js";
import { plain } from "./helpers.js";

// Quantities as numbers (the fast lane: up to 6 decimals, and beyond it), decimal strings and nulls.
const quantity = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 100),
  fc.double({ min: 0, max: 1e7, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 0, max: 1e9 }).map((n) => `${n}.${n % 1000}`),
  fc.constant(null),
);

const template = fc.constantFrom<Record<string, unknown>[]>(
  [{ theme: "fuel", factor: 135, unit: "Nm3" }],
  [{ theme: "fuel", factor: 135, unit: "GJ" }],
  [{ theme: "fuel", factor: 67, unit: "l", vehicle: "van" }],
  [{ theme: "business-travel", factor: 147, unit: "vkm", vehicle: "van" }],
  [{ theme: "electricity", unit: "MWh" }],
  [{ theme: "heat", factor: 48, unit: "MJ" }],
  [{ theme: "refrigerant", factor: 24, unit: "kg" }],
  [{ theme: "waste", factor: 235, unit: "kg", estimated: true }],
  [{ theme: "other", category: 1, factor: { value: "0.5", unit: "kg", source: "supplier" }, unit: "t" }],
  [{ theme: "offset", unit: "t" }],
);

const lines = fc.array(fc.tuple(template, quantity, fc.boolean()), { maxLength: 12 }).map((rows) =>
  rows.map(([[base], q, green], i): ActivityInput => {
    const line = { ...base, id: `line-${i}`, quantity: q } as ActivityInput;
    if (line.theme === "electricity" && green && q !== null) return { ...line, green: [{ quantity: new Decimal(q).div(2).toString(), source: "wind" }] };
    return line;
  }),
);

// The reference: decimal.js line by line, with precision to spare.
const Exact = Decimal.clone({ precision: 200 });

const options: FootprintOptions[] = [{ factors: nl2026 }, { factors: nl2026, accounting: "ghg-strict", gwp: "AR5" }];
const option = fc.constantFrom(...options);
const footprint = (activities: ActivityInput[], opts: FootprintOptions) => calculateFootprint({ year: 2026, activities, organisation: { fte: 3 } }, opts);

describe("footprint laws", () => {
  test.prop([lines, lines, option])("merging two footprints equals the footprint of both line lists", (a, b, opts) => {
    const renamed = b.map((line) => ({ ...line, id: `b-${line.id}` }));
    expect(plain(mergeFootprints(footprint(a, opts), footprint(renamed, opts)))).toEqual(plain(footprint([...a, ...renamed], opts)));
  });

  // A footprint with its lines (and line ids) in id order: merging keeps the lines of each side in order.
  const canonical = (fp: ReturnType<typeof footprint>) => {
    const json = plain(fp) as { lines: { id: string }[]; unknown: { ids: string[] }; estimated: { ids: string[] } };
    json.lines.sort((x, y) => (x.id < y.id ? -1 : 1));
    json.unknown.ids.sort();
    json.estimated.ids.sort();
    return json;
  };
  const side = (list: ActivityInput[], name: string) => list.map((line) => ({ ...line, id: `${name}-${line.id}` }));

  test.prop([lines, lines, lines, option])("merging is associative", (a, b, c, opts) => {
    const [x, y, z] = [footprint(side(a, "a"), opts), footprint(side(b, "b"), opts), footprint(side(c, "c"), opts)];
    expect(plain(mergeFootprints(mergeFootprints(x, y), z))).toEqual(plain(mergeFootprints(x, mergeFootprints(y, z))));
  });

  test.prop([lines, lines, option])("merging is commutative (up to the order of the lines)", (a, b, opts) => {
    const [x, y] = [footprint(side(a, "a"), opts), footprint(side(b, "b"), opts)];
    expect(canonical(mergeFootprints(x, y))).toEqual(canonical(mergeFootprints(y, x)));
  });

  test.prop([lines, option])("the empty footprint is the identity of merging", (a, opts) => {
    const x = footprint(a, opts);
    const empty = footprint([], opts);
    expect(plain(mergeFootprints(empty, x))).toEqual(plain(x));
    expect(plain(mergeFootprints(x, empty))).toEqual(plain(x));
  });

  test.prop([lines, option, fc.integer()])("the order of the lines does not change any total", (a, opts, seed) => {
    const shuffled = [...a].sort((x, y) => ((x.id.length * 31 + seed) % 7) - ((y.id.length * 17 + seed) % 5));
    const one = footprint(a, opts);
    const two = footprint(shuffled, opts);
    const totals = (fp: typeof one) => plain({ ...fp, lines: [], unknown: fp.unknown.count, estimated: fp.estimated.count });
    expect(totals(two)).toEqual(totals(one));
  });

  test.prop([lines, option, fc.array(fc.nat(12), { maxLength: 4 })])("an accumulator fed in any chunking equals the one-shot footprint", (a, opts, cuts) => {
    const acc = createFootprintAccumulator({ ...opts, year: 2026, organisation: { fte: 3 } });
    const points = [...new Set([0, ...cuts.map((c) => Math.min(c, a.length)), a.length])].sort((x, y) => x - y);
    for (let i = 1; i < points.length; i++) acc.add(a.slice(points[i - 1], points[i]) as never);
    const one = footprint(a, opts);
    expect(plain(acc.result())).toEqual(
      plain({ ...one, detail: "groups", lines: [], unknown: { ...one.unknown, ids: [] }, estimated: { ...one.estimated, ids: [] } }),
    );
  });

  test.prop([
    fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: 40 }),
        fc.oneof(
          fc.double({ min: 0, max: 5e9, noNaN: true }).map((x) => (x < 1e-9 ? 0 : x)),
          fc.integer({ min: 0, max: 4e9 }).map((n) => n / 1e6),
        ),
      ),
      { maxLength: 200 },
    ),
  ])("the accumulator equals a decimal.js sum computed line by line", (rows) => {
    const fuels = nl2026.factors.filter((f) => f.section === "vehicle-fuels" && f.status === "active" && f.values.wtw !== undefined).slice(0, 41);
    const acc = createFootprintAccumulator({ factors: nl2026, year: 2026 });
    const typed = rows.map(([i, q]) => ({
      theme: "fuel" as const,
      factor: fuels[i % fuels.length]?.id ?? "",
      quantity: q,
      unit: fuels[i % fuels.length]?.unit ?? "l",
    }));
    acc.add(typed);
    const reference = typed.reduce(
      (sum, line) => sum.plus(new Exact(line.quantity).times(nl2026.factors.find((f) => f.id === line.factor)?.values.wtw ?? "0")),
      new Exact(0),
    );
    expect(acc.result().scope1.eq(reference)).toBe(true);
  });

  const units = Object.keys(UNIT_DIMENSIONS) as UnitCode[];
  test.prop([fc.constantFrom(...units), fc.constantFrom(...units), fc.integer({ min: 0, max: 1e9 }).map((n) => n / 1000)])(
    "a conversion inside a dimension round-trips (exactly, or to 60 significant digits between Wh and J, through 3.6)",
    (from, to, q) => {
      if (UNIT_DIMENSIONS[from] !== UNIT_DIMENSIONS[to]) return;
      const back = convertUnit(convertUnit(q, from, to), to, from);
      expect(back.toSignificantDigits(60).eq(q)).toBe(true);
      const hours = (unit: UnitCode) => unit === "kWh" || unit === "MWh";
      if (hours(from) === hours(to)) expect(back.eq(q)).toBe(true);
    },
  );
});
