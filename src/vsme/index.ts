/**
 * VSME reports: the Basic Module of EFRAG's voluntary sustainability reporting standard for SMEs
 * (B1-B11), as datapoints on the EFRAG VSME XBRL taxonomy 2026-05-01, as xBRL-JSON and as a
 * Markdown report in Dutch and English. Bundles data derived from the EFRAG taxonomy (MIT licence,
 * copyright EFRAG).
 *
 * @module koploper/vsme
 */
export { KoploperError, isKoploperError, type KoploperErrorCode, type KoploperIssue } from "../core/errors.js";
export { VSME_ISSUES, type VsmeIssue } from "./issues.js";
export { vsmeInputSchema, vsmeOptionsSchema, type VsmeInput, type VsmeOptions } from "./report.schema.js";
export type { VsmeStatus } from "./rules.js";
export { vsmeReport } from "./report.js";
export type { VsmeDatapoint, VsmeGap, VsmeNote, VsmePeriod, VsmeReport } from "./types.js";
export type { VsmeConceptName } from "./taxonomy/data.js";
export { toXbrlJson, type XbrlJson } from "./xbrl.js";
export { toVsmeMarkdown } from "./markdown.js";
export { vsmeMarkdownOptionsSchema, type VsmeMarkdownOptions } from "./markdown.schema.js";
