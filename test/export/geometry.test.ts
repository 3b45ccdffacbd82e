import { describe, expect, it } from "vitest";
import { LAYOUT, layoutJourney, newId } from "../../src/domain";
import { posterGeometry, type PosterOptions } from "../../src/export/geometry";
import { cardOnPoster, planPoster } from "../../src/export/poster-plan";
import { t } from "../../src/i18n";
import { groceryTemplate } from "../../src/templates";
import { blankJourney } from "../helpers/factories";

const options: PosterOptions = {
  scope: { kind: "journey" },
  personaHeader: true,
  legend: true,
  emotionCurve: true,
  background: "white",
};

const grocery = () => groceryTemplate.build({ newId, now: 1, t }).journey;

describe("the poster", () => {
  it("stacks header, map and legend inside margins, the map where layoutJourney puts it", () => {
    const journey = grocery();
    const plan = planPoster(journey, options, "fit");
    const layout = layoutJourney(journey);
    const { header, map, legend } = plan.geometry;
    expect(map.width).toBe(layout.width);
    expect(map.height).toBe(layout.height);
    expect(header.y + header.height).toBeLessThan(map.y);
    expect(map.y + map.height).toBeLessThan(legend!.y);
    expect(legend!.y + legend!.height).toBeLessThan(plan.geometry.height);
    // "Fitted to content" keeps the editor's layout, card for card.
    for (const [id, box] of layout.cards) {
      expect(cardOnPoster(plan, id)).toEqual({
        x: map.x + box.x,
        y: map.y + box.y,
        width: LAYOUT.cardWidth,
        height: LAYOUT.cardHeight,
      });
    }
  });

  it("leaves out the header's persona, the legend and the emotion lane when asked", () => {
    const journey = grocery();
    const full = planPoster(journey, options, "fit");
    const bare = planPoster(
      journey,
      { ...options, personaHeader: false, legend: false, emotionCurve: false },
      "fit",
    );
    expect(bare.geometry.legend).toBeNull();
    expect(bare.geometry.header.persona).toBe(false);
    expect(bare.geometry.header.height).toBeLessThan(full.geometry.header.height);
    expect(bare.journey.lanes.some((l) => l.kind === "emotionCurve")).toBe(false);
    expect(bare.geometry.height).toBeLessThan(full.geometry.height - LAYOUT.emotionLaneHeight);
  });

  it("wraps the legend onto more rows on a narrow poster", () => {
    const layout = layoutJourney(blankJourney());
    const wide = posterGeometry([layout], options);
    const narrow = posterGeometry([{ ...layout, width: 400 }], options);
    const rows = (g: typeof wide) => new Set(g.legend!.items.map((i) => i.y)).size;
    expect(rows(narrow)).toBeGreaterThan(rows(wide));
    for (const item of narrow.legend!.items)
      expect(item.x + item.width).toBeLessThanOrEqual(narrow.legend!.x + narrow.legend!.width);
  });
});
