import type { Decimal } from "decimal.js";
import { D } from "../core/decimal.js";
import { KoploperError } from "../core/errors.js";
import { deepFreeze } from "../core/freeze.js";
import type { Locale, Localized } from "../core/localized.js";
import type { MeasureTheme } from "../core/measure-themes.js";
import type { EnergyFigure, EnvironmentalPerformance } from "../footprint/environment.js";
import type { Footprint } from "../footprint/types.js";
import type { Theme } from "../footprint/themes.js";
import { RULES, type VsmeStatus } from "./rules.js";
import { inputParser, naceMember, optionsParser, VSME_ISSUES, type ParsedInput, type VsmeInput, type VsmeIssue, type VsmeOptions } from "./report.schema.js";
import { TAXONOMY, type VsmeConceptName } from "./taxonomy/data.js";

/**
 * The period a datapoint is about: the reporting period (`start` to `end`, both inclusive) for
 * flows, or its last day (`instant`) for stocks, as the taxonomy's period type says.
 *
 * @example
 * ```ts
 * import type { VsmePeriod } from "koploper/vsme";
 *
 * const year: VsmePeriod = { start: "2026-01-01", end: "2026-12-31" };
 * ```
 */
export type VsmePeriod = { readonly start: string; readonly end: string } | { readonly instant: string };

/**
 * One reported value of a taxonomy concept:
 * - `value`: a plain decimal string for numbers (exact; see `decimals`), `"true"`/`"false"`,
 *   a member name (`vsme:OptionABasicModuleOnlyMember`), several separated by spaces, or a text;
 *   percentages are ratios as XBRL stores them (`"0.25"` is 25 %);
 * - `unit` for numbers (`utr:MWh`, `utr:tCO2e`, `iso4217:EUR`, `utr:tCO2e/iso4217:EUR`, `xbrli:pure`, ...);
 * - `decimals`: absent when `value` is exact; otherwise the decimal places a quotient that has no
 *   finite decimal form was rounded to, once, at the end;
 * - `dimensions`: axis to member (or, for a typed axis, the row's identifier), where the taxonomy has them;
 * - `disclosure` and `paragraph` of VSME, the `status` and the `provenance` (what gave the value).
 *
 * @example
 * ```ts
 * import type { VsmeDatapoint } from "koploper/vsme";
 *
 * const show = (point: VsmeDatapoint) => `${point.value} ${point.unit ?? ""}`;
 * ```
 */
export interface VsmeDatapoint {
  readonly concept: VsmeConceptName;
  readonly value: string;
  readonly unit?: string;
  readonly decimals?: number;
  readonly period: VsmePeriod;
  readonly dimensions?: Readonly<Record<string, string>>;
  readonly disclosure: string;
  readonly paragraph: string;
  readonly status: VsmeStatus;
  readonly provenance: readonly string[];
}

/**
 * A Basic Module concept the report does not have: its disclosure, paragraph and status, and for an
 * `if-applicable` one the `question` that decides whether it applies and the `answer` the input gave
 * (`null`: not answered).
 *
 * @example
 * ```ts
 * import type { VsmeGap } from "koploper/vsme";
 *
 * const ask = (gap: VsmeGap) => gap.question?.en ?? `${gap.concept} is missing`;
 * ```
 */
export interface VsmeGap {
  readonly concept: VsmeConceptName;
  readonly disclosure: string;
  readonly paragraph: string;
  readonly status: VsmeStatus;
  readonly question?: Localized;
  readonly answer?: "applies" | "does-not-apply" | null;
}

/**
 * Something the reader of a report must know about its figures: a `code` and a sentence in both
 * languages. Codes: `WTW_ACCOUNTING` (scopes 1 and 2 include chain emissions), `FOOTPRINT_YEAR`
 * (the footprint's year is outside the period), `UNKNOWN_LINES` (a total left out because a line
 * it needs is unknown), `NO_ENERGY_CONVERSION` (a fuel without MJ per unit), `NO_TURNOVER`
 * (an intensity left out for a turnover of zero), `DERIVED_PRACTICES` (B2 derived from the scan and
 * action plan), `UNCLASSIFIED_WASTE` (waste that is neither hazardous nor non-hazardous by the factor
 * list), `UNTREATED_WASTE` (waste with no known treatment).
 *
 * @example
 * ```ts
 * import type { VsmeNote } from "koploper/vsme";
 *
 * const codes = (notes: readonly VsmeNote[]) => notes.map((note) => note.code);
 * ```
 */
export interface VsmeNote {
  readonly code:
    | "WTW_ACCOUNTING"
    | "FOOTPRINT_YEAR"
    | "UNKNOWN_LINES"
    | "NO_ENERGY_CONVERSION"
    | "NO_TURNOVER"
    | "DERIVED_PRACTICES"
    | "UNCLASSIFIED_WASTE"
    | "UNTREATED_WASTE";
  readonly message: Localized;
}

/**
 * A VSME report as data (see {@link vsmeReport}): the module, period, locale, entity and taxonomy
 * `entryPoint`; the `datapoints` per concept name; what is `missing` of the `always` datapoints (and
 * of the `if-applicable` ones the input says apply); the `questions` of the other `if-applicable`
 * ones; the `optional` ones not given; `notes`; and `complete` (nothing missing).
 *
 * @example
 * ```ts
 * import type { VsmeReport } from "koploper/vsme";
 *
 * const energy = (report: VsmeReport) => report.datapoints["vsme:TotalEnergyConsumption"]?.[0]?.value;
 * ```
 */
export interface VsmeReport {
  readonly module: "basic";
  readonly period: { readonly start: string; readonly end: string };
  readonly locale: Locale;
  readonly entity: { readonly name: string; readonly scheme: "lei" | "duns" | "euid" | "permid"; readonly identifier: string };
  readonly entryPoint: string;
  readonly complete: boolean;
  readonly datapoints: Readonly<Partial<Record<VsmeConceptName, readonly VsmeDatapoint[]>>>;
  readonly missing: readonly VsmeGap[];
  readonly questions: readonly VsmeGap[];
  readonly optional: readonly VsmeGap[];
  readonly notes: readonly VsmeNote[];
}

