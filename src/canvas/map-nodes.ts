import { Position, type Edge, type Node, type NodeHandle } from "@xyflow/react";
import {
  LAYOUT,
  cellKey,
  emotionGeometry,
  type ElementKind,
  type EmotionGeometry,
  type Id,
  type Journey,
  type JourneyElement,
  type JourneyLayout,
  type Lane,
  type LinkKind,
  type Stage,
  stagesSpan,
} from "../domain";

/**
 * The one mapping from a journey to React Flow nodes and edges. Positions come from the domain
 * layout, never from React Flow, so the map is always tidy. Unchanged cards keep their node
 * object, so React Flow re-renders only what changed.
 */

export type CardNodeData = { element: JourneyElement; journeyId: Id };
export type CellNodeData = {
  journeyId: Id;
  stage: Stage;
  lane: Lane;
  count: number;
  width: number;
  height: number;
};
export type StageHeaderData = {
  journeyId: Id;
  stage: Stage;
  index: number;
  count: number;
  width: number;
  cards: number;
};
export type LaneHeaderData = {
  journeyId: Id;
  lane: Lane;
  index: number;
  count: number;
  height: number;
  hidden: number;
};
export type EmotionCurveData = {
  journeyId: Id;
  geometry: EmotionGeometry;
  width: number;
  left: number;
  titles: Record<Id, string>;
};

export type CardNode = Node<CardNodeData, ElementKind>;
export type CellNode = Node<CellNodeData, "cell">;
export type StageHeaderNode = Node<StageHeaderData, "stageHeader">;
export type LaneHeaderNode = Node<LaneHeaderData, "laneHeader">;
export type EmotionCurveNode = Node<EmotionCurveData, "emotionCurve">;
export type MapNode = CardNode | CellNode | StageHeaderNode | LaneHeaderNode | EmotionCurveNode;

export type LinkEdgeData = { kind: LinkKind };
export type LinkEdge = Edge<LinkEdgeData, "link">;

export const Z = { cell: 0, curve: 1, header: 2, card: 10 } as const;

/**
 * Sizes and handles are declared, not measured: every size is known from the layout. Without
 * them React Flow renders every node once to measure it (even with onlyRenderVisibleElements)
 * and measures again each time a node object changes, every frame of a drag included.
 */
const HANDLE = 10;
const CARD_HANDLES: NodeHandle[] = [
  {
    type: "target",
    position: Position.Left,
    x: -HANDLE / 2,
    y: LAYOUT.cardHeight / 2 - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  },
  {
    type: "source",
    position: Position.Right,
    x: LAYOUT.cardWidth - HANDLE / 2,
    y: LAYOUT.cardHeight / 2 - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  },
];
const NO_HANDLES: NodeHandle[] = [];
const measured = (width: number, height: number) => ({ width, height });

export const stageNodeId = (id: Id) => `stage:${id}`;
export const laneNodeId = (id: Id) => `lane:${id}`;
export const cellNodeId = (stageId: Id, laneId: Id) => `cell:${stageId}/${laneId}`;
export const CURVE_NODE_PREFIX = "curve:";

export function isCardNode(node: Node): node is CardNode {
  return !node.id.includes(":");
}

interface CachedCard {
  x: number;
  y: number;
  node: CardNode;
}

/** Remembers the nodes it made, so a re-map hands back the same objects for what is unchanged. */
export class NodeCache {
  private cards = new WeakMap<JourneyElement, CachedCard>();
  private others = new Map<string, { key: string; node: MapNode }>();
  private edges = new WeakMap<object, LinkEdge>();

  card(journeyId: Id, element: JourneyElement, x: number, y: number): CardNode {
    const cached = this.cards.get(element);
    if (cached && cached.x === x && cached.y === y && cached.node.data.journeyId === journeyId)
      return cached.node;
    const node: CardNode = {
      id: element.id,
      type: element.kind,
      position: { x, y },
      data: { element, journeyId },
      width: LAYOUT.cardWidth,
      height: LAYOUT.cardHeight,
      measured: measured(LAYOUT.cardWidth, LAYOUT.cardHeight),
      handles: CARD_HANDLES,
      zIndex: Z.card,
      deletable: false,
    };
    this.cards.set(element, { x, y, node });
    return node;
  }

  /** Any other node, rebuilt only when its key (a digest of what it shows) changes. */
  other<N extends MapNode>(id: string, key: string, build: () => N): N {
    const cached = this.others.get(id);
    if (cached && cached.key === key) return cached.node as N;
    const node = build();
    this.others.set(id, { key, node });
    return node;
  }

  edge(link: object, build: () => LinkEdge): LinkEdge {
    let edge = this.edges.get(link);
    if (!edge) {
      edge = build();
      this.edges.set(link, edge);
    }
    return edge;
  }
}

