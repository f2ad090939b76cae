import { clauseOfLevel } from "./standard.js";

/**
 * One Sustainable Development Goal (1-17) and the ISO 26000 core subjects a source links it to.
 * `complete: false` when the source was only partly readable for this goal.
 *
 * @example
 * ```ts
 * import { SDG_CROSSWALK, type SdgLink } from "koploper";
 *
 * const link: SdgLink | undefined = SDG_CROSSWALK.links.find((entry) => entry.sdg === 6);
 * link?.coreSubjects; //=> ["6.5"]
 * ```
 */
export interface SdgLink {
  readonly sdg: number;
  readonly coreSubjects: readonly string[];
  readonly complete: boolean;
}

/**
 * A crosswalk with its source and what it covers.
 *
 * @example
 * ```ts
 * import { SDG_CROSSWALK, type SdgCrosswalk } from "koploper";
 *
 * const crosswalk: SdgCrosswalk = SDG_CROSSWALK;
 * crosswalk.links.length; //=> 12
 * ```
 */
export interface SdgCrosswalk {
  readonly source: string;
  readonly coverage: string;
  readonly links: readonly SdgLink[];
}

const link = (sdg: number, coreSubjects: readonly string[], complete = true): SdgLink =>
  Object.freeze({ sdg, coreSubjects: Object.freeze([...coreSubjects]), complete });

/**
 * From the SDGs to the ISO 26000 core subjects, only as far as a source supports it: a Dutch
 * consultant's table (constantis.nl/sdg, as recorded in the project's research notes). The excerpt
 * seen covers SDG 1 to 11 and stops within SDG 12 (only "Bestuur" is legible there), so SDG 12 is
 * marked incomplete and SDG 13-17 are absent. ISO's own brochure "ISO 26000 and the SDGs" says the
 * standard offers more than 450 recommendations related to the SDGs, without a table we could read.
 * Frozen.
 *
 * @see ISO 26000:2010 clause 6
 *
 * @example
 * ```ts
 * import { SDG_CROSSWALK } from "koploper";
 *
 * SDG_CROSSWALK.links.filter((entry) => entry.coreSubjects.includes("6.4")).map((entry) => entry.sdg); //=> [3, 8]
 * ```
 */
export const SDG_CROSSWALK: SdgCrosswalk = /* @__PURE__ */ crosswalk();

function crosswalk(): SdgCrosswalk {
  return Object.freeze({
    source: "constantis.nl/sdg: Dutch consultant table SDG -> ISO 26000 core subjects (seen in part)",
    coverage: "SDG 1-11 complete; SDG 12 only in part (governance); SDG 13-17 not covered by the source",
    links: Object.freeze([
      link(1, ["6.2", "6.3", "6.6", "6.7", "6.8"]),
      link(2, ["6.3", "6.5", "6.8"]),
      link(3, ["6.3", "6.4", "6.7"]),
      link(4, ["6.2", "6.8"]),
      link(5, ["6.3", "6.8"]),
      link(6, ["6.5"]),
      link(7, ["6.5", "6.7", "6.8"]),
      link(8, ["6.4", "6.6", "6.7", "6.8"]),
      link(9, ["6.2", "6.5", "6.8"]),
      link(10, ["6.2", "6.3"]),
      link(11, ["6.3", "6.5", "6.8"]),
      link(12, ["6.2"], false),
    ]),
  });
}

/**
 * The SDGs the {@link SDG_CROSSWALK} links to a core subject, in order. Only what the source
 * supports: an SDG not listed may still be related.
 *
 * @param coreSubject - a core subject clause, `"6.2"` to `"6.8"`
 * @returns the SDG numbers
 * @throws {@link KoploperError} `UNKNOWN_CLAUSE` when `coreSubject` is not a core subject
 *
 * @example
 * ```ts
 * import { getSdgsOfCoreSubject } from "koploper";
 *
 * getSdgsOfCoreSubject("6.5"); //=> [2, 6, 7, 9, 11]
 * ```
 */
export function getSdgsOfCoreSubject(coreSubject: string): number[] {
  const subject = clauseOfLevel(coreSubject, "core-subject");
  return SDG_CROSSWALK.links.filter((entry) => entry.coreSubjects.includes(subject.clause)).map((entry) => entry.sdg);
}
