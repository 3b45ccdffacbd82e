import type { LinkEdge, MapNode } from "./map-nodes";

/**
 * Overlays the editor's selection on the derived nodes. Only selected nodes get new objects;
 * every other node keeps its identity. (A drag in flight moves nodes in React Flow's own store:
 * see drag-in-flow.ts.)
 */
export class SelectionOverlay {
  private selected = new WeakMap<MapNode, MapNode>();
  private selectedEdges = new WeakMap<LinkEdge, LinkEdge>();

  nodes(base: MapNode[], selected: ReadonlySet<string>): MapNode[] {
    if (selected.size === 0) return base;
    return base.map((node) => {
      if (!selected.has(node.id)) return node;
      let cached = this.selected.get(node);
      if (!cached) {
        cached = { ...node, selected: true } as MapNode;
        this.selected.set(node, cached);
      }
      return cached;
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