/** Decimal places of a quotient that has no finite decimal form, per kind of value. */
const PLACES = { energy: 6, intensity: 12, ratio: 6, rate: 4, hours: 4 } as const;

const t = (en: string, nl: string): Localized => ({ en, nl });

/** `a / b`, exact when the quotient has a finite decimal form, else rounded once to `places`. */
function quotient(a: Decimal, b: Decimal, places: number): { value: Decimal; decimals?: number } {
  const value = a.div(b);
  if (value.sd() < 60 && value.times(b).eq(a)) return { value };
  return { value: value.toDecimalPlaces(places, D.ROUND_HALF_EVEN), decimals: places };
}

function paragraphOf(concept: VsmeConceptName): { disclosure: string; paragraph: string } {
  const reference = TAXONOMY.concepts[concept].reference;
  const sub = reference?.subparagraph === undefined ? "" : `(${reference.subparagraph})`;
  const clause = reference?.clause === undefined ? "" : `(${reference.clause})`;
  return { disclosure: reference?.disclosure ?? "", paragraph: `${reference?.paragraph ?? ""}${sub}${clause}` };
}

const LEGAL_FORMS = {
  "private-limited-liability": "vsme:PrivateLimitedLiabilityUndertakingMember",
  "sole-proprietorship": "vsme:SoleProprietorshipMember",
  partnership: "vsme:PartnershipMember",
  cooperative: "vsme:CooperativeMember",
  other: "vsme:OtherUndertakingsLegalFormMember",
} as const;

/**
 * Which VSME sustainability matter an action-plan theme and an ISO 26000 issue speak to. An
 * inference of koploper (no source maps them); the user's own `practices.issues` replace it.
 */
const THEME_ISSUES: Readonly<Record<MeasureTheme, VsmeIssue>> = {
  energy: "climate-change",
  mobility: "climate-change",
  water: "water-and-marine-resources",
  waste: "circular-economy",
  purchasing: "workers-in-the-value-chain",
  social: "own-workforce",
  governance: "business-conduct",
};
const CLAUSE_ISSUES: readonly (readonly [prefix: string, issue: VsmeIssue])[] = [
  ["6.3.10", "own-workforce"],
  ["6.4.", "own-workforce"],
  ["6.5.3", "pollution"],
  ["6.5.4", "circular-economy"],
  ["6.5.5", "climate-change"],
  ["6.5.6", "biodiversity-and-ecosystems"],
  ["6.6.6", "workers-in-the-value-chain"],
  ["6.6.", "business-conduct"],
  ["6.7.", "consumers-and-end-users"],
  ["6.8.", "affected-communities"],
];
/** The level of the Koploper scan from which an issue has a policy ("Beleid en plan"). */
const POLICY_LEVEL = 2;

class Builder {
  readonly datapoints: Partial<Record<VsmeConceptName, VsmeDatapoint[]>> = {};
  readonly answers: Partial<Record<VsmeConceptName, "applies" | "does-not-apply">> = {};
  readonly notes: VsmeNote[] = [];

  constructor(private readonly period: { start: string; end: string }) {}

  add(
    concept: VsmeConceptName,
    value: string | Decimal | boolean | { value: Decimal; decimals?: number },
    provenance: readonly string[],
    extra: { unit?: string; dimensions?: Record<string, string> } = {},
  ): void {
    const info = TAXONOMY.concepts[concept];
    const exact = typeof value === "object" && "value" in value ? value : undefined;
    const text = exact !== undefined ? exact.value.toString() : typeof value === "boolean" ? String(value) : value.toString();
    const point: VsmeDatapoint = {
      concept,
      value: text,
      ...(extra.unit === undefined ? {} : { unit: extra.unit }),
      ...(exact?.decimals === undefined ? {} : { decimals: exact.decimals }),
      period: info.periodType === "instant" ? { instant: this.period.end } : { start: this.period.start, end: this.period.end },
      ...(extra.dimensions === undefined ? {} : { dimensions: extra.dimensions }),
      ...paragraphOf(concept),
      status: RULES[concept]?.status ?? "may",
      provenance,
    };
    this.datapoints[concept] ??= [];
    this.datapoints[concept].push(point);
  }

  answer(concepts: readonly VsmeConceptName[], applies: boolean | undefined): void {
    if (applies === undefined) return;
    for (const concept of concepts) this.answers[concept] = applies ? "applies" : "does-not-apply";
  }

  note(code: VsmeNote["code"], message: Localized): void {
    if (!this.notes.some((note) => note.code === code && note.message.en === message.en)) this.notes.push({ code, message });
  }
}

const EUR = { unit: "iso4217:EUR" };
const PURE = { unit: "xbrli:pure" };

