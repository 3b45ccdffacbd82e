import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  COALESCE_PAUSE_MS,
  addCard,
  canRedo,
  canUndo,
  documentStore,
  moveCards,
  redo,
  removeCards,
  replaceWorkspace,
  setClock,
  undo,
  updateCard,
  castVote,
  getJourney,
} from "../../src/store";
import { blankJourney, laneId, stageId, workspaceWith } from "../helpers/factories";

let time = 10_000;
beforeEach(() => {
  time = 10_000;
  setClock(() => time);
  replaceWorkspace(workspaceWith(blankJourney()));
});
afterEach(() => setClock(() => Date.now()));

const J = "journey-1";
const journey = () => getJourney(J)!;
const target = (stage = 0) => ({
  stageId: stageId(journey(), stage),
  laneId: laneId(journey(), "touchpoints"),
});

describe("the document store", () => {
  it("undoes and redoes a card added to a journey", () => {
    const id = addCard(J, "touchpoint", target(), "Checkout page")!;
    expect(journey().elements[id]!.title).toBe("Checkout page");
    expect(undo(J)).toBe(true);
    expect(journey().elements[id]).toBeUndefined();
    expect(redo(J)).toBe(true);
    expect(journey().elements[id]!.title).toBe("Checkout page");
  });

  it("makes one undo step of a burst of typing, and a new one after a pause", () => {
    const id = addCard(J, "touchpoint", target(), "")!;
    for (const text of ["C", "Ch", "Che", "Chec", "Check"]) {
      time += 100;
      updateCard(J, id, { title: text }, "title");
    }
    time += COALESCE_PAUSE_MS + 1;
    updateCard(J, id, { title: "Checkout" }, "title");
    undo(J);
    expect(journey().elements[id]!.title).toBe("Check");
    undo(J);
    expect(journey().elements[id]!.title).toBe("");
  });

  it("makes a multi-card move one undo step", () => {
    const a = addCard(J, "touchpoint", target(0), "A")!;
    const b = addCard(J, "touchpoint", target(0), "B")!;
    moveCards(J, [a, b], target(3));
    expect(journey().elements[a]!.stageId).toBe(stageId(journey(), 3));
    undo(J);
    expect(journey().elements[a]!.stageId).toBe(stageId(journey(), 0));
    expect(journey().elements[b]!.stageId).toBe(stageId(journey(), 0));
  });

  it("keeps at least 200 steps of history", () => {
    const id = addCard(J, "touchpoint", target(), "A")!;
    for (let i = 0; i < 250; i++) castVote(J, id, 1);
    let steps = 0;
    while (undo(J)) steps += 1;
    expect(steps).toBeGreaterThanOrEqual(200);
  });

  it("keeps the identity of every card an edit did not touch", () => {
    const a = addCard(J, "touchpoint", target(), "A")!;
    const b = addCard(J, "touchpoint", target(), "B")!;
    const before = journey();
    updateCard(J, a, { satisfaction: 4 });
    expect(journey().elements[b]).toBe(before.elements[b]);
    expect(journey().elements[a]).not.toBe(before.elements[a]);
    expect(journey().stages).toBe(before.stages);
  });

  it("records nothing for an edit that changes nothing, and clears redo on a new edit", () => {
    const a = addCard(J, "touchpoint", target(), "A")!;
    updateCard(J, a, { title: "A" });
    expect(documentStore.getState().history[J]!.undo).toBe(1);
    undo(J);
    expect(canRedo(documentStore.getState(), J)).toBe(true);
    addCard(J, "touchpoint", target(), "B");
    expect(canRedo(documentStore.getState(), J)).toBe(false);
  });

  it("stamps the journey as edited on every change, undo included", () => {
    time = 50_000;
    const a = addCard(J, "touchpoint", target(), "A")!;
    expect(journey().updatedAt).toBe(50_000);
    time = 60_000;
    removeCards(J, [a]);
    time = 70_000;
    undo(J);
    expect(journey().updatedAt).toBe(70_000);
    expect(canUndo(documentStore.getState(), J)).toBe(true);
  });
});
