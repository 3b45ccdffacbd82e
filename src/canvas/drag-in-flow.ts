import type { ReactFlowState, XYPosition } from "@xyflow/react";
import type { LinkEdge, MapNode } from "./map-nodes";

type FlowStore = {
  getState: () => ReactFlowState<MapNode, LinkEdge>;
  setState: (partial: Partial<ReactFlowState<MapNode, LinkEdge>>) => void;
};

/**
 * Moves the cards (or a header) being dragged in React Flow's own store, and touches nothing
 * else. Handing React Flow a new list of nodes on each pointer move made it adopt every node of
 * the map again and redraw the canvas around them; here only the moved nodes and the arrows at
 * them redraw. The journey itself changes once, on the drop.
 */
export function moveInFlow(store: FlowStore, moved: readonly [string, XYPosition][]): void {
  const { nodeLookup } = store.getState();
  for (const [id, position] of moved) {
    const node = nodeLookup.get(id);
    if (!node) continue;
    nodeLookup.set(id, {
      ...node,
      position,
      dragging: true,
      internals: { ...node.internals, positionAbsolute: position },
    });
  }
  store.setState({ nodeLookup });
}

/**
 * After a drop: the moved nodes are read afresh from the map's own nodes, so one dropped where
 * it cannot go, or where it was, goes back to its place (React Flow keeps a node it has already
 * adopted for as long as it is handed the same object).
 */
export function settleInFlow(store: FlowStore, ids: ReadonlySet<string>): void {
  const { nodes, setNodes } = store.getState();
  setNodes(nodes.map((node) => (ids.has(node.id) ? { ...node } : node)));
}
