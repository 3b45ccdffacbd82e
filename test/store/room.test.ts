import {
  actionFromCard,
  addAction,
  addComment,
  addVote,
  removeAction,
  removeElements,
  removeStage,
  updateAction,
  type Journey,
} from "../../src/domain";
import type { RoomLock } from "../../src/format/room";
import { contributeAllows, noRoom, roomRule, roomStore } from "../../src/store/room";
import { produce } from "immer";
import { sampleJourney } from "../engine/helpers";

describe("what a contribute link may change", () => {
  afterEach(() => roomStore.setState({ isMine: () => false }));

  const change = (journey: Journey, recipe: (draft: Journey) => void) => produce(journey, recipe);

  it("lets it add and edit cards", () => {
    const before = sampleJourney();
    const after = change(before, (j) => {
      j.elements.a!.title = "Edited";
    });
    expect(contributeAllows(before, after)).toBe(true);
  });

  it("does not let it remove a stage", () => {
    const before = change(sampleJourney(), (j) => {
      j.stages.push({ ...j.stages[0]!, id: "second", name: "Second" });
    });
    const after = change(before, (j) => {
      removeStage(j, j.stages[0]!.id, "moveToNeighbour");
    });
    expect(contributeAllows(before, after)).toBe(false);
  });

  it("lets it delete its own card and not someone else's", () => {
    const before = sampleJourney();
    const after = change(before, (j) => {
      removeElements(j, ["a"]);
    });
    expect(contributeAllows(before, after)).toBe(false);
    roomStore.setState({ isMine: (id) => id === "a" });
    expect(contributeAllows(before, after)).toBe(true);
  });

  it("does not let it change the plan or the targets, but its own card leaves the actions", () => {
    const before = change(sampleJourney(), (j) => {
      addAction(j, actionFromCard(j, "a", "act", 1)!);
      updateAction(j, "act", { cardIds: ["a", "b"] });
    });
    expect(
      contributeAllows(
        before,
        change(before, (j) => void updateAction(j, "act", { status: "done" })),
      ),
    ).toBe(false);
    expect(
      contributeAllows(
        before,
        change(before, (j) => void removeAction(j, "act")),
      ),
    ).toBe(false);
    expect(
      contributeAllows(
        before,
        change(before, (j) => {
          j.targets.nps = { metric: "nps", value: 10, by: null };
        }),
      ),
    ).toBe(false);
    roomStore.setState({ isMine: (id) => id === "a" });
    expect(
      contributeAllows(
        before,
        change(before, (j) => removeElements(j, ["a"])),
      ),
    ).toBe(true);
  });
});

describe("what the facilitator's lock lets a participant change", () => {
  afterEach(() => roomStore.setState(noRoom()));

  const change = (journey: Journey, recipe: (draft: Journey) => void) => produce(journey, recipe);
  const lockedBy = (lock: RoomLock, owner = false) => {
    roomStore.setState({
      ...noRoom(),
      journeyId: "j",
      role: "edit",
      owner,
      lead: {
        type: "lead",
        name: "Ana",
        stage: null,
        following: false,
        summon: 0,
        timer: { durationMs: 300_000, remainingMs: 300_000, running: false },
        lock,
      },
    });
    return roomRule("j");
  };
  const before = sampleJourney();
  const renamedStage = change(before, (j) => {
    j.stages[0]!.name = "Renamed";
  });
  const addedLane = change(before, (j) => {
    j.lanes.push({ ...j.lanes[0]!, id: "new-lane", name: "New lane" });
  });
  const editedCard = change(before, (j) => {
    j.elements.a!.title = "Edited";
  });
  const voted = change(before, (j) => {
    addVote(j, { id: "v1", elementId: "a", by: "free", at: 1, weight: 1 });
  });
  const commented = change(before, (j) => {
    addComment(j, {
      id: "c1",
      elementId: "a",
      replyTo: null,
      author: "Ben",
      authorId: "ben",
      text: "Why here?",
      at: 1,
      editedAt: null,
      resolved: false,
    });
  });

  it("with stages and lanes locked: cards and votes, not stages or lanes, and says why", () => {
    const rule = lockedBy("structure")!;
    expect(rule(before, renamedStage)).toBe(false);
    expect(roomStore.getState().refusedBecause).toBe("lockedStructure");
    expect(rule(before, addedLane)).toBe(false);
    expect(rule(before, editedCard)).toBe(true);
    expect(rule(before, voted)).toBe(true);
  });

  it("with the map locked: votes and comments only", () => {
    const rule = lockedBy("map")!;
    expect(rule(before, editedCard)).toBe(false);
    expect(roomStore.getState().refusedBecause).toBe("lockedMap");
    expect(rule(before, renamedStage)).toBe(false);
    expect(rule(before, voted)).toBe(true);
    expect(rule(before, commented)).toBe(true);
  });

  it("never holds back the facilitator, and nothing when nothing is locked", () => {
    expect(lockedBy("map", true)).toBeNull();
    expect(lockedBy("none")).toBeNull();
  });
});
