/**
 * The official Dutch list of CO2 emission factors 2026 (CO2emissiefactoren.nl), as data.
 *
 * @module koploper/factors/nl-2026
 */
export { KoploperError, isKoploperError, type KoploperErrorCode, type KoploperIssue } from "../../core/errors.js";
export { nl2026 } from "./data.js";