function general(b: Builder, input: ParsedInput): void {
  b.add("vsme:BasisForPreparation", "vsme:OptionABasicModuleOnlyMember", ["options.module"]);
  const g = input.general;
  if (g === undefined) return;
  if (g.omittedDisclosures !== undefined)
    b.add("vsme:ListOfOmittedDisclosuresDeemedToBeClassifiedOrSensitiveInformation", [...g.omittedDisclosures].sort().join(" "), [
      "input general.omittedDisclosures",
    ]);
  if (g.basis !== undefined) {
    b.add("vsme:BasisForReporting", g.basis === "consolidated" ? "vsme:ConsolidatedMember" : "vsme:IndividualMember", ["input general.basis"]);
    b.answer(["vsme:NameOfTheSubsidiary", "vsme:RegisteredAddressOfTheSubsidiary"], g.basis === "consolidated");
  }
  for (const [index, subsidiary] of (g.subsidiaries ?? []).entries()) {
    const dimensions = { "vsme:IdentifierOfSubsidiaryTypedAxis": subsidiary.id };
    b.add("vsme:NameOfTheSubsidiary", subsidiary.name, [`input general.subsidiaries[${index}].name`], { dimensions });
    b.add("vsme:RegisteredAddressOfTheSubsidiary", subsidiary.address, [`input general.subsidiaries[${index}].address`], { dimensions });
  }
  if (g.legalForm !== undefined) {
    b.add("vsme:UndertakingsLegalForm", LEGAL_FORMS[g.legalForm], ["input general.legalForm"]);
    b.answer(["vsme:OtherUndertakingsLegalForm"], g.legalForm === "other");
    b.answer(
      [
        "vsme:DescriptionOfTheEffectiveParticipationOfWorkersUsersOrOtherInterestedPartiesOrCommunitiesInGovernance",
        "vsme:FinancialInvestmentInTheCapitalOrAssetsOfSocialEconomyEntities",
        "vsme:DescriptionOfLimitsToTheDistributionOfProfitsConnectedToTheMutualisticNatureOrToTheNatureOfTheActivitiesConsistingInServicesOfGeneralEconomicInterestSGEI",
      ],
      g.legalForm === "cooperative",
    );
  }
  if (g.otherLegalForm !== undefined) b.add("vsme:OtherUndertakingsLegalForm", g.otherLegalForm, ["input general.otherLegalForm"]);
  if (g.nace !== undefined) {
    const members = [...new Set(g.nace.map((code) => naceMember(code) ?? ""))].sort();
    b.add("vsme:NaceSectorClassificationCodes", members.join(" "), ["input general.nace"]);
  }
  if (g.balanceSheetEur !== undefined) b.add("vsme:Assets", g.balanceSheetEur, ["input general.balanceSheetEur"], EUR);
  if (g.turnoverEur !== undefined) b.add("vsme:Turnover", g.turnoverEur, ["input general.turnoverEur"], EUR);
  if (g.employees !== undefined) {
    b.add("vsme:NumberOfEmployees", g.employees.count, ["input general.employees.count"], PURE);
    b.add("vsme:TypeOfNumberOfEmployees", g.employees.type === "fte" ? "vsme:Full-TimeEquivalentFTEMember" : "vsme:HeadcountMember", [
      "input general.employees.type",
    ]);
    b.add(
      "vsme:EmployeeCountingMethodology",
      g.employees.counting === "average" ? "vsme:AverageDuringTheReportingPeriodMember" : "vsme:AtTheEndOfTheReportingPeriodMember",
      ["input general.employees.counting"],
    );
  }
  if (g.country !== undefined) b.add("vsme:CountryOfPrimaryOperationsAndLocationOfSignificantAssets", `country:${g.country}`, ["input general.country"]);
  for (const [index, site] of (g.sites ?? []).entries()) {
    const dimensions = { "vsme:IdentifierOfSiteTypedAxis": site.id };
    const from = (field: string) => [`input general.sites[${index}].${field}`];
    b.add("vsme:AddressOfSite", site.address, from("address"), { dimensions });
    b.add("vsme:PostalCodeOfSite", site.postalCode, from("postalCode"), { dimensions });
    b.add("vsme:CityOfSite", site.city, from("city"), { dimensions });
    b.add("vsme:CountryOfSite", `country:${site.country}`, from("country"), { dimensions });
    if (site.gps !== undefined) b.add("vsme:GPSLocationOfSite", site.gps, from("gps"), { dimensions });
  }
  if (g.certifications !== undefined) {
    b.answer(["vsme:DescriptionOfSustainabilityRelatedCertificationsOrLabels"], g.certifications !== false);
    if (g.certifications !== false) b.add("vsme:DescriptionOfSustainabilityRelatedCertificationsOrLabels", g.certifications, ["input general.certifications"]);
  }
}

function practices(b: Builder, input: ParsedInput): void {
  const p = input.practices;
  if (p === undefined) return;
  const B2 = [
    "vsme:SustainabilityIssueAddressedByPracticePolicyAndOrFutureInitiative",
    "vsme:PracticePolicyAndOrFutureInitiativeIsPubliclyAvailable",
    "vsme:UndertakingHasSetATargetWhichIsRelatedToAPolicy",
  ] as const;
  let issues: Map<VsmeIssue, string[]>;
  if (p.issues !== undefined) {
    issues = new Map(p.issues.map((issue) => [issue, ["input practices.issues"]]));
  } else {
    issues = new Map();
    const from = (issue: VsmeIssue, source: string) => issues.set(issue, [...(issues.get(issue) ?? []), source]);
    for (const [index, measure] of (p.measures ?? []).entries()) {
      if (measure.status !== "idea" && measure.status !== "dropped")
        from(THEME_ISSUES[measure.theme], `action plan measure ${measure.id} (input practices.measures[${index}], theme ${measure.theme})`);
    }
    for (const [clause, level] of Object.entries(p.scan ?? {}).sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }))) {
      const issue = CLAUSE_ISSUES.find(([prefix]) => clause === prefix || (prefix.endsWith(".") && clause.startsWith(prefix)))?.[1];
      if (issue && level?.gte(POLICY_LEVEL)) from(issue, `ISO 26000 scan issue ${clause} at level ${level.toString()} (input practices.scan)`);
    }
    if (issues.size > 0) {
      b.note(
        "DERIVED_PRACTICES",
        t(
          "The sustainability matters of B2 are derived from the action plan (measures by theme) and the ISO 26000 scan (issues at level 2, policy and plan, or higher); check them and give practices.issues to replace them.",
          "De duurzaamheidsonderwerpen van B2 zijn afgeleid uit het actieplan (maatregelen per thema) en de ISO 26000-scan (onderwerpen op niveau 2, beleid en plan, of hoger); controleer ze en geef practices.issues om ze te vervangen.",
        ),
      );
    }
  }
  if (p.issues !== undefined || issues.size > 0) {
    b.answer(B2, issues.size > 0);
    const members = (Object.keys(VSME_ISSUES) as VsmeIssue[]).filter((issue) => issues.has(issue));
    if (members.length > 0)
      b.add(
        B2[0],
        members.map((issue) => VSME_ISSUES[issue]).join(" "),
        members.flatMap((issue) => issues.get(issue) ?? []),
      );
  }
  if (p.publiclyAvailable !== undefined) b.add(B2[1], p.publiclyAvailable, ["input practices.publiclyAvailable"]);
  if (p.targets !== undefined) b.add(B2[2], p.targets, ["input practices.targets"]);
  const c = p.cooperative;
  if (c?.participationInGovernance !== undefined) {
    b.add("vsme:DescriptionOfTheEffectiveParticipationOfWorkersUsersOrOtherInterestedPartiesOrCommunitiesInGovernance", c.participationInGovernance, [
      "input practices.cooperative.participationInGovernance",
    ]);
  }
  if (c?.socialEconomyInvestmentEur !== undefined) {
    b.add(
      "vsme:FinancialInvestmentInTheCapitalOrAssetsOfSocialEconomyEntities",
      c.socialEconomyInvestmentEur,
      ["input practices.cooperative.socialEconomyInvestmentEur"],
      EUR,
    );
  }
  if (c?.profitDistributionLimits !== undefined) {
    b.add(
      "vsme:DescriptionOfLimitsToTheDistributionOfProfitsConnectedToTheMutualisticNatureOrToTheNatureOfTheActivitiesConsistingInServicesOfGeneralEconomicInterestSGEI",
      c.profitDistributionLimits,
      ["input practices.cooperative.profitDistributionLimits"],
    );
  }
}

