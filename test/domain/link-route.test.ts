import { describe, expect, it } from "vitest";
import { linkRoute } from "../../src/domain";

const box = (x: number, y: number) => ({ x, y, width: 224, height: 120 });

describe("the route of an arrow between two cards", () => {
  it("runs between the sides that face each other, whichever way the journey runs", () => {
    expect(linkRoute(box(0, 0), box(300, 200))).toMatchObject({
      from: "right",
      to: "left",
      x1: 224,
      x2: 300,
    });
    expect(linkRoute(box(300, 200), box(0, 0))).toMatchObject({
      from: "left",
      to: "right",
      x1: 300,
      x2: 224,
    });
  });

  it("goes straight down or up within one column, not around", () => {
    expect(linkRoute(box(0, 0), box(0, 400))).toMatchObject({
      from: "bottom",
      to: "top",
      y1: 120,
      y2: 400,
      x1: 112,
      x2: 112,
    });
    expect(linkRoute(box(0, 400), box(0, 0))).toMatchObject({ from: "top", to: "bottom" });
  });
});
