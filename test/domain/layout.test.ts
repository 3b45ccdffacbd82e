import { produce } from "immer";
import { describe, expect, it } from "vitest";
import {
  LAYOUT,
  emotionGeometry,
  hitTestCell,
  layoutJourney,
  scoreY,
  slotRect,
  smoothPath,
  updateLane,
  updateStage,
} from "../../src/domain";
import { blankJourney, laneId, stageId, withCard } from "../helpers/factories";

describe("layout", () => {
  it("derives card positions from stage, lane and order", () => {
    const journey = produce(blankJourney(), (j) => {
      withCard(j, { id: "a", stage: 1 });
      withCard(j, { id: "b", stage: 1 });
    });
    const layout = layoutJourney(journey);
    const a = layout.cards.get("a")!;
    const b = layout.cards.get("b")!;
    expect(a.x).toBe(b.x);
    expect(b.y).toBe(a.y + LAYOUT.cardHeight + LAYOUT.cardGap);
    expect(a.x).toBe(layout.stages[1]!.x + LAYOUT.cellPadding);
  });

  it("reflows a cell when its stage is made wider, without moving other stages' cards out of order", () => {
    const journey = produce(blankJourney(), (j) => {
      for (const id of ["a", "b", "c"]) withCard(j, { id, stage: 0 });
      withCard(j, { id: "z", stage: 1 });
    });
    const wide = produce(journey, (j) => updateStage(j, stageId(j, 0), { columns: 2 }));
    const layout = layoutJourney(wide);
    expect(layout.cards.get("b")!.y).toBe(layout.cards.get("a")!.y);
    expect(layout.cards.get("c")!.x).toBe(layout.cards.get("a")!.x);
    expect(layout.cards.get("z")!.x).toBeGreaterThan(layout.cards.get("b")!.x + LAYOUT.cardWidth);
  });

  it("grows a lane to its fullest cell and hides the cards of a collapsed lane", () => {
    const journey = produce(blankJourney(), (j) => {
      for (const id of ["a", "b", "c"]) withCard(j, { id, stage: 0 });
    });
    const open = layoutJourney(journey).lanes.find((l) => l.kind === "touchpoints")!;
    expect(open.height).toBe(LAYOUT.cellPadding * 2 + 3 * LAYOUT.cardHeight + 2 * LAYOUT.cardGap);
    const collapsed = layoutJourney(
      produce(journey, (j) => updateLane(j, laneId(j, "touchpoints"), { collapsed: true })),
    );
    expect(collapsed.cards.size).toBe(0);
    expect(collapsed.hiddenByLane.get(laneId(journey, "touchpoints"))).toBe(3);
  });

  it("finds the cell and insertion index under a point, and refuses the emotion lane", () => {
    const journey = produce(blankJourney(), (j) => {
      withCard(j, { id: "a", stage: 2 });
      withCard(j, { id: "b", stage: 2 });
    });
    const layout = layoutJourney(journey);
    const b = layout.cards.get("b")!;
    expect(hitTestCell(layout, b.x + 10, b.y + 5)).toEqual({
      stageId: stageId(journey, 2),
      laneId: laneId(journey, "touchpoints"),
      index: 1,
    });
    expect(hitTestCell(layout, b.x + 10, b.y + b.height - 5)!.index).toBe(2);
    const emotion = layout.lanes.find((l) => l.kind === "emotionCurve")!;
    expect(hitTestCell(layout, b.x, emotion.y + 10)).toBeNull();
    expect(hitTestCell(layout, 5, 5)).toBeNull();
  });
});

