// The sustainability matters of VSME B2: a constant of the report, which the input schema takes its names from.

/** The ten sustainability matters of VSME B2 (the members of `vsme:SustainabilityIssueAddressedByPracticePolicyAndOrFutureInitiative`), by koploper's short name. */
export const VSME_ISSUES = {
  "climate-change": "vsme:ClimateChangeMember",
  pollution: "vsme:PollutionMember",
  "water-and-marine-resources": "vsme:WaterAndMarineResourcesMember",
  "biodiversity-and-ecosystems": "vsme:BiodiversityAndEcosystemsMember",
  "circular-economy": "vsme:CircularEconomyMember",
  "own-workforce": "vsme:OwnWorkforceMember",
  "workers-in-the-value-chain": "vsme:WorkersInTheValueChainMember",
  "affected-communities": "vsme:AffectedCommunitiesMember",
  "consumers-and-end-users": "vsme:ConsumersAndEndUsersMember",
  "business-conduct": "vsme:BusinessConductMember",
} as const;

/**
 * One of the ten sustainability matters of VSME B2 (see {@link VSME_ISSUES}).
 *
 * @example
 * ```ts
 * import type { VsmeIssue } from "koploper/vsme";
 *
 * const issue: VsmeIssue = "circular-economy";
 * ```
 */
export type VsmeIssue = keyof typeof VSME_ISSUES;
