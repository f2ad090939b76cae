/**
 * VSME reports: the Basic Module of EFRAG's voluntary sustainability reporting standard for SMEs
 * (B1-B11), as datapoints on the EFRAG VSME XBRL taxonomy 2026-05-01, as xBRL-JSON and as a
 * Markdown report in Dutch and English. Bundles data derived from the EFRAG taxonomy (MIT licence,
 * copyright EFRAG).
 *
 * @module koploper/vsme
 */
export { KoploperError, isKoploperError, type KoploperErrorCode, type KoploperIssue } from "../core/errors.js";
export { VSME_ISSUES, vsmeInputSchema, vsmeOptionsSchema, type VsmeInput, type VsmeIssue, type VsmeOptions } from "./report.schema.js";
export type { VsmeStatus } from "./rules.js";
export { vsmeReport, type VsmeDatapoint, type VsmeGap, type VsmeNote, type VsmePeriod, type VsmeReport } from "./report.js";
export type { VsmeConceptName } from "./taxonomy/data.js";
export { toXbrlJson, type XbrlJson } from "./xbrl.js";
export { toVsmeMarkdown, vsmeMarkdownOptionsSchema, type VsmeMarkdownOptions } from "./markdown.js";
