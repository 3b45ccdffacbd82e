import { produce } from "immer";
import { describe, expect, it } from "vitest";
import { NodeCache, isCardNode, mapJourney } from "../../src/canvas/map-nodes";
import { addLink, layoutJourney, updateElement, updateLane } from "../../src/domain";
import { blankJourney, laneId, withCard } from "../helpers/factories";

const journey = produce(blankJourney(), (j) => {
  withCard(j, { id: "a", stage: 0 });
  withCard(j, { id: "b", stage: 1 });
  addLink(j, "l", "a", "b", "flow");
});

describe("mapping a journey to React Flow nodes", () => {
  it("makes a node per card, cell, header and the emotion curve, at layout positions", () => {
    const layout = layoutJourney(journey);
    const { nodes, edges } = mapJourney(journey, layout, new NodeCache());
    const cards = nodes.filter(isCardNode);
    expect(cards.map((n) => [n.id, n.type])).toEqual([
      ["a", "touchpoint"],
      ["b", "touchpoint"],
    ]);
    expect(cards[0]!.position).toEqual({
      x: layout.cards.get("a")!.x,
      y: layout.cards.get("a")!.y,
    });
    expect(nodes.filter((n) => n.type === "cell")).toHaveLength(6 * 8);
    expect(nodes.filter((n) => n.type === "emotionCurve")).toHaveLength(1);
    expect(edges.map((e) => [e.source, e.target])).toEqual([["a", "b"]]);
  });

  it("hands back the same node objects for what an edit did not touch", () => {
    const cache = new NodeCache();
    const first = mapJourney(journey, layoutJourney(journey), cache);
    const edited = produce(journey, (j) => updateElement(j, "b", { title: "Changed" }));
    const second = mapJourney(edited, layoutJourney(edited), cache);
    const byId = (nodes: typeof first.nodes) => new Map(nodes.map((n) => [n.id, n]));
    expect(byId(second.nodes).get("a")).toBe(byId(first.nodes).get("a"));
    expect(byId(second.nodes).get("b")).not.toBe(byId(first.nodes).get("b"));
    expect(second.edges[0]).toBe(first.edges[0]);
    const unchangedCells = second.nodes
      .filter((n) => n.type === "cell")
      .filter((n) => byId(first.nodes).get(n.id) === n);
    expect(unchangedCells).toHaveLength(48);
  });

  it("leaves out arrows to cards hidden in a collapsed lane", () => {
    const collapsed = produce(journey, (j) =>
      updateLane(j, laneId(j, "touchpoints"), { collapsed: true }),
    );
    expect(mapJourney(collapsed, layoutJourney(collapsed), new NodeCache()).edges).toEqual([]);
  });
});
