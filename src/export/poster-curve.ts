import { LAYOUT, emotionGeometry, stagesSpan, type Satisfaction } from "../domain";
import { satisfactionFace } from "./kind-shapes";
import type { PosterPen } from "./poster-pen";
import type { MapPanel } from "./poster-plan";
import { TEXT } from "./text-style";
import { num } from "./xml";

const CURVE_WIDTH = 4;

/**
 * The emotion curve in its lane: a scale (faint lines at every score, a dashed midline, faces
 * down the lane header's edge), the curve through the scored cards (the canvas's own geometry),
 * a face at each score, and a dashed "?" where a card is unscored.
 */
export function drawEmotionLane(pen: PosterPen, panel: MapPanel, laneId: string): string {
  const p = pen.palette;
  const out: string[] = [];
  const { layout } = panel;
  const geometry = emotionGeometry(panel.journey, layout, laneId);
  if (!geometry) return "";
  const span = stagesSpan(layout);
  const left = span.x;
  const right = span.x + span.width;
  // The scale of faces sits beside the lane names: right of the curve on a right-to-left map.
  const facesX = layout.direction === "rtl" ? right + 18 : left - 18;
  const scoreY = (score: number) =>
    geometry.top +
    LAYOUT.emotionLanePadding +
    ((5 - score) / 4) * (geometry.height - LAYOUT.emotionLanePadding * 2);
  const guides: string[] = [];
  for (const score of [1, 2, 4, 5]) guides.push(`M${left} ${num(scoreY(score))}H${right}`);
  out.push(`<path d="${guides.join("")}" stroke="${p.grid}" stroke-width="1" fill="none"/>`);
  out.push(
    `<path d="M${left} ${num(geometry.midlineY)}H${right}" stroke="${p.midline}" stroke-width="1.5" stroke-dasharray="8 6" fill="none"/>`,
  );
  for (const score of [5, 4, 3, 2, 1] as Satisfaction[])
    out.push(satisfactionFace(score, facesX, scoreY(score), 8, p.satisfaction[score], p.faceInk));
  if (geometry.path)
    out.push(
      `<path d="${geometry.path}" fill="none" stroke="${p.curve}" stroke-width="${CURVE_WIDTH}" stroke-linecap="round" stroke-linejoin="round"/>`,
    );
  for (const point of geometry.points)
    out.push(
      satisfactionFace(
        point.satisfaction,
        point.x,
        point.y,
        13,
        p.satisfaction[point.satisfaction],
        p.faceInk,
        p.background ?? "#ffffff",
      ),
    );
  for (const mark of geometry.unscored) {
    const y = geometry.midlineY;
    out.push(
      `<circle cx="${num(mark.x)}" cy="${num(y)}" r="11" fill="${p.background ?? "#ffffff"}" stroke="${p.midline}" stroke-width="2" stroke-dasharray="3 3"/>` +
        `<text class="${TEXT.face.className}" x="${num(mark.x)}" y="${num(y + 4)}" fill="${p.muted}" text-anchor="middle">?</text>`,
    );
  }
  return out.join("");
}
