import type { NodeProps } from "@xyflow/react";
import {
  ArrowDown,
  ArrowUp,
  ChevronDown,
  ChevronRight,
  MoreHorizontal,
  Pencil,
  Plus,
  Trash2,
} from "lucide-react";
import { memo } from "react";
import { useT } from "../../i18n";
import { addJourneyLane, collapseLane, renameLane, reorderLane } from "../../store";
import { Menu, type MenuItem } from "../../ui/Menu";
import { laneNodeId, type LaneHeaderNode as LaneHeaderNodeType } from "../map-nodes";
import { request, startRenaming, useRenaming } from "../structure-requests";
import { InlineName } from "./InlineName";

/** A lane's row header: name, collapse toggle (with the count of hidden cards) and its menu. */
function LaneHeaderNodeView({ data }: NodeProps<LaneHeaderNodeType>) {
  const t = useT();
  const { journeyId, lane, index, count, height, hidden } = data;
  const nodeId = laneNodeId(lane.id);
  const renaming = useRenaming(nodeId);
  const name = lane.name || t("lane.untitled");
  const Chevron = lane.collapsed ? ChevronRight : ChevronDown;

  const items: MenuItem[] = [
    {
      kind: "action",
      label: t("lane.rename"),
      icon: <Pencil />,
      onSelect: () => startRenaming(nodeId),
    },
    { kind: "separator" },
    {
      kind: "action",
      label: t("lane.addAbove"),
      icon: <Plus />,
      onSelect: () => addAndRename(journeyId, t("lane.newName"), index),
    },
    {
      kind: "action",
      label: t("lane.addBelow"),
      icon: <Plus />,
      onSelect: () => addAndRename(journeyId, t("lane.newName"), index + 1),
    },
    {
      kind: "action",
      label: t("lane.moveUp"),
      icon: <ArrowUp />,
      disabled: index === 0,
      onSelect: () => reorderLane(journeyId, lane.id, index - 1),
    },
    {
      kind: "action",
      label: t("lane.moveDown"),
      icon: <ArrowDown />,
      disabled: index === count - 1,
      onSelect: () => reorderLane(journeyId, lane.id, index + 1),
    },
    { kind: "separator" },
    {
      kind: "action",
      label: t("lane.remove"),
      icon: <Trash2 />,
      disabled: count <= 1,
      onSelect: () => request({ kind: "removeLane", journeyId, laneId: lane.id }),
    },
  ];

  return (
    <div
      className={`lane-header lane-header--${lane.kind}${lane.collapsed ? " lane-header--collapsed" : ""}`}
      style={{ height }}
      data-lane-id={lane.id}
    >
      <div className="lane-header__controls">
        <button
          type="button"
          className="lane-header__toggle nodrag nopan"
          aria-expanded={!lane.collapsed}
          aria-label={t(lane.collapsed ? "lane.expand" : "lane.collapse", { name })}
          onClick={() => collapseLane(journeyId, lane.id, !lane.collapsed)}
        >
          <Chevron size={16} aria-hidden="true" />
        </button>
        <div className="nodrag nopan lane-header__menu">
          <Menu
            label={t("lane.menu", { name })}
            icon={<MoreHorizontal size={18} aria-hidden="true" />}
            items={items}
            align="start"
          />
        </div>
      </div>
      <div className="lane-header__text">
        {renaming ? (
          <InlineName
            value={lane.name}
            label={t("lane.nameLabel")}
            onCommit={(value) => renameLane(journeyId, lane.id, value)}
            onDone={() => startRenaming(null)}
          />
        ) : (
          <h3 className="lane-header__name" dir="auto" onDoubleClick={() => startRenaming(nodeId)}>
            {name}
          </h3>
        )}
        {hidden > 0 ? (
          <span className="lane-header__hidden">{t("lane.hidden", { count: hidden })}</span>
        ) : null}
      </div>
    </div>
  );
}

function addAndRename(journeyId: string, name: string, index: number): void {
  const id = addJourneyLane(journeyId, name, "custom", index);
  startRenaming(laneNodeId(id));
}

export const LaneHeaderNode = memo(LaneHeaderNodeView);
