import { describe, expect, it } from "vitest";
import type { CardBox } from "../../src/domain";
import { SameCardBoxes, SameList } from "../../src/canvas/keep-identity";

const box = (id: string, x: number, y = 0): CardBox => ({
  id,
  stageId: "s",
  laneId: "l",
  index: 0,
  x,
  y,
  width: 100,
  height: 50,
});
const places = (...boxes: CardBox[]) => new Map(boxes.map((b) => [b.id, b]));

describe("SameCardBoxes", () => {
  it("keeps the index while every card is where it was, even in new objects", () => {
    const same = new SameCardBoxes();
    const first = same.index(places(box("a", 0), box("b", 200)));
    expect(same.index(places(box("a", 0), box("b", 200)))).toBe(first);
  });

  it("makes a new index when a card moved, came or went", () => {
    const same = new SameCardBoxes();
    const first = same.index(places(box("a", 0), box("b", 200)));
    const moved = same.index(places(box("a", 0), box("b", 400)));
    expect(moved).not.toBe(first);
    expect(moved.overlapping({ x: 390, y: 0, width: 20, height: 20 }).map((b) => b.id)).toEqual([
      "b",
    ]);
    expect(same.index(places(box("a", 0)))).not.toBe(moved);
  });
});

describe("SameList", () => {
  it("hands back the last list while it holds the same items", () => {
    const a = { id: "a" };
    const b = { id: "b" };
    const same = new SameList<object>();
    const first = same.keep([a, b]);
    expect(same.keep([a, b])).toBe(first);
    expect(same.keep([a, { id: "b" }])).not.toBe(first);
    expect(same.keep([b, a])).toEqual([b, a]);
  });
});