const MWH = { unit: "utr:MWh" };
const toMWh = (gj: Decimal) => quotient(gj, new D("3.6"), PLACES.energy);
const TCO2E = { unit: "utr:tCO2e" };
const RENEWABLE = { "vsme:BreakdownOfEnergyConsumptionAxis": "vsme:RenewableEnergyMember" };
const NON_RENEWABLE = { "vsme:BreakdownOfEnergyConsumptionAxis": "vsme:NonRenewableEnergyMember" };

function unknownIn(footprint: Footprint, themes: readonly Theme[] | "all"): boolean {
  if (themes === "all") return footprint.unknown.count > 0;
  return themes.some((theme) => (footprint.unknown.byTheme[theme] ?? 0) > 0);
}

const ENERGY_THEMES: readonly Theme[] = ["electricity", "heat", "fuel", "mobile-machinery"];

function energy(b: Builder, footprint: Footprint, env: EnvironmentalPerformance | undefined): void {
  const groups = footprint.groups.filter((group) => ENERGY_THEMES.includes(group.theme));
  for (const group of groups) {
    if (group.theme !== "electricity" && group.mjPerUnit === null) {
      b.note(
        "NO_ENERGY_CONVERSION",
        t(
          `The fuel ${group.factorId} has no MJ per unit in the factor list: its energy is not counted.`,
          `De brandstof ${group.factorId} heeft geen MJ per eenheid in de factorenlijst: de energie ervan is niet meegeteld.`,
        ),
      );
    }
  }
  if (unknownIn(footprint, ENERGY_THEMES)) {
    b.note(
      "UNKNOWN_LINES",
      t(
        "The footprint has energy lines with an unknown quantity: the energy figures of B3 are left out.",
        "De footprint heeft energieregels met een onbekende hoeveelheid: de energiecijfers van B3 zijn weggelaten.",
      ),
    );
    return;
  }
  const totalGJ = groups.reduce((sum, group) => sum.plus(group.energyGJ), new D(0));
  const sources = groups.filter((group) => !group.energyGJ.isZero()).map((group) => `footprint group ${group.key} energyGJ`);
  b.add("vsme:TotalEnergyConsumption", toMWh(totalGJ), [...sources, "/ 3.6 (GJ to MWh)"], MWH);
  if (env === undefined) return;
  const { electricity, heat, fuels, selfGenerated } = env.energy;
  const from = (field: string, figure: EnergyFigure) => `environment.energy.${field} (lines ${figure.lines.join(", ") || "none"})`;
  // The electricity row is what the bills show: bought electricity, heat, steam and cooling (VSME
  // par. 86), without the electricity generated on site, which has its own row.
  const row = (
    concept: VsmeConceptName,
    total: Decimal,
    renewable: Decimal,
    nonRenewable: Decimal,
    provenance: Record<"total" | "renewable" | "nonRenewable", string[]>,
  ) => {
    if (total.isZero()) return;
    b.add(concept, toMWh(total), provenance.total, MWH);
    b.add(concept, toMWh(renewable), provenance.renewable, { ...MWH, dimensions: RENEWABLE });
    b.add(concept, toMWh(nonRenewable), provenance.nonRenewable, { ...MWH, dimensions: NON_RENEWABLE });
  };
  const basis = env.energy.renewable.map((part) => `line ${part.line}: ${part.mwh.toString()} MWh renewable (${part.basis})`);
  const own = selfGenerated.gj.isZero() ? [] : [`minus ${from("selfGenerated", selfGenerated)}`];
  row(
    "vsme:EnergyConsumptionFromElectricity",
    electricity.total.gj.minus(selfGenerated.gj).plus(heat.total.gj),
    electricity.renewable.gj.minus(selfGenerated.gj).plus(heat.renewable.gj),
    electricity.nonRenewable.gj.plus(heat.nonRenewable.gj),
    {
      total: [from("electricity.total", electricity.total), from("heat.total", heat.total), ...own],
      renewable: [from("electricity.renewable", electricity.renewable), from("heat.renewable", heat.renewable), ...own, ...basis],
      nonRenewable: [from("electricity.nonRenewable", electricity.nonRenewable), from("heat.nonRenewable", heat.nonRenewable)],
    },
  );
  row("vsme:EnergyConsumptionFromFuels", fuels.total.gj, fuels.renewable.gj, fuels.nonRenewable.gj, {
    total: [from("fuels.total", fuels.total)],
    renewable: [from("fuels.renewable", fuels.renewable), ...basis],
    nonRenewable: [from("fuels.nonRenewable", fuels.nonRenewable)],
  });
  b.answer(["vsme:EnergyConsumptionFromSelfGeneratedElectricity"], !selfGenerated.gj.isZero());
  if (!selfGenerated.gj.isZero()) {
    // Electricity generated on site counts only as renewable here (VSME par. 83: from a fuel, the fuel counts).
    b.add("vsme:EnergyConsumptionFromSelfGeneratedElectricity", toMWh(selfGenerated.gj), [from("selfGenerated", selfGenerated)], MWH);
    b.add("vsme:EnergyConsumptionFromSelfGeneratedElectricity", toMWh(selfGenerated.gj), [from("selfGenerated", selfGenerated)], {
      ...MWH,
      dimensions: RENEWABLE,
    });
  }
}

