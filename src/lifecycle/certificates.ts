import type { IsoDate } from "./dates.js";
import type { ParticipantKind } from "./constants.js";
import { participantsOf, type CohortState } from "./state.js";
import { cohortStateAt } from "./state.schema.js";

/**
 * A participation certificate: who completed which cohort on which date, and the prize place if
 * it won one. Separate from the ranked prize: every participant that completed gets one.
 *
 * @example
 * ```ts
 * import type { Certificate } from "koploper/lifecycle";
 *
 * const text = (c: Certificate) => `${c.name} is Koploper (${c.cohortName}, ${c.completedOn})`;
 * ```
 */
export interface Certificate {
  readonly participantId: string;
  readonly name: string;
  readonly kind: ParticipantKind;
  readonly cohortId: string;
  readonly cohortName: string;
  readonly completedOn: IsoDate;
  readonly prizePlace?: number;
}

/**
 * The certificates of a cohort: one for every participant that completed the programme (active
 * with an action plan when the cohort closed), in registration order. Empty until the cohort
 * closes.
 *
 * @param state - the cohort
 * @returns one certificate per completed participant
 * @example
 * ```ts
 * import { certificates, type CohortState } from "koploper/lifecycle";
 *
 * declare const closed: CohortState;
 * certificates(closed).map((certificate) => certificate.name);
 * ```
 */
export function certificates(state: CohortState): readonly Certificate[] {
  state = cohortStateAt(state);
  const places = new Map(state.prizes.map((prize) => [prize.participantId, prize.place]));
  return participantsOf(state).flatMap(({ participant, completedOn }) => {
    if (completedOn === undefined) return [];
    const place = places.get(participant.id);
    return [
      {
        participantId: participant.id,
        name: participant.name,
        kind: participant.kind,
        cohortId: state.cohort.id,
        cohortName: state.cohort.name,
        completedOn,
        ...(place === undefined ? {} : { prizePlace: place }),
      },
    ];
  });
}
