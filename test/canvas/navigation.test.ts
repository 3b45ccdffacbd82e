import { produce } from "immer";
import { describe, expect, it } from "vitest";
import {
  drawnFocus,
  keyboardMoveTarget,
  moveFocus,
  nextCardCell,
  visibleCardIds,
} from "../../src/canvas/navigation";
import { updateLane } from "../../src/domain";
import { blankJourney, laneId, stageId, withCard } from "../helpers/factories";

const journey = produce(blankJourney(), (j) => {
  withCard(j, { id: "a", stage: 0, lane: "touchpoints" });
  withCard(j, { id: "b", stage: 0, lane: "touchpoints" });
  withCard(j, { id: "c", stage: 1, lane: "touchpoints" });
});
const cell = (stage: number, lane: Parameters<typeof laneId>[1]) => ({
  stageId: stageId(journey, stage),
  laneId: laneId(journey, lane),
});

describe("keyboard focus on the map", () => {
  it("goes from a cell down into its cards, then on to the cell below", () => {
    let focus = moveFocus(journey, { kind: "cell", cell: cell(0, "touchpoints") }, "down");
    expect(focus).toEqual({ kind: "card", id: "a" });
    focus = moveFocus(journey, focus, "down");
    expect(focus).toEqual({ kind: "card", id: "b" });
    focus = moveFocus(journey, focus, "down");
    expect(focus).toEqual({ kind: "cell", cell: cell(0, "channels") });
  });

  it("goes up from a first card to its cell, and from a cell to the last card above", () => {
    expect(moveFocus(journey, { kind: "card", id: "a" }, "up")).toEqual({
      kind: "cell",
      cell: cell(0, "touchpoints"),
    });
    expect(moveFocus(journey, { kind: "cell", cell: cell(0, "channels") }, "up")).toEqual({
      kind: "card",
      id: "b",
    });
  });

  it("goes sideways to the card at the same place in the next stage, or to its cell", () => {
    expect(moveFocus(journey, { kind: "card", id: "b" }, "after")).toEqual({
      kind: "card",
      id: "c",
    });
    expect(moveFocus(journey, { kind: "card", id: "c" }, "after")).toEqual({
      kind: "cell",
      cell: cell(2, "touchpoints"),
    });
  });

  it("steps over the emotion curve lane and collapsed lanes", () => {
    expect(moveFocus(journey, { kind: "cell", cell: cell(0, "thoughts") }, "down")).toEqual({
      kind: "cell",
      cell: cell(0, "frictionPoints"),
    });
    const collapsed = produce(journey, (j) =>
      updateLane(j, laneId(j, "channels"), { collapsed: true }),
    );
    expect(moveFocus(collapsed, { kind: "card", id: "b" }, "down")).toEqual({
      kind: "cell",
      cell: cell(0, "thoughts"),
    });
  });

  it("moves a card with Alt+arrows within its cell, then into the next lane or stage", () => {
    expect(keyboardMoveTarget(journey, "b", "up")).toEqual({ ...cell(0, "touchpoints"), index: 0 });
    expect(keyboardMoveTarget(journey, "b", "down")).toEqual({ ...cell(0, "channels"), index: 0 });
    expect(keyboardMoveTarget(journey, "a", "after")).toEqual({
      ...cell(1, "touchpoints"),
      index: 0,
    });
    expect(keyboardMoveTarget(journey, "a", "before")).toBeNull();
  });

  it("tabs through cells along the lane, then on to the next lane", () => {
    const last = journey.stages.length - 1;
    expect(nextCardCell(journey, cell(0, "actions"), 1)).toEqual(cell(1, "actions"));
    expect(nextCardCell(journey, cell(last, "actions"), 1)).toEqual(cell(0, "touchpoints"));
  });

  it("comes round from the last cell to the first, and back with Shift+Tab", () => {
    const last = journey.stages.length - 1;
    expect(nextCardCell(journey, cell(last, "backstage"), 1)).toEqual(cell(0, "actions"));
    expect(nextCardCell(journey, cell(0, "actions"), -1)).toEqual(cell(last, "backstage"));
  });

  it("comes round past a collapsed last lane to the first lane that holds cards", () => {
    const collapsed = produce(journey, (j) => {
      updateLane(j, laneId(j, "backstage"), { collapsed: true });
      updateLane(j, laneId(j, "actions"), { collapsed: true });
    });
    const last = journey.stages.length - 1;
    expect(nextCardCell(collapsed, cell(last, "opportunities"), 1)).toEqual(cell(0, "touchpoints"));
    expect(nextCardCell(collapsed, cell(0, "touchpoints"), -1)).toEqual(
      cell(last, "opportunities"),
    );
  });
});

