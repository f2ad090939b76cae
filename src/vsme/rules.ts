import type { Localized } from "../core/localized.js";
import type { VsmeConceptName } from "./taxonomy/data.js";

/**
 * How VSME asks for a datapoint, as EFRAG's digital template tags it: `always` (to be reported
 * when the module is chosen), `if-applicable` (only in the circumstances a question decides) or
 * `may` (optional).
 *
 * @example
 * ```ts
 * import type { VsmeStatus } from "koploper/vsme";
 *
 * const required = (status: VsmeStatus) => status === "always";
 * ```
 */
export type VsmeStatus = "always" | "if-applicable" | "may";

const CONSOLIDATED = {
  en: "Is the report prepared on a consolidated basis (with subsidiaries)?",
  nl: "Wordt het verslag op geconsolideerde basis opgesteld (met dochterondernemingen)?",
};
const COOPERATIVE = { en: "Is the undertaking a cooperative?", nl: "Is de onderneming een coöperatie?" };
const PRACTICES = {
  en: "Does the undertaking have practices, policies or future initiatives for the transition to a more sustainable economy?",
  nl: "Heeft de onderneming praktijken, beleid of toekomstige initiatieven voor de overgang naar een duurzamere economie?",
};
const SPLIT = {
  en: "Can the undertaking obtain the split of its energy use into renewable and non-renewable (VSME par. 29)?",
  nl: "Kan de onderneming haar energieverbruik uitsplitsen in hernieuwbaar en niet-hernieuwbaar (VSME par. 29)?",
};
const POLLUTION = {
  en: "Does the undertaking already report its emissions of pollutants under law or an environmental management system (VSME par. 32)?",
  nl: "Rapporteert de onderneming haar emissies van verontreinigende stoffen al op grond van de wet of een milieuzorgsysteem (VSME par. 32)?",
};
const BIODIVERSITY = {
  en: "Does the undertaking have sites in or near biodiversity-sensitive areas?",
  nl: "Heeft de onderneming vestigingen in of bij biodiversiteitsgevoelige gebieden?",
};
const WATER_STRESS = {
  en: "Does the undertaking have sites in areas of high water stress?",
  nl: "Heeft de onderneming vestigingen in gebieden met hoge waterstress?",
};
const PROCESS_WATER = {
  en: "Do the undertaking's production processes consume significant amounts of water (VSME par. 36)?",
  nl: "Verbruiken de productieprocessen van de onderneming aanzienlijke hoeveelheden water (VSME par. 36)?",
};
const MATERIALS = {
  en: "Does the undertaking have significant material flows (for example manufacturing, construction or packaging; VSME par. 38(c))?",
  nl: "Heeft de onderneming aanzienlijke materiaalstromen (bijvoorbeeld productie, bouw of verpakking; VSME par. 38(c))?",
};
const GENDER = { en: "Does the undertaking have employees of this gender category?", nl: "Heeft de onderneming medewerkers in deze gendercategorie?" };

/** How one Basic Module concept is asked for, and for `if-applicable` the question that decides it. */
export interface ConceptRule {
  readonly status: VsmeStatus;
  readonly question?: Localized;
}

const always: ConceptRule = { status: "always" };
const may: ConceptRule = { status: "may" };

/**
 * Every concept of the Basic Module (B1-B11) in the taxonomy, with its status after EFRAG's digital
 * template v1.1.1 and the research notes (vsme-and-energy-duties.md A.3). A test checks that this
 * list and the taxonomy's B1-B11 concepts are the same.
 */
