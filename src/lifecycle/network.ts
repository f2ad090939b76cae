import { subMonths } from "date-fns/subMonths";
import { refuse as refuseInput } from "../core/errors.js";
import { FIRST_YEAR, type IsoDate } from "./dates.js";
import { refuse, requireNotBefore } from "./guards.js";
import { foldLog } from "./replay.js";
import {
  networkStateAt,
  parseInactiveMembersArguments,
  parseNetworkEvent,
  type InactiveMembersOptions,
  type NetworkEvent,
  type NetworkEventInput,
} from "./network.schema.js";
import { participantOf, type CohortState } from "./state.js";
import { cohortStateAt } from "./state.schema.js";
import { dayFromIsoDate, isoDate } from "./timeline/calendar.js";

type EventOf<T extends NetworkEvent["type"]> = Extract<NetworkEvent, { type: T }>;

/**
 * A member of the Koplopernetwerk: its member id, name, the cohort and participant it completed
 * the programme as, when it joined, and the last day it organised or attended an activity or
 * started a collaboration (absent until then).
 *
 * @example
 * ```ts
 * import type { NetworkMember } from "koploper/lifecycle";
 *
 * const label = (m: NetworkMember) => `${m.name} (${m.cohortName})`;
 * ```
 */
export interface NetworkMember {
  readonly memberId: string;
  readonly name: string;
  readonly cohortId: string;
  readonly cohortName: string;
  readonly participantId: string;
  readonly joinedOn: IsoDate;
  readonly lastActiveOn?: IsoDate;
}

/**
 * A Koplopernetwerk at one moment, as `applyNetworkEvent` and `replayNetwork` build it from the
 * network's own log: its members (from completed cohorts, in joining order), activities and
 * collaborations. Treat it as a value: never build or change one by hand.
 *
 * @example
 * ```ts
 * import type { NetworkState } from "koploper/lifecycle";
 *
 * const size = (n: NetworkState) => n.memberIds.length;
 * ```
 */
export interface NetworkState {
  readonly network: EventOf<"network-created">["network"];
  readonly createdOn: IsoDate;
  readonly memberIds: readonly string[];
  readonly members: Readonly<Record<string, NetworkMember>>;
  readonly activities: readonly Omit<EventOf<"activity-held">, "type">[];
  readonly collaborations: readonly Omit<EventOf<"collaboration-started">, "type">[];
  readonly eventCount: number;
}

function memberOf(state: NetworkState, id: string): NetworkMember | undefined {
  return Object.hasOwn(state.members, id) ? state.members[id] : undefined;
}

/** The member with this id, joined on or before `date`, or a refusal (`unknown-member`, `date-before-joining`). */
function requireMember(state: NetworkState, id: string, date: IsoDate, path: readonly (string | number)[]): NetworkMember {
  const member = memberOf(state, id) ?? refuse("unknown-member", `no member "${id}" joined the network`, path);
  requireNotBefore(date, member.joinedOn, "date-before-joining", `"${id}" joined`);
  return member;
}

/** The state with every member in `ids` active on `date`. */
function active(state: NetworkState, ids: readonly string[], date: IsoDate): NetworkState {
  const members: Record<string, NetworkMember> = { ...state.members };
  for (const id of ids) {
    const member = members[id] as NetworkMember;
    if (member.lastActiveOn === undefined || member.lastActiveOn < date) members[id] = { ...member, lastActiveOn: date };
  }
  return { ...state, members };
}

function join(state: NetworkState, event: EventOf<"member-joined">, cohorts: readonly CohortState[]): NetworkState {
  if (memberOf(state, event.memberId) !== undefined) refuse("member-already-joined", `member "${event.memberId}" already joined`, ["memberId"]);
  const cohort =
    cohorts.find((candidate) => candidate.cohort.id === event.cohortId) ?? refuse("unknown-cohort", `no cohort "${event.cohortId}" is given`, ["cohortId"]);
  const participant =
    participantOf(cohort, event.participantId) ??
    refuse("unknown-participant", `no participant "${event.participantId}" in "${event.cohortId}"`, ["participantId"]);
  if (participant.status !== "completed" || cohort.closedOn === undefined) {
    refuse("participant-not-completed", `participant "${event.participantId}" did not complete "${event.cohortId}"`, ["participantId"]);
  }
  requireNotBefore(event.date, cohort.closedOn, "date-before-close", `the closing of "${event.cohortId}"`);
  const member: NetworkMember = {
    memberId: event.memberId,
    name: participant.participant.name,
    cohortId: cohort.cohort.id,
    cohortName: cohort.cohort.name,
    participantId: participant.participant.id,
    joinedOn: event.date,
  };
  return { ...state, memberIds: [...state.memberIds, member.memberId], members: { ...state.members, [member.memberId]: member } };
}

