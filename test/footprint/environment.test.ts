import { describe, expect, it } from "vitest";
import { calculateFootprint, environmentalPerformance, nl2026, type ActivityInput, type OrganisationInput } from "../../src/index.js";
import { caught, deepFreeze } from "./helpers.js";

const env = (activities: ActivityInput[], organisation?: OrganisationInput) =>
  environmentalPerformance({ year: 2026, activities, ...(organisation === undefined ? {} : { organisation }) }, { factors: nl2026 });

describe("environmentalPerformance: energy", () => {
  it("gives the TSDoc example's figures", () => {
    const result = env(
      [
        { id: "power", theme: "electricity", quantity: 10000, unit: "kWh", green: [{ quantity: 4000, source: "solar", origin: "own" }] },
        { id: "gas", theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3" },
        { id: "tap", theme: "water", quantity: 120, unit: "m3" },
      ],
      { fte: 4 },
    );
    expect(result.energy.electricity.renewable.mwh.toString()).toBe("4");
    expect(result.energy.fuels.total.gj.toString()).toBe("31.65");
    expect(result.water.m3.value.toString()).toBe("120");
    expect(result.keyFigures.perFte?.waterM3.toString()).toBe("30");
  });

  it("splits electricity into guarantees of origin, own generation and the rest, with the lines that gave each", () => {
    const result = env([
      {
        id: "a",
        theme: "electricity",
        quantity: 10,
        unit: "MWh",
        green: [
          { quantity: 3, source: "wind" },
          { quantity: 1, source: "solar", origin: "own" },
        ],
      },
      { id: "b", theme: "electricity", quantity: 2000, unit: "kWh" },
      { id: "c", theme: "electricity", quantity: null, unit: "kWh" },
    ]);
    const e = result.energy.electricity;
    expect(e.total.mwh.toString()).toBe("12");
    expect(e.total.gj.toString()).toBe("43.2");
    expect(e.renewable.mwh.toString()).toBe("4");
    expect(e.nonRenewable.mwh.toString()).toBe("8");
    expect(e.renewable.lines).toEqual(["a"]);
    expect(e.nonRenewable.lines).toEqual(["a", "b"]);
    expect(e.total.unknown).toEqual(["c"]);
    expect(result.energy.selfGenerated.mwh.toString()).toBe("1");
    expect(result.energy.renewable).toEqual([
      { line: "a", mwh: expect.objectContaining({}), basis: "guarantee-of-origin" },
      { line: "a", mwh: expect.objectContaining({}), basis: "own-generation" },
    ]);
    expect(result.energy.renewable.map((part) => part.mwh.toString())).toEqual(["3", "1"]);
  });

  it("decides renewable fuels from the factor list, a line's own statement, and never for heat by default", () => {
    const result = env([
      { id: "diesel", theme: "fuel", factor: "diesel-b7", quantity: 100, unit: "l" }, // blend: non-renewable
      { id: "hvo", theme: "fuel", factor: "biodiesel-hvo", quantity: 100, unit: "l" }, // Hernieuwbare brandstoffen
      { id: "green-gas", theme: "fuel", factor: 138, quantity: 100, unit: "Nm3" }, // TTW 0, biogenic 1.779
      { id: "wood", theme: "fuel", factor: 142, quantity: 100, unit: "kg-ds" }, // Houtige biomassa
      { id: "heat", theme: "heat", factor: 48, quantity: 10, unit: "GJ" },
      { id: "heat-green", theme: "heat", factor: 49, quantity: 5, unit: "GJ", renewable: true },
    ]);
    expect(result.energy.fuels.nonRenewable.lines).toEqual(["diesel"]);
    expect(result.energy.fuels.nonRenewable.gj.toString()).toBe("3.59"); // 100 l x 35.9 MJ/l
    expect(result.energy.fuels.renewable.lines).toEqual(["hvo", "green-gas", "wood"]);
    expect(result.energy.fuels.renewable.gj.toString()).toBe("8.549"); // 3.454 + 3.165 + 1.93
    expect(result.energy.heat.renewable.gj.toString()).toBe("5");
    expect(result.energy.heat.nonRenewable.gj.toString()).toBe("10");
    expect(result.energy.total.total.gj.toString()).toBe("27.139");
    expect(result.energy.renewable.map((part) => [part.line, part.basis])).toEqual([
      ["hvo", "factor-list"],
      ["green-gas", "factor-list"],
      ["wood", "factor-list"],
      ["heat-green", "line"],
    ]);
  });

  it("gives exact energy: 1 GJ of CNG is 1 GJ, its MWh rounded once", () => {
    const result = env([{ id: "cng", theme: "fuel", factor: 60, quantity: 1, unit: "GJ" }]);
    expect(result.energy.fuels.total.gj.toString()).toBe("1");
    expect(result.energy.fuels.total.mwh.toString()).toBe(`0.2${"7".repeat(62)}8`); // 1 / 3.6 to 64 significant digits
  });

  it("shows mobile machinery as its own scope-1 theme, in fuels, apart from vehicles", () => {
    const activities: ActivityInput[] = [
      { id: "crane", theme: "mobile-machinery", factor: "diesel-b7", quantity: 1000, unit: "l" },
      { id: "van", theme: "fuel", factor: "diesel-b7", quantity: 500, unit: "l" },
    ];
    const footprint = calculateFootprint({ year: 2026, activities }, { factors: nl2026 });
    expect(footprint.themes["mobile-machinery"].marketBased.toString()).toBe("3251");
    expect(footprint.themes.fuel.marketBased.toString()).toBe("1625.5");
    expect(footprint.scope1.toString()).toBe("4876.5");
    const result = env(activities);
    expect(result.energy.mobileMachinery.gj.toString()).toBe("35.9");
    expect(result.energy.mobileMachinery.lines).toEqual(["crane"]);
    expect(result.energy.fuels.total.gj.toString()).toBe("53.85");
  });

  it("keeps travel and freight energy apart from the total, and gives km per theme and mode", () => {
    const result = env([
      { id: "train", theme: "business-travel", factor: 178, quantity: 1000, unit: "pkm" },
      { id: "car", theme: "business-travel", factor: 147, quantity: 2000, unit: "vkm" },
      { id: "car-2", theme: "business-travel", factor: 149, quantity: 500, unit: "vkm" },
      { id: "truck", theme: "freight", factor: 79, quantity: 300, unit: "tkm" },
      { id: "bike", theme: "commuting", factor: 202, quantity: null, unit: "vkm" },
    ]);
    expect(result.energy.total.total.gj.toString()).toBe("0");
    expect(result.energy.transport.gj.toString()).toBe("6.835"); // 0.23 + 4.3 + 1.105 + 1.2
    expect(result.distance.map((d) => [d.theme, d.mode, d.unit, d.quantity.value.toString(), d.quantity.lines, d.quantity.unknown])).toEqual([
      ["business-travel", "Auto", "vkm", "2500", ["car", "car-2"], []],
      ["business-travel", "Openbaar vervoer", "pkm", "1000", ["train"], []],
      ["commuting", "Tweewielers", "vkm", "0", [], ["bike"]],
      ["freight", "Bulk- en stukgoederen - Wegvervoer", "tkm", "300", ["truck"], []],
    ]);
  });
});

describe("environmentalPerformance: water, waste, gases, paper, solvents", () => {
  it("gives water in m3 without CO2, and with CO2 only from the line's own factor", () => {
    const activities: ActivityInput[] = [
      { id: "tap", theme: "water", quantity: 2500, unit: "l" },
      { id: "well", theme: "water", quantity: 10, unit: "m3", factor: { value: "0.3", unit: "m3", source: "Vitens 2026" } },
    ];
    const footprint = calculateFootprint({ year: 2026, activities }, { factors: nl2026 });
    expect(footprint.themes.water.marketBased.toString()).toBe("3");
    expect(footprint.scope3.categories[1].toString()).toBe("3");
    expect(env(activities).water.m3).toEqual({ value: expect.anything(), lines: ["tap", "well"], unknown: [] });
    expect(env(activities).water.m3.value.toString()).toBe("12.5");
  });

  it("gives wastewater in VE apart from water", () => {
    const result = env([
      { id: "ve", theme: "wastewater", factor: 226, quantity: 3, unit: "VE" },
      { id: "ve-2", theme: "wastewater", factor: 226, quantity: null, unit: "VE" },
    ]);
    expect(result.water.wastewaterVE).toEqual({ value: expect.anything(), lines: ["ve"], unknown: ["ve-2"] });
    expect(result.water.wastewaterVE.value.toString()).toBe("3");
    expect(result.water.m3.value.toString()).toBe("0");
  });

  it("refuses a water line in a unit that is no volume", () => {
    const error = caught(() => env([{ id: "tap", theme: "water", quantity: 1, unit: "kg" }]));
    expect(error.code).toBe("UNIT_MISMATCH");
    expect(error.issues[0]?.path).toEqual(["activities", 0, "unit"]);
  });

  it("gives waste per stream with hazardous and treatment from the list or the line, never invented", () => {
    const result = env([
      { id: "rest", theme: "waste", factor: 235, quantity: 2, unit: "t" },
      { id: "paper", theme: "waste", factor: 225, quantity: 500, unit: "kg" },
      { id: "chem", theme: "waste", factor: 234, quantity: 100, unit: "kg" },
      { id: "oil", theme: "waste", factor: 235, quantity: 400, unit: "kg", hazardous: true },
      { id: "glass", theme: "waste", factor: 232, quantity: 1000, unit: "kg", hazardous: false },
      { id: "unknown", theme: "waste", factor: 232, quantity: null, unit: "kg", hazardous: false },
    ]);
    const w = result.waste;
    expect(w.streams.map((s) => [s.factorId, s.hazardous, s.hazardousFrom, s.treatment, s.treatmentFrom, s.kg.value.toString(), s.kg.lines])).toEqual([
      ["avi-met-energieterugwinning-gevaarlijk-afval-indicatief", true, "factor-list", "disposal", "factor-list", "100", ["chem"]],
      ["glas", false, "line", "recycling", "factor-list", "1000", ["glass"]],
      ["papier-en-karton", null, null, "recycling", "factor-list", "500", ["paper"]],
      ["restafval", null, null, "disposal", "factor-list", "2000", ["rest"]],
      ["restafval", true, "line", "disposal", "factor-list", "400", ["oil"]],
    ]);
    expect(w.total.value.toString()).toBe("4000");
    expect(w.total.unknown).toEqual(["unknown"]);
    expect(w.hazardous.value.toString()).toBe("500");
    expect(w.nonHazardous.value.toString()).toBe("1000");
    expect(w.unclassified.value.toString()).toBe("2500");
    expect(w.recycling.value.toString()).toBe("1500");
    expect(w.disposal.value.toString()).toBe("2500");
    expect(w.untreated.value.toString()).toBe("0");
    expect(w.recyclingShare?.toString()).toBe("0.375");
    expect(w.disposalShare?.toString()).toBe("0.625");
    expect(env([]).waste.recyclingShare).toBeNull();
  });

  it("lets a line name the treatment the list does not give", () => {
    const result = env([{ id: "x", theme: "waste", factor: 235, quantity: 1, unit: "kg", treatment: "recycling" }]);
    expect(result.waste.streams[0]).toMatchObject({ treatment: "recycling", treatmentFrom: "line" });
  });

  it("gives refrigerants refilled and other gases in kg, paper in kg and solvents in litres", () => {
    const result = env([
      { id: "airco", theme: "refrigerant", factor: "r410a", quantity: 2.5, unit: "kg" },
      { id: "airco-2", theme: "refrigerant", factor: "r410a", quantity: 0.5, unit: "kg" },
      { id: "n2o", theme: "refrigerant", factor: 27, quantity: 1, unit: "kg" },
      { id: "paper", theme: "paper", quantity: 0.2, unit: "t" },
      { id: "paint", theme: "solvents", quantity: 30, unit: "l" },
    ]);
    expect(result.refrigerants.total.value.toString()).toBe("3");
    expect(result.refrigerants.byFactor.map((g) => [g.factorId, g.kg.value.toString(), g.kg.lines])).toEqual([["r410a", "3", ["airco", "airco-2"]]]);
    expect(result.otherGases.total.value.toString()).toBe("1");
    expect(result.otherGases.total.lines).toEqual(["n2o"]);
    expect(result.paper.value.toString()).toBe("200");
    expect(result.solvents.value.toString()).toBe("30");
  });

  it("gives solvents and paper CO2 only with a factor on the line", () => {
    const activities: ActivityInput[] = [
      { id: "paint", theme: "solvents", quantity: 30, unit: "l", factor: { value: "0.5", unit: "l", source: "supplier" } },
      { id: "paper", theme: "paper", quantity: 100, unit: "kg", factor: { value: "1.1", unit: "kg", source: "supplier" } },
      { id: "paper-2", theme: "paper", quantity: 100, unit: "kg" },
    ];
    const footprint = calculateFootprint({ year: 2026, activities }, { factors: nl2026 });
    expect(footprint.scope1.toString()).toBe("15");
    expect(footprint.scope3.categories[1].toString()).toBe("110");
    expect(env(activities).paper.value.toString()).toBe("200");
  });
});

describe("environmentalPerformance: key figures", () => {
  const activities: ActivityInput[] = [
    { id: "power", theme: "electricity", quantity: 36000, unit: "kWh" },
    { id: "tap", theme: "water", quantity: 300, unit: "m3" },
    { id: "rest", theme: "waste", factor: 235, quantity: 3, unit: "t" },
  ];

  it("divides energy (MWh), water and waste by fte, m2, 1,000 EUR and up to three production units", () => {
    const result = env(activities, {
      fte: 3,
      floorAreaM2: 600,
      revenueEur: 1_500_000,
      production: [
        { quantity: 1200, unit: "patients" },
        { quantity: 0, unit: "beds" },
        { quantity: 7, unit: "wards" },
      ],
    });
    const k = result.keyFigures;
    expect(k.perFte).toEqual({ energyMWh: expect.anything(), waterM3: expect.anything(), wasteKg: expect.anything() });
    expect([k.perFte?.energyMWh, k.perFte?.waterM3, k.perFte?.wasteKg].map(String)).toEqual(["12", "100", "1000"]);
    expect([k.perM2?.energyMWh, k.perM2?.waterM3, k.perM2?.wasteKg].map(String)).toEqual(["0.06", "0.5", "5"]);
    expect(k.perThousandEur?.energyMWh.toString()).toBe("0.024");
    expect(k.perProductionUnit.map((p) => [p.unit, p.energyMWh.toString()])).toEqual([
      ["patients", "0.03"],
      ["wards", expect.stringMatching(/^5\.142857142857142857/)],
    ]);
  });

  it("has no key figures without an organisation", () => {
    expect(env(activities).keyFigures).toEqual({ perFte: null, perM2: null, perThousandEur: null, perProductionUnit: [] });
  });

  it("refuses more than three production units, with the path", () => {
    const unit = { quantity: 1, unit: "x" };
    const error = caught(() => env(activities, { production: [unit, unit, unit, unit] }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.some((issue) => issue.path.join(".") === "organisation.production")).toBe(true);
  });

  it("does not mutate its input", () => {
    const input = deepFreeze({
      year: 2026,
      activities: [...activities, { id: "g", theme: "electricity", quantity: 10, unit: "kWh", green: [{ quantity: 5, source: "wind" }] }] as ActivityInput[],
    });
    expect(() => environmentalPerformance(input, { factors: nl2026 })).not.toThrow();
  });
});
