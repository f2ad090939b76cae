import * as z from "zod/v4";
import { createParser, createResultParser, parseAt, type DeepReadonly } from "../core/parse.js";
import { COLLABORATION_KINDS } from "./constants.js";
import { event, idSchema, isoDateSchema, textSchema, uniqueIdsSchema } from "./common.schema.js";
import { checkedPart } from "./state.schema.js";

/**
 * Every event of a Koplopernetwerk's own log, across cohorts; each has the calendar `date` it
 * happened on.
 *
 * - `network-created` `{ network: { id, name, region? } }`: always the first event.
 * - `member-joined` `{ memberId, cohortId, participantId }`: a participant that completed a cohort
 *   joins; `memberId` is the network's own id for it (the same company may take part in two rounds).
 * - `activity-held` `{ activityId, title, organisedBy?, attendance }`: organised by the network
 *   (no `organisedBy`) or by a member (its member id); `attendance` lists the members who took part.
 * - `collaboration-started` `{ memberIds: [a, b], kind, description, activityId? }`: a joint project
 *   or business deal between two members, optionally at an activity.
 *
 * @example
 * ```ts
 * import { networkEventSchema } from "koploper/lifecycle";
 *
 * networkEventSchema.parse({ type: "activity-held", date: "2028-03-10", activityId: "voorjaar", title: "Voorjaarsbijeenkomst", attendance: [] }).type;
 * //=> "activity-held"
 * ```
 */
export const networkEventSchema = /* @__PURE__ */ z.discriminatedUnion("type", [
  /* @__PURE__ */ event("network-created", {
    network: /* @__PURE__ */ z.strictObject({ id: idSchema, name: textSchema, region: /* @__PURE__ */ textSchema.optional() }),
  }),
  /* @__PURE__ */ event("member-joined", { memberId: idSchema, cohortId: idSchema, participantId: idSchema }),
  /* @__PURE__ */ event("activity-held", {
    activityId: idSchema,
    title: textSchema,
    organisedBy: /* @__PURE__ */ idSchema.optional(),
    attendance: /* @__PURE__ */ uniqueIdsSchema(),
  }),
  /* @__PURE__ */ event("collaboration-started", {
    memberIds: /* @__PURE__ */ z.tuple([idSchema, idSchema]).refine(([a, b]) => a !== b, "A collaboration is between two different members"),
    kind: /* @__PURE__ */ z.enum(COLLABORATION_KINDS),
    description: textSchema,
    activityId: /* @__PURE__ */ idSchema.optional(),
  }),
]);

/**
 * A validated network event (see {@link networkEventSchema}).
 *
 * @example
 * ```ts
 * import type { NetworkEvent } from "koploper/lifecycle";
 *
 * const isActivity = (e: NetworkEvent) => e.type === "activity-held";
 * ```
 */
export type NetworkEvent = z.output<typeof networkEventSchema>;

/**
 * A network event as callers may write it (dates as ISO strings or `Date`).
 *
 * @example
 * ```ts
 * import type { NetworkEventInput } from "koploper/lifecycle";
 *
 * const joined: NetworkEventInput = { type: "member-joined", date: "2028-01-10", memberId: "kompanjie", cohortId: "oost-groningen-2027", participantId: "kompanjie" };
 * ```
 */
export type NetworkEventInput = DeepReadonly<z.input<typeof networkEventSchema>>;

const networkEventParser = /* @__PURE__ */ createParser(networkEventSchema, "network event");

/**
 * Validates an untrusted network event.
 *
 * @param input - anything
 * @returns the event with ISO dates
 * @throws {@link KoploperError} `INVALID_INPUT` with every issue and its path
 * @example
 * ```ts
 * import { parseNetworkEvent } from "koploper/lifecycle";
 *
 * parseNetworkEvent({ type: "network-created", date: new Date("2028-01-05T10:00:00+01:00"), network: { id: "n", name: "Koplopernetwerk Groningen" } }).date;
 * //=> "2028-01-05"
 * ```
 */
export function parseNetworkEvent(input: unknown): NetworkEvent {
  return networkEventParser.parse(input);
}

/**
 * The options of `inactiveMembers`: `months` without activity that make a member inactive, 1-120,
 * default 12.
 *
 * @example
 * ```ts
 * import { inactiveMembersOptionsSchema } from "koploper/lifecycle";
 *
 * inactiveMembersOptionsSchema.parse({}).months; //=> 12
 * ```
 */
export const inactiveMembersOptionsSchema = /* @__PURE__ */ z.strictObject({ months: /* @__PURE__ */ z.int().min(1).max(120).default(12) }).prefault({});

/**
 * The options of `inactiveMembers` as callers write them.
 *
 * @example
 * ```ts
 * import type { InactiveMembersOptions } from "koploper/lifecycle";
 *
 * const halfYear: InactiveMembersOptions = { months: 6 };
 * ```
 */
export type InactiveMembersOptions = DeepReadonly<z.input<typeof inactiveMembersOptionsSchema>>;

const inactiveArgumentsParser = /* @__PURE__ */ createParser(
  /* @__PURE__ */ z.strictObject({ now: isoDateSchema, options: inactiveMembersOptionsSchema }),
  "inactiveMembers arguments",
);

/** Validates the arguments of `inactiveMembers`; throws `INVALID_INPUT` with every issue. */
export function parseInactiveMembersArguments(now: unknown, options: unknown): { now: string; options: { months: number } } {
  return inactiveArgumentsParser.parse({ now, options });
}

// A stored network state, checked like any input: each record of an event by that event's schema,
// every member filed under its own id and listed once in memberIds.
const networkStateSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      network: z.strictObject({ id: idSchema, name: textSchema, region: z.exactOptional(textSchema) }),
      createdOn: isoDateSchema,
      memberIds: uniqueIdsSchema(),
      members: z.record(
        idSchema,
        z.strictObject({
          memberId: idSchema,
          name: textSchema,
          cohortId: idSchema,
          cohortName: textSchema,
          participantId: idSchema,
          joinedOn: isoDateSchema,
          lastActiveOn: z.exactOptional(isoDateSchema),
        }),
      ),
      activities: z.array(
        checkedPart(networkEventSchema, "activity-held").transform((part) => part as Omit<Extract<NetworkEvent, { type: "activity-held" }>, "type">),
      ),
      collaborations: z.array(
        checkedPart(networkEventSchema, "collaboration-started").transform(
          (part) => part as Omit<Extract<NetworkEvent, { type: "collaboration-started" }>, "type">,
        ),
      ),
      eventCount: z.int().min(1),
    })
    .check((ctx) => {
      const { memberIds, members } = ctx.value;
      for (const [id, member] of Object.entries(members)) {
        if (member.memberId !== id)
          ctx.issues.push({ code: "custom", message: `member "${member.memberId}" is filed under "${id}"`, path: ["members", id, "memberId"], input: member });
        if (!memberIds.includes(id)) ctx.issues.push({ code: "custom", message: `member "${id}" is not in memberIds`, path: ["members", id], input: member });
      }
      memberIds.forEach((id, index) => {
        if (!Object.hasOwn(members, id)) ctx.issues.push({ code: "custom", message: `member "${id}" has no record`, path: ["memberIds", index], input: id });
      });
    }))();

const networkStateParser = /* @__PURE__ */ createResultParser(networkStateSchema, "network state");

/** The door check of every function that takes a network state (issues under `path`); internal. */
export function networkStateAt(input: unknown, path: readonly (string | number)[]): z.output<typeof networkStateSchema> {
  return parseAt(networkStateParser.safeParse, input, path);
}