export const RULES: Readonly<Partial<Record<VsmeConceptName, ConceptRule>>> = {
  // B1
  "vsme:BasisForPreparation": always,
  "vsme:ListOfOmittedDisclosuresDeemedToBeClassifiedOrSensitiveInformation": always,
  "vsme:BasisForReporting": always,
  "vsme:NameOfTheSubsidiary": { status: "if-applicable", question: CONSOLIDATED },
  "vsme:RegisteredAddressOfTheSubsidiary": { status: "if-applicable", question: CONSOLIDATED },
  "vsme:UndertakingsLegalForm": always,
  "vsme:OtherUndertakingsLegalForm": { status: "if-applicable", question: { en: 'Is the legal form "other"?', nl: 'Is de rechtsvorm "overig"?' } },
  "vsme:NaceSectorClassificationCodes": always,
  "vsme:Assets": always,
  "vsme:Turnover": always,
  "vsme:NumberOfEmployees": always,
  "vsme:TypeOfNumberOfEmployees": always,
  "vsme:EmployeeCountingMethodology": always,
  "vsme:CountryOfPrimaryOperationsAndLocationOfSignificantAssets": always,
  "vsme:AddressOfSite": always,
  "vsme:PostalCodeOfSite": always,
  "vsme:CityOfSite": always,
  "vsme:CountryOfSite": always,
  "vsme:GPSLocationOfSite": always,
  "vsme:DescriptionOfSustainabilityRelatedCertificationsOrLabels": {
    status: "if-applicable",
    question: {
      en: "Does the undertaking have sustainability-related certifications or labels?",
      nl: "Heeft de onderneming duurzaamheidscertificaten of -keurmerken?",
    },
  },
  // B2
  "vsme:SustainabilityIssueAddressedByPracticePolicyAndOrFutureInitiative": { status: "if-applicable", question: PRACTICES },
  "vsme:PracticePolicyAndOrFutureInitiativeIsPubliclyAvailable": { status: "if-applicable", question: PRACTICES },
  "vsme:UndertakingHasSetATargetWhichIsRelatedToAPolicy": { status: "if-applicable", question: PRACTICES },
  "vsme:DescriptionOfTheEffectiveParticipationOfWorkersUsersOrOtherInterestedPartiesOrCommunitiesInGovernance": {
    status: "if-applicable",
    question: COOPERATIVE,
  },
  "vsme:FinancialInvestmentInTheCapitalOrAssetsOfSocialEconomyEntities": { status: "if-applicable", question: COOPERATIVE },
  "vsme:DescriptionOfLimitsToTheDistributionOfProfitsConnectedToTheMutualisticNatureOrToTheNatureOfTheActivitiesConsistingInServicesOfGeneralEconomicInterestSGEI":
    { status: "if-applicable", question: COOPERATIVE },
  // B3
  "vsme:TotalEnergyConsumption": always,
  "vsme:EnergyConsumptionFromElectricity": { status: "if-applicable", question: SPLIT },
  "vsme:EnergyConsumptionFromFuels": { status: "if-applicable", question: SPLIT },
  "vsme:EnergyConsumptionFromSelfGeneratedElectricity": {
    status: "if-applicable",
    question: { en: "Does the undertaking generate electricity itself?", nl: "Wekt de onderneming zelf elektriciteit op?" },
  },
  "vsme:GrossScope1GreenhouseGasEmissions": always,
  "vsme:GrossLocationBasedScope2GreenhouseGasEmissions": always,
  "vsme:GrossMarketBasedScope2GreenhouseGasEmissions": may,
  "vsme:TotalGrossLocationBasedScope1AndScope2GHGEmissions": always,
  "vsme:TotalGrossMarketBasedScope1AndScope2GHGEmissions": may,
  "vsme:GrossScope3GreenhouseGasEmissions": may,
  "vsme:TotalGrossLocationBasedGHGEmissions": may,
  "vsme:TotalGrossMarketBasedGHGEmissions": may,
  "vsme:Scope1AndScope2GreenhouseGasEmissionsIntensityValueLocationBased": always,
  "vsme:Scope1AndScope2GreenhouseGasEmissionsIntensityValueMarketBased": may,
  "vsme:TotalLocationBasedGreenhouseGasEmissionsIntensityValue": may,
  "vsme:TotalMarketBasedGreenhouseGasEmissionsIntensityValue": may,
  // B4
  "vsme:AmountOfEmissionToAir": { status: "if-applicable", question: POLLUTION },
  "vsme:AmountOfEmissionToWater": { status: "if-applicable", question: POLLUTION },
  "vsme:AmountOfEmissionToSoil": { status: "if-applicable", question: POLLUTION },
  "vsme:PubliclyAvailableDisclosure": { status: "if-applicable", question: POLLUTION },
  "vsme:URLOrLinkToThePubliclyAvailableDisclosure": { status: "if-applicable", question: POLLUTION },
  // B5
  "vsme:SiteLocatedInABiodiversitySensitiveArea": { status: "if-applicable", question: BIODIVERSITY },
  "vsme:SiteLocatedNearABiodiversitySensitiveArea": { status: "if-applicable", question: BIODIVERSITY },
  "vsme:AreaOfSiteInBiodiversitySensitiveArea": { status: "if-applicable", question: BIODIVERSITY },
  "vsme:TotalUseOfLand": may,
  "vsme:TotalSealedArea": may,
  "vsme:TotalNatureOrientedAreaOnSite": may,
  "vsme:TotalNatureOrientedAreaOffSite": may,
  // B6
  "vsme:TotalAmountOfWaterWithdrawnFromAllSites": always,
  "vsme:AmountOfWaterWithdrawnAtSitesLocatedInAreasOfHighWaterStress": { status: "if-applicable", question: WATER_STRESS },
  "vsme:WaterDischargeFromUndertakingProductionProcesses": { status: "if-applicable", question: PROCESS_WATER },
  "vsme:TotalWaterConsumption": { status: "if-applicable", question: PROCESS_WATER },
  // B7 (mass is reported; the volume concepts are for waste whose weight is unsuitable)
  "vsme:UndertakingAppliesCircularEconomyPrinciples": always,
  "vsme:DescriptionOfHowCircularEconomyPrinciplesAreApplied": {
    status: "if-applicable",
    question: { en: "Does the undertaking apply circular economy principles?", nl: "Past de onderneming principes van de circulaire economie toe?" },
  },
  "vsme:TotalHazardousWasteGeneratedMass": always,
  "vsme:TotalNonHazardousWasteGeneratedMass": always,
  "vsme:TotalWasteGeneratedMass": always,
  "vsme:WasteDivertedToRecycleOrReuseMass": always,
  "vsme:WasteDirectedToDisposalMass": always,
  "vsme:TotalWasteRecycledReusedAndDirectedToDisposalMass": always,
  "vsme:TotalHazardousWasteGeneratedVolume": may,
  "vsme:TotalNonHazardousWasteGeneratedVolume": may,
  "vsme:TotalWasteGeneratedVolume": may,
  "vsme:WasteDivertedToRecycleOrReuseVolume": may,
  "vsme:WasteDirectedToDisposalVolume": may,
  "vsme:TotalWasteRecycledReusedAndDirectedToDisposalVolume": may,
  "vsme:NameOfMaterialUsed": { status: "if-applicable", question: MATERIALS },
  "vsme:WeightOfMaterialUsed": { status: "if-applicable", question: MATERIALS },
  "vsme:VolumeOfMaterialUsed": may,
  "vsme:TotalMassOfMaterialUsed": { status: "if-applicable", question: MATERIALS },
  "vsme:TotalVolumeOfMaterialUsed": may,
  // B8
  "vsme:NumberOfPermanentContractEmployees": always,
  "vsme:NumberOfTemporaryContractEmployees": always,
  "vsme:NumberOfMaleEmployees": always,
  "vsme:NumberOfFemaleEmployees": always,
  "vsme:NumberOfOtherGenderEmployees": always,
  "vsme:NumberOfNonReportedGenderEmployees": always,
  "vsme:NumberOfEmployeesForCountryOfEmploymentContract": {
    status: "if-applicable",
    question: { en: "Does the undertaking employ people in more than one country?", nl: "Heeft de onderneming medewerkers in meer dan één land in dienst?" },
  },
  "vsme:EmployeeTurnoverRate": {
    status: "if-applicable",
    question: { en: "Does the undertaking have 50 or more employees?", nl: "Heeft de onderneming 50 of meer medewerkers?" },
  },
  // B9
  "vsme:NumberOfRecordableWorkRelatedAccidentsInTheReportingPeriod": always,
  "vsme:RateOfRecordableWorkRelatedAccidentsInTheReportingPeriod": always,
  "vsme:NumberOfFatalitiesAsAResultOfWorkRelatedInjuriesAndWorkRelatedIllHealth": always,
  // B10
  "vsme:EmployeesReceivePayEqualOrAboveMinimumWageDeterminedByNationalLawOrCollectiveAgreement": always,
  "vsme:PercentageGapInPayBetweenFemaleAndMaleEmployees": {
    status: "if-applicable",
    question: {
      en: "Does the undertaking have 150 or more employees (headcount)? Below that the pay gap may be omitted (100 from 7 June 2031).",
      nl: "Heeft de onderneming 150 of meer medewerkers (personen)? Daaronder mag de loonkloof worden weggelaten (100 vanaf 7 juni 2031).",
    },
  },
  "vsme:PercentageOfEmployeesCoveredByCollectiveBargainingAgreements": always,
  "vsme:AverageNumberOfAnnualTrainingHoursPerMaleEmployee": always,
  "vsme:AverageNumberOfAnnualTrainingHoursPerFemaleEmployee": always,
  "vsme:AverageNumberOfAnnualTrainingHoursPerOtherGenderEmployee": { status: "if-applicable", question: GENDER },
  "vsme:AverageNumberOfAnnualTrainingHoursPerNonReportedGenderEmployee": { status: "if-applicable", question: GENDER },
  // B11
  "vsme:TotalNumberOfConvictionsForTheViolationOfAntiCorruptionAndAntiBriberyLaws": {
    status: "if-applicable",
    question: {
      en: "Were there convictions or fines for breaking anti-corruption or anti-bribery laws in the period?",
      nl: "Waren er in de periode veroordelingen of boetes wegens overtreding van wetten tegen corruptie of omkoping?",
    },
  },
  "vsme:TotalAmountOfFinesForTheViolationOfAnticorruptionAndAntibriberyLaws": {
    status: "if-applicable",
    question: {
      en: "Were there convictions or fines for breaking anti-corruption or anti-bribery laws in the period?",
      nl: "Waren er in de periode veroordelingen of boetes wegens overtreding van wetten tegen corruptie of omkoping?",
    },
  },
};
