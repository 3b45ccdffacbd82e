import { useReactFlow } from "@xyflow/react";
import { useState } from "react";
import type { LinkEdge, MapNode } from "./map-nodes";

/**
 * React Flow's instance, one object for the map's life. `useReactFlow` hands out a new object
 * once the viewport is set up, though its functions read React Flow's store when called and the
 * first works as well; every callback built on it would change with it, and React Flow copies a
 * changed callback into its store and reruns every card's selectors (a map opened a frame later).
 */
export function useFlow() {
  const flow = useReactFlow<MapNode, LinkEdge>();
  const [first] = useState(flow);
  return first;
}
