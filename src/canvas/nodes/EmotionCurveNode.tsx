import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { SATISFACTION_VALUES, scoreY } from "../../domain";
import { useT } from "../../i18n";
import type { EmotionCurveNode as EmotionCurveNodeType } from "../map-nodes";
import { FaceGlyph } from "./FaceGlyph";

/**
 * The emotion curve: a smooth line through the touchpoints' scores in journey order, under the
 * cards, with a face at each point and a neutral midline. Unscored touchpoints are marked on the
 * midline as unscored, never drawn as a zero.
 */
function EmotionCurveNodeView({ data, height }: NodeProps<EmotionCurveNodeType>) {
  const t = useT();
  const { geometry, width, left, titles } = data;
  const h = height ?? geometry.height;
  const top = geometry.top;
  const scored = geometry.points;
  const lowest = scored.reduce<(typeof scored)[number] | null>(
    (low, p) => (!low || p.satisfaction < low.satisfaction ? p : low),
    null,
  );
  const highest = scored.reduce<(typeof scored)[number] | null>(
    (high, p) => (!high || p.satisfaction > high.satisfaction ? p : high),
    null,
  );

  const label =
    scored.length === 0
      ? t("curve.labelEmpty", { unscored: geometry.unscored.length })
      : t("curve.label", {
          count: scored.length,
          unscored: geometry.unscored.length,
          low: lowest!.satisfaction,
          lowTitle: titles[lowest!.elementId] ?? "",
          high: highest!.satisfaction,
          highTitle: titles[highest!.elementId] ?? "",
          sequence: scored.map((p) => p.satisfaction).join(", "),
        });

  return (
    <svg
      className="emotion-curve"
      width={width}
      height={h}
      role="img"
      aria-label={label}
      data-scored={scored.length}
      data-unscored={geometry.unscored.length}
    >
      <g transform={`translate(${-left} ${-top})`}>
        {SATISFACTION_VALUES.map((score) => (
          <line
            key={score}
            className={score === 3 ? "emotion-curve__midline" : "emotion-curve__guide"}
            x1={left}
            x2={left + width}
            y1={scoreY(score, top, h)}
            y2={scoreY(score, top, h)}
          />
        ))}
        {geometry.path ? <path className="emotion-curve__line" d={geometry.path} /> : null}
        {geometry.unscored.map((mark) => (
          <g key={mark.elementId} className="emotion-curve__unscored">
            <circle cx={mark.x} cy={geometry.midlineY} r={11} />
            <text x={mark.x} y={geometry.midlineY + 4.5} textAnchor="middle">
              ?
            </text>
          </g>
        ))}
        {scored.map((point) => (
          <FaceGlyph
            key={point.elementId}
            score={point.satisfaction}
            cx={point.x}
            cy={point.y}
            r={13}
          />
        ))}
      </g>
    </svg>
  );
}

export const EmotionCurveNode = memo(EmotionCurveNodeView);
