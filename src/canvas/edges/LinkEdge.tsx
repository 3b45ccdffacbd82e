import {
  BaseEdge,
  EdgeLabelRenderer,
  useInternalNode,
  type EdgeProps,
  type InternalNode,
} from "@xyflow/react";
import { memo, useDeferredValue, useMemo } from "react";
import { curveBounds, curvePath, linkCurve, linkHitPath, linkRoute, pointAt } from "../../domain";
import { useT } from "../../i18n";
import { useCardDimmed } from "../../store";
import type { LinkEdge as LinkEdgeType } from "../map-nodes";
import { useCardBoxes } from "./card-boxes";

/** The arrow's invisible hit area, in map units either side of it together. */
const HIT_WIDTH = 18;

/** Where a card is drawn now (mid-drag too). */
function boxOf(node: InternalNode) {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.width ?? node.measured.width ?? 0, height: node.height ?? 0 };
}

/**
 * An arrow between two cards; its kind shows in its stroke (solid, dashed, heavy) and a label.
 * It leaves and enters by the sides of the cards that face each other (as the exports draw it),
 * and its hit area stops short of every card it passes (an SVG clip of every card's box made
 * hit testing and painting cost seconds per frame at 5,000 cards), so cards under it take clicks.
 */
function LinkEdgeView({ id, source, target, data, selected, markerEnd }: EdgeProps<LinkEdgeType>) {
  const t = useT();
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  const cards = useCardBoxes();
  // Faint when neither of its cards is among the filter's matches.
  const fromDimmed = useCardDimmed(source);
  const toDimmed = useCardDimmed(target);
  const kind = data?.kind ?? "flow";
  const fromBox = from ? boxOf(from) : null;
  const toBox = to ? boxOf(to) : null;
  const route = fromBox && toBox ? linkRoute(fromBox, toBox) : null;
  const key = route
    ? `${route.x1},${route.y1},${route.x2},${route.y2},${route.from},${route.to}`
    : "";
  // Only a change of route (a card moved) redraws the arrow.
  const drawn = useMemo(() => {
    if (!route) return null;
    const curve = linkCurve(route);
    return { curve, path: curvePath(curve), label: pointAt(curve, 0.5) };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the route is keyed by `key`
  }, [key]);
  // The hit area is worked out after the arrow is drawn: once the map has first painted (the
  // boxes are null until then), then in a render of its own that React may put off (a keyboard
  // move), and not while either card is dragged: no click can reach an arrow then, and each
  // frame of the drag would pay for it.
  const dragging = Boolean(from?.dragging || to?.dragging);
  const hitKey = useDeferredValue(dragging ? "" : key, "");
  const hit = useMemo(
    () =>
      drawn && cards && hitKey === key
        ? linkHitPath(drawn.curve, cards.overlapping(curveBounds(drawn.curve)), HIT_WIDTH)
        : "",
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `drawn` follows `key`
    [hitKey, key, cards],
  );
  if (!drawn) return null;
  const { path } = drawn;
  const [labelX, labelY] = drawn.label;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={`link link--${kind}${selected ? " link--selected" : ""}${
          fromDimmed && toDimmed ? " link--dimmed" : ""
        }`}
        interactionWidth={0}
      />
      {hit ? (
        <path
          className="react-flow__edge-interaction link__hit"
          d={hit}
          fill="none"
          strokeOpacity={0}
          strokeWidth={HIT_WIDTH}
        />
      ) : null}
      {kind !== "flow" ? (
        <EdgeLabelRenderer>
          <span
            className={`link__label link__label--${kind}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {t(`linkKind.${kind}`)}
          </span>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}

export const LinkEdge = memo(LinkEdgeView);