export function mapJourney(
  journey: Journey,
  layout: JourneyLayout,
  cache: NodeCache,
): { nodes: MapNode[]; edges: LinkEdge[] } {
  const nodes: MapNode[] = [];
  const journeyId = journey.id;
  const stageCards = new Map<Id, number>();
  for (const element of Object.values(journey.elements)) {
    stageCards.set(element.stageId, (stageCards.get(element.stageId) ?? 0) + 1);
  }

  for (const lane of layout.lanes) {
    const laneData = journey.lanes[lane.index]!;
    if (lane.kind === "emotionCurve" && !lane.collapsed) continue;
    for (const stage of layout.stages) {
      const stageData = journey.stages[stage.index]!;
      const count = layout.cellCounts.get(cellKey(stage.id, lane.id)) ?? 0;
      const id = cellNodeId(stage.id, lane.id);
      const key = `${stage.x},${lane.y},${stage.width},${lane.height},${count},${stageData.name},${laneData.name},${laneData.kind},${laneData.collapsed}`;
      nodes.push(
        cache.other<CellNode>(id, key, () => ({
          id,
          type: "cell",
          position: { x: stage.x, y: lane.y },
          data: {
            journeyId,
            stage: stageData,
            lane: laneData,
            count,
            width: stage.width,
            height: lane.height,
          },
          width: stage.width,
          height: lane.height,
          measured: measured(stage.width, lane.height),
          handles: NO_HANDLES,
          zIndex: Z.cell,
          draggable: false,
          selectable: false,
          focusable: false,
          deletable: false,
        })),
      );
    }
  }

  const curveLane = layout.lanes.find((l) => l.kind === "emotionCurve" && !l.collapsed);
  if (curveLane) {
    const geometry = emotionGeometry(journey, layout, curveLane.id)!;
    const titles: Record<Id, string> = {};
    for (const p of geometry.points)
      titles[p.elementId] = journey.elements[p.elementId]?.title ?? "";
    for (const u of geometry.unscored)
      titles[u.elementId] = journey.elements[u.elementId]?.title ?? "";
    const id = `${CURVE_NODE_PREFIX}${curveLane.id}`;
    const { x: left, width } = stagesSpan(layout);
    const key = JSON.stringify([geometry, left, width, titles]);
    nodes.push(
      cache.other<EmotionCurveNode>(id, key, () => ({
        id,
        type: "emotionCurve",
        position: { x: left, y: curveLane.y },
        data: { journeyId, geometry, width, left, titles },
        width,
        height: curveLane.height,
        measured: measured(width, curveLane.height),
        handles: NO_HANDLES,
        zIndex: Z.curve,
        draggable: false,
        selectable: false,
        focusable: false,
        deletable: false,
      })),
    );
  }

  for (const stage of layout.stages) {
    const stageData = journey.stages[stage.index]!;
    const id = stageNodeId(stage.id);
    const cards = stageCards.get(stage.id) ?? 0;
    const key = `${stage.x},${stage.width},${stage.index},${layout.stages.length},${cards},${stageData.name},${stageData.columns},${stageData.description}`;
    nodes.push(
      cache.other<StageHeaderNode>(id, key, () => ({
        id,
        type: "stageHeader",
        position: { x: stage.x, y: 0 },
        data: {
          journeyId,
          stage: stageData,
          index: stage.index,
          count: layout.stages.length,
          width: stage.width,
          cards,
        },
        width: stage.width,
        height: LAYOUT.stageHeaderHeight,
        measured: measured(stage.width, LAYOUT.stageHeaderHeight),
        handles: NO_HANDLES,
        zIndex: Z.header,
        selectable: false,
        focusable: false,
        deletable: false,
      })),
    );
  }

  for (const lane of layout.lanes) {
    const laneData = journey.lanes[lane.index]!;
    const id = laneNodeId(lane.id);
    const hidden = lane.collapsed ? (layout.hiddenByLane.get(lane.id) ?? 0) : 0;
    const key = `${layout.laneHeaderX},${lane.y},${lane.height},${lane.index},${layout.lanes.length},${hidden},${laneData.name},${laneData.kind},${laneData.collapsed}`;
    nodes.push(
      cache.other<LaneHeaderNode>(id, key, () => ({
        id,
        type: "laneHeader",
        position: { x: layout.laneHeaderX, y: lane.y },
        data: {
          journeyId,
          lane: laneData,
          index: lane.index,
          count: layout.lanes.length,
          height: lane.height,
          hidden,
        },
        width: LAYOUT.laneHeaderWidth,
        height: lane.height,
        measured: measured(LAYOUT.laneHeaderWidth, lane.height),
        handles: NO_HANDLES,
        zIndex: Z.header,
        selectable: false,
        focusable: false,
        deletable: false,
      })),
    );
  }

  for (const box of layout.cards.values()) {
    const element = journey.elements[box.id]!;
    nodes.push(cache.card(journeyId, element, box.x, box.y));
  }

  const edges: LinkEdge[] = [];
  for (const link of Object.values(journey.links)) {
    // Cards in a collapsed lane have no node; their arrows wait until the lane opens.
    if (!layout.cards.has(link.from) || !layout.cards.has(link.to)) continue;
    edges.push(
      cache.edge(link, () => ({
        id: link.id,
        source: link.from,
        target: link.to,
        type: "link",
        data: { kind: link.kind },
        zIndex: Z.card + 1,
      })),
    );
  }
  return { nodes, edges };
}