function activity(state: NetworkState, event: EventOf<"activity-held">): NetworkState {
  if (state.activities.some((item) => item.activityId === event.activityId))
    refuse("activity-already-recorded", `activity "${event.activityId}" was recorded`, ["activityId"]);
  if (event.organisedBy !== undefined) requireMember(state, event.organisedBy, event.date, ["organisedBy"]);
  event.attendance.forEach((id, index) => requireMember(state, id, event.date, ["attendance", index]));
  const { type: _type, ...record } = event;
  const involved = [...new Set([...(event.organisedBy === undefined ? [] : [event.organisedBy]), ...event.attendance])];
  return { ...active(state, involved, event.date), activities: [...state.activities, record] };
}

function collaboration(state: NetworkState, event: EventOf<"collaboration-started">): NetworkState {
  event.memberIds.forEach((id, index) => requireMember(state, id, event.date, ["memberIds", index]));
  if (event.activityId !== undefined) {
    const at =
      state.activities.find((item) => item.activityId === event.activityId) ??
      refuse("unknown-activity", `no activity "${event.activityId}" was recorded`, ["activityId"]);
    requireNotBefore(event.date, at.date, "date-before-activity", `the activity "${event.activityId}"`);
  }
  const { type: _type, ...record } = event;
  return { ...active(state, event.memberIds, event.date), collaborations: [...state.collaborations, record] };
}

/**
 * Applies one event to a Koplopernetwerk's own log: validates it (as {@link parseNetworkEvent}
 * does) and returns the new state, or refuses it; the given state is never changed. The network
 * spans cohorts: `member-joined` looks the participant up in `cohorts`.
 *
 * Rules, by the `code` of the refusal's issue (`INVALID_TRANSITION`): `network-not-created`,
 * `network-already-created`, `member-already-joined`, `unknown-cohort`, `unknown-participant`,
 * `participant-not-completed` (members come from completed cohorts), `date-before-close` (joining
 * before that cohort closed), `date-before-creation` (any event before the network was created),
 * `activity-already-recorded`, `unknown-member`, `date-before-joining` (an organiser, attendee or
 * collaborator named before it joined), `unknown-activity`, `date-before-activity`.
 *
 * @param state - the current state, or `undefined` before the `network-created` event
 * @param event - the event, validated here
 * @param cohorts - the states of the cohorts members come from (needed for `member-joined`)
 * @returns the new state
 * @throws {@link KoploperError} `INVALID_INPUT` for a malformed event, `INVALID_TRANSITION` for an
 *   event the state does not allow
 * @example
 * ```ts
 * import { applyNetworkEvent } from "koploper/lifecycle";
 *
 * applyNetworkEvent(undefined, { type: "network-created", date: "2028-01-05", network: { id: "groningen", name: "Koplopernetwerk Groningen" } }).memberIds;
 * //=> []
 * ```
 */
export function applyNetworkEvent(state: NetworkState | undefined, event: NetworkEventInput, cohorts: readonly CohortState[] = []): NetworkState {
  return applyToNetwork(state === undefined ? undefined : networkStateAt(state, ["state"]), event, cohortStates(cohorts));
}

/** The cohort states a network's members come from, each checked at the door (issues under `cohorts`). */
function cohortStates(cohorts: readonly CohortState[]): readonly CohortState[] {
  if (!Array.isArray(cohorts)) refuseInput("INVALID_INPUT", "invalid_type", "cohorts must be an array of cohort states", ["cohorts"]);
  return cohorts.map((cohort, index) => cohortStateAt(cohort, ["cohorts", index]));
}