function emissions(b: Builder, input: ParsedInput, footprint: Footprint): void {
  if (footprint.factorSet.accounting === "wtw") {
    b.note(
      "WTW_ACCOUNTING",
      t(
        "The footprint uses wtw accounting: scopes 1 and 2 include the chain (well-to-tank) emissions. VSME follows the GHG Protocol: calculate the footprint with accounting ghg-strict.",
        "De footprint gebruikt wtw-boekhouding: scope 1 en 2 bevatten de ketenemissies (well-to-tank). VSME volgt het GHG Protocol: bereken de footprint met accounting ghg-strict.",
      ),
    );
  }
  const t1 = (kg: Decimal) => kg.div(1000);
  const s1 = unknownIn(footprint, ["fuel", "refrigerant"]) ? undefined : footprint.scope1;
  const s2 = unknownIn(footprint, ["electricity", "heat"]) ? undefined : footprint.scope2;
  const all = unknownIn(footprint, "all") ? undefined : footprint;
  if (s1 === undefined || s2 === undefined || all === undefined) {
    b.note(
      "UNKNOWN_LINES",
      t(
        "The footprint has lines with an unknown quantity: the emission totals they belong to are left out.",
        "De footprint heeft regels met een onbekende hoeveelheid: de emissietotalen waar ze bij horen zijn weggelaten.",
      ),
    );
  }
  const turnover = input.general?.turnoverEur;
  const intensity = (concept: VsmeConceptName, kg: Decimal, source: readonly string[]) => {
    if (turnover === undefined) return;
    if (turnover.isZero()) {
      b.note("NO_TURNOVER", t("The turnover is zero: the GHG intensities are left out.", "De omzet is nul: de broeikasgasintensiteiten zijn weggelaten."));
      return;
    }
    b.add(concept, quotient(kg, turnover.times(1000), PLACES.intensity), [...source, "/ 1000 / input general.turnoverEur"], { unit: "utr:tCO2e/iso4217:EUR" });
  };
  if (s1 !== undefined) b.add("vsme:GrossScope1GreenhouseGasEmissions", t1(s1), ["footprint.scope1 (kg CO2-eq) / 1000"], TCO2E);
  if (s2 !== undefined) {
    b.add("vsme:GrossLocationBasedScope2GreenhouseGasEmissions", t1(s2.locationBased), ["footprint.scope2.locationBased (kg CO2-eq) / 1000"], TCO2E);
    b.add("vsme:GrossMarketBasedScope2GreenhouseGasEmissions", t1(s2.marketBased), ["footprint.scope2.marketBased (kg CO2-eq) / 1000"], TCO2E);
  }
  if (s1 !== undefined && s2 !== undefined) {
    const location = ["footprint.scope1 + footprint.scope2.locationBased (kg CO2-eq)"];
    const market = ["footprint.scope1 + footprint.scope2.marketBased (kg CO2-eq)"];
    b.add("vsme:TotalGrossLocationBasedScope1AndScope2GHGEmissions", t1(s1.plus(s2.locationBased)), [...location, "/ 1000"], TCO2E);
    b.add("vsme:TotalGrossMarketBasedScope1AndScope2GHGEmissions", t1(s1.plus(s2.marketBased)), [...market, "/ 1000"], TCO2E);
    intensity("vsme:Scope1AndScope2GreenhouseGasEmissionsIntensityValueLocationBased", s1.plus(s2.locationBased), location);
    intensity("vsme:Scope1AndScope2GreenhouseGasEmissionsIntensityValueMarketBased", s1.plus(s2.marketBased), market);
  }
  if (all !== undefined) {
    b.add("vsme:GrossScope3GreenhouseGasEmissions", t1(all.scope3.total), ["footprint.scope3.total (kg CO2-eq) / 1000"], TCO2E);
    b.add("vsme:TotalGrossLocationBasedGHGEmissions", t1(all.total.locationBased), ["footprint.total.locationBased (kg CO2-eq) / 1000"], TCO2E);
    b.add("vsme:TotalGrossMarketBasedGHGEmissions", t1(all.total.marketBased), ["footprint.total.marketBased (kg CO2-eq) / 1000"], TCO2E);
    intensity("vsme:TotalLocationBasedGreenhouseGasEmissionsIntensityValue", all.total.locationBased, ["footprint.total.locationBased (kg CO2-eq)"]);
    intensity("vsme:TotalMarketBasedGreenhouseGasEmissionsIntensityValue", all.total.marketBased, ["footprint.total.marketBased (kg CO2-eq)"]);
  }
}

const KG = { unit: "utr:kg" };
const ALL_WASTE = { "vsme:TypeOfWasteAxis": "waste:W-WasteCategoriesMember" };

function waste(b: Builder, env: EnvironmentalPerformance | undefined): void {
  const w = env?.waste;
  if (w === undefined || w.total.lines.length === 0) return;
  if (w.total.unknown.length > 0) {
    b.note(
      "UNKNOWN_LINES",
      t(
        "The footprint has waste lines with an unknown quantity: the waste figures of B7 are left out.",
        "De footprint heeft afvalregels met een onbekende hoeveelheid: de afvalcijfers van B7 zijn weggelaten.",
      ),
    );
    return;
  }
  const from = (field: string, figure: { lines: readonly string[] }) => [`environment.waste.${field} (lines ${figure.lines.join(", ") || "none"})`];
  b.add("vsme:TotalWasteGeneratedMass", w.total.value, from("total", w.total), KG);
  if (w.unclassified.value.isZero()) {
    b.add("vsme:TotalHazardousWasteGeneratedMass", w.hazardous.value, from("hazardous", w.hazardous), KG);
    b.add("vsme:TotalNonHazardousWasteGeneratedMass", w.nonHazardous.value, from("nonHazardous", w.nonHazardous), KG);
  } else {
    b.note(
      "UNCLASSIFIED_WASTE",
      t(
        `Waste of lines ${w.unclassified.lines.join(", ")} is neither hazardous nor non-hazardous by the factor list: say so on the line (hazardous) to report the split.`,
        `Afval van regels ${w.unclassified.lines.join(", ")} is volgens de factorenlijst gevaarlijk noch niet-gevaarlijk: zet het op de regel (hazardous) om de uitsplitsing te rapporteren.`,
      ),
    );
  }
  if (w.untreated.value.isZero()) {
    b.add("vsme:WasteDivertedToRecycleOrReuseMass", w.recycling.value, from("recycling", w.recycling), { ...KG, dimensions: ALL_WASTE });
    b.add("vsme:WasteDirectedToDisposalMass", w.disposal.value, from("disposal", w.disposal), { ...KG, dimensions: ALL_WASTE });
    b.add(
      "vsme:TotalWasteRecycledReusedAndDirectedToDisposalMass",
      w.recycling.value.plus(w.disposal.value),
      [...from("recycling", w.recycling), ...from("disposal", w.disposal)],
      {
        ...KG,
        dimensions: ALL_WASTE,
      },
    );
  } else {
    b.note(
      "UNTREATED_WASTE",
      t(
        `Waste of lines ${w.untreated.lines.join(", ")} has no known treatment: say on the line whether it goes to recycling or disposal to report B7 par. 38(b).`,
        `Afval van regels ${w.untreated.lines.join(", ")} heeft geen bekende verwerking: zet op de regel of het naar recycling of verwijdering gaat om B7 par. 38(b) te rapporteren.`,
      ),
    );
  }
}

