import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from "@xyflow/react";
import { memo } from "react";
import { useT } from "../../i18n";
import type { LinkEdge as LinkEdgeType } from "../map-nodes";

/** An arrow between two cards; its kind shows in its stroke (solid, dashed, heavy) and a label. */
function LinkEdgeView({
  id,
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
  const kind = data?.kind ?? "flow";
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={`link link--${kind}${selected ? " link--selected" : ""}`}
        interactionWidth={18}
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
