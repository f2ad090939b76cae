import { factorSetSchema, type FactorSet } from "../../src/index.js";

// A hand-made factor set with real values copied from ../shared/data/co2emissiefactoren-2026.csv,
// plus one historical factor (diesel 3.135 kg/l, emissieberekenen.nl, about 2009) for the published
// worked example.
const url = (path: string) => `https://co2emissiefactoren.nl/factoren/2026/${path}/`;
const factor = (
  id: string,
  sourceId: number,
  path: string,
  nl: string,
  section: string,
  unit: string,
  values: Record<string, string>,
  status = "active",
) => ({ id, sourceId, sourceUrl: url(path), name: { nl, en: nl }, section, subsection: null, unit, status, values });

export const fixture: FactorSet = factorSetSchema.parse({
  id: "fixture-2026",
  year: 2026,
  publisher: "test",
  source: "https://co2emissiefactoren.nl/",
  citation: "CO2emissiefactoren.nl, 2026 (subset)",
  gwp: "AR6",
  factors: [
    factor("aardgas-g-gas", 135, "27/135/x", "Aardgas (G-gas)", "energy-fuels", "Nm3", { wtw: "2.134", ttw: "1.779", wtt: "0.355", biogenic: "0", mjPerUnit: "31.65" }),
    factor("diesel-b7", 67, "30/67/x", "Diesel B7", "vehicle-fuels", "l", { wtw: "3.251", ttw: "2.462", wtt: "0.788", biogenic: "0.176", mjPerUnit: "35.9" }),
    factor("biodiesel-hvo", 71, "31/71/x", "Biodiesel HVO", "vehicle-fuels", "l", { wtw: "0.468", ttw: "0.026", wtt: "0.442", biogenic: "2.446", mjPerUnit: "34.54" }),
    factor("diesel-2009", 9001, "0/9001/x", "Diesel (lijst 2009)", "vehicle-fuels", "l", { wtw: "3.135" }),
    factor("groengas-covergisting", 139, "27/139/x", "Groengas (Covergisting)", "energy-fuels", "Nm3", { mjPerUnit: "31.65" }, "withdrawn"),
    factor("petroleum", 114, "25/114/x", "Petroleum", "energy-fuels", "kg", { ttw: "3.099", mjPerUnit: "43.1" }),
    factor("houtpellets-reststroom", 144, "28/144/x", "Houtpellets (uit (droge) industriele reststroom, NL)", "energy-fuels", "kg-ds", { wtw: "0.035", ttw: "0.006", wtt: "0.029", biogenic: "1.833", mjPerUnit: "19.3" }),
    factor("stroometiket", 50, "11/50/x", "Stroometiket", "electricity", "kWh", { chain: "0.044", mjPerUnit: "3.6" }, "supplier-specific"),
    factor("grijze-stroom", 51, "11/51/x", "Grijze Stroom", "electricity", "kWh", { total: "0.483", production: "0.401", chain: "0.082", infrastructure: "0.002", mjPerUnit: "3.6" }),
    factor("stroom-onbekend-gridmix", 52, "11/52/x", "Stroom (onbekend) gridmix", "electricity", "kWh", { total: "0.244", production: "0.2", chain: "0.044", infrastructure: "0.016", mjPerUnit: "3.6" }),
    factor("windkracht", 53, "11/53/x", "Windkracht", "electricity", "kWh", { total: "0", production: "0", chain: "0", infrastructure: "0.016", mjPerUnit: "3.6" }),
    factor("waterkracht", 54, "11/54/x", "Waterkracht", "electricity", "kWh", { total: "0", production: "0", chain: "0", infrastructure: "0.004", mjPerUnit: "3.6" }),
    factor("zonne-energie", 55, "11/55/x", "Zonne-energie", "electricity", "kWh", { total: "0", production: "0", chain: "0", infrastructure: "0.062", mjPerUnit: "3.6" }),
    factor("biomassa", 56, "11/56/x", "Biomassa", "electricity", "kWh", { total: "0.071", production: "0", chain: "0.071", infrastructure: "0.002", mjPerUnit: "3.6" }),
    factor("gemiddelde-warmtenetten", 48, "12/48/x", "Gemiddelde Warmtenetten", "heat", "GJ", { total: "40.45", production: "34.31", chain: "6.14", mjPerUnit: "1000" }),
    factor("r410a", 24, "22/24/x", "R410a", "refrigerants", "kg", { gwp100: "2256", ar4: "2088" }),
    factor("lachgas-n2o", 27, "17/27/x", "Lachgas (N2O)", "other-emissions", "kg", { gwp100: "273" }),
    factor("gemiddelde-auto-brandstofsoort-onbekend", 147, "38/147/x", "Gemiddelde auto Brandstofsoort onbekend", "passenger-transport", "vkm", { wtw: "0.19", ttw: "0.142", wtt: "0.048", mjPerUnit: "2.15" }),
    factor("trein-gemiddelde-type-onbekend", 178, "53/178/x", "Trein (gemiddelde/ type onbekend)", "passenger-transport", "pkm", { wtw: "0.03", ttw: "0.002", wtt: "0.028", mjPerUnit: "0.23" }),
    factor("vrachtwagen-10-20-ton", 80, "32/80/x", "Vrachtwagen vrachtwagen 10-20 ton", "freight-transport", "tkm", { wtw: "0.256", ttw: "0.194", wtt: "0.062", mjPerUnit: "2.8" }),
    factor("restafval", 235, "58/235/x", "Restafval", "waste", "t", { ghgProtocol: "38", processing: "575", avoided: "-252" }),
    factor("papier-en-karton", 225, "57/225/x", "Papier en karton", "waste", "t", { ghgProtocol: "7", transport: "4", processing: "567", avoided: "-464" }),
    factor("afvalwater", 226, "59/226/x", "Afvalwater", "waste", "VE", { total: "26.27", co2: "2.11", ch4: "18.17", n2o: "5.99" }),
  ],
});
