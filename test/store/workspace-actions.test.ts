import { beforeEach, describe, expect, it } from "vitest";
import {
  addBlankJourney,
  addFutureState,
  addPersona,
  copyPersona,
  deleteJourney,
  deletePersona,
  editPersona,
  getWorkspace,
  replaceWorkspace,
  restoreRemoved,
} from "../../src/store";
import { emptyWorkspace } from "../../src/domain";
import { LANE_NAMES, STAGE_NAMES } from "../helpers/factories";

beforeEach(() => replaceWorkspace(emptyWorkspace()));

describe("personas and journeys", () => {
  it("creates, edits, copies and deletes a persona, and undoes the deletion", () => {
    const id = addPersona("Maya");
    editPersona(id, { role: "Working parent", goals: ["Save time"] });
    const journeyId = addBlankJourney({
      personaId: id,
      title: "Weekly shop",
      stageNames: STAGE_NAMES,
      laneNames: LANE_NAMES,
    });
    addFutureState(journeyId, "Weekly shop (future)");
    const copyId = copyPersona(id, "Maya (copy)")!;
    const copies = Object.values(getWorkspace().journeys).filter((j) => j.personaId === copyId);
    expect(copies).toHaveLength(2);
    const future = copies.find((j) => j.state === "future")!;
    expect(copies.some((j) => j.id === future.currentStateId)).toBe(true);

    const removed = deletePersona(id);
    expect(getWorkspace().personas[id]).toBeUndefined();
    expect(Object.values(getWorkspace().journeys).some((j) => j.personaId === id)).toBe(false);
    restoreRemoved(removed);
    expect(getWorkspace().personas[id]!.role).toBe("Working parent");
    expect(Object.values(getWorkspace().journeys).filter((j) => j.personaId === id)).toHaveLength(
      2,
    );
  });

  it("deletes a journey and puts it back", () => {
    const id = addPersona("Maya");
    const journeyId = addBlankJourney({
      personaId: id,
      title: "Weekly shop",
      stageNames: STAGE_NAMES,
      laneNames: LANE_NAMES,
    });
    const removed = deleteJourney(journeyId);
    expect(getWorkspace().journeys[journeyId]).toBeUndefined();
    restoreRemoved(removed);
    expect(getWorkspace().journeys[journeyId]!.title).toBe("Weekly shop");
  });
});
