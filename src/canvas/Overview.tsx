import { Panel, useReactFlow, useStore } from "@xyflow/react";
import { memo, useMemo, useRef, type PointerEvent } from "react";
import { ELEMENT_KINDS, type ElementKind, type Journey, type JourneyLayout } from "../domain";
import { useT } from "../i18n";
import { useSession } from "../store";
import { kindColor } from "../ui/kind-colors";
import type { LinkEdge, MapNode } from "./map-nodes";

const WIDTH = 176;
const HEIGHT = 120;

/**
 * The whole map in miniature, drawn from the layout: one path per kind of card, redrawn only
 * when the journey changes. Only the viewport frame follows panning and zooming, so a drag or a
 * pan on a 2,000-card map costs it nothing. Click or drag in it to move the view. It shows when
 * the person asks for it (the zoom controls' "Overview map"), and steps aside while the whole
 * map is in view: otherwise it would lie over cards.
 */
function OverviewView({ journey, layout }: { journey: Journey; layout: JourneyLayout }) {
  const t = useT();
  const open = useSession((s) => s.minimapOpen);
  const flow = useReactFlow<MapNode, LinkEdge>();
  const svg = useRef<SVGSVGElement>(null);
  const scale = Math.min(WIDTH / layout.width, HEIGHT / layout.height);
  const width = layout.width * scale;
  const height = layout.height * scale;

  const view = useStore((s) => {
    const [x, y, zoom] = s.transform;
    return `${(-x / zoom) * scale},${(-y / zoom) * scale},${(s.width / zoom) * scale},${(s.height / zoom) * scale}`;
  });
  const [vx, vy, vw, vh] = view.split(",").map(Number) as [number, number, number, number];

  // With the whole map in view the minimap shows nothing more, and would only cover cards.
  const wholeMapInView =
    vx <= 0.5 && vy <= 0.5 && vx + vw >= width - 0.5 && vy + vh >= height - 0.5;
  const shown = open && !wholeMapInView;

  // Drawn only while shown: each edit would otherwise redo every card's outline for nothing.
  const paths = useMemo(() => {
    if (!shown) return [];
    const byKind = new Map<ElementKind, string[]>();
    for (const box of layout.cards.values()) {
      const kind = journey.elements[box.id]?.kind;
      if (!kind) continue;
      const list = byKind.get(kind) ?? [];
      list.push(
        `M${(box.x * scale).toFixed(1)} ${(box.y * scale).toFixed(1)}h${(box.width * scale).toFixed(1)}v${(box.height * scale).toFixed(1)}h${(-box.width * scale).toFixed(1)}z`,
      );
      byKind.set(kind, list);
    }
    return ELEMENT_KINDS.filter((k) => byKind.has(k)).map((kind) => ({
      kind,
      d: byKind.get(kind)!.join(""),
    }));
  }, [shown, journey.elements, layout, scale]);

  const moveTo = (event: PointerEvent<SVGSVGElement>) => {
    const rect = svg.current?.getBoundingClientRect();
    if (!rect) return;
    const { zoom } = flow.getViewport();
    void flow.setCenter((event.clientX - rect.left) / scale, (event.clientY - rect.top) / scale, {
      zoom,
      duration: 0,
    });
  };

  if (!shown) return null;
  return (
    <Panel
      position={layout.direction === "rtl" ? "bottom-left" : "bottom-right"}
      className="overview"
    >
      <svg
        ref={svg}
        width={width}
        height={height}
        role="img"
        aria-label={t("canvas.minimap")}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          moveTo(event);
        }}
        onPointerMove={(event) => {
          if (event.buttons === 1) moveTo(event);
        }}
      >
        <rect className="overview__map" x={0} y={0} width={width} height={height} />
        {layout.stages.map((stage) => (
          <line
            key={stage.id}
            className="overview__stage"
            x1={stage.x * scale}
            x2={stage.x * scale}
            y1={0}
            y2={height}
          />
        ))}
        {paths.map(({ kind, d }) => (
          <path key={kind} d={d} fill={kindColor(kind)} />
        ))}
        <rect className="overview__view" x={vx} y={vy} width={vw} height={vh} />
      </svg>
    </Panel>
  );
}

export const Overview = memo(OverviewView);
