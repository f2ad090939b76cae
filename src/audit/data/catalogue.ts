// The measure catalogue bundled with koploper: measures an SME adviser proposes, in the project's
// own words. No figure here is invented: a parameter has no default unless a source gives one, and
// no bundled measure carries an investment or a saving (the sources give none that fit a measure
// as a whole); the adviser supplies them, marked as the adviser's estimate. EML codes and
// categories are the ones the sources name (Staatscourant 2023-15844 and the BZK demo of EML 2023).
import { BZK_POC, RVO_EML, STCRT_EML_2023 } from "./sources.js";
import type { Localized } from "../../core/localized.js";
import type { MeasureCatalogueInput } from "../catalogue.schema.js";

const STIMULAR_NIGHT_COVERS = "http://www.duurzaammkb.nl/tips/tip/261/dek-koel-en-vriesmeubelen-buiten-gebruikstijden-af/";
const KLIMAPAKT_BAKERY = "https://www.klimapaktfirbetriber.lu/en/wp-json/wp/v2/mesures/3519";
const KLIMAPAKT_BAKERY_FANS = "https://dev.klimapaktfirbetriber.lu/en/wp-json/wp/v2/mesures/3542";

const GAS = ["aardgas-g-gas"];
const HEATING_FUELS = ["aardgas-g-gas", "propaan"];
const DIESEL = ["diesel-b7", "diesel-fossiel-b0"];
const VEHICLE_FUELS = ["diesel-b7", "diesel-fossiel-b0", "benzine-e10", "benzine-fossiel-e0", "lpg"];
const CARS = ["gemiddelde-auto-brandstofsoort-onbekend", "benzine-middel", "diesel-middel", "lpg-middel", "benzine-plug-in-hybride-phev"];
const RESIDUAL_WASTE = ["restafval"];

const gasLine = { kind: "line", lines: { theme: "fuel", factors: GAS } } as const;
const heatingLine = { kind: "line", lines: { theme: "fuel", factors: HEATING_FUELS } } as const;
const electricityLine = { kind: "line", lines: { theme: "electricity" } } as const;
const refrigerantLine = { kind: "line", lines: { theme: "refrigerant" } } as const;
const residualWaste = { kind: "line", lines: { theme: "waste", factors: RESIDUAL_WASTE } } as const;
const sector = (...sectors: string[]) => ({ kind: "profile", field: "sector", in: sectors }) as const;
const below = (clause: string, level: number) => ({ kind: "issue", clause, below: level }) as const;

/** A share of the matching lines saved, the share supplied by the adviser. */
function reduce(
  lines: {
    theme?: "fuel" | "electricity" | "commuting" | "business-travel" | "visitor-travel" | "freight" | "waste" | "wastewater" | "refrigerant";
    factors?: string[];
  },
  label: Localized,
) {
  return { parameters: [{ id: "share", kind: "share", label }], changes: [{ kind: "reduce", lines, share: { parameter: "share" } }] } as const;
}

const GAS_SAVED: Localized = { nl: "Deel van het aardgasverbruik dat de maatregel bespaart", en: "Share of the natural gas use the measure saves" };
const HEATING_SAVED: Localized = {
  nl: "Deel van het verwarmingsbrandstofverbruik dat de maatregel bespaart",
  en: "Share of the heating fuel use the measure saves",
};
const KWH_SAVED: Localized = { nl: "Deel van het elektriciteitsverbruik dat de maatregel bespaart", en: "Share of the electricity use the measure saves" };
const FUEL_SAVED: Localized = {
  nl: "Deel van het brandstofverbruik van voertuigen dat de maatregel bespaart",
  en: "Share of the vehicles' fuel use the measure saves",
};
const KM_SAVED: Localized = { nl: "Deel van de autokilometers dat de maatregel vermijdt", en: "Share of the car kilometres the measure avoids" };

/**
 * The bundled measure catalogue (`koploper-measures@1`): 55 measures an SME adviser proposes, in
 * Dutch and English, on building and installations, process heat such as ovens, refrigeration,
 * electricity purchase with Dutch guarantees of origin, own solar power, mobility, refrigerants,
 * waste, water, purchasing, and social and governance measures for the ISO 26000 core subjects.
 * Rules and effects name factors of the Dutch 2026 list (`koploper/factors/nl-2026`). A share
 * saved is a parameter the adviser supplies; no parameter has a default, and no measure has an
 * investment or saving (the sources give none), so the adviser's estimates come with the audit's
 * options.
 *
 * @example
 * ```ts
 * import { measureCatalogue } from "koploper/audit";
 *
 * measureCatalogue.measures.find((m) => m.id === "led-lighting")?.emlCode; //=> "GF4"
 * ```
 */
