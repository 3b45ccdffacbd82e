import { emotionCurve } from "./insights";
import { LAYOUT, type JourneyLayout } from "./layout";
import type { Id, Journey, Satisfaction } from "./types";

/** Where the emotion curve is drawn inside its lane: points, the smooth path and the midline. */

export interface CurvePoint {
  elementId: Id;
  x: number;
  y: number;
  satisfaction: Satisfaction;
}

export interface UnscoredMark {
  elementId: Id;
  x: number;
}

export interface EmotionGeometry {
  /** Lane bounds in map coordinates. */
  top: number;
  height: number;
  midlineY: number;
  points: CurvePoint[];
  unscored: UnscoredMark[];
  /** SVG path through the scored points, in map coordinates; empty with fewer than two. */
  path: string;
}

/** y of a satisfaction score within a lane: 5 at the top, 1 at the bottom, 3 on the midline. */
export function scoreY(score: number, top: number, height: number): number {
  const pad = LAYOUT.emotionLanePadding;
  return top + pad + ((5 - score) / 4) * (height - pad * 2);
}

export function emotionGeometry(
  journey: Journey,
  layout: JourneyLayout,
  laneId: Id,
): EmotionGeometry | null {
  const lane = layout.lanes.find((l) => l.id === laneId);
  if (!lane) return null;
  const stages = new Map(layout.stages.map((s) => [s.id, s]));
  const points: CurvePoint[] = [];
  const unscored: UnscoredMark[] = [];
  for (const point of emotionCurve(journey)) {
    const stage = stages.get(point.stageId);
    if (!stage) continue;
    const along = (stage.width * (point.indexInStage + 0.5)) / point.countInStage;
    const x = layout.direction === "rtl" ? stage.x + stage.width - along : stage.x + along;
    if (point.satisfaction === null) unscored.push({ elementId: point.elementId, x });
    else
      points.push({
        elementId: point.elementId,
        x,
        y: scoreY(point.satisfaction, lane.y, lane.height),
        satisfaction: point.satisfaction,
      });
  }
  return {
    top: lane.y,
    height: lane.height,
    midlineY: scoreY(3, lane.y, lane.height),
    points,
    unscored,
    path: smoothPath(points),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A monotone cubic (Fritsch-Carlson) through the points: smooth, and it never overshoots a score,
 * so a 5 is never drawn above 5 nor a 1 below 1.
 */
export function smoothPath(points: readonly { x: number; y: number }[]): string {
  const n = points.length;
  if (n < 2) return "";
  // Drawn left to right whichever way the journey runs (a right-to-left map lists them leftwards).
  const p = [...points].sort((a, b) => a.x - b.x);
  if (n === 2) return `M${round(p[0]!.x)},${round(p[0]!.y)}L${round(p[1]!.x)},${round(p[1]!.y)}`;
  const dx: number[] = [];
  const slope: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    dx.push(p[i + 1]!.x - p[i]!.x);
    slope.push(dx[i] === 0 ? 0 : (p[i + 1]!.y - p[i]!.y) / dx[i]!);
  }
  const tangent: number[] = [slope[0]!];
  for (let i = 1; i < n - 1; i++) {
    const a = slope[i - 1]!;
    const b = slope[i]!;
    tangent.push(a * b <= 0 ? 0 : (a + b) / 2);
  }
  tangent.push(slope[n - 2]!);
  for (let i = 0; i < n - 1; i++) {
    if (slope[i] === 0) {
      tangent[i] = 0;
      tangent[i + 1] = 0;
      continue;
    }
    const alpha = tangent[i]! / slope[i]!;
    const beta = tangent[i + 1]! / slope[i]!;
    const h = alpha * alpha + beta * beta;
    if (h > 9) {
      const k = 3 / Math.sqrt(h);
      tangent[i] = k * alpha * slope[i]!;
      tangent[i + 1] = k * beta * slope[i]!;
    }
  }
  let d = `M${round(p[0]!.x)},${round(p[0]!.y)}`;
  for (let i = 0; i < n - 1; i++) {
    const h = dx[i]! / 3;
    const c1x = p[i]!.x + h;
    const c1y = p[i]!.y + tangent[i]! * h;
    const c2x = p[i + 1]!.x - h;
    const c2y = p[i + 1]!.y - tangent[i + 1]! * h;
    d += `C${round(c1x)},${round(c1y)} ${round(c2x)},${round(c2y)} ${round(p[i + 1]!.x)},${round(p[i + 1]!.y)}`;
  }
  return d;
}
