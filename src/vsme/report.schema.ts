import * as z from "zod/v4";
import { ID_LENGTH, TEXT_LENGTH } from "../core/limits.js";
import { createParser, type DeepReadonly } from "../core/parse.js";
import { decimalSchema } from "../core/common.schema.js";
import type { EnvironmentalPerformance } from "../footprint/environment-types.js";
import { environmentalPerformanceSchema } from "../footprint/environment.schema.js";
import { footprintSchema } from "../footprint/footprint.schema.js";
import type { Footprint } from "../footprint/types.js";
import { measureSchema } from "../lifecycle/measure.schema.js";
import { VSME_ISSUES, type VsmeIssue } from "./issues.js";
import { membersOf, naceMember } from "./members.js";
import { TAXONOMY } from "./taxonomy/data.js";

/** A calendar date `YYYY-MM-DD`. */
function isoDateSchema() {
  return z
    .string()
    .max(TEXT_LENGTH)
    .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "expected a date YYYY-MM-DD")
    .refine((value) => {
      const [year = 0, month = 1, day = 1] = value.split("-").map(Number);
      const date = new Date(Date.UTC(year, month - 1, day));
      return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    }, "not a calendar date");
}

/** Builds the input schema; one call, so that an unused schema costs nothing in a bundle. */
function inputSchema() {
  const amount = decimalSchema.refine((value) => value.gte(0), "must be zero or more");
  const count = z.int().min(0).max(10_000_000);
  const text = z.string().max(TEXT_LENGTH).trim().min(1).max(20_000);
  const id = z.string().trim().min(1).max(ID_LENGTH);

  const country = z
    .string()
    .max(TEXT_LENGTH)
    .refine((code) => membersOf("vsme:CountryOfSite").includes(`country:${code}`), "expected an ISO 3166 country code of the taxonomy, such as NL");

  const issue = z.enum(Object.keys(VSME_ISSUES) as [VsmeIssue, ...VsmeIssue[]]);
  const omitted = z
    .string()
    .max(TEXT_LENGTH)
    .refine(
      (member) => membersOf("vsme:ListOfOmittedDisclosuresDeemedToBeClassifiedOrSensitiveInformation").includes(member),
      "expected a member of the taxonomy's list of disclosures, such as vsme:B11-ConvictionsAndFinesForCorruptionAndBriberyMember",
    );

  const site = z.strictObject({
    id,
    address: text,
    postalCode: text,
    city: text,
    country,
    gps: z.optional(
      z
        .string()
        .max(TEXT_LENGTH)
        .regex(/^-?\d{1,2}\.\d{5}, ?-?\d{1,3}\.\d{5}$/, 'expected "latitude, longitude" with five decimals, such as "52.37403, 4.88969"'),
    ),
  });

  const general = z.strictObject({
    basis: z.optional(z.enum(["individual", "consolidated"])),
    omittedDisclosures: z.optional(z.array(omitted).max(60)),
    subsidiaries: z.optional(z.array(z.strictObject({ id, name: text, address: text })).max(1000)),
    legalForm: z.optional(z.enum(["private-limited-liability", "sole-proprietorship", "partnership", "cooperative", "other"])),
    otherLegalForm: z.optional(text),
    nace: z.optional(
      z
        .array(
          z
            .string()
            .max(TEXT_LENGTH)
            .refine((code) => naceMember(code) !== undefined, "not a NACE code of the taxonomy (write it like C10.71)"),
        )
        .min(1)
        .max(50),
    ),
    balanceSheetEur: z.optional(amount),
    turnoverEur: z.optional(amount),
    employees: z.optional(z.strictObject({ count: amount, type: z.enum(["headcount", "fte"]), counting: z.enum(["end-of-period", "average"]) })),
    country: z.optional(country),
    sites: z.optional(z.array(site).min(1).max(1000)),
    certifications: z.optional(z.union([text, z.literal(false)])),
  });

  const practices = z.strictObject({
    vision: z.optional(z.strictObject({ text, adoptedOn: z.optional(isoDateSchema()) })),
    measures: z.optional(z.array(measureSchema).max(1000)),
    scan: z.optional(
      z.record(
        z
          .string()
          .max(TEXT_LENGTH)
          .regex(/^6\.\d\.\d{1,2}$/, "expected an ISO 26000 issue clause such as 6.5.5"),
        z.nullable(amount),
      ),
    ),
    issues: z.optional(z.array(issue)),
    publiclyAvailable: z.optional(z.boolean()),
    targets: z.optional(z.boolean()),
    cooperative: z.optional(
      z.strictObject({
        participationInGovernance: z.optional(text),
        socialEconomyInvestmentEur: z.optional(amount),
        profitDistributionLimits: z.optional(text),
      }),
    ),
  });

  const isPollutant = (member: string): boolean =>
    member !== "vsme:TypeOfPollutantMember" && (TAXONOMY.axes["vsme:TypeOfPollutantAxis"]?.members.includes(member) ?? false);
  const pollution = z.strictObject({
    applies: z.boolean(),
    publicReportUrl: z.optional(z.url()),
    emissions: z.optional(
      z
        .array(
          z.strictObject({
            pollutant: z.string().max(TEXT_LENGTH).refine(isPollutant, "expected a pollutant member of the taxonomy, such as vsme:NitrogenOxidesNOxNO2Member"),
            airKg: z.optional(amount),
            waterKg: z.optional(amount),
            soilKg: z.optional(amount),
          }),
        )
        .max(100),
    ),
  });

  const hectares = z.optional(amount);
  const biodiversity = z.strictObject({
    sites: z.optional(z.array(z.strictObject({ site: id, in: z.boolean(), near: z.boolean(), areaHa: hectares })).max(1000)),
    landUse: z.optional(z.strictObject({ totalHa: hectares, sealedHa: hectares, natureOnSiteHa: hectares, natureOffSiteHa: hectares })),
  });

  const water = z.strictObject({
    highWaterStressWithdrawalM3: z.optional(z.union([amount, z.literal(false)])),
    processDischargeM3: z.optional(z.union([amount, z.literal(false)])),
  });

  const resources = z.strictObject({
    circularEconomy: z.optional(z.strictObject({ applies: z.boolean(), description: z.optional(text) })),
    materials: z.optional(
      z.union([
        z.literal(false),
        z
          .array(z.strictObject({ id, name: text, kg: amount }))
          .min(1)
          .max(1000),
      ]),
    ),
  });

  const workforce = z.strictObject({
    permanent: z.optional(amount),
    temporary: z.optional(amount),
    male: z.optional(amount),
    female: z.optional(amount),
    otherGender: z.optional(amount),
    genderNotReported: z.optional(amount),
    byCountry: z.optional(z.record(country, amount)),
    leavers: z.optional(amount),
    averageEmployees: z.optional(amount.refine((value) => value.gt(0), "must be more than zero")),
    accidents: z.optional(count),
    hoursWorked: z.optional(amount.refine((value) => value.gt(0), "must be more than zero")),
    fatalities: z.optional(count),
    minimumWage: z.optional(z.boolean()),
    hourlyPayEur: z.optional(z.strictObject({ male: amount.refine((value) => value.gt(0), "must be more than zero"), female: amount })),
    collectiveAgreement: z.optional(z.strictObject({ covered: amount, employees: amount.refine((value) => value.gt(0), "must be more than zero") })),
    trainingHours: z.optional(
      z.strictObject({ male: z.optional(amount), female: z.optional(amount), otherGender: z.optional(amount), genderNotReported: z.optional(amount) }),
    ),
  });

  const corruption = z.strictObject({ convictions: count, finesEur: amount });

  const footprint = footprintSchema;
  const environment = environmentalPerformanceSchema;

  return z.strictObject({
    entity: z.strictObject({
      name: text,
      scheme: z.enum(["lei", "duns", "euid", "permid"]),
      identifier: z
        .string()
        .max(TEXT_LENGTH)
        .regex(/^[A-Za-z0-9._-]{1,100}$/, "letters, digits, '.', '_' or '-'"),
    }),
    general: z.optional(general),
    practices: z.optional(practices),
    footprint: z.optional(footprint),
    environment: z.optional(environment),
    pollution: z.optional(pollution),
    biodiversity: z.optional(biodiversity),
    water: z.optional(water),
    resources: z.optional(resources),
    workforce: z.optional(workforce),
    corruption: z.optional(z.union([corruption, z.literal(false)])),
  });
}

