/**
 * The Koploper programme: cohort, one-year timeline, audit, vision, action plan, exchange,
 * symposium and prize, network.
 *
 * @module koploper/lifecycle
 */
export { KoploperError, isKoploperError, type KoploperErrorCode, type KoploperIssue } from "../core/errors.js";
export * from "./timeline/index.js";
