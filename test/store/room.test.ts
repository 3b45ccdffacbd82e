import { removeElements, removeStage, type Journey } from "../../src/domain";
import { contributeAllows, roomStore } from "../../src/store/room";
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
});
