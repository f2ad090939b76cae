/**
 * ISO 26000: the standard's structure as data, questionnaires, answers, scores, gap analysis and
 * recommendations.
 *
 * @module koploper/iso26000
 */
export { KoploperError, isKoploperError, type KoploperErrorCode, type KoploperIssue } from "../core/errors.js";
