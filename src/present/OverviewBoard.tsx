import { Vote } from "lucide-react";
import { memo, type CSSProperties } from "react";
import {
  LAYOUT,
  SATISFACTION_VALUES,
  emotionGeometry,
  scoreY,
  stagesSpan,
  type Journey,
  type JourneyLayout,
} from "../domain";
import { formatNumber, useT } from "../i18n";
import { useJourneyFilter } from "../store";
import { FaceGlyph } from "../canvas/nodes/FaceGlyph";
import { kindColor } from "../ui/kind-colors";
import { KIND_ICON } from "../ui/kinds";
import "./overview-board.css";
import "./emotion.css";

/**
 * The whole journey at a glance (the presentation's first step): stages as columns, the lanes
 * that hold something as rows, compact cards and the emotion curve, drawn from the same layout
 * as the editor so it looks like the map people built.
 */
function OverviewBoardView({
  journey,
  layout,
  spotStage,
  spotLaneId,
}: {
  journey: Journey;
  layout: JourneyLayout;
  spotStage: number | null;
  spotLaneId: string | null;
}) {
  const t = useT();
  const { matches } = useJourneyFilter(journey.id);
  const emotionLane = layout.lanes.find((l) => l.kind === "emotionCurve");
  const geometry = emotionLane ? emotionGeometry(journey, layout, emotionLane.id) : null;
  const stages = stagesSpan(layout);
  return (
    <div
      className="board"
      style={{ width: layout.width, height: layout.height }}
      role="img"
      aria-label={t("present.overviewLabel", {
        stages: journey.stages.length,
        count: layout.cards.size,
      })}
    >
      {layout.stages.map((box, i) => {
        const stage = journey.stages[i]!;
        return (
          <div
            key={box.id}
            className="board__stage"
            style={{ left: box.x, width: box.width, height: LAYOUT.stageHeaderHeight }}
          >
            <span className="board__stage-number">{formatNumber(i + 1)}</span>
            <span
              className="board__stage-name"
              dir="auto"
              title={stage.name.trim() || t("stage.untitled")}
            >
              {stage.name.trim() || t("stage.untitled")}
            </span>
          </div>
        );
      })}
      {layout.lanes.map((box) => {
        const lane = journey.lanes.find((l) => l.id === box.id)!;
        return (
          <div
            key={box.id}
            className={`board__lane board__lane--${box.kind}`}
            style={{ top: box.y, height: box.height, width: layout.width }}
            // The lane's name at the start of its row: the right edge of a right-to-left map.
            dir={layout.direction}
          >
            <span className="board__lane-name" style={{ width: LAYOUT.laneHeaderWidth }} dir="auto">
              {lane.name.trim() || t("lane.untitled")}
            </span>
          </div>
        );
      })}
      {layout.stages.map((box) => (
        <div
          key={`${box.id}-rule`}
          className="board__rule"
          style={{ left: box.x, top: 0, height: layout.height }}
        />
      ))}
      {[...layout.cards.values()].map((box) => {
        const element = journey.elements[box.id]!;
        const Icon = KIND_ICON[element.kind];
        return (
          <div
            key={box.id}
            className={`board__card board__card--${element.kind}${
              matches && !matches.set.has(box.id) ? " board__card--dimmed" : ""
            }`}
            style={
              {
                left: box.x,
                top: box.y,
                width: box.width,
                height: box.height,
                "--kind-color": kindColor(element.kind),
              } as CSSProperties
            }
          >
            <Icon className="board__card-icon" size={22} strokeWidth={2.6} />
            <span className="board__card-title" dir="auto">
              {element.title.trim() || t("card.untitled")}
            </span>
            {element.votes > 0 ? (
              <span className="board__card-votes">
                <Vote size={18} strokeWidth={2.6} />
                {formatNumber(element.votes)}
              </span>
            ) : null}
          </div>
        );
      })}
      {geometry && emotionLane ? (
        <svg
          className="board__curve"
          style={{ top: geometry.top, left: 0 }}
          width={layout.width}
          height={geometry.height}
          viewBox={`0 ${geometry.top} ${layout.width} ${geometry.height}`}
        >
          {SATISFACTION_VALUES.map((score) => (
            <line
              key={score}
              className={score === 3 ? "emotion-strip__midline" : "emotion-strip__guide"}
              x1={stages.x}
              x2={stages.x + stages.width}
              y1={scoreY(score, geometry.top, geometry.height)}
              y2={scoreY(score, geometry.top, geometry.height)}
            />
          ))}
          {geometry.path ? <path className="emotion-strip__line" d={geometry.path} /> : null}
          {geometry.unscored.map((mark) => (
            <g key={mark.elementId} className="emotion-strip__unscored">
              <circle cx={mark.x} cy={geometry.midlineY} r={12} />
              <text x={mark.x} y={geometry.midlineY + 5} textAnchor="middle">
                ?
              </text>
            </g>
          ))}
          {geometry.points.map((point) => (
            <FaceGlyph
              key={point.elementId}
              score={point.satisfaction}
              cx={point.x}
              cy={point.y}
              r={16}
            />
          ))}
        </svg>
      ) : null}
      {layout.stages.map((box, i) =>
        spotStage !== null && spotStage !== i ? (
          <div
            key={`${box.id}-veil`}
            className="board__veil"
            style={{ left: box.x, top: 0, width: box.width, height: layout.height }}
          />
        ) : null,
      )}
      {spotLaneId
        ? layout.lanes.map((box) =>
            box.id !== spotLaneId ? (
              <div
                key={`${box.id}-veil`}
                className="board__veil"
                style={{ left: 0, top: box.y, width: layout.width, height: box.height }}
              />
            ) : null,
          )
        : null}
    </div>
  );
}

export const OverviewBoard = memo(OverviewBoardView);
