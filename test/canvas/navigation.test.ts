import { produce } from "immer";
import { describe, expect, it } from "vitest";
import {
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
    expect(moveFocus(journey, { kind: "card", id: "b" }, "right")).toEqual({
      kind: "card",
      id: "c",
    });
    expect(moveFocus(journey, { kind: "card", id: "c" }, "right")).toEqual({
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
    expect(keyboardMoveTarget(journey, "a", "right")).toEqual({
      ...cell(1, "touchpoints"),
      index: 0,
    });
    expect(keyboardMoveTarget(journey, "a", "left")).toBeNull();
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
