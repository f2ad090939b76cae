// What vsmeReport returns: the datapoints, the gaps and the notes of a VSME report.
import type { Locale, Localized } from "../core/localized.js";
import type { VsmeStatus } from "./rules.js";
import type { VsmeConceptName } from "./taxonomy/data.js";

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
