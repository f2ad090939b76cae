// The Dutch legal energy duties as dated data. Every fact comes from the sources named on each rule
// (the research notes in the project's shared folder, part B, give the reading of each source).
import { BZK_POC, RVO_EML, STCRT_EML_2023 } from "./sources.js";
import type { EnergyDutyRuleSetInput } from "../duties.schema.js";

const RVO_INFORMATIEPLICHT = "https://www.rvo.nl/onderwerpen/energiebesparingsplicht/informatieplicht-energiebesparing";
const RVO_ONDERZOEKSPLICHT = "https://www.rvo.nl/onderwerpen/energiebesparingsplicht-2023/onderzoeksplicht";
const TIGHTENING_2023 = "https://www.rijksoverheid.nl/actueel/nieuws/2023/06/29/vanaf-1-juli-aanscherping-energiesparingsplicht-voor-bedrijven-en-instellingen";
const STB_2019_167 = "https://zoek.officielebekendmakingen.nl/behandelddossier/stb-2019-167.html";
const INFOMIL_EML = "https://www.infomil.nl/onderwerpen/duurzaamheid-energie/energiebesparing/handreiking-plicht-ter-verduurzaming/erkende-maatregelen/";
const KAMERBRIEF_2025 = "https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D52972&id=2025D52972";
const IPLO_KAMERBRIEF_2025 = "http://iplo.nl/thema/energiebesparing/nieuws-energiebesparing/2025/kamerbrief-stand-zaken-energiebesparingsplicht";
const IPLO_LABEL_C = "https://iplo.nl/thema/energiebesparing/energielabel-verplichting-kantoren/wetgeving-energielabel-verplichting/";

/**
 * The Dutch energy duties for companies and institutions, as dated rules (rule set
 * `nl-energy-duties-2026`): the energiebesparingsplicht and the informatieplicht per location from
 * 50,000 kWh electricity or 25,000 m3 natural gas (equivalent) a year (reports due 1 Dec 2023 and 1
 * Dec 2027; the first round was due 1 Jul 2019), the onderzoeksplicht from 10 million kWh or 170,000
 * m3 for activities the Rijk regulates, energielabel C for office use above 100 m2 that is at least
 * half the building, and the change announced in the Kamerbrief of 18 December 2025 (electricity
 * threshold 100,000 kWh) as an `announced` rule with no date in force. The EML 2023 structure
 * lists the parts, the categories and the measure codes the sources name; the rest of the list is
 * not in this data. Each rule carries its source URLs.
 *
 * @example
 * ```ts
 * import { nlEnergyDuties } from "koploper/audit";
 *
 * nlEnergyDuties.rules.map((rule) => rule.status); //=> ["in-force", "in-force", "in-force", "in-force", "announced"]
 * ```
 */
