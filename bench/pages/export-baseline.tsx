/**
 * The baseline for the export benchmark: React Flow's documented "download image" recipe
 * (html-to-image's toPng on `.react-flow__viewport`, framed with getNodesBounds and
 * getViewportForBounds) applied to the same journey's cards as React Flow nodes, laid out with
 * the app's own layoutJourney. Only cards and links are nodes and edges (no lane or stage
 * backgrounds), which keeps the DOM small and flatters the baseline.
 */
import {
  Handle,
  Position,
  ReactFlow,
  ReactFlowProvider,
  getNodesBounds,
  getViewportForBounds,
  useReactFlow,
  type Edge,
  type Node,
  type NodeProps,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { toPng } from "html-to-image";
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { layoutJourney } from "../../src/domain/layout";
import type { Journey, JourneyElement, Link } from "../../src/domain/types";

type FileJourney = Omit<Journey, "elements" | "links"> & {
  elements: JourneyElement[];
  links: Link[];
};

interface BenchApi {
  /** Renders the journey; resolves with the node count and the viewport's DOM element count. */
  load(envelope: { journeys: FileJourney[] }): Promise<{ nodes: number; elements: number }>;
  exportPng(width: number, height: number): Promise<{ ms: number; bytes: number }>;
}

declare global {
  interface Window {
    bench: BenchApi;
  }
}

const COLORS: Record<string, [string, string]> = {
  touchpoint: ["#e6eeff", "#2b59d9"],
  channel: ["#e0f4f1", "#0f7a6e"],
  frictionPoint: ["#fde8e6", "#c42b1c"],
  momentOfDelight: ["#fff4cc", "#b7820a"],
  customerAction: ["#eceff4", "#4a5568"],
  thought: ["#f1e9fb", "#7a3fc2"],
  opportunity: ["#e4f6e6", "#1d8a3a"],
  note: ["#fbf6e4", "#8c7a4a"],
};

type CardData = { element: JourneyElement };

function CardNode({ data }: NodeProps<Node<CardData>>) {
  const { element } = data;
  const [fill, stroke] = COLORS[element.kind] ?? ["#fff", "#333"];
  return (
    <div
      style={{
        width: 224,
        height: 120,
        boxSizing: "border-box",
        padding: "9px 12px",
        border: `2px solid ${stroke}`,
        borderRadius: 12,
        background: fill,
        font: "14px system-ui, sans-serif",
        display: "flex",
        flexDirection: "column",
        gap: 4,
      }}
    >
      <Handle type="target" position={Position.Top} />
      <div style={{ color: stroke, fontSize: 11, fontWeight: 600, textTransform: "uppercase" }}>
        <span style={{ marginRight: 6 }}>●</span>
        {element.kind}
      </div>
      <div
        style={{
          fontWeight: 600,
          fontSize: 16,
          lineHeight: "19px",
          overflow: "hidden",
          display: "-webkit-box",
          WebkitLineClamp: 3,
          WebkitBoxOrient: "vertical",
        }}
      >
        {element.title}
      </div>
      <div style={{ marginTop: "auto", display: "flex", gap: 10, fontSize: 12, fontWeight: 600 }}>
        {element.satisfaction !== null ? <span>☺ {element.satisfaction}</span> : null}
        {element.painPoints.length ? <span>⚠ {element.painPoints.length}</span> : null}
        {element.votes ? <span>▲ {element.votes}</span> : null}
      </div>
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
}

const nodeTypes = { card: CardNode };

function toGraph(file: FileJourney): { nodes: Node<CardData>[]; edges: Edge[] } {
  const journey: Journey = {
    ...file,
    elements: Object.fromEntries(file.elements.map((e) => [e.id, e])),
    links: Object.fromEntries(file.links.map((l) => [l.id, l])),
  };
  const layout = layoutJourney(journey);
  const nodes: Node<CardData>[] = [];
  for (const box of layout.cards.values()) {
    const element = journey.elements[box.id]!;
    nodes.push({
      id: box.id,
      type: "card",
      position: { x: box.x, y: box.y },
      data: { element },
    });
  }
  const edges: Edge[] = file.links.map((link) => ({
    id: link.id,
    source: link.from,
    target: link.to,
    style: { stroke: "#5b6474", strokeWidth: 2 },
  }));
  return { nodes, edges };
}

function Flow({ graph }: { graph: ReturnType<typeof toGraph> }) {
  const { getNodes } = useReactFlow();
  useEffect(() => {
    window.bench.exportPng = async (imageWidth, imageHeight) => {
      const started = performance.now();
      // React Flow's documented recipe.
      const nodesBounds = getNodesBounds(getNodes());
      const viewport = getViewportForBounds(nodesBounds, imageWidth, imageHeight, 0.5, 2, 0);
      const dataUrl = await toPng(document.querySelector<HTMLElement>(".react-flow__viewport")!, {
        backgroundColor: "#ffffff",
        width: imageWidth,
        height: imageHeight,
        style: {
          width: `${imageWidth}px`,
          height: `${imageHeight}px`,
          transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})`,
        },
      });
      const blob = await (await fetch(dataUrl)).blob();
      return { ms: performance.now() - started, bytes: blob.size };
    };
  }, [getNodes]);
  return (
    <ReactFlow
      nodes={graph.nodes}
      edges={graph.edges}
      nodeTypes={nodeTypes}
      fitView
      minZoom={0.05}
    />
  );
}

function App() {
  const [graph, setGraph] = useState<ReturnType<typeof toGraph> | null>(null);
  useEffect(() => {
    window.bench.load = async (envelope) => {
      const next = toGraph(envelope.journeys[0]!);
      setGraph(next);
      // Ready when React Flow has measured and shown every node.
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      for (;;) {
        await frame();
        const shown = document.querySelectorAll(".react-flow__node:not([style*='hidden'])");
        if (shown.length === next.nodes.length) break;
      }
      await frame();
      const elements = document.querySelectorAll(".react-flow__viewport *").length;
      return { nodes: next.nodes.length, elements };
    };
  }, []);
  return graph ? (
    <ReactFlowProvider>
      <Flow graph={graph} />
    </ReactFlowProvider>
  ) : null;
}

window.bench = {
  load: () => Promise.reject(new Error("not ready")),
  exportPng: () => Promise.reject(new Error("nothing loaded")),
};
createRoot(document.getElementById("root")!).render(<App />);
