import type { NodeProps } from "@xyflow/react";
import {
  ArrowLeft,
  ArrowRight,
  Columns2,
  Focus,
  MoreHorizontal,
  Pencil,
  Plus,
  Trash2,
} from "lucide-react";
import { memo } from "react";
import { MAX_STAGE_COLUMNS, MIN_STAGE_COLUMNS } from "../../domain";
import { directionOf, formatNumber, useLocale, useT } from "../../i18n";
import { addJourneyStage, renameStage, reorderStage, resizeStage } from "../../store";
import { Menu, type MenuItem } from "../../ui/Menu";
import { stageNodeId, type StageHeaderNode as StageHeaderNodeType } from "../map-nodes";
import { request, startRenaming, useRenaming } from "../structure-requests";
import { InlineName } from "./InlineName";

/** A stage's column header: its name (double-click to rename), card count and its menu. Drag to reorder. */
function StageHeaderNodeView({ data }: NodeProps<StageHeaderNodeType>) {
  const t = useT();
  const rtl = directionOf(useLocale()) === "rtl";
  const { journeyId, stage, index, count, width, cards } = data;
  const nodeId = stageNodeId(stage.id);
  const renaming = useRenaming(nodeId);
  const name = stage.name || t("stage.untitled");

  const items: MenuItem[] = [
    {
      kind: "action",
      label: t("stage.rename"),
      icon: <Pencil />,
      onSelect: () => startRenaming(nodeId),
    },
    {
      kind: "action",
      label: t("stage.zoomTo"),
      icon: <Focus />,
      onSelect: () => request({ kind: "zoomToStage", stageId: stage.id, at: Date.now() }),
    },
    { kind: "separator" },
    {
      kind: "action",
      label: t("stage.addBefore"),
      icon: <Plus />,
      onSelect: () => addAndRename(journeyId, t("stage.newName"), index),
    },
    {
      kind: "action",
      label: t("stage.addAfter"),
      icon: <Plus />,
      onSelect: () => addAndRename(journeyId, t("stage.newName"), index + 1),
    },
    { kind: "separator" },
    {
      kind: "action",
      label: t("stage.wider"),
      icon: <Columns2 />,
      disabled: stage.columns >= MAX_STAGE_COLUMNS,
      onSelect: () => resizeStage(journeyId, stage.id, stage.columns + 1),
    },
    {
      kind: "action",
      label: t("stage.narrower"),
      icon: <Columns2 />,
      disabled: stage.columns <= MIN_STAGE_COLUMNS,
      onSelect: () => resizeStage(journeyId, stage.id, stage.columns - 1),
    },
    {
      kind: "action",
      label: t("stage.moveLeft"),
      // Earlier in the journey: towards the right of a right-to-left map.
      icon: rtl ? <ArrowRight /> : <ArrowLeft />,
      disabled: index === 0,
      onSelect: () => reorderStage(journeyId, stage.id, index - 1),
    },
    {
      kind: "action",
      label: t("stage.moveRight"),
      icon: rtl ? <ArrowLeft /> : <ArrowRight />,
      disabled: index === count - 1,
      onSelect: () => reorderStage(journeyId, stage.id, index + 1),
    },
    { kind: "separator" },
    {
      kind: "action",
      label: t("stage.remove"),
      icon: <Trash2 />,
      disabled: count <= 1,
      onSelect: () => request({ kind: "removeStage", journeyId, stageId: stage.id }),
    },
  ];

  return (
    <div className="stage-header" style={{ width }} data-stage-id={stage.id}>
      <span className="stage-header__number" aria-hidden="true">
        {formatNumber(index + 1)}
      </span>
      {renaming ? (
        <InlineName
          value={stage.name}
          label={t("stage.nameLabel")}
          onCommit={(value) => renameStage(journeyId, stage.id, value)}
          onDone={() => startRenaming(null)}
        />
      ) : (
        <h2
          className="stage-header__name"
          dir="auto"
          onDoubleClick={() => startRenaming(nodeId)}
          title={name}
        >
          {name}
        </h2>
      )}
      <span className="stage-header__count">{t("stage.cards", { count: cards })}</span>
      <div className="nodrag nopan">
        <Menu
          label={t("stage.menu", { name })}
          icon={<MoreHorizontal size={18} aria-hidden="true" />}
          items={items}
          align="end"
        />
      </div>
    </div>
  );
}

function addAndRename(journeyId: string, name: string, index: number): void {
  const id = addJourneyStage(journeyId, name, index);
  startRenaming(stageNodeId(id));
}

export const StageHeaderNode = memo(StageHeaderNodeView);
