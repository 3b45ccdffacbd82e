import { produce } from "immer";
import { beforeEach, describe, expect, it } from "vitest";
import {
  editorStore,
  openEditor,
  removeSelectionAndStay,
  replaceWorkspace,
  requestInspectorFocus,
  sessionStore,
  setFocus,
  updateSession,
  getJourney,
} from "../../src/store";
import { blankJourney, laneId, stageId, withCard, workspaceWith } from "../helpers/factories";

beforeEach(() => {
  openEditor("other");
  openEditor("journey-1");
});

describe("asking the inspector for focus", () => {
  it("opens the inspector when it was put away, so Enter on a card always shows it", () => {
    updateSession({ inspectorOpen: false });
    const before = editorStore.getState().inspectorFocusRequest;
    requestInspectorFocus();
    expect(sessionStore.getState().inspectorOpen).toBe(true);
    expect(editorStore.getState().inspectorFocusRequest).toBe(before + 1);
  });
});

describe("removing what is selected, keeping the keyboard on the map", () => {
  function journeyWithArrow() {
    const journey = produce(blankJourney(), (j) => {
      withCard(j, { id: "ad", stage: 0 });
      withCard(j, { id: "checkout", stage: 1 });
      withCard(j, { id: "email", stage: 2 });
      j.links.arrow = { id: "arrow", from: "ad", to: "checkout", kind: "flow" };
    });
    replaceWorkspace(workspaceWith(journey));
    openEditor(journey.id);
    return journey;
  }

  it("hands focus to the removed card's cell and asks the map to take the keyboard", () => {
    const journey = journeyWithArrow();
    const before = editorStore.getState().mapFocusRequest;
    removeSelectionAndStay(journey.id, ["checkout"], []);
    expect(editorStore.getState().focus).toEqual({
      kind: "cell",
      cell: { stageId: stageId(journey, 1), laneId: laneId(journey, "touchpoints") },
    });
    expect(editorStore.getState().mapFocusRequest).toBe(before + 1);
  });

  it("after removing only an arrow, focuses the card it came from, not where focus last was", () => {
    const journey = journeyWithArrow();
    setFocus({ kind: "card", id: "email" });
    removeSelectionAndStay(journey.id, [], ["arrow"]);
    expect(getJourney(journey.id)!.links.arrow).toBeUndefined();
    expect(editorStore.getState().focus).toEqual({ kind: "card", id: "ad" });
  });
});
