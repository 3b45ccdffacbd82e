import { getBezierPath, Position } from "@xyflow/react";
import { describe, expect, it } from "vitest";
import { BoxIndex, curvePath, linkCurve, linkHitPath, linkRoute, pointAt } from "../../src/domain";

const box = (x: number, y: number, width = 100, height = 60) => ({ x, y, width, height });

/** The points of a hit path, as numbers. */
function points(d: string): [number, number][] {
  return [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe("an arrow's hit area", () => {
  const a = box(0, 0);
  const b = box(600, 0);
  const curve = linkCurve(linkRoute(a, b));

  it("draws the curve React Flow draws for the same sides", () => {
    // Side to side, the control points run half the gap out of each side.
    expect(curvePath(curve)).toBe("M100,30 C350,30 350,30 600,30");
    expect(pointAt(curve, 0.5)).toEqual([350, 30]);
  });

  it("lies on the arrow React Flow draws, whichever sides it joins", () => {
    const side = {
      left: Position.Left,
      right: Position.Right,
      top: Position.Top,
      bottom: Position.Bottom,
    };
    const pairs: [ReturnType<typeof box>, ReturnType<typeof box>][] = [
      [box(0, 0), box(600, 200)],
      [box(600, 200), box(0, 0)],
      [box(0, 0), box(40, 300)],
      [box(40, 300), box(0, 0)],
    ];
    for (const [p, q] of pairs) {
      const route = linkRoute(p, q);
      const [drawn] = getBezierPath({
        sourceX: route.x1,
        sourceY: route.y1,
        targetX: route.x2,
        targetY: route.y2,
        sourcePosition: side[route.from],
        targetPosition: side[route.to],
      });
      expect(curvePath(linkCurve(route))).toBe(drawn);
    }
  });

  it("runs the whole gap between two cards when nothing lies between them", () => {
    const hit = linkHitPath(curve, [a, b], 18);
    expect(hit.match(/M/g)).toHaveLength(1);
    const xs = points(hit).map(([x]) => x);
    expect(Math.min(...xs)).toBeGreaterThan(100 + 9);
    expect(Math.max(...xs)).toBeLessThan(600 - 9);
  });

  it("stops short of a card the arrow passes over, a stroke's half width away", () => {
    const between = box(300, 0);
    const hit = linkHitPath(curve, [a, between, b], 18);
    expect(hit.match(/M/g)).toHaveLength(2);
    for (const [x, y] of points(hit)) {
      const inside = x > 300 - 9 && x < 400 + 9 && y > -9 && y < 69;
      expect(inside, `${x},${y}`).toBe(false);
    }
  });

  it("is empty when the arrow lies over cards all the way", () => {
    expect(linkHitPath(curve, [box(0, 0, 700, 60)], 18)).toBe("");
  });
});

describe("the box index", () => {
  it("finds exactly the boxes that meet an area, each once", () => {
    const boxes = Array.from({ length: 400 }, (_, i) =>
      box((i % 20) * 150, Math.floor(i / 20) * 90),
    );
    const index = new BoxIndex(boxes);
    const area = box(140, 80, 400, 200);
    const expected = boxes.filter(
      (b) => b.x < 540 && 140 < b.x + b.width && b.y < 280 && 80 < b.y + b.height,
    );
    const found = index.overlapping(area);
    expect(new Set(found)).toEqual(new Set(expected));
    expect(found).toHaveLength(expected.length);
    expect(index.overlapping(box(-1000, -1000, 10, 10))).toEqual([]);
  });
});
