import type { XYPosition } from "@xyflow/react";
import type { LinkEdge, MapNode } from "./map-nodes";

/**
 * Overlays the editor's selection and an in-flight drag on the derived nodes. Only nodes that are
 * selected or being dragged get new objects; every other node keeps its identity.
 */
export class SelectionOverlay {
  private selected = new WeakMap<MapNode, MapNode>();
  private selectedEdges = new WeakMap<LinkEdge, LinkEdge>();

  nodes(
    base: MapNode[],
    selected: ReadonlySet<string>,
    dragged: ReadonlyMap<string, XYPosition>,
  ): MapNode[] {
    if (selected.size === 0 && dragged.size === 0) return base;
    return base.map((node) => {
      const position = dragged.get(node.id);
      const isSelected = selected.has(node.id);
      if (!position && !isSelected) return node;
      if (!position) {
        let cached = this.selected.get(node);
        if (!cached) {
          cached = { ...node, selected: true } as MapNode;
          this.selected.set(node, cached);
        }
        return cached;
      }
      return { ...node, position, selected: isSelected, dragging: true } as MapNode;
    });
  }

  edges(base: LinkEdge[], selected: ReadonlySet<string>): LinkEdge[] {
    if (selected.size === 0) return base;
    return base.map((edge) => {
      if (!selected.has(edge.id)) return edge;
      let cached = this.selectedEdges.get(edge);
      if (!cached) {
        cached = { ...edge, selected: true };
        this.selectedEdges.set(edge, cached);
      }
      return cached;
    });
  }
}
