import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { LAYOUT } from "../../domain";
import { useT } from "../../i18n";
import { useEditor } from "../../store";
import { useDropTargetIn } from "../drag-state";
import type { CellNode as CellNodeType } from "../map-nodes";
import { CellComposer } from "../CellComposer";

/** One cell of the grid: a drop target, a keyboard stop, and where typing adds a card. */
function CellNodeView({ data }: NodeProps<CellNodeType>) {
  const t = useT();
  const { stage, lane, count, width, height } = data;
  const isSelected = useEditor(
    (s) => s.selectedCell?.stageId === stage.id && s.selectedCell.laneId === lane.id,
  );
  const focused = useEditor(
    (s) =>
      s.focus?.kind === "cell" &&
      s.focus.cell.stageId === stage.id &&
      s.focus.cell.laneId === lane.id,
  );
  const composing = useEditor(
    (s) => s.composer?.cell.stageId === stage.id && s.composer.cell.laneId === lane.id,
  );
  const dropIndex = useDropTargetIn(stage.id, lane.id);

  let marker: { x: number; y: number; vertical: boolean } | null = null;
  if (dropIndex !== null) {
    const col = dropIndex % stage.columns;
    const row = Math.floor(dropIndex / stage.columns);
    const x = LAYOUT.cellPadding + col * (LAYOUT.cardWidth + LAYOUT.cardGap);
    const y = LAYOUT.cellPadding + row * (LAYOUT.cardHeight + LAYOUT.cardGap);
    marker =
      stage.columns === 1
        ? { x, y: y - LAYOUT.cardGap / 2 - 2, vertical: false }
        : { x: x - LAYOUT.cardGap / 2 - 2, y, vertical: true };
  }

  const classes = [
    "cell",
    isSelected && "cell--selected",
    dropIndex !== null && "cell--drop",
    lane.collapsed && "cell--collapsed",
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <div
      className={classes}
      style={{ width, height }}
      role="button"
      tabIndex={focused ? 0 : -1}
      aria-pressed={isSelected}
      aria-label={t("cell.name", {
        stage: stage.name || t("stage.untitled"),
        lane: lane.name || t("lane.untitled"),
        count,
      })}
      data-cell={`${stage.id}/${lane.id}`}
    >
      {marker ? (
        <span
          className={marker.vertical ? "cell__marker cell__marker--vertical" : "cell__marker"}
          style={{ insetInlineStart: marker.x, top: marker.y }}
          aria-hidden="true"
        />
      ) : null}
      {composing ? (
        <CellComposer stageId={stage.id} laneId={lane.id} columns={stage.columns} count={count} />
      ) : null}
      {isSelected && !composing && count === 0 ? (
        <span className="cell__hint" aria-hidden="true">
          {t("cell.typeHint")}
        </span>
      ) : null}
    </div>
  );
}

export const CellNode = memo(CellNodeView);