export const nlEnergyDuties = {
  id: "nl-energy-duties-2026",
  title: { nl: "Nederlandse energieplichten (stand 2026)", en: "Dutch energy duties (as of 2026)" },
  eml: {
    parts: [
      {
        code: "G",
        name: { nl: "Gebouwen", en: "Buildings" },
        alwaysApplies: true,
        categories: [
          { code: "GA", name: { nl: "Energiebeheersysteem", en: "Energy management system" }, measures: [] },
          { code: "GB", name: { nl: "Isolatie van de schil", en: "Insulation of the building shell" }, measures: [] },
          {
            code: "GC",
            name: { nl: "Ruimteverwarming", en: "Space heating" },
            measures: [
              { code: "GC1", name: { nl: "Pas een klokregeling toe en regel deze in", en: "Apply and set a timer control" } },
              { code: "GC3", name: { nl: "Pas een weersafhankelijke regeling toe", en: "Apply weather-compensated control" } },
            ],
          },
          {
            code: "GD",
            name: { nl: "Ruimteventilatie", en: "Ventilation" },
            measures: [{ code: "GD1", name: { nl: "Pas een klokregeling toe op het ventilatiesysteem", en: "Apply a timer to the ventilation system" } }],
          },
          { code: "GE", name: { nl: "Warm tapwater", en: "Hot tap water" }, measures: [] },
          {
            code: "GF",
            name: { nl: "Binnenverlichting", en: "Indoor lighting" },
            measures: [
              {
                code: "GF4",
                name: {
                  nl: "Vervang gloei-, halogeen- en spaarlampen door LED-lampen",
                  en: "Replace incandescent, halogen and compact fluorescent lamps by LED",
                },
              },
            ],
          },
        ],
      },
      {
        code: "F",
        name: { nl: "Faciliteiten", en: "Facilities" },
        alwaysApplies: false,
        categories: [
          { code: "FA", name: { nl: "Perslucht", en: "Compressed air" }, measures: [] },
          { code: "FB", name: { nl: "Stoom", en: "Steam" }, measures: [] },
          { code: "FC", name: { nl: "Aandrijvingen", en: "Drives" }, measures: [] },
          {
            code: "FD",
            name: { nl: "Productkoeling", en: "Product cooling" },
            measures: [
              { code: "FD3", name: { nl: "Pas nachtafdekking toe bij semi-verticale koelmeubels", en: "Cover semi-vertical refrigerated cabinets at night" } },
              { code: "FD7", name: { nl: "Isoleer de wanden van koelcellen", en: "Insulate the walls of cold rooms" } },
            ],
          },
          {
            code: "FE",
            name: { nl: "Grootkeukenapparatuur", en: "Commercial kitchen equipment" },
            measures: [
              { code: "FE4", name: { nl: "Pas een laagdebiet afzuigkap toe bij grootkeukens", en: "Use a low-flow extractor hood in commercial kitchens" } },
            ],
          },
          { code: "FF", name: { nl: "Ovens", en: "Ovens" }, measures: [] },
          { code: "FG", name: { nl: "Terreinverlichting", en: "Outdoor site lighting" }, measures: [] },
          { code: "FH", name: { nl: "Zwembad", en: "Swimming pool" }, measures: [] },
          { code: "FI", name: { nl: "Serverruimte", en: "Server room" }, measures: [] },
          { code: "FJ", name: { nl: "Roltrap", en: "Escalator" }, measures: [] },
          { code: "FK", name: { nl: "Zonnepanelen", en: "Solar panels" }, measures: [] },
        ],
      },
      {
        code: "P",
        name: { nl: "Processen", en: "Processes" },
        alwaysApplies: false,
        categories: [
          { code: "PA", name: { nl: "Natlakspuitcabines", en: "Wet paint spray booths" }, measures: [] },
          { code: "PB", name: { nl: "Drogen", en: "Drying" }, measures: [] },
          { code: "PC", name: { nl: "Procesbaden", en: "Process baths" }, measures: [] },
          { code: "PD", name: { nl: "Procesapparatuur", en: "Process equipment" }, measures: [] },
          { code: "PE", name: { nl: "Proceswarmte", en: "Process heat" }, measures: [] },
          { code: "PF", name: { nl: "Proceskoeling", en: "Process cooling" }, measures: [] },
          { code: "PG", name: { nl: "Veehouderijen", en: "Livestock farms" }, measures: [] },
          { code: "PH", name: { nl: "Datacentrum", en: "Data centre" }, measures: [] },
        ],
      },
    ],
    note: {
      nl: "Erkende Maatregelenlijst 2023: de G-categorieën gelden altijd; de locatie kiest welke F- en P-categorieën gelden. Alleen de maatregelcodes die de bronnen noemen staan hier; de G-categorieën na GF en de voorwaarden per maatregel zijn niet opgenomen.",
      en: "Erkende Maatregelenlijst 2023: the G categories always apply; the location chooses which F and P categories apply. Only the measure codes the sources name are here; G categories after GF and the conditions per measure are not included.",
    },
    sources: [RVO_EML, STCRT_EML_2023, BZK_POC],
  },
  rules: [
    {
      id: "energiebesparingsplicht-2023",
      duty: "energiebesparingsplicht",
      status: "in-force",
      validFrom: "2023-07-01",
      validTo: null,
      title: { nl: "Energiebesparingsplicht", en: "Energy-saving duty (energiebesparingsplicht)" },
      text: {
        nl: "Een locatie die per jaar 50.000 kWh elektriciteit of meer, of 25.000 m3 aardgas(equivalent) of meer gebruikt, neemt alle energiebesparende maatregelen die zich in 5 jaar of minder terugverdienen. Wie alle erkende maatregelen (EML) neemt die gelden, voldoet. Eigen opwek telt mee, doorverkochte energie niet.",
        en: "A location that uses 50,000 kWh of electricity or more, or 25,000 m3 of natural gas (equivalent) or more a year, takes every energy-saving measure with a payback of 5 years or less. Taking every applicable recognised measure (EML) complies. Own generation counts, resold energy does not.",
      },
      trigger: { kind: "energy-use", electricityKWh: 50000, gasM3Equivalent: 25000 },
      deadlines: [],
      emlParts: ["G", "F", "P"],
      sources: [RVO_INFORMATIEPLICHT, INFOMIL_EML, TIGHTENING_2023],
    },
    {
      id: "informatieplicht-2023",
      duty: "informatieplicht",
      status: "in-force",
      validFrom: "2023-07-01",
      validTo: null,
      title: { nl: "Informatieplicht energiebesparing", en: "Energy-saving reporting duty (informatieplicht)" },
      text: {
        nl: "Een locatie onder de energiebesparingsplicht meldt eens per vier jaar via het eLoket van RVO welke erkende maatregelen zij nam of plant: altijd de gebouwgebonden maatregelen, en de activiteitgebonden maatregelen tenzij de onderzoeksplicht geldt. Eerdere rondes: 1 juli 2019 en 1 december 2023.",
        en: "A location under the energy-saving duty reports once every four years, through RVO's eLoket, which recognised measures it took or plans: always the building-bound measures, and the activity-bound ones unless the research duty applies. Earlier rounds: 1 July 2019 and 1 December 2023.",
      },
      trigger: { kind: "energy-use", electricityKWh: 50000, gasM3Equivalent: 25000 },
      deadlines: ["2023-12-01", "2027-12-01"],
      emlParts: ["G", "F", "P"],
      sources: [RVO_INFORMATIEPLICHT, BZK_POC, STB_2019_167],
    },
    {
      id: "onderzoeksplicht-2023",
      duty: "onderzoeksplicht",
      status: "in-force",
      validFrom: "2023-07-01",
      validTo: null,
      title: { nl: "Onderzoeksplicht energiebesparing", en: "Energy-saving research duty (onderzoeksplicht)" },
      text: {
        nl: "Een locatie met activiteiten waarvoor het Rijk de milieuregels stelt en met 10 miljoen kWh of meer, of 170.000 m3 aardgas(equivalent) of meer per jaar, onderzoekt eens per vier jaar de activiteitgebonden maatregelen (F en P) en meldt het resultaat; de gebouwgebonden maatregelen vallen onder de informatieplicht. De bronnen noemen geen datum voor de volgende ronde.",
        en: "A location with activities whose environmental rules the Rijk sets, using 10 million kWh or more, or 170,000 m3 of natural gas (equivalent) or more a year, investigates the activity-bound measures (F and P) once every four years and reports the result; the building-bound measures stay under the reporting duty. The sources give no date for the next round.",
      },
      trigger: { kind: "energy-use", electricityKWh: 10000000, gasM3Equivalent: 170000, requiresRijkActivity: true },
      deadlines: [],
      emlParts: ["F", "P"],
      sources: [RVO_ONDERZOEKSPLICHT],
    },
    {
      id: "energielabel-c-2023",
      duty: "energielabel-c",
      status: "in-force",
      validFrom: "2023-01-01",
      validTo: null,
      title: { nl: "Energielabel C voor kantoren", en: "Energy label C for offices" },
      text: {
        nl: "Een kantoorgebouw heeft sinds 1 januari 2023 energielabel C of beter (ten hoogste 225 kWh primair fossiel per m2 per jaar), anders mag het niet meer als kantoor worden gebruikt. Dit geldt voor kantoorgebruik boven 100 m2 dat minstens de helft van het gebouw beslaat; er zijn uitzonderingen (onder meer monumenten).",
        en: "Since 1 January 2023 an office building needs energy label C or better (at most 225 kWh of primary fossil energy per m2 a year), or it may no longer be used as an office. This applies to office use above 100 m2 that is at least half the building; there are exemptions (monuments among them).",
      },
      trigger: { kind: "office", aboveOfficeAreaM2: 100, minOfficeShare: 0.5 },
      deadlines: [],
      emlParts: [],
      sources: [IPLO_LABEL_C],
    },
    {
      id: "energiebesparingsplicht-2027-aangekondigd",
      duty: "energiebesparingsplicht",
      status: "announced",
      validFrom: null,
      validTo: null,
      title: { nl: "Aangekondigd: elektriciteitsgrens 100.000 kWh", en: "Announced: electricity threshold 100,000 kWh" },
      text: {
        nl: "De Kamerbrief van 18 december 2025 kondigt aan dat de ondergrens voor elektriciteit van de energiebesparingsplicht en de informatieplicht stijgt van 50.000 naar 100.000 kWh per jaar; de grens voor aardgas blijft 25.000 m3. Er is nog geen datum van inwerkingtreding: dit is een vooruitblik, geen geldende regel.",
        en: "The Kamerbrief of 18 December 2025 announces that the electricity threshold of the energy-saving and reporting duties rises from 50,000 to 100,000 kWh a year; the gas threshold stays at 25,000 m3. It has no date in force yet: this is an outlook, not a rule in force.",
      },
      trigger: { kind: "energy-use", electricityKWh: 100000, gasM3Equivalent: 25000 },
      deadlines: [],
      emlParts: ["G", "F", "P"],
      sources: [IPLO_KAMERBRIEF_2025, KAMERBRIEF_2025],
    },
  ],
} as const satisfies EnergyDutyRuleSetInput;