/**
 * What {@link vsmeReport} takes: the `entity` (name and identifier), and per part of the Basic
 * Module what `koploper` does not otherwise know. Every part and field is optional: what is
 * missing is listed in the report, never filled in.
 * - `general` (B1): basis, omitted disclosures, subsidiaries, legal form, NACE codes, balance sheet
 *   total and turnover (EUR), employees (count, headcount or FTE, at the end or averaged), country,
 *   sites, certifications (`false`: none);
 * - `practices` (B2): the MVO `vision` and the action-plan `measures` of the lifecycle, the ISO
 *   26000 `scan` levels per issue (0-4), and the user's own `issues`, which replace the derived list;
 * - `footprint` (B3): a {@link Footprint} from `calculateFootprint`, ideally with `ghg-strict` accounting;
 * - `environment` (the B3 breakdown, B6 water withdrawal, B7 waste): the {@link EnvironmentalPerformance}
 *   from `environmentalPerformance` with the same input and options as the footprint;
 * - `pollution` (B4), `biodiversity` (B5), `water` (B6: high water stress, process discharge),
 *   `resources` (B7: circular economy, materials), `workforce` (B8-B10), `corruption` (B11: `false`
 *   when there were no convictions or fines).
 *
 * @example
 * ```ts
 * import { vsmeInputSchema } from "koploper/vsme";
 *
 * vsmeInputSchema.safeParse({ entity: { name: "Bakkerij", scheme: "euid", identifier: "NLNHR.12345678" } }).success; //=> true
 * ```
 */