describe("arrow keys over a stage drawn two cards wide", () => {
  // Stage 0 draws its touchpoints as  p q  and stage 1 as  x
  //                                   r                   y
  const grid = produce(blankJourney(), (j) => {
    j.stages[0]!.columns = 2;
    for (const id of ["p", "q", "r"]) withCard(j, { id, stage: 0, lane: "touchpoints" });
    for (const id of ["x", "y"]) withCard(j, { id, stage: 1, lane: "touchpoints" });
  });
  const at = (id: string, direction: "up" | "down" | "before" | "after") =>
    moveFocus(grid, { kind: "card", id }, direction);
  const onCard = (id: string) => ({ kind: "card", id });

  it("moves focus to the card drawn beside, below or above, as on screen", () => {
    expect(at("p", "after")).toEqual(onCard("q"));
    expect(at("q", "before")).toEqual(onCard("p"));
    expect(at("p", "down")).toEqual(onCard("r"));
    expect(at("r", "up")).toEqual(onCard("p"));
    // Nothing is drawn under q: the next row's last card is the nearest below.
    expect(at("q", "down")).toEqual(onCard("r"));
    // From the last row, on down to the next lane.
    expect(at("r", "down")).toEqual({
      kind: "cell",
      cell: { stageId: stageId(grid, 0), laneId: laneId(grid, "channels") },
    });
  });

  it("crosses to the next stage on the same row, at the nearest edge", () => {
    expect(at("q", "after")).toEqual(onCard("x"));
    expect(at("r", "after")).toEqual(onCard("y"));
    expect(at("y", "before")).toEqual(onCard("r"));
    expect(at("x", "before")).toEqual(onCard("q"));
  });

  it("moves a card with Alt+arrows the way it is drawn", () => {
    const cellOf = { stageId: stageId(grid, 0), laneId: laneId(grid, "touchpoints") };
    expect(keyboardMoveTarget(grid, "p", "after")).toEqual({ ...cellOf, index: 1 });
    expect(keyboardMoveTarget(grid, "p", "down")).toEqual({ ...cellOf, index: 2 });
    expect(keyboardMoveTarget(grid, "q", "down")).toEqual({ ...cellOf, index: 2 });
    expect(keyboardMoveTarget(grid, "r", "up")).toEqual({ ...cellOf, index: 0 });
    expect(keyboardMoveTarget(grid, "q", "after")).toEqual({
      stageId: stageId(grid, 1),
      laneId: cellOf.laneId,
      index: 0,
    });
    expect(keyboardMoveTarget(grid, "y", "before")).toEqual({ ...cellOf, index: 3 });
  });
});

describe("where the keyboard enters the map", () => {
  it("keeps a drawn card or cell, and falls back when the focus is hidden or gone", () => {
    expect(drawnFocus(journey, { kind: "card", id: "a" })).toEqual({ kind: "card", id: "a" });
    expect(drawnFocus(journey, { kind: "cell", cell: cell(1, "channels") })).toEqual({
      kind: "cell",
      cell: cell(1, "channels"),
    });
    const first = { kind: "cell", cell: cell(0, "actions") };
    expect(drawnFocus(journey, null)).toEqual(first);
    expect(drawnFocus(journey, { kind: "card", id: "gone" })).toEqual(first);
    const collapsed = produce(journey, (j) => {
      updateLane(j, laneId(j, "touchpoints"), { collapsed: true });
    });
    expect(drawnFocus(collapsed, { kind: "card", id: "a" })).toEqual(first);
    expect(drawnFocus(collapsed, { kind: "cell", cell: cell(0, "touchpoints") })).toEqual(first);
  });
});

describe("selecting every card", () => {
  it("selects the cards that are drawn, not those of a collapsed lane", () => {
    const journey = produce(blankJourney(), (j) => {
      withCard(j, { id: "t", title: "Touchpoint" });
      withCard(j, { id: "n", title: "Note", lane: "backstage" });
      updateLane(j, laneId(j, "backstage"), { collapsed: true });
    });
    expect(visibleCardIds(journey)).toEqual(["t"]);
  });
});