function environment(b: Builder, input: ParsedInput): void {
  const B4 = [
    "vsme:AmountOfEmissionToAir",
    "vsme:AmountOfEmissionToWater",
    "vsme:AmountOfEmissionToSoil",
    "vsme:PubliclyAvailableDisclosure",
    "vsme:URLOrLinkToThePubliclyAvailableDisclosure",
  ] as const;
  const pollution = input.pollution;
  if (pollution !== undefined) {
    b.answer(B4, pollution.applies);
    if (pollution.applies) b.add("vsme:PubliclyAvailableDisclosure", pollution.publicReportUrl !== undefined, ["input pollution.publicReportUrl"]);
    if (pollution.publicReportUrl !== undefined)
      b.add("vsme:URLOrLinkToThePubliclyAvailableDisclosure", pollution.publicReportUrl, ["input pollution.publicReportUrl"]);
    for (const [index, row] of (pollution.emissions ?? []).entries()) {
      const dimensions = { "vsme:TypeOfPollutantAxis": row.pollutant };
      const kg = { unit: "utr:kg", dimensions };
      if (row.airKg !== undefined) b.add("vsme:AmountOfEmissionToAir", row.airKg, [`input pollution.emissions[${index}].airKg`], kg);
      if (row.waterKg !== undefined) b.add("vsme:AmountOfEmissionToWater", row.waterKg, [`input pollution.emissions[${index}].waterKg`], kg);
      if (row.soilKg !== undefined) b.add("vsme:AmountOfEmissionToSoil", row.soilKg, [`input pollution.emissions[${index}].soilKg`], kg);
    }
  }
  const bio = input.biodiversity;
  const HA = { unit: "utr:ha" };
  if (bio?.sites !== undefined) {
    b.answer(
      ["vsme:SiteLocatedInABiodiversitySensitiveArea", "vsme:SiteLocatedNearABiodiversitySensitiveArea", "vsme:AreaOfSiteInBiodiversitySensitiveArea"],
      bio.sites.some((site) => site.in || site.near),
    );
    for (const [index, site] of bio.sites.entries()) {
      const dimensions = { "vsme:IdentifierOfSiteTypedAxis": site.site };
      b.add("vsme:SiteLocatedInABiodiversitySensitiveArea", site.in, [`input biodiversity.sites[${index}].in`], { dimensions });
      b.add("vsme:SiteLocatedNearABiodiversitySensitiveArea", site.near, [`input biodiversity.sites[${index}].near`], { dimensions });
      if (site.areaHa !== undefined)
        b.add("vsme:AreaOfSiteInBiodiversitySensitiveArea", site.areaHa, [`input biodiversity.sites[${index}].areaHa`], { ...HA, dimensions });
    }
  }
  const land = bio?.landUse;
  for (const [concept, value, field] of [
    ["vsme:TotalUseOfLand", land?.totalHa, "totalHa"],
    ["vsme:TotalSealedArea", land?.sealedHa, "sealedHa"],
    ["vsme:TotalNatureOrientedAreaOnSite", land?.natureOnSiteHa, "natureOnSiteHa"],
    ["vsme:TotalNatureOrientedAreaOffSite", land?.natureOffSiteHa, "natureOffSiteHa"],
  ] as const) {
    if (value !== undefined) b.add(concept, value, [`input biodiversity.landUse.${field}`], HA);
  }
  const M3 = { unit: "utr:m3" };
  const water = input.water;
  const withdrawn = input.environment?.water.m3;
  if (withdrawn !== undefined && withdrawn.lines.length > 0 && withdrawn.unknown.length === 0) {
    b.add("vsme:TotalAmountOfWaterWithdrawnFromAllSites", withdrawn.value, [`environment.water.m3 (lines ${withdrawn.lines.join(", ")})`], M3);
  } else if (withdrawn !== undefined && withdrawn.unknown.length > 0) {
    b.note(
      "UNKNOWN_LINES",
      t(
        "The footprint has water lines with an unknown quantity: the water withdrawal is left out.",
        "De footprint heeft waterregels met een onbekende hoeveelheid: de wateronttrekking is weggelaten.",
      ),
    );
  }
  if (water !== undefined) {
    const stress = water.highWaterStressWithdrawalM3;
    b.answer(["vsme:AmountOfWaterWithdrawnAtSitesLocatedInAreasOfHighWaterStress"], stress === undefined ? undefined : stress !== false);
    if (stress !== undefined && stress !== false)
      b.add("vsme:AmountOfWaterWithdrawnAtSitesLocatedInAreasOfHighWaterStress", stress, ["input water.highWaterStressWithdrawalM3"], M3);
    const discharge = water.processDischargeM3;
    b.answer(
      ["vsme:WaterDischargeFromUndertakingProductionProcesses", "vsme:TotalWaterConsumption"],
      discharge === undefined ? undefined : discharge !== false,
    );
    if (discharge !== undefined && discharge !== false) {
      b.add("vsme:WaterDischargeFromUndertakingProductionProcesses", discharge, ["input water.processDischargeM3"], M3);
      const total = b.datapoints["vsme:TotalAmountOfWaterWithdrawnFromAllSites"]?.[0];
      if (total !== undefined)
        b.add("vsme:TotalWaterConsumption", new D(total.value).minus(discharge), [...total.provenance, "minus input water.processDischargeM3"], M3);
    }
  }
  waste(b, input.environment);
  const r = input.resources;
  if (r === undefined) return;
  if (r.circularEconomy !== undefined) {
    b.add("vsme:UndertakingAppliesCircularEconomyPrinciples", r.circularEconomy.applies, ["input resources.circularEconomy.applies"]);
    b.answer(["vsme:DescriptionOfHowCircularEconomyPrinciplesAreApplied"], r.circularEconomy.applies);
    if (r.circularEconomy.description !== undefined)
      b.add("vsme:DescriptionOfHowCircularEconomyPrinciplesAreApplied", r.circularEconomy.description, ["input resources.circularEconomy.description"]);
  }
  if (r.materials !== undefined) {
    b.answer(["vsme:NameOfMaterialUsed", "vsme:WeightOfMaterialUsed", "vsme:TotalMassOfMaterialUsed"], r.materials !== false);
    if (r.materials !== false) {
      for (const [index, material] of r.materials.entries()) {
        const dimensions = { "vsme:IdentifierOfMaterialTypedAxis": material.id };
        b.add("vsme:NameOfMaterialUsed", material.name, [`input resources.materials[${index}].name`], { dimensions });
        b.add("vsme:WeightOfMaterialUsed", material.kg, [`input resources.materials[${index}].kg`], { ...KG, dimensions });
      }
      b.add(
        "vsme:TotalMassOfMaterialUsed",
        r.materials.reduce((sum, material) => sum.plus(material.kg), new D(0)),
        ["sum of input resources.materials[].kg"],
        KG,
      );
    }
  }
}

