// B1 (basis for preparation) and B2 (practices, policies and future initiatives).
import type { MeasureTheme } from "../core/measure-themes.js";
import { type Builder, EUR, PURE, t } from "./builder.js";
import { VSME_ISSUES, type VsmeIssue } from "./issues.js";
import { naceMember } from "./members.js";
import type { ParsedInput } from "./report.schema.js";

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

/** B1: the basis for preparation, the undertaking and its sites. */
export function general(b: Builder, input: ParsedInput): void {
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

/** B2: practices, policies and future initiatives, from the vision, the action plan and the scan. */
export function practices(b: Builder, input: ParsedInput): void {
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
