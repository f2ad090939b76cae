import { describe, expect, it } from "vitest";
import { replay } from "../../src/lifecycle/index.js";
import { MEASURE_STATUSES } from "../../src/lifecycle/constants.js";
import { isChosen, isCurrent, isDone, participantOf, participantsOf } from "../../src/lifecycle/state.js";
import { cohortCreated, company, municipality } from "./fixtures.js";

const state = replay([
  cohortCreated,
  company(2),
  company(1),
  municipality,
  { type: "participant-withdrew", date: "2026-12-01", participantId: "p1", reason: "te druk" },
]);

describe("the state's helpers", () => {
  it("find a participant by its own id only, and list them in registration order", () => {
    expect(participantOf(state, "p2")?.participant.name).toBe("Bedrijf 2");
    expect(participantOf(state, "constructor")).toBeUndefined();
    expect(participantOf(state, "__proto__")).toBeUndefined();
    expect(participantsOf(state).map((participant) => participant.participant.id)).toEqual(["p2", "p1", "gem"]);
  });

  it("count a participant as current unless it withdrew or waits", () => {
    expect(participantsOf(state).map(isCurrent)).toEqual([true, false, true]);
  });

  it("tell chosen and done measures by their status", () => {
    const measure = (status: (typeof MEASURE_STATUSES)[number]) => ({ status }) as Parameters<typeof isChosen>[0];
    expect(MEASURE_STATUSES.filter((status) => isChosen(measure(status)))).toEqual(["planned", "in-progress", "done", "verified"]);
    expect(MEASURE_STATUSES.filter((status) => isDone(measure(status)))).toEqual(["done", "verified"]);
  });
});
