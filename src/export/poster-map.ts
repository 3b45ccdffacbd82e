import type { Journey } from "../domain";
import type { Scope } from "./geometry";
import { drawCard, drawCardOutlines } from "./poster-cards";
import { drawEmotionLane } from "./poster-curve";
import { drawGrid } from "./poster-grid";
import { drawLinkOutlines, drawLinks } from "./poster-links";
import type { PosterPen } from "./poster-pen";
import type { MapPanel } from "./poster-plan";

/**
 * One panel of the map at its place on the poster, bottom to top: the grid, the emotion curves,
 * links, then cards, so arrows never cover a card's text.
 */
export function drawPanel(
  pen: PosterPen,
  panel: MapPanel,
  fullJourney: Journey,
  scope: Scope,
  cards: "full" | "outline" = "full",
  /** Comment counts to draw on cards (an export that asks for them), by card. */
  comments: ReadonlyMap<string, number> | null = null,
): string {
  const { layout, journey } = panel;
  const out: string[] = [`<g transform="translate(${panel.x} ${panel.y})">`];
  out.push(drawGrid(pen, panel, fullJourney, scope));
  for (const lane of layout.lanes) {
    if (lane.kind !== "emotionCurve" || lane.collapsed) continue;
    out.push(drawEmotionLane(pen, panel, lane.id));
  }
  // Links come from the whole journey: a split stage's panel draws those whose ends it holds.
  out.push(
    cards === "full"
      ? drawLinks(pen, layout, fullJourney)
      : drawLinkOutlines(pen, layout, fullJourney),
  );
  if (cards === "full") {
    for (const box of layout.cards.values()) {
      const element = journey.elements[box.id];
      if (element) out.push(drawCard(pen, element, box, comments?.get(element.id) ?? 0));
    }
  } else out.push(drawCardOutlines(pen, panel));
  out.push(`</g>`);
  return out.join("");
}
