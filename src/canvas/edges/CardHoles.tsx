import { memo } from "react";
import type { JourneyLayout } from "../../domain";

/** The clip that keeps an arrow's hit area off the cards (see LinkEdge). */
export const CARD_HOLES_ID = "waymark-card-holes";

const FAR = 1e6;

/**
 * The map with a hole where each card is, as a clip path in map coordinates. An arrow's wide,
 * invisible hit area is clipped by it, so wherever an arrow passes over a card, a click there is
 * the card's; the arrow itself is still drawn over the card and takes clicks everywhere else.
 */
function CardHolesView({ layout }: { layout: JourneyLayout }) {
  let d = `M${-FAR} ${-FAR}H${FAR}V${FAR}H${-FAR}Z`;
  for (const box of layout.cards.values())
    d += `M${box.x} ${box.y}h${box.width}v${box.height}h${-box.width}Z`;
  return (
    <svg className="card-holes" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <clipPath id={CARD_HOLES_ID} clipPathUnits="userSpaceOnUse">
          <path d={d} clipRule="evenodd" />
        </clipPath>
      </defs>
    </svg>
  );
}

export const CardHoles = memo(CardHolesView);