describe("emotion curve geometry", () => {
  it("puts 5 at the top, 1 at the bottom and 3 on the midline", () => {
    expect(scoreY(5, 0, 200)).toBe(LAYOUT.emotionLanePadding);
    expect(scoreY(1, 0, 200)).toBe(200 - LAYOUT.emotionLanePadding);
    expect(scoreY(3, 0, 200)).toBe(100);
  });

  it("places points under their stage in journey order and leaves unscored touchpoints off the line", () => {
    const journey = produce(blankJourney(), (j) => {
      withCard(j, { id: "a", stage: 0, satisfaction: 5 });
      withCard(j, { id: "b", stage: 1, satisfaction: null });
      withCard(j, { id: "c", stage: 1, satisfaction: 2 });
      withCard(j, { id: "d", stage: 3, satisfaction: 4 });
    });
    const layout = layoutJourney(journey);
    const geometry = emotionGeometry(journey, layout, laneId(journey, "emotionCurve"))!;
    expect(geometry.points.map((p) => p.elementId)).toEqual(["a", "c", "d"]);
    expect(geometry.unscored.map((u) => u.elementId)).toEqual(["b"]);
    const stage1 = layout.stages[1]!;
    expect(geometry.unscored[0]!.x).toBeCloseTo(stage1.x + stage1.width / 4);
    expect(geometry.points[1]!.x).toBeCloseTo(stage1.x + (stage1.width * 3) / 4);
    expect(geometry.path.startsWith("M")).toBe(true);
  });

  it("draws a smooth curve that never overshoots the scores it joins", () => {
    const points = [
      { x: 0, y: 100 },
      { x: 100, y: 20 },
      { x: 200, y: 20 },
      { x: 300, y: 180 },
    ];
    const d = smoothPath(points);
    const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    const ys = numbers.filter((_, i) => i % 2 === 1);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(20);
    expect(Math.max(...ys)).toBeLessThanOrEqual(180);
    expect(smoothPath([{ x: 0, y: 0 }])).toBe("");
  });
});

describe("a right-to-left layout", () => {
  const journey = produce(blankJourney(), (j) => {
    updateStage(j, stageId(j, 0), { columns: 2 });
    for (const id of ["a", "b"]) withCard(j, { id, stage: 0 });
    withCard(j, { id: "z", stage: 1 });
  });
  const ltr = layoutJourney(journey);
  const rtl = layoutJourney(journey, { direction: "rtl" });

  it("mirrors every x: first stage and each cell's first card at the right, lane names on the right edge", () => {
    expect(rtl.width).toBe(ltr.width);
    expect(rtl.stages[0]!.x).toBeGreaterThan(rtl.stages[1]!.x);
    expect(rtl.laneHeaderX).toBe(rtl.width - LAYOUT.laneHeaderWidth);
    for (const [id, box] of ltr.cards)
      expect(rtl.cards.get(id)!.x).toBe(ltr.width - box.x - box.width);
    expect(rtl.cards.get("a")!.x).toBeGreaterThan(rtl.cards.get("b")!.x);
  });

  it("finds the insertion index from the right, and puts a new slot where the next card goes", () => {
    const lane = laneId(journey, "touchpoints");
    const a = rtl.cards.get("a")!;
    const b = rtl.cards.get("b")!;
    // The right half of the first card is before it; its left half is after it.
    expect(hitTestCell(rtl, a.x + a.width * 0.75, a.y + 10)).toMatchObject({ index: 0 });
    expect(hitTestCell(rtl, a.x + a.width * 0.25, a.y + 10)).toMatchObject({ index: 1 });
    expect(slotRect(rtl, stageId(journey, 0), lane, 1)).toMatchObject({ x: b.x, y: b.y });
    expect(slotRect(rtl, stageId(journey, 0), lane, 2)!.x).toBe(a.x);
  });

  it("draws the emotion curve from the right", () => {
    const scored = produce(journey, (j) => {
      j.elements.a!.satisfaction = 2;
      j.elements.z!.satisfaction = 4;
    });
    const lane = laneId(journey, "emotionCurve");
    const geometry = emotionGeometry(scored, layoutJourney(scored, { direction: "rtl" }), lane)!;
    const [first, second] = geometry.points;
    expect(first!.x).toBeGreaterThan(second!.x);
  });
});