function applyToNetwork(state: NetworkState | undefined, event: NetworkEventInput, cohorts: readonly CohortState[]): NetworkState {
  const parsed = parseNetworkEvent(event);
  if (state === undefined) {
    if (parsed.type !== "network-created") refuse("network-not-created", "a network log starts with a network-created event", ["type"]);
    return { network: parsed.network, createdOn: parsed.date, memberIds: [], members: {}, activities: [], collaborations: [], eventCount: 1 };
  }
  if (parsed.type === "network-created") refuse("network-already-created", "the network exists; its log has one network-created event, the first", ["type"]);
  requireNotBefore(parsed.date, state.createdOn, "date-before-creation", "the network was created");
  const next =
    parsed.type === "member-joined" ? join(state, parsed, cohorts) : parsed.type === "activity-held" ? activity(state, parsed) : collaboration(state, parsed);
  return { ...next, eventCount: state.eventCount + 1 };
}

/**
 * Folds a network's whole log with {@link applyNetworkEvent}.
 *
 * @param events - the log, oldest first; the first event must be `network-created`
 * @param cohorts - the states of the cohorts members come from
 * @returns the state after the last event
 * @throws {@link KoploperError} the first refusal, its message naming the event's index and every
 *   issue's path starting with it; an empty log is refused with rule `network-not-created`
 * @example
 * ```ts
 * import { replayNetwork } from "koploper/lifecycle";
 *
 * replayNetwork([{ type: "network-created", date: "2028-01-05", network: { id: "groningen", name: "Koplopernetwerk Groningen" } }]).network.name;
 * //=> "Koplopernetwerk Groningen"
 * ```
 */
export function replayNetwork(events: readonly NetworkEventInput[], cohorts: readonly CohortState[] = []): NetworkState {
  const checked = cohortStates(cohorts);
  return foldLog(
    events,
    (state: NetworkState | undefined, event: NetworkEventInput) => applyToNetwork(state, event, checked),
    () => refuse("network-not-created", "a network log starts with a network-created event"),
  );
}

/**
 * A member that has not been active for a while (see {@link inactiveMembers}): when it was last
 * active (`null` when never since joining) and the day its quiet spell started (`since`: that day,
 * or its joining).
 *
 * @example
 * ```ts
 * import type { InactiveMember } from "koploper/lifecycle";
 *
 * const never = (m: InactiveMember) => m.lastActiveOn === null;
 * ```
 */
export interface InactiveMember {
  readonly memberId: string;
  readonly name: string;
  readonly cohortId: string;
  readonly lastActiveOn: IsoDate | null;
  readonly since: IsoDate;
}

/**
 * Who in the network has not been active for `months` months (12 by default) on `now`: no activity
 * organised or attended and no collaboration started since that many months before `now`, counted
 * from the joining for a member never active. Active means organising or attending an
 * `activity-held` or starting a `collaboration-started`. `now` is a parameter: the clock is never
 * read; dates compare by calendar date (Europe/Amsterdam).
 *
 * @param state - the network
 * @param now - today: an ISO date, an ISO date-time with offset or a `Date`
 * @param options - `months` without activity, 1-120
 * @returns the inactive members, quiet longest first (then in joining order)
 * @throws {@link KoploperError} `INVALID_INPUT` for a bad `now` or bad options, with their paths
 * @example
 * ```ts
 * import { inactiveMembers, type NetworkState } from "koploper/lifecycle";
 *
 * declare const network: NetworkState;
 * inactiveMembers(network, "2029-06-01").map((member) => member.name);
 * ```
 */
export function inactiveMembers(state: NetworkState, now: string | Date, options?: InactiveMembersOptions): readonly InactiveMember[] {
  state = networkStateAt(state, ["state"]);
  const input = parseInactiveMembersArguments(now, options);
  const limitDay = subMonths(dayFromIsoDate(input.now, "UTC"), input.options.months);
  // Nobody can be quiet since before year 1, the first an ISO date can name.
  if (limitDay.getFullYear() < FIRST_YEAR) return [];
  const limit = isoDate(limitDay);
  const quiet = state.memberIds.flatMap((id) => {
    const member = state.members[id] as NetworkMember;
    const since = member.lastActiveOn ?? member.joinedOn;
    if (since > limit) return [];
    return [{ memberId: id, name: member.name, cohortId: member.cohortId, lastActiveOn: member.lastActiveOn ?? null, since }];
  });
  return quiet.sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0));
}