export const measureCatalogue = {
  id: "koploper-measures@1",
  measures: [
    // Building and installations (EML part G)
    {
      id: "heating-timer",
      theme: "energy",
      issues: ["6.5.4", "6.5.5"],
      emlCategory: "GC",
      emlCode: "GC1",
      sources: [BZK_POC, RVO_EML],
      title: { nl: "Klokregeling op de verwarming", en: "Timer control on the heating" },
      description: {
        nl: "Laat de verwarming alleen branden als er mensen zijn: stel een klokregeling in voor werktijden, weekenden en feestdagen.",
        en: "Heat only when people are there: set a timer for working hours, weekends and holidays.",
      },
      applies: heatingLine,
      effect: reduce({ theme: "fuel", factors: HEATING_FUELS }, HEATING_SAVED),
    },
    {
      id: "weather-compensation",
      theme: "energy",
      issues: ["6.5.4", "6.5.5"],
      emlCategory: "GC",
      emlCode: "GC3",
      sources: [BZK_POC, RVO_EML],
      title: { nl: "Weersafhankelijke regeling", en: "Weather-compensated heating control" },
      description: {
        nl: "Laat de aanvoertemperatuur van de cv meebewegen met de buitentemperatuur, zodat de ketel niet warmer stookt dan nodig.",
        en: "Let the heating's supply temperature follow the outdoor temperature, so the boiler heats no more than needed.",
      },
      applies: heatingLine,
      effect: reduce({ theme: "fuel", factors: HEATING_FUELS }, HEATING_SAVED),
    },
    {
      id: "ventilation-timer",
      theme: "energy",
      issues: ["6.5.4", "6.5.5"],
      emlCategory: "GD",
      emlCode: "GD1",
      sources: [BZK_POC, RVO_EML],
      title: { nl: "Klokregeling op de ventilatie", en: "Timer control on the ventilation" },
      description: {
        nl: "Zet de mechanische ventilatie buiten werktijd automatisch uit of laag.",
        en: "Switch mechanical ventilation off or to low automatically outside working hours.",
      },
      applies: electricityLine,
      effect: reduce({ theme: "electricity" }, KWH_SAVED),
    },
    {
      id: "led-lighting",
      theme: "energy",
      issues: ["6.5.4", "6.5.5"],
      emlCategory: "GF",
      emlCode: "GF4",
      sources: [BZK_POC, RVO_EML],
      title: { nl: "LED-verlichting", en: "LED lighting" },
      description: {
        nl: "Vervang gloei-, halogeen- en spaarlampen en tl-buizen door LED.",
        en: "Replace incandescent, halogen and compact fluorescent lamps and fluorescent tubes by LED.",
      },
      applies: electricityLine,
      effect: reduce({ theme: "electricity" }, KWH_SAVED),
    },
    {
      id: "lighting-controls",
      theme: "energy",
      issues: ["6.5.4", "6.5.5"],
      emlCategory: "GF",
      sources: [STCRT_EML_2023],
      title: { nl: "Verlichting op aanwezigheid en daglicht", en: "Lighting on presence and daylight" },
      description: {
        nl: "Schakel verlichting met aanwezigheidsdetectie en daglichtsensoren, en uit in pauzes en na werktijd.",
        en: "Control lighting with presence detection and daylight sensors, and switch it off in breaks and after hours.",
      },
      applies: electricityLine,
      effect: reduce({ theme: "electricity" }, KWH_SAVED),
    },
    {
      id: "energy-monitoring",
      theme: "energy",
      issues: ["6.5.4", "6.5.5"],
      emlCategory: "GA",
      sources: [STCRT_EML_2023],
      title: { nl: "Energiebeheersysteem en maandelijkse meterstanden", en: "Energy management system and monthly meter readings" },
      description: {
        nl: "Meet het verbruik per maand (of slimmer, per kwartier), vergelijk het met vorig jaar en spreek iemand aan als het afwijkt.",
        en: "Measure use every month (or better, every quarter hour), compare it with last year and make someone responsible for deviations.",
      },
      applies: { kind: "any", of: [{ kind: "duty", duty: "energiebesparingsplicht" }, below("6.5.5", 3)] },
    },
    {
      id: "cavity-wall-insulation",
      theme: "energy",
      issues: ["6.5.4", "6.5.5"],
      emlCategory: "GB",
      sources: [STCRT_EML_2023],
      title: { nl: "Spouwmuurisolatie", en: "Cavity wall insulation" },
      description: { nl: "Isoleer ongeïsoleerde spouwmuren van verwarmde ruimten.", en: "Insulate uninsulated cavity walls of heated rooms." },
      applies: heatingLine,
      effect: reduce({ theme: "fuel", factors: HEATING_FUELS }, HEATING_SAVED),
    },
    {
      id: "roof-insulation",
      theme: "energy",
      issues: ["6.5.4", "6.5.5"],
      emlCategory: "GB",
      sources: [STCRT_EML_2023],
      title: { nl: "Dakisolatie", en: "Roof insulation" },
      description: {
        nl: "Isoleer het dak of de zoldervloer boven verwarmde ruimten, bij voorkeur samen met dakonderhoud.",
        en: "Insulate the roof or the attic floor above heated rooms, preferably together with roof maintenance.",
      },
      applies: heatingLine,
      effect: reduce({ theme: "fuel", factors: HEATING_FUELS }, HEATING_SAVED),
    },
    {
      id: "insulating-glazing",
      theme: "energy",
      issues: ["6.5.4", "6.5.5"],
      emlCategory: "GB",
      sources: [STCRT_EML_2023],
      title: { nl: "Isolatieglas", en: "Insulating glazing" },
      description: {
        nl: "Vervang enkel glas en oud dubbel glas in verwarmde ruimten door HR++- of triple glas.",
        en: "Replace single and old double glazing in heated rooms by HR++ or triple glazing.",
      },
      applies: heatingLine,
      effect: reduce({ theme: "fuel", factors: HEATING_FUELS }, HEATING_SAVED),
    },
    {
      id: "pipe-insulation",
      theme: "energy",
      issues: ["6.5.4", "6.5.5"],
      emlCategory: "GC",
      sources: [STCRT_EML_2023],
      title: { nl: "Leidingen en appendages isoleren", en: "Insulate pipes and fittings" },
      description: {
        nl: "Isoleer cv- en warmwaterleidingen, kleppen en pompen in onverwarmde ruimten.",
        en: "Insulate heating and hot-water pipes, valves and pumps in unheated spaces.",
      },
      applies: heatingLine,
      effect: reduce({ theme: "fuel", factors: HEATING_FUELS }, HEATING_SAVED),
    },
    {
      id: "heat-pump",
      theme: "energy",
      issues: ["6.5.4", "6.5.5"],
      emlCategory: "GC",
      sources: [STCRT_EML_2023],
      title: { nl: "Warmtepomp in plaats van gasketel", en: "Heat pump instead of a gas boiler" },
      description: {
        nl: "Verwarm met een (hybride) warmtepomp: minder aardgas, meer elektriciteit. Het deel gas dat verdwijnt en de extra kWh komen uit het advies van de installateur.",
        en: "Heat with a (hybrid) heat pump: less natural gas, more electricity. The share of gas that goes and the extra kWh come from the installer's advice.",
      },
      applies: gasLine,
      effect: {
        parameters: [
          {
            id: "share",
            kind: "share",
            label: { nl: "Deel van het aardgasverbruik dat de warmtepomp overneemt", en: "Share of the natural gas use the heat pump takes over" },
          },
          {
            id: "extraKWh",
            kind: "quantity",
            unit: "kWh",
            label: { nl: "Extra elektriciteit per jaar voor de warmtepomp", en: "Extra electricity a year for the heat pump" },
          },
        ],
        changes: [
          { kind: "reduce", lines: { theme: "fuel", factors: GAS }, share: { parameter: "share" } },
          { kind: "add", line: "heat-pump-electricity", theme: "electricity", quantity: { parameter: "extraKWh" }, unit: "kWh" },
        ],
      },
    },
    {
      id: "hot-water",
      theme: "energy",
      issues: ["6.5.4", "6.5.5"],
      emlCategory: "GE",
      sources: [STCRT_EML_2023],
      title: { nl: "Zuinig warm tapwater", en: "Efficient hot tap water" },
      description: {
        nl: "Verwarm tapwater dicht bij het tappunt en niet warmer dan nodig voor legionellapreventie; isoleer boilers en circulatieleidingen.",
        en: "Heat tap water close to where it is used and no hotter than legionella prevention needs; insulate boilers and circulation pipes.",
      },
      applies: { kind: "all", of: [heatingLine, sector("hospitality", "care", "manufacturing", "retail")] },
      effect: reduce({ theme: "fuel", factors: HEATING_FUELS }, HEATING_SAVED),
    },
    // Facilities and processes (EML parts F and P)
    {
      id: "oven-heat-recovery",
      theme: "energy",
      issues: ["6.5.4", "6.5.5"],
      emlCategory: "FF",
      sources: [STCRT_EML_2023, KLIMAPAKT_BAKERY],
      title: { nl: "Warmteterugwinning uit ovenrookgas", en: "Heat recovery from oven flue gas" },
      description: {
        nl: "Win warmte terug uit de rookgassen van de ovens en gebruik die voor warm water of het voorverwarmen van de bakkerij. Een Luxemburgse maatregelencatalogus noemt tot 20% besparing; reken met de eigen ovens.",
        en: "Recover heat from the ovens' flue gases and use it for hot water or to preheat the bakery. A Luxembourg measure catalogue mentions savings of up to 20%; calculate with the ovens at hand.",
      },
      applies: { kind: "all", of: [sector("manufacturing", "retail", "hospitality"), gasLine] },
      effect: reduce({ theme: "fuel", factors: GAS }, GAS_SAVED),
    },
    {
      id: "oven-exhaust-control",
      theme: "energy",
      issues: ["6.5.4", "6.5.5"],
      emlCategory: "FF",
      sources: [STCRT_EML_2023, KLIMAPAKT_BAKERY_FANS],
      title: { nl: "Toerenregeling van de ovenafzuiging", en: "Speed control of the oven exhaust fans" },
      description: {
        nl: "Regel de afzuigventilatoren van de ovens op zuurstof- of vochtsensoren in plaats van op vol vermogen.",
        en: "Control the ovens' exhaust fans by oxygen or humidity sensors instead of running them at full power.",
      },
      applies: { kind: "all", of: [sector("manufacturing", "retail", "hospitality"), gasLine] },
      effect: reduce({ theme: "fuel", factors: GAS }, GAS_SAVED),
    },
    {
      id: "oven-scheduling",
      theme: "energy",
      issues: ["6.5.4", "6.5.5"],
      emlCategory: "FF",
      title: { nl: "Ovens slim inplannen en niet onnodig voorverwarmen", en: "Schedule ovens and avoid needless preheating" },
      description: {
        nl: "Bak in aaneengesloten series, zet ovens niet eerder aan dan nodig en laat ovens die niet gebruikt worden uit.",
        en: "Bake in consecutive batches, switch ovens on no earlier than needed and leave unused ovens off.",
      },
      applies: { kind: "all", of: [sector("manufacturing", "retail", "hospitality"), { kind: "any", of: [gasLine, electricityLine] }] },
      effect: reduce({ theme: "fuel", factors: GAS }, GAS_SAVED),
    },
    {
      id: "night-covers",
      theme: "energy",
      issues: ["6.5.4", "6.5.5"],
      emlCategory: "FD",
      emlCode: "FD3",
      sources: [BZK_POC, STIMULAR_NIGHT_COVERS],
      title: { nl: "Nachtafdekking op koelmeubels", en: "Night covers on refrigerated cabinets" },
      description: {
        nl: "Dek open koel- en vriesmeubels buiten openingstijden af. Stimular noemt 500 tot 1.000 kWh besparing per jaar per meter meubel en 100 tot 200 euro per meter.",
        en: "Cover open refrigerated and freezer cabinets outside opening hours. Stimular mentions 500 to 1,000 kWh saved a year per metre of cabinet and 100 to 200 euros per metre.",
      },
      applies: { kind: "all", of: [electricityLine, { kind: "any", of: [refrigerantLine, sector("retail")] }] },
      effect: reduce({ theme: "electricity" }, KWH_SAVED),
    },
    {
      id: "cold-room-insulation",
      theme: "energy",
      issues: ["6.5.4", "6.5.5"],
      emlCategory: "FD",
      emlCode: "FD7",
      sources: [BZK_POC],
      title: { nl: "Wanden van koelcellen isoleren", en: "Insulate the walls of cold rooms" },
      description: {
        nl: "Isoleer de wanden, het plafond en de deuren van koel- en vriescellen en controleer de deurrubbers.",
        en: "Insulate the walls, ceiling and doors of cold and freezer rooms and check the door seals.",
      },
      applies: { kind: "all", of: [electricityLine, refrigerantLine] },
      effect: reduce({ theme: "electricity" }, KWH_SAVED),
    },
    {
      id: "refrigeration-heat-recovery",
      theme: "energy",
      issues: ["6.5.4", "6.5.5"],
      emlCategory: "FD",
      title: { nl: "Restwarmte van de koeling benutten", en: "Use the waste heat of the refrigeration" },
      description: {
        nl: "Gebruik de warmte van de condensors van koel- en vriesinstallaties voor warm water of ruimteverwarming.",
        en: "Use the heat from the condensers of refrigeration plants for hot water or space heating.",
      },
      applies: { kind: "all", of: [refrigerantLine, gasLine] },
      effect: reduce({ theme: "fuel", factors: GAS }, GAS_SAVED),
    },
    {
      id: "kitchen-hood",
      theme: "energy",
      issues: ["6.5.4", "6.5.5"],
      emlCategory: "FE",
      emlCode: "FE4",
      sources: [BZK_POC],
      title: { nl: "Laagdebiet afzuigkap in de keuken", en: "Low-flow kitchen extractor hood" },
      description: {
        nl: "Vervang de afzuigkap van de (groot)keuken door een laagdebiet afzuigkap met regeling.",
        en: "Replace the extractor hood of the (commercial) kitchen by a controlled low-flow hood.",
      },
      applies: { kind: "all", of: [electricityLine, sector("hospitality", "care")] },
      effect: reduce({ theme: "electricity" }, KWH_SAVED),
    },
    {
      id: "compressed-air-leaks",
      theme: "energy",
      issues: ["6.5.4", "6.5.5"],
      emlCategory: "FA",
      sources: [STCRT_EML_2023],
      title: { nl: "Persluchtlekken opsporen en dichten", en: "Find and fix compressed-air leaks" },
      description: {
        nl: "Spoor lekken in het persluchtnet op (bijvoorbeeld met een ultrasoon lekdetector), dicht ze en zet de compressor buiten werktijd uit.",
        en: "Find leaks in the compressed-air network (for example with an ultrasonic detector), fix them and switch the compressor off outside working hours.",
      },
      applies: { kind: "all", of: [electricityLine, sector("manufacturing", "transport", "agriculture", "construction")] },
      effect: reduce({ theme: "electricity" }, KWH_SAVED),
    },
    {
      id: "outdoor-lighting",
      theme: "energy",
      issues: ["6.5.4", "6.5.6"],
      emlCategory: "FG",
      sources: [STCRT_EML_2023],
      title: { nl: "Terreinverlichting op schemer en beweging", en: "Outdoor lighting on dusk and motion" },
      description: {
        nl: "Laat terreinverlichting alleen branden als het donker is en er iemand is, met LED-armaturen: minder stroom en minder lichthinder voor dieren.",
        en: "Light the site only when it is dark and someone is there, with LED fittings: less power and less light pollution for wildlife.",
      },
      applies: { kind: "all", of: [electricityLine, sector("transport", "hospitality", "retail", "manufacturing", "agriculture")] },
      effect: reduce({ theme: "electricity" }, KWH_SAVED),
    },
    {
      id: "server-room",
      theme: "energy",
      issues: ["6.5.4", "6.5.5"],
      emlCategory: "FI",
      sources: [STCRT_EML_2023],
      title: { nl: "Zuinige serverruimte", en: "Efficient server room" },
      description: {
        nl: "Koel de serverruimte niet kouder dan de apparatuur vraagt, scheid warme en koude gangen en virtualiseer of verhuis servers naar een zuinig datacentrum.",
        en: "Cool the server room no colder than the equipment needs, separate hot and cold aisles and virtualise or move servers to an efficient data centre.",
      },
      applies: { kind: "all", of: [electricityLine, sector("services", "public")] },
      effect: reduce({ theme: "electricity" }, KWH_SAVED),
    },
    {
      id: "pool-cover",
      theme: "energy",
      issues: ["6.5.4", "6.5.5"],
      emlCategory: "FH",
      sources: [STCRT_EML_2023],
      title: { nl: "Zwembad afdekken en regelen", en: "Cover and control the pool" },
      description: {
        nl: "Dek een verwarmd zwembad buiten openingstijden af en regel de watertemperatuur en de luchtbehandeling op het gebruik.",
        en: "Cover a heated pool outside opening hours and set water temperature and air handling to its use.",
      },
      applies: { kind: "all", of: [heatingLine, sector("hospitality")] },
      effect: reduce({ theme: "fuel", factors: HEATING_FUELS }, HEATING_SAVED),
    },
    {
      id: "equipment-off",
      theme: "energy",
      issues: ["6.5.4", "6.5.5"],
      title: { nl: "Apparaten uit buiten werktijd", en: "Equipment off outside working hours" },
      description: {
        nl: "Zet computers, printers, koffieautomaten en machines buiten werktijd uit met schakelklokken of een afspraak met het team.",
        en: "Switch computers, printers, coffee machines and machinery off outside working hours with timers or a team agreement.",
      },
      applies: electricityLine,
      effect: reduce({ theme: "electricity" }, KWH_SAVED),
    },
    // Electricity purchase and own generation
    {
      id: "green-electricity",
      theme: "energy",
      issues: ["6.5.5"],
      title: { nl: "Nederlandse groene stroom met garanties van oorsprong", en: "Dutch green electricity with guarantees of origin" },
      description: {
        nl: "Koop alle elektriciteit als Nederlandse windstroom met Nederlandse garanties van oorsprong. Dit verlaagt scope 2 marktgebaseerd; locatiegebaseerd blijft gelijk.",
        en: "Buy all electricity as Dutch wind power with Dutch guarantees of origin. This lowers market-based scope 2; location-based stays the same.",
      },
      applies: electricityLine,
      effect: { parameters: [], changes: [{ kind: "green-electricity", share: 1, source: "wind" }] },
    },
    {
      id: "solar-panels",
      theme: "energy",
      issues: ["6.5.4", "6.5.5"],
      emlCategory: "FK",
      sources: [STCRT_EML_2023],
      title: { nl: "Zonnepanelen op het eigen dak", en: "Solar panels on the own roof" },
      description: {
        nl: "Wek zelf zonnestroom op. Het deel van het verbruik dat de panelen dekken komt uit de offerte; eigen opwek blijft meetellen voor de energiebesparingsplicht.",
        en: "Generate solar power on site. The share of the use the panels cover comes from the quote; own generation still counts for the energy-saving duty.",
      },
      applies: electricityLine,
      effect: {
        parameters: [
          {
            id: "share",
            kind: "share",
            label: { nl: "Deel van het elektriciteitsverbruik dat de panelen dekken", en: "Share of the electricity use the panels cover" },
          },
        ],
        changes: [{ kind: "green-electricity", share: { parameter: "share" }, source: "solar" }],
      },
    },
    // Mobility
    {
      id: "fleet-hvo",
      theme: "mobility",
      issues: ["6.5.5"],
      title: { nl: "Vrachtwagens en bussen op HVO100", en: "Trucks and vans on HVO100" },
      description: {
        nl: "Tank HVO100 (hernieuwbare diesel) in plaats van diesel, na akkoord van de fabrikant voor de motoren.",
        en: "Fill up with HVO100 (renewable diesel) instead of diesel, once the manufacturer approves it for the engines.",
      },
      applies: { kind: "line", lines: { theme: "fuel", factors: DIESEL } },
      effect: {
        parameters: [{ id: "share", kind: "share", label: { nl: "Deel van de diesel dat HVO100 wordt", en: "Share of the diesel that becomes HVO100" } }],
        changes: [{ kind: "shift", lines: { theme: "fuel", factors: DIESEL }, share: { parameter: "share" }, to: "biodiesel-hvo" }],
      },
    },
    {
      id: "eco-driving",
      theme: "mobility",
      issues: ["6.5.5", "6.4.6"],
      title: { nl: "Het Nieuwe Rijden en bandenspanning", en: "Eco-driving and tyre pressure" },
      description: {
        nl: "Train chauffeurs in zuinig rijden, houd de bandenspanning op peil en volg het verbruik per voertuig.",
        en: "Train drivers in fuel-efficient driving, keep tyre pressure right and track fuel use per vehicle.",
      },
      applies: { kind: "line", lines: { theme: "fuel", factors: VEHICLE_FUELS } },
      effect: reduce({ theme: "fuel", factors: VEHICLE_FUELS }, FUEL_SAVED),
    },
    {
      id: "route-planning",
      theme: "mobility",
      issues: ["6.5.5"],
      title: { nl: "Routeplanning en beladingsgraad", en: "Route planning and load factor" },
      description: {
        nl: "Plan ritten met planningssoftware, combineer ladingen en vermijd lege kilometers.",
        en: "Plan trips with planning software, combine loads and avoid empty kilometres.",
      },
      applies: {
        kind: "all",
        of: [sector("transport", "retail", "manufacturing", "construction"), { kind: "line", lines: { theme: "fuel", factors: DIESEL } }],
      },
      effect: reduce({ theme: "fuel", factors: DIESEL }, FUEL_SAVED),
    },
    {
      id: "electric-vans",
      theme: "mobility",
      issues: ["6.5.5", "6.5.3"],
      title: { nl: "Elektrische bestelbussen", en: "Electric vans" },
      description: {
        nl: "Vervang bestelbussen bij vervanging door elektrische. Het deel van de brandstof dat verdwijnt en de extra kWh komen uit de ritgegevens.",
        en: "Replace vans by electric ones when they are due. The share of fuel that goes and the extra kWh come from the trip data.",
      },
      applies: { kind: "line", lines: { theme: "fuel", factors: VEHICLE_FUELS } },
      effect: {
        parameters: [
          { id: "share", kind: "share", label: FUEL_SAVED },
          {
            id: "extraKWh",
            kind: "quantity",
            unit: "kWh",
            label: { nl: "Extra elektriciteit per jaar voor het laden", en: "Extra electricity a year for charging" },
          },
        ],
        changes: [
          { kind: "reduce", lines: { theme: "fuel", factors: VEHICLE_FUELS }, share: { parameter: "share" } },
          { kind: "add", line: "ev-charging", theme: "electricity", quantity: { parameter: "extraKWh" }, unit: "kWh" },
        ],
      },
    },
    {
      id: "electric-business-cars",
      theme: "mobility",
      issues: ["6.5.5", "6.5.3"],
      title: { nl: "Elektrische auto's voor zakelijke ritten", en: "Electric cars for business trips" },
      description: {
        nl: "Rijd zakelijke kilometers elektrisch; laad bij voorkeur met groene stroom.",
        en: "Drive business kilometres electrically; charge with green power where possible.",
      },
      applies: { kind: "line", lines: { theme: "business-travel", factors: CARS } },
      effect: {
        parameters: [
          {
            id: "share",
            kind: "share",
            label: { nl: "Deel van de zakelijke autokilometers dat elektrisch wordt", en: "Share of the business car kilometres that become electric" },
          },
        ],
        changes: [{ kind: "shift", lines: { theme: "business-travel", factors: CARS }, share: { parameter: "share" }, to: "elektrisch-gemiddelde-stroommix" }],
      },
    },
    {
      id: "business-travel-policy",
      theme: "mobility",
      issues: ["6.5.5"],
      title: { nl: "Reisbeleid: trein en online vergaderen", en: "Travel policy: train and online meetings" },
      description: {
        nl: "Spreek af wanneer het team online vergadert en wanneer het met de trein reist in plaats van de auto.",
        en: "Agree when the team meets online and when it takes the train instead of the car.",
      },
      applies: { kind: "line", lines: { theme: "business-travel", factors: CARS } },
      effect: reduce({ theme: "business-travel", factors: CARS }, KM_SAVED),
    },
    {
      id: "commuting-bike-plan",
      theme: "mobility",
      issues: ["6.5.5", "6.4.6"],
      title: { nl: "Fietsplan en fietsvergoeding", en: "Bike scheme and cycling allowance" },
      description: {
        nl: "Bied een fietsplan (ook e-bikes) en een kilometervergoeding voor fietsers; goed voor CO2 en gezondheid.",
        en: "Offer a bike scheme (e-bikes too) and a mileage allowance for cyclists; good for CO2 and health.",
      },
      applies: { kind: "line", lines: { theme: "commuting", factors: CARS } },
      effect: reduce({ theme: "commuting", factors: CARS }, KM_SAVED),
    },
    {
      id: "commuting-remote-work",
      theme: "mobility",
      issues: ["6.5.5", "6.4.4"],
      title: { nl: "Thuiswerkafspraken", en: "Working-from-home agreements" },
      description: { nl: "Maak afspraken over thuiswerkdagen voor functies die dat toelaten.", en: "Agree on working-from-home days for jobs that allow it." },
      applies: { kind: "all", of: [{ kind: "line", lines: { theme: "commuting" } }, sector("services", "public")] },
      effect: reduce({ theme: "commuting" }, { nl: "Deel van het woon-werkverkeer dat vervalt", en: "Share of the commuting that goes" }),
    },
    {
      id: "commuting-carpool-transit",
      theme: "mobility",
      issues: ["6.5.5"],
      title: { nl: "Carpoolen en openbaar vervoer voor woon-werk", en: "Car-pooling and public transport for commuting" },
      description: {
        nl: "Stimuleer carpoolen en ov met een ov-vergoeding en een carpoolbord.",
        en: "Encourage car-pooling and public transport with a transit allowance and a car-pool board.",
      },
      applies: { kind: "line", lines: { theme: "commuting", factors: CARS } },
      effect: reduce({ theme: "commuting", factors: CARS }, KM_SAVED),
    },
    {
      id: "visitor-mobility",
      theme: "mobility",
      issues: ["6.5.5", "6.7.5"],
      title: { nl: "Bezoekers zonder auto laten komen", en: "Help visitors come without a car" },
      description: {
        nl: "Geef bezoekers en gasten informatie over ov en fiets, fietsverhuur en een ophaalservice vanaf het station.",
        en: "Give visitors and guests information on public transport and cycling, bike rental and a pick-up from the station.",
      },
      applies: { kind: "line", lines: { theme: "visitor-travel" } },
      effect: reduce(
        { theme: "visitor-travel" },
        { nl: "Deel van de autokilometers van bezoekers dat vervalt", en: "Share of the visitors' car kilometres that goes" },
      ),
    },
    // Refrigerants
    {
      id: "refrigerant-leak-check",
      theme: "energy",
      issues: ["6.5.3", "6.5.5"],
      title: { nl: "Lekcontrole op koelinstallaties", en: "Leak checks on refrigeration plants" },
      description: {
        nl: "Laat koel- en vriesinstallaties periodiek op lekken controleren door een gecertificeerd bedrijf en herstel lekken direct: elke kg bijgevuld koudemiddel is lekverlies.",
        en: "Have refrigeration plants checked for leaks regularly by a certified company and fix leaks at once: every kg of refrigerant topped up is a leak.",
      },
      applies: refrigerantLine,
      effect: reduce({ theme: "refrigerant" }, { nl: "Deel van het bijvullen dat minder lekken voorkomt", en: "Share of the top-ups fewer leaks avoid" }),
    },
    {
      id: "refrigerant-r404a-to-co2",
      theme: "energy",
      issues: ["6.5.3", "6.5.5"],
      title: { nl: "R404A vervangen door CO2 (R744)", en: "Replace R404A by CO2 (R744)" },
      description: {
        nl: "Vervang een installatie met R404A (GWP in de duizenden) door een installatie met CO2 als koudemiddel. De berekening neemt dezelfde hoeveelheid lekverlies aan.",
        en: "Replace an R404A plant (GWP in the thousands) by one with CO2 as refrigerant. The calculation assumes the same amount of leakage.",
      },
      applies: { kind: "line", lines: { theme: "refrigerant", factors: ["r404a"] } },
      effect: { parameters: [], changes: [{ kind: "switch-factor", from: "r404a", to: "r744-co2" }] },
    },
    // Waste and water
    {
      id: "paper-separation",
      theme: "waste",
      issues: ["6.5.3", "6.5.4"],
      title: { nl: "Papier en karton apart inzamelen", en: "Collect paper and cardboard separately" },
      description: {
        nl: "Zet aparte bakken voor papier en karton neer en laat ze gescheiden ophalen.",
        en: "Put out separate bins for paper and cardboard and have them collected separately.",
      },
      applies: { kind: "all", of: [residualWaste, { kind: "not", rule: { kind: "line", lines: { theme: "waste", factors: ["papier-en-karton"] } } }] },
      effect: {
        parameters: [
          {
            id: "share",
            kind: "share",
            label: { nl: "Deel van het restafval dat papier en karton is", en: "Share of the residual waste that is paper and cardboard" },
          },
        ],
        changes: [{ kind: "shift", lines: { theme: "waste", factors: RESIDUAL_WASTE }, share: { parameter: "share" }, to: "papier-en-karton" }],
      },
    },
    {
      id: "organic-waste-separation",
      theme: "waste",
      issues: ["6.5.3", "6.5.4"],
      title: { nl: "Gft en etensresten apart inzamelen", en: "Collect organic and food waste separately" },
      description: {
        nl: "Zamel gft en etensresten gescheiden in, zodat ze vergist of gecomposteerd worden.",
        en: "Collect organic and food waste separately, so it is digested or composted.",
      },
      applies: { kind: "all", of: [residualWaste, sector("hospitality", "retail", "manufacturing", "care")] },
      effect: {
        parameters: [{ id: "share", kind: "share", label: { nl: "Deel van het restafval dat gft is", en: "Share of the residual waste that is organic" } }],
        changes: [{ kind: "shift", lines: { theme: "waste", factors: RESIDUAL_WASTE }, share: { parameter: "share" }, to: "gft-vergisting" }],
      },
    },
    {
      id: "waste-prevention",
      theme: "waste",
      issues: ["6.5.4", "6.7.5"],
      title: { nl: "Afval voorkomen", en: "Prevent waste" },
      description: {
        nl: "Voorkom afval bij de bron: minder verpakking met leveranciers afspreken, herbruikbare kratten, en verspilling van producten meten en halveren.",
        en: "Prevent waste at the source: agree on less packaging with suppliers, use reusable crates, and measure and halve product waste.",
      },
      applies: residualWaste,
      effect: reduce({ theme: "waste", factors: RESIDUAL_WASTE }, { nl: "Deel van het restafval dat vervalt", en: "Share of the residual waste that goes" }),
    },
    {
      id: "water-saving",
      theme: "water",
      issues: ["6.5.4"],
      title: { nl: "Waterbesparende kranen en douches", en: "Water-saving taps and showers" },
      description: {
        nl: "Plaats waterbesparende douchekoppen, perlatoren en spoelonderbrekers, en spoor lekkages op met de watermeter.",
        en: "Fit water-saving shower heads, aerators and flush stoppers, and trace leaks with the water meter.",
      },
      applies: { kind: "any", of: [{ kind: "line", lines: { theme: "wastewater" } }, sector("hospitality", "care")] },
      effect: reduce({ theme: "wastewater" }, { nl: "Deel van het afvalwater dat vervalt", en: "Share of the wastewater that goes" }),
    },
    {
      id: "rainwater-use",
      theme: "water",
      issues: ["6.5.4", "6.5.6"],
      title: { nl: "Regenwater gebruiken en afkoppelen", en: "Use rainwater and disconnect it from the sewer" },
      description: {
        nl: "Vang regenwater op voor toiletten, schoonmaak of beregening en laat het verder in de bodem zakken in plaats van het riool in.",
        en: "Collect rainwater for toilets, cleaning or irrigation and let the rest soak into the ground instead of the sewer.",
      },
      applies: sector("hospitality", "agriculture", "retail", "care"),
    },
    // Purchasing
    {
      id: "sustainable-purchasing",
      theme: "purchasing",
      issues: ["6.6.6", "6.5.4"],
      title: { nl: "Duurzaam inkoopbeleid", en: "Sustainable purchasing policy" },
      description: {
        nl: "Leg vast welke eisen u stelt aan leveranciers en producten (keurmerken, herkomst, verpakking) en bespreek ze jaarlijks met de vijf grootste leveranciers.",
        en: "Write down the requirements you set for suppliers and products (labels, origin, packaging) and discuss them each year with the five largest suppliers.",
      },
      applies: { kind: "any", of: [below("6.6.6", 3), below("6.5.4", 2)] },
    },
    {
      id: "local-suppliers",
      theme: "purchasing",
      issues: ["6.8.7", "6.6.6"],
      title: { nl: "Lokaal en regionaal inkopen", en: "Buy locally and regionally" },
      description: {
        nl: "Koop waar het kan in bij ondernemers uit de regio, bijvoorbeeld bij andere Koplopers.",
        en: "Buy from businesses in the region where you can, for example from other Koplopers.",
      },
      applies: { kind: "profile", field: "market", in: ["local", "national"] },
    },
    // Social and governance (ISO 26000 core subjects)
    {
      id: "csr-policy",
      theme: "governance",
      issues: ["6.2.3"],
      title: { nl: "MVO-beleid met doelen en een verantwoordelijke", en: "CSR policy with targets and someone responsible" },
      description: {
        nl: "Schrijf op een A4 wat duurzaam ondernemen voor uw organisatie betekent, met drie meetbare doelen en wie ervoor zorgt; bespreek het elk jaar.",
        en: "Write on one page what sustainable business means for your organisation, with three measurable targets and who sees to them; review it every year.",
      },
      applies: below("6.2.3", 2),
    },
    {
      id: "stakeholder-dialogue",
      theme: "governance",
      issues: ["6.2.3", "6.8.3"],
      title: { nl: "Gesprek met belanghebbenden", en: "Stakeholder dialogue" },
      description: {
        nl: "Vraag klanten, medewerkers, buren en de gemeente één keer per jaar wat zij van uw organisatie verwachten, en laat zien wat u ermee doet.",
        en: "Ask customers, staff, neighbours and the municipality once a year what they expect of your organisation, and show what you do with it.",
      },
      applies: { kind: "any", of: [below("6.2.3", 3), below("6.8.3", 2)] },
    },
    {
      id: "health-and-safety",
      theme: "social",
      issues: ["6.4.6"],
      title: { nl: "Veilig en gezond werken: risico's en plan van aanpak", en: "Safe and healthy work: risks and an action plan" },
      description: {
        nl: "Breng de risico's voor veiligheid en gezondheid op het werk in kaart, maak een plan van aanpak en bespreek het met de medewerkers.",
        en: "Map the risks to safety and health at work, make an action plan and discuss it with the staff.",
      },
      applies: below("6.4.6", 3),
    },
    {
      id: "training-plan",
      theme: "social",
      issues: ["6.4.7"],
      title: { nl: "Opleidingsplan per medewerker", en: "A training plan for every employee" },
      description: {
        nl: "Bespreek met elke medewerker jaarlijks wat hij of zij wil leren en leg het vast in een opleidingsplan.",
        en: "Discuss with every employee each year what they want to learn and record it in a training plan.",
      },
      applies: below("6.4.7", 3),
    },
    {
      id: "inclusive-hiring",
      theme: "social",
      issues: ["6.3.7", "6.8.5"],
      title: { nl: "Inclusief werven en werkervaringsplekken", en: "Inclusive hiring and work-experience places" },
      description: {
        nl: "Bied stageplekken en werkervaringsplaatsen aan mensen met een afstand tot de arbeidsmarkt, samen met de gemeente of het werkbedrijf.",
        en: "Offer internships and work-experience places to people distant from the labour market, together with the municipality or the job service.",
      },
      applies: { kind: "any", of: [below("6.3.7", 3), below("6.8.5", 2)] },
    },
    {
      id: "integrity-code",
      theme: "governance",
      issues: ["6.6.3"],
      title: { nl: "Gedragscode tegen omkoping en belangenverstrengeling", en: "Code of conduct against bribery and conflicts of interest" },
      description: {
        nl: "Leg vast hoe medewerkers omgaan met geschenken, uitnodigingen en belangenverstrengeling, en waar zij terechtkunnen met een vermoeden.",
        en: "Write down how staff handle gifts, invitations and conflicts of interest, and where they can go with a suspicion.",
      },
      applies: below("6.6.3", 2),
    },
    {
      id: "privacy",
      theme: "governance",
      issues: ["6.7.7"],
      title: { nl: "Privacy op orde", en: "Privacy in order" },
      description: {
        nl: "Houd bij welke persoonsgegevens u van klanten en medewerkers bewaart, waarom en hoe lang, en wie erbij kan.",
        en: "Keep track of which personal data of customers and staff you keep, why, for how long and who has access.",
      },
      applies: { kind: "all", of: [below("6.7.7", 3), { kind: "profile", field: "customers", in: ["consumers", "both"] }] },
    },
    {
      id: "customer-information",
      theme: "social",
      issues: ["6.7.3", "6.7.5"],
      title: { nl: "Eerlijke informatie over producten en duurzaamheid", en: "Honest information about products and sustainability" },
      description: {
        nl: "Vertel klanten eerlijk en controleerbaar wat een product of dienst duurzamer maakt; geen claims zonder bewijs.",
        en: "Tell customers honestly and verifiably what makes a product or service more sustainable; no claims without proof.",
      },
      applies: {
        kind: "all",
        of: [
          { kind: "any", of: [below("6.7.3", 3), below("6.7.5", 2)] },
          { kind: "profile", field: "customers", in: ["consumers", "both"] },
        ],
      },
    },
    {
      id: "community-partnership",
      theme: "social",
      issues: ["6.8.3", "6.8.9"],
      title: { nl: "Samen met de buurt", en: "Working with the neighbourhood" },
      description: {
        nl: "Kies één maatschappelijk doel in de regio (een vereniging, school of dorpshuis) en help met tijd, kennis of producten.",
        en: "Choose one local cause (a club, school or village hall) and help with time, knowledge or products.",
      },
      applies: { kind: "any", of: [below("6.8.3", 3), below("6.8.9", 2)] },
    },
    {
      id: "sustainability-report",
      theme: "governance",
      issues: ["6.2.3", "6.7.3"],
      title: { nl: "Jaarlijks verslag van resultaten", en: "An annual report of results" },
      description: {
        nl: "Publiceer elk jaar een korte voortgangsrapportage: CO2-footprint, uitgevoerde maatregelen en de volgende stappen.",
        en: "Publish a short progress report every year: CO2 footprint, measures taken and the next steps.",
      },
      applies: { kind: "issue", clause: "6.2.3", atLeast: 2 },
    },
  ],
} as const satisfies MeasureCatalogueInput;
