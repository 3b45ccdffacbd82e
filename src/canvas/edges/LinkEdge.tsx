import {
  BaseEdge,
  EdgeLabelRenderer,
  Position,
  getBezierPath,
  useInternalNode,
  type EdgeProps,
  type InternalNode,
} from "@xyflow/react";
import { memo } from "react";
import { linkRoute, type Side } from "../../domain";
import { useT } from "../../i18n";
import type { LinkEdge as LinkEdgeType } from "../map-nodes";
import { CARD_HOLES_ID } from "./CardHoles";

const POSITION: Record<Side, Position> = {
  left: Position.Left,
  right: Position.Right,
  top: Position.Top,
  bottom: Position.Bottom,
};

/** Where a card is drawn now (mid-drag too). */
function boxOf(node: InternalNode) {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.width ?? node.measured.width ?? 0, height: node.height ?? 0 };
}

/**
 * An arrow between two cards; its kind shows in its stroke (solid, dashed, heavy) and a label.
 * It leaves and enters by the sides of the cards that face each other (as the exports draw it),
 * and its hit area stops at every card it passes, so the cards under it still take clicks.
 */
function LinkEdgeView({
  id,
  source,
  target,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  data,
  selected,
  markerEnd,
}: EdgeProps<LinkEdgeType>) {
  const t = useT();
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  const kind = data?.kind ?? "flow";
  const route = from && to ? linkRoute(boxOf(from), boxOf(to)) : null;
  const [path, labelX, labelY] = getBezierPath(
    route
      ? {
          sourceX: route.x1,
          sourceY: route.y1,
          targetX: route.x2,
          targetY: route.y2,
          sourcePosition: POSITION[route.from],
          targetPosition: POSITION[route.to],
        }
      : { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition },
  );
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={`link link--${kind}${selected ? " link--selected" : ""}`}
        interactionWidth={0}
      />
      <path
        className="react-flow__edge-interaction link__hit"
        d={path}
        fill="none"
        strokeOpacity={0}
        strokeWidth={18}
        clipPath={`url(#${CARD_HOLES_ID})`}
      />
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