function social(b: Builder, input: ParsedInput): void {
  const w = input.workforce;
  const employees = input.general?.employees;
  if (employees !== undefined && employees.type === "headcount") {
    b.answer(["vsme:EmployeeTurnoverRate"], employees.count.gte(50));
    if (employees.count.gte(150)) b.answer(["vsme:PercentageGapInPayBetweenFemaleAndMaleEmployees"], true);
  }
  if (w !== undefined) {
    for (const [concept, field] of [
      ["vsme:NumberOfPermanentContractEmployees", "permanent"],
      ["vsme:NumberOfTemporaryContractEmployees", "temporary"],
      ["vsme:NumberOfMaleEmployees", "male"],
      ["vsme:NumberOfFemaleEmployees", "female"],
      ["vsme:NumberOfOtherGenderEmployees", "otherGender"],
      ["vsme:NumberOfNonReportedGenderEmployees", "genderNotReported"],
    ] as const) {
      const value = w[field];
      if (value !== undefined) b.add(concept, value, [`input workforce.${field}`], PURE);
    }
    if (w.byCountry !== undefined) {
      const countries = Object.keys(w.byCountry).sort();
      b.answer(["vsme:NumberOfEmployeesForCountryOfEmploymentContract"], countries.length > 1);
      for (const code of countries) {
        b.add("vsme:NumberOfEmployeesForCountryOfEmploymentContract", w.byCountry[code] ?? new D(0), [`input workforce.byCountry.${code}`], {
          ...PURE,
          dimensions: { "vsme:CountryOfEmploymentContractAxis": `country:${code}` },
        });
      }
    }
    if (w.leavers !== undefined && w.averageEmployees !== undefined) {
      b.add(
        "vsme:EmployeeTurnoverRate",
        quotient(w.leavers, w.averageEmployees, PLACES.ratio),
        ["input workforce.leavers / input workforce.averageEmployees (a ratio: 0.1 is 10 %)"],
        PURE,
      );
    }
    if (w.accidents !== undefined)
      b.add("vsme:NumberOfRecordableWorkRelatedAccidentsInTheReportingPeriod", new D(w.accidents), ["input workforce.accidents"], PURE);
    if (w.accidents !== undefined && w.hoursWorked !== undefined) {
      b.add(
        "vsme:RateOfRecordableWorkRelatedAccidentsInTheReportingPeriod",
        quotient(new D(w.accidents).times(200_000), w.hoursWorked, PLACES.rate),
        ["input workforce.accidents x 200000 / input workforce.hoursWorked"],
        PURE,
      );
    }
    if (w.fatalities !== undefined)
      b.add("vsme:NumberOfFatalitiesAsAResultOfWorkRelatedInjuriesAndWorkRelatedIllHealth", new D(w.fatalities), ["input workforce.fatalities"], PURE);
    if (w.minimumWage !== undefined)
      b.add("vsme:EmployeesReceivePayEqualOrAboveMinimumWageDeterminedByNationalLawOrCollectiveAgreement", w.minimumWage, ["input workforce.minimumWage"]);
    if (w.hourlyPayEur !== undefined) {
      const { male, female } = w.hourlyPayEur;
      b.add(
        "vsme:PercentageGapInPayBetweenFemaleAndMaleEmployees",
        quotient(male.minus(female), male, PLACES.ratio),
        ["(input workforce.hourlyPayEur.male - .female) / .male (a ratio: 0.1 is 10 %)"],
        PURE,
      );
    }
    if (w.collectiveAgreement !== undefined) {
      b.add(
        "vsme:PercentageOfEmployeesCoveredByCollectiveBargainingAgreements",
        quotient(w.collectiveAgreement.covered, w.collectiveAgreement.employees, PLACES.ratio),
        ["input workforce.collectiveAgreement.covered / .employees (a ratio: 0.1 is 10 %)"],
        PURE,
      );
    }
    for (const [concept, field] of [
      ["vsme:AverageNumberOfAnnualTrainingHoursPerMaleEmployee", "male"],
      ["vsme:AverageNumberOfAnnualTrainingHoursPerFemaleEmployee", "female"],
      ["vsme:AverageNumberOfAnnualTrainingHoursPerOtherGenderEmployee", "otherGender"],
      ["vsme:AverageNumberOfAnnualTrainingHoursPerNonReportedGenderEmployee", "genderNotReported"],
    ] as const) {
      const people = w[field];
      if (people !== undefined && field !== "male" && field !== "female") b.answer([concept], people.gt(0));
      const hours = w.trainingHours?.[field];
      if (hours && people?.gt(0)) {
        b.add(concept, quotient(hours, people, PLACES.hours), [`input workforce.trainingHours.${field} / input workforce.${field}`], PURE);
      }
    }
  }
  const c = input.corruption;
  const B11 = [
    "vsme:TotalNumberOfConvictionsForTheViolationOfAntiCorruptionAndAntiBriberyLaws",
    "vsme:TotalAmountOfFinesForTheViolationOfAnticorruptionAndAntibriberyLaws",
  ] as const;
  if (c !== undefined) {
    b.answer(B11, c !== false);
    if (c !== false) {
      b.add(B11[0], new D(c.convictions), ["input corruption.convictions"], PURE);
      b.add(B11[1], c.finesEur, ["input corruption.finesEur"], EUR);
    }
  }
}

