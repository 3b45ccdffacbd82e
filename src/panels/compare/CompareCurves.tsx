import type { ComparedStage } from "../../domain";
import { formatNumber, useT } from "../../i18n";

const WIDTH = 760;
const HEIGHT = 240;
const PAD = { start: 40, end: 16, top: 16, bottom: 44 };

/**
 * The two journeys' emotion curves over the stages of the comparison: the first solid with round
 * marks, the second dashed with square marks (told apart by line and shape, not only colour).
 * The table beside it says the same in words.
 */
export function CompareCurves({
  rows,
  names,
  labelledBy,
}: {
  rows: readonly ComparedStage[];
  names: { a: string; b: string };
  labelledBy: string;
}) {
  const t = useT();
  const step = rows.length > 1 ? (WIDTH - PAD.start - PAD.end) / (rows.length - 1) : 0;
  const x = (index: number) =>
    PAD.start + (rows.length > 1 ? index * step : (WIDTH - PAD.start - PAD.end) / 2);
  const y = (score: number) => PAD.top + ((5 - score) / 4) * (HEIGHT - PAD.top - PAD.bottom);
  const points = (side: "a" | "b") =>
    rows.flatMap((row, index) => {
      const score = row[side]?.satisfaction;
      return score == null ? [] : [{ x: x(index), y: y(score), score }];
    });
  const line = (list: { x: number; y: number }[]) =>
    list.map((p, i) => `${i ? "L" : "M"}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ");
  const a = points("a");
  const b = points("b");
  return (
    <figure className="compare-curves">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={labelledBy}
        className="compare-curves__svg"
      >
        {[1, 2, 3, 4, 5].map((score) => (
          <g key={score}>
            <line
              x1={PAD.start}
              x2={WIDTH - PAD.end}
              y1={y(score)}
              y2={y(score)}
              className="compare-curves__grid"
            />
            <text
              x={PAD.start - 10}
              y={y(score) + 4}
              textAnchor="end"
              className="compare-curves__axis"
            >
              {formatNumber(score)}
            </text>
          </g>
        ))}
        {rows.map((row, index) => (
          <text
            key={index}
            x={x(index)}
            y={HEIGHT - PAD.bottom + 20}
            textAnchor="middle"
            className="compare-curves__axis"
          >
            {row.name.length > 16 ? `${row.name.slice(0, 15)}…` : row.name}
          </text>
        ))}
        <path d={line(a)} className="compare-curves__line compare-curves__line--a" />
        <path d={line(b)} className="compare-curves__line compare-curves__line--b" />
        {a.map((p, i) => (
          <circle key={i} cx={p.x} cy={p.y} r={6} className="compare-curves__mark--a" />
        ))}
        {b.map((p, i) => (
          <rect
            key={i}
            x={p.x - 5.5}
            y={p.y - 5.5}
            width={11}
            height={11}
            className="compare-curves__mark--b"
          />
        ))}
      </svg>
      <figcaption className="compare-curves__legend">
        <span className="compare-curves__key compare-curves__key--a" dir="auto">
          <svg width="34" height="12" aria-hidden="true">
            <line x1="0" x2="34" y1="6" y2="6" className="compare-curves__line--a" />
            <circle cx="17" cy="6" r="5" className="compare-curves__mark--a" />
          </svg>
          {names.a}
        </span>
        <span className="compare-curves__key compare-curves__key--b" dir="auto">
          <svg width="34" height="12" aria-hidden="true">
            <line x1="0" x2="34" y1="6" y2="6" className="compare-curves__line--b" />
            <rect x="12" y="1" width="10" height="10" className="compare-curves__mark--b" />
          </svg>
          {names.b}
        </span>
        <span className="compare-curves__hint">{t("compare.curvesHint")}</span>
      </figcaption>
    </figure>
  );
}
