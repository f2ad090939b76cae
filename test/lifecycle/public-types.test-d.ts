import type { Decimal } from "decimal.js";
import { describe, expectTypeOf, it } from "vitest";
import {
  applyEvent,
  checkSmart,
  cohortReport,
  measurePayback,
  nextActions,
  parseEvent,
  rankPrize,
  replay,
  safeParseEvent,
  type LIFECYCLE_RULES,
  type LifecycleRule,
  type LifecycleWarning,
  type InactiveMember,
  type NetworkEventInput,
  type NetworkState,
  type RoundsReport,
  applyNetworkEvent,
  inactiveMembers,
  replayNetwork,
  roundsReport,
  type CohortState,
  type FootprintSummary,
  type Iso26000Summary,
  type KoploperError,
  type LifecycleEvent,
  type LifecycleEventInput,
  type LifecycleEventType,
  type MeasureStatus,
  type NextAction,
  type ParticipantKind,
  type PrizeCriterion,
  type SmartGap,
} from "../../src/lifecycle/index.js";
import * as root from "../../src/index.js";

describe("public lifecycle types", () => {
  it("folds input events into a CohortState", () => {
    expectTypeOf(replay).parameter(0).toEqualTypeOf<readonly LifecycleEventInput[]>();
    expectTypeOf(replay).returns.toEqualTypeOf<CohortState>();
    expectTypeOf(applyEvent).parameter(0).toEqualTypeOf<CohortState | undefined>();
    expectTypeOf(applyEvent).returns.toEqualTypeOf<CohortState>();
    // @ts-expect-error an unknown event type is not an event
    applyEvent(undefined, { type: "party-held", date: "2027-01-01" });
  });

  it("accepts dates as strings or Dates and amounts as numbers, strings or Decimals, but outputs ISO strings and Decimals", () => {
    expectTypeOf<Extract<LifecycleEventInput, { type: "cohort-closed" }>["date"]>().toEqualTypeOf<string | Date>();
    expectTypeOf<Extract<LifecycleEvent, { type: "cohort-closed" }>["date"]>().toEqualTypeOf<string>();
    expectTypeOf<FootprintSummary["scope1"]>().toEqualTypeOf<Decimal>();
    expectTypeOf<Iso26000Summary["coreSubjects"]["6.5"]>().toEqualTypeOf<Decimal | undefined>();
    expectTypeOf(parseEvent).returns.toEqualTypeOf<LifecycleEvent>();
  });

  it("discriminates events on their type", () => {
    const event = {} as LifecycleEvent;
    if (event.type === "prize-awarded") expectTypeOf(event.place).toEqualTypeOf<number>();
    expectTypeOf<"network-activity-held">().toExtend<LifecycleEventType>();
    expectTypeOf<"recruitment-started">().not.toExtend<LifecycleEventType>();
  });

  it("keeps the state read-only", () => {
    const state = {} as CohortState;
    // @ts-expect-error the state is read-only
    state.companyCount = 3;
    expectTypeOf(state.participants["p1"]).toEqualTypeOf<CohortState["participants"][string] | undefined>();
  });

  it("types the results", () => {
    expectTypeOf(nextActions).returns.toEqualTypeOf<readonly NextAction[]>();
    expectTypeOf(measurePayback).returns.toEqualTypeOf<Decimal | null>();
    expectTypeOf(checkSmart).returns.toHaveProperty("missing").toEqualTypeOf<readonly SmartGap[]>();
    expectTypeOf(rankPrize).returns.toHaveProperty("entries");
    expectTypeOf(cohortReport).returns.toHaveProperty("money").toHaveProperty("paybackYears").toEqualTypeOf<Decimal | null>();
    expectTypeOf<MeasureStatus>().toEqualTypeOf<"idea" | "planned" | "in-progress" | "done" | "verified" | "dropped">();
    expectTypeOf<ParticipantKind>().toEqualTypeOf<"company" | "municipality" | "other">();
    expectTypeOf<PrizeCriterion>().toEqualTypeOf<"jury" | "footprintReduction" | "measuresDone" | "maturityGain" | "collaborations">();
  });

  it("returns the error from safeParseEvent instead of throwing", () => {
    const result = safeParseEvent({});
    if (!result.success) expectTypeOf(result.error).toEqualTypeOf<KoploperError>();
  });

  it("is also exported from the root entry point", () => {
    expectTypeOf(root.replay).toEqualTypeOf(replay);
    expectTypeOf(root.rankPrize).toEqualTypeOf(rankPrize);
  });
});

describe("LifecycleRule", () => {
  it("is the union of LIFECYCLE_RULES, narrower than string", () => {
    expectTypeOf<LifecycleRule>().toEqualTypeOf<(typeof LIFECYCLE_RULES)[number]>();
    expectTypeOf<"too-many-companies">().toExtend<LifecycleRule>();
    expectTypeOf<"party-held">().not.toExtend<LifecycleRule>();
  });
});

describe("network, rounds and warnings", () => {
  it("folds network events with the cohorts they come from", () => {
    expectTypeOf(replayNetwork).parameters.toEqualTypeOf<[events: readonly NetworkEventInput[], cohorts?: readonly CohortState[]]>();
    expectTypeOf(applyNetworkEvent).returns.toEqualTypeOf<NetworkState>();
    expectTypeOf(inactiveMembers).returns.toEqualTypeOf<readonly InactiveMember[]>();
    expectTypeOf(roundsReport).parameter(0).toEqualTypeOf<readonly CohortState[]>();
    expectTypeOf(roundsReport).returns.toEqualTypeOf<RoundsReport>();
  });

  it("keeps warnings in the state, coded", () => {
    expectTypeOf<CohortState["warnings"]>().toEqualTypeOf<readonly LifecycleWarning[]>();
    expectTypeOf<LifecycleWarning["code"]>().toEqualTypeOf<"meeting-on-weekend" | "meeting-on-holiday">();
    expectTypeOf<{ type: "member-joined"; date: "2028-01-10"; memberId: "m"; cohortId: "c"; participantId: "p" }>().toExtend<NetworkEventInput>();
  });
});
