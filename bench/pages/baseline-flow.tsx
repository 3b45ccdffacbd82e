import {
  Background,
  ReactFlow,
  useEdgesState,
  useNodesState,
  type Edge,
  type Node,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useEffect } from "react";
import { createRoot } from "react-dom/client";

// React Flow as its docs show it: N default nodes in controlled state, N/5 edges (or ?edges=),
// fitView.
// Wheel pans here as it does on the Waymark canvas, so pan figures compare like for like.
const params = new URLSearchParams(location.search);
const n = Number(params.get("n") ?? 1000);
const edgeCount = Number(params.get("edges") ?? Math.floor(n / 5));
const columns = 12;
const initialNodes: Node[] = Array.from({ length: n }, (_, i) => ({
  id: `n${i}`,
  position: { x: (i % columns) * 236, y: Math.floor(i / columns) * 132 },
  data: { label: `Card ${i + 1}` },
}));
let seed = n;
const rand = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
const initialEdges: Edge[] = Array.from({ length: edgeCount }, (_, i) => ({
  id: `e${i}`,
  source: `n${Math.floor(rand() * n)}`,
  target: `n${Math.floor(rand() * n)}`,
}));

function Flow() {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  useEffect(() => {
    requestAnimationFrame(() => performance.mark("baseline:ready"));
  }, []);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      fitView
      minZoom={0.1}
      panOnScroll
    >
      <Background />
    </ReactFlow>
  );
}

createRoot(document.getElementById("root")!).render(<Flow />);
