import { produce } from "immer";
import { beforeEach, describe, expect, it } from "vitest";
import { EMPTY_FILTER } from "../../src/domain";
import {
  clearFilter,
  closeFilterBar,
  editorStore,
  filterMatches,
  filterOf,
  filterStore,
  getJourney,
  openFilterBar,
  replaceWorkspace,
  setFilter,
  stepToMatch,
  updateCard,
} from "../../src/store";
import { blankJourney, withCard, workspaceWith } from "../helpers/factories";

describe("the map's filter in the store", () => {
  const J = "journey-1";
  beforeEach(() => {
    replaceWorkspace(
      workspaceWith(
        produce(blankJourney(), (j) => {
          withCard(j, { id: "late", stage: 2, title: "Delivery late" });
          withCard(j, { id: "ad", stage: 0, title: "Instagram ad" });
          withCard(j, { id: "fee", stage: 1, title: "Delivery fee" });
        }),
      ),
    );
    closeFilterBar();
    filterStore.setState({ revealRequest: 0 });
    editorStore.setState({ selectedCards: [] });
  });

  it("steps through the matches in reading order, round the end, choosing each", () => {
    openFilterBar(J);
    setFilter(J, { text: "delivery" });
    expect(stepToMatch(J, 1)).toBe("fee");
    expect(editorStore.getState().selectedCards).toEqual(["fee"]);
    expect(stepToMatch(J, 1)).toBe("late");
    expect(stepToMatch(J, 1)).toBe("fee");
    expect(stepToMatch(J, -1)).toBe("late");
    expect(filterStore.getState().revealRequest).toBe(4);
  });

  it("steps on from the card a person chose, and starts again when the filter changes", () => {
    setFilter(J, { text: "delivery" });
    expect(stepToMatch(J, 1)).toBe("fee");
    editorStore.setState({ selectedCards: ["late"] });
    expect(stepToMatch(J, 1)).toBe("fee");
    setFilter(J, { text: "delivery l" });
    expect(filterStore.getState().current).toBeNull();
  });

  it("finds again when a card changes, and dims nothing once cleared or closed", () => {
    setFilter(J, { text: "instagram" });
    expect(filterMatches(getJourney(J), filterStore.getState().filter)?.ids).toEqual(["ad"]);
    updateCard(J, "fee", { title: "Instagram story" }, "title");
    expect(filterMatches(getJourney(J), filterStore.getState().filter)?.ids).toEqual(["ad", "fee"]);
    clearFilter();
    expect(filterMatches(getJourney(J), filterStore.getState().filter)).toBeNull();
    expect(filterStore.getState().open).toBe(true);
    closeFilterBar();
    expect(filterStore.getState().open).toBe(false);
  });

  it("steps nowhere when nothing matches", () => {
    setFilter(J, { text: "nothing like this" });
    expect(stepToMatch(J, 1)).toBeNull();
    expect(editorStore.getState().selectedCards).toEqual([]);
  });

  it("holds for one journey only: another journey's map is not dimmed by it", () => {
    setFilter(J, { text: "delivery" });
    expect(filterOf(filterStore.getState(), "another")).toBe(EMPTY_FILTER);
    openFilterBar("another");
    expect(filterOf(filterStore.getState(), J)).toBe(EMPTY_FILTER);
    expect(filterStore.getState().filter.text).toBe("");
  });
});