export const vsmeInputSchema = /* @__PURE__ */ inputSchema();

/**
 * The options of {@link vsmeReport}: the `module` (`"basic"`; the Comprehensive Module is not built
 * yet), the reporting `period` (first and last day, inclusive) and the `locale` of the texts.
 *
 * @example
 * ```ts
 * import { vsmeOptionsSchema } from "koploper/vsme";
 *
 * vsmeOptionsSchema.shape.module.options; //=> ["basic"]
 * ```
 */
export const vsmeOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    module: z.enum(["basic"]),
    period: z
      .strictObject({ start: isoDateSchema(), end: isoDateSchema() })
      .refine((period) => period.start <= period.end, { message: "the period ends before it starts", path: ["end"] }),
    locale: z.optional(z.enum(["nl", "en"])),
  }))();

/**
 * The input of {@link vsmeReport} as a caller writes it (see {@link vsmeInputSchema}).
 *
 * @example
 * ```ts
 * import type { VsmeInput } from "koploper/vsme";
 *
 * const input: VsmeInput = { entity: { name: "Bakkerij De Korenaar", scheme: "euid", identifier: "NLNHR.12345678" } };
 * ```
 */
export type VsmeInput = DeepReadonly<z.input<typeof vsmeInputSchema>>;

/**
 * The options of {@link vsmeReport} as a caller writes them (see {@link vsmeOptionsSchema}).
 *
 * @example
 * ```ts
 * import type { VsmeOptions } from "koploper/vsme";
 *
 * const options: VsmeOptions = { module: "basic", period: { start: "2026-01-01", end: "2026-12-31" } };
 * ```
 */
export type VsmeOptions = DeepReadonly<z.input<typeof vsmeOptionsSchema>>;

/** The validated input. */
export type ParsedInput = z.output<typeof vsmeInputSchema>;

export const inputParser = /* @__PURE__ */ createParser(vsmeInputSchema, "VSME input");
export const optionsParser = /* @__PURE__ */ createParser(vsmeOptionsSchema, "VSME options");
