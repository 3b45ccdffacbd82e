import type { Satisfaction } from "../../domain";

/**
 * A face drawn in SVG for a satisfaction score: the mouth curves from a frown (1) through flat
 * (3) to a smile (5), so the score reads without colour and prints crisply.
 */
export function FaceGlyph({
  score,
  cx,
  cy,
  r,
}: {
  score: Satisfaction;
  cx: number;
  cy: number;
  r: number;
}) {
  const curve = (score - 3) * 0.22 * r;
  const mouthY = cy + r * 0.32 - curve / 2;
  const mouth = `M${cx - r * 0.42},${mouthY} Q${cx},${mouthY + curve * 1.6} ${cx + r * 0.42},${mouthY}`;
  return (
    <g className={`face face--${score}`}>
      <circle cx={cx} cy={cy} r={r} className="face__head" />
      <circle cx={cx - r * 0.34} cy={cy - r * 0.22} r={r * 0.11} className="face__eye" />
      <circle cx={cx + r * 0.34} cy={cy - r * 0.22} r={r * 0.11} className="face__eye" />
      <path d={mouth} className="face__mouth" />
    </g>
  );
}
