import { describe, expect, it } from "vitest";
import { applyEvent, replay, type CohortState, type LifecycleEventInput } from "../../src/lifecycle/index.js";
import { cohortCreated, company, fullYear } from "./fixtures.js";
import { caught, deepFreeze } from "../helpers.js";

describe("replay", () => {
  it("folds a whole Koploper year into the closed cohort", () => {
    const state = replay(fullYear(4));
    expect(state.closedOn).toBe("2027-12-15");
    expect(state.companyCount).toBe(4);
    expect(state.networkActivities).toHaveLength(1);
    expect(state.prizes[0]?.participantId).toBe("p1");
  });

  it("gives the same state as applying the events one by one", () => {
    const events = fullYear(3);
    const stepwise = events.reduce<CohortState | undefined>((state, event) => applyEvent(state, event), undefined);
    expect(JSON.stringify(replay(events))).toBe(JSON.stringify(stepwise));
  });

  it("does not mutate the log", () => {
    const events = deepFreeze(fullYear(3));
    const before = JSON.stringify(events);
    replay(events);
    expect(JSON.stringify(events)).toBe(before);
  });

  it("names the index of the refused event in the message and in every issue's path", () => {
    const error = caught(() => replay([cohortCreated, company(1), company(1)]));
    expect(error.code).toBe("INVALID_TRANSITION");
    expect(error.message).toContain("event 2:");
    expect(error.issues[0]).toMatchObject({ code: "participant-already-registered", path: [2, "participant", "id"] });
    const invalid = caught(() => replay([cohortCreated, { type: "cohort-closed", date: "2027-02-30" }]));
    expect(invalid.code).toBe("INVALID_INPUT");
    expect(invalid.issues[0]?.path).toEqual([1, "date"]);
  });

  it("needs a log that starts with cohort-created", () => {
    expect(caught(() => replay([])).issues[0]?.code).toBe("cohort-not-created");
    expect(caught(() => replay("log" as unknown as LifecycleEventInput[])).issues[0]?.code).toBe("cohort-not-created");
    expect(caught(() => replay([company(1)])).issues[0]).toMatchObject({ code: "cohort-not-created", path: [0, "type"] });
  });

  it("passes on an error that is not its own untouched", () => {
    const hostile = {
      get type(): string {
        throw new RangeError("boom");
      },
    } as unknown as LifecycleEventInput;
    expect(() => replay([cohortCreated, hostile])).toThrow(RangeError);
  });
});