/**
 * The VSME report (Basic Module, B1 to B11) of a company's year, as datapoints keyed by the
 * concept names of the EFRAG VSME taxonomy 2026-05-01.
 *
 * - B1, B4, B5, B8-B11 come from the input; rates and averages use the formulas of VSME (turnover
 *   rate = leavers / average employees, accident rate = accidents x 200,000 / hours worked, pay gap =
 *   (men's - women's average hourly pay) / men's, CBA coverage = covered / employees, training hours
 *   = hours / employees of that gender); percentages are ratios, as XBRL stores them.
 * - B2 comes from `practices`: the user's `issues`, or those derived from the action-plan measures
 *   (by theme) and the ISO 26000 scan (issues at level 2, "policy and plan", or higher).
 * - B3 comes exactly from the `footprint`: total energy = the energy (GJ) of the electricity, heat,
 *   fuel and mobile-machinery lines / 3.6 in MWh; tCO2e = kg / 1000; intensity = tCO2e / EUR
 *   turnover. The breakdown comes from the `environment`: the electricity row is bought electricity
 *   and heat (VSME par. 86), renewable by guarantees of origin (par. 84) or the line's statement, and
 *   the electricity generated on site has its own row.
 * - B6 water withdrawal and B7 waste (total, hazardous, non-hazardous, to recycling, to disposal)
 *   come from the `environment`; high water stress, process water, circular economy and materials
 *   from `water` and `resources`.
 *
 * Nothing missing is filled in: every `always` datapoint not given is in `missing` (and the report
 * is not `complete`), every `if-applicable` one in `questions` with the question that decides it.
 *
 * @param input - see {@link vsmeInputSchema}; not changed
 * @param options - see {@link vsmeOptionsSchema}
 * @returns the report, frozen
 * @throws {@link KoploperError} `INVALID_INPUT` with every issue and its path, for the input or the
 *   options, or when the `environment` is of another year or factor set than the `footprint`
 *
 * @example
 * ```ts
 * import { vsmeReport } from "koploper/vsme";
 *
 * const report = vsmeReport(
 *   { entity: { name: "Bakkerij", scheme: "euid", identifier: "NLNHR.12345678" }, general: { turnoverEur: 850000 } },
 *   { module: "basic", period: { start: "2026-01-01", end: "2026-12-31" } },
 * );
 * report.datapoints["vsme:Turnover"]?.[0]?.value; //=> "850000"
 * report.complete; //=> false
 * ```
 */
export function vsmeReport(input: VsmeInput, options: VsmeOptions): VsmeReport {
  const parsedOptions = optionsParser.parse(options);
  const parsed = inputParser.parse(input);
  const period = parsedOptions.period;
  const b = new Builder(period);
  general(b, parsed);
  practices(b, parsed);
  const footprint = parsed.footprint;
  const env = parsed.environment;
  if (footprint !== undefined && env !== undefined && (env.year !== footprint.year || env.factorSet.id !== footprint.factorSet.id)) {
    const message = `the environmental performance (${env.year}, ${env.factorSet.id}) is not of the footprint's input (${footprint.year}, ${footprint.factorSet.id})`;
    throw new KoploperError("INVALID_INPUT", `invalid VSME input: ${message}`, [{ path: ["environment"], message, code: "environment_mismatch" }]);
  }
  if (footprint !== undefined) {
    if (footprint.year < Number(period.start.slice(0, 4)) || footprint.year > Number(period.end.slice(0, 4))) {
      b.note(
        "FOOTPRINT_YEAR",
        t(`The footprint is of ${footprint.year}, outside the reporting period.`, `De footprint is van ${footprint.year}, buiten de verslagperiode.`),
      );
    }
    energy(b, footprint, env);
    emissions(b, parsed, footprint);
  }
  environment(b, parsed);
  social(b, parsed);

  const missing: VsmeGap[] = [];
  const questions: VsmeGap[] = [];
  const optional: VsmeGap[] = [];
  for (const [name, rule] of Object.entries(RULES) as [VsmeConceptName, NonNullable<(typeof RULES)[VsmeConceptName]>][]) {
    if (b.datapoints[name] !== undefined) continue;
    const gap: VsmeGap = {
      concept: name,
      ...paragraphOf(name),
      status: rule.status,
      ...(rule.question === undefined ? {} : { question: rule.question, answer: b.answers[name] ?? null }),
    };
    if (rule.status === "always" || gap.answer === "applies") missing.push(gap);
    if (rule.status === "if-applicable") questions.push(gap);
    if (rule.status === "may") optional.push(gap);
  }
  return deepFreeze({
    module: parsedOptions.module,
    period: { start: period.start, end: period.end },
    locale: parsedOptions.locale ?? "nl",
    entity: parsed.entity,
    entryPoint: TAXONOMY.entryPoint,
    complete: missing.length === 0,
    datapoints: b.datapoints,
    missing,
    questions,
    optional,
    notes: b.notes,
  });
}
