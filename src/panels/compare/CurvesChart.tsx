import type { ReactNode } from "react";
import { directionOf, formatNumber, useLocale, useT } from "../../i18n";
import "./curves.css";

const WIDTH = 760;
const HEIGHT = 240;
const PAD = { start: 40, end: 48, top: 20, bottom: 44 };
const AVATAR = 26;

/** How many curves can be told apart: each has its own colour, line and mark. */
export const CURVE_STYLES = 6;
type Shape = "circle" | "square" | "triangle" | "diamond" | "ring" | "down";
const SHAPES: readonly Shape[] = ["circle", "square", "triangle", "diamond", "ring", "down"];

export interface CurveSeries {
  name: string;
  scores: readonly (number | null)[];
  /**
   * A persona's face: drawn in the legend (`badge`) and at the curve's last scored stage
   * (`mark`, given where to centre it), decorative: the name is beside it.
   */
  badge?: ReactNode;
  mark?: (x: number, y: number, size: number) => ReactNode;
}

function Mark({ shape, x, y, size = 6 }: { shape: Shape; x: number; y: number; size?: number }) {
  switch (shape) {
    case "circle":
      return <circle cx={x} cy={y} r={size} />;
    case "ring":
      return <circle cx={x} cy={y} r={size - 1} className="curves__ring" />;
    case "square":
      return (
        <rect x={x - size + 0.5} y={y - size + 0.5} width={size * 2 - 1} height={size * 2 - 1} />
      );
    case "diamond":
      return (
        <path
          d={`M${x},${y - size - 1} L${x + size + 1},${y} L${x},${y + size + 1} L${x - size - 1},${y} Z`}
        />
      );
    case "triangle":
      return (
        <path
          d={`M${x},${y - size - 1} L${x + size + 1},${y + size} L${x - size - 1},${y + size} Z`}
        />
      );
    case "down":
      return (
        <path
          d={`M${x},${y + size + 1} L${x + size + 1},${y - size} L${x - size - 1},${y - size} Z`}
        />
      );
  }
}

/**
 * Emotion curves over one row of stages, each told apart by colour, line and mark shape (not by
 * colour alone), running the way the page reads. A table beside it says the same in words.
 */
export function CurvesChart({
  stages,
  series,
  labelledBy,
}: {
  stages: readonly string[];
  series: readonly CurveSeries[];
  labelledBy: string;
}) {
  const t = useT();
  const rtl = directionOf(useLocale()) === "rtl";
  const span = WIDTH - PAD.start - PAD.end;
  const step = stages.length > 1 ? span / (stages.length - 1) : 0;
  const along = (index: number) => PAD.start + (stages.length > 1 ? index * step : span / 2);
  const x = (index: number) => (rtl ? WIDTH - along(index) : along(index));
  const y = (score: number) => PAD.top + ((5 - score) / 4) * (HEIGHT - PAD.top - PAD.bottom);
  const axisX = rtl ? WIDTH - PAD.start + 10 : PAD.start - 10;
  const badges = new Map<string, number>();
  return (
    <figure className="curves">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={labelledBy}
        className="curves__svg"
      >
        {[1, 2, 3, 4, 5].map((score) => (
          <g key={score}>
            <line
              x1={PAD.start}
              x2={WIDTH - PAD.start}
              y1={y(score)}
              y2={y(score)}
              className="curves__grid"
            />
            <text
              x={axisX}
              y={y(score) + 4}
              textAnchor={rtl ? "start" : "end"}
              className="curves__axis"
            >
              {formatNumber(score)}
            </text>
          </g>
        ))}
        {stages.map((name, index) => (
          <text
            key={index}
            x={x(index)}
            y={HEIGHT - PAD.bottom + 20}
            textAnchor="middle"
            className="curves__axis"
          >
            {name.length > 16 ? `${name.slice(0, 15)}…` : name}
          </text>
        ))}
        {series.map((one, i) => {
          const style = i % CURVE_STYLES;
          const points = one.scores.flatMap((score, index) =>
            score == null ? [] : [{ x: x(index), y: y(score) }],
          );
          const path = points
            .map((p, n) => `${n ? "L" : "M"}${p.x.toFixed(1)},${p.y.toFixed(1)}`)
            .join(" ");
          const last = points.at(-1);
          let badge: ReactNode = null;
          if (last && one.mark) {
            // Faces ending on the same point sit side by side.
            const spot = `${last.x},${last.y}`;
            const before = badges.get(spot) ?? 0;
            badges.set(spot, before + 1);
            const offset = 12 + AVATAR / 2 + before * (AVATAR + 2);
            badge = one.mark(rtl ? last.x - offset : last.x + offset, last.y, AVATAR);
          }
          return (
            <g key={i} className={`curves__series curves__series--${style}`}>
              <path d={path} className="curves__line" />
              {points.map((p, n) => (
                <Mark key={n} shape={SHAPES[style]!} x={p.x} y={p.y} />
              ))}
              {badge}
            </g>
          );
        })}
      </svg>
      <figcaption className="curves__legend">
        {series.map((one, i) => {
          const style = i % CURVE_STYLES;
          return (
            <span
              key={i}
              className={`curves__key curves__series curves__series--${style}`}
              dir="auto"
            >
              <svg width="34" height="14" aria-hidden="true">
                <line x1="0" x2="34" y1="7" y2="7" className="curves__line" />
                <Mark shape={SHAPES[style]!} x={17} y={7} size={5} />
              </svg>
              {one.badge}
              {one.name}
            </span>
          );
        })}
        <span className="curves__hint">{t("compare.curvesHint")}</span>
      </figcaption>
    </figure>
  );
}
