import { memo } from "react";
import { useStore } from "@xyflow/react";
import { LAYOUT, type Journey, type JourneyLayout } from "../domain";
import { formatNumber, useT } from "../i18n";
import { STICKY_LANES_WIDTH } from "./viewports";

/** Height of the pinned stage names' strip (sticky-headers.css). */
const STICKY_STAGES_HEIGHT = 34;
/** A pinned row shorter than this cannot show a name on two lines: it gets one, cut short. */
const TWO_LINE_ROW = 44;

/**
 * Lane names pinned to the map's side and stage names to the top edge once their own headers
 * have scrolled out of view, like frozen panes in a spreadsheet: zoomed into one stage, a
 * person still sees which row is "Friction points". A picture only (aria-hidden): the real
 * headers on the map stay the ones to name, rename and reorder.
 */
function StickyHeadersView({ journey, layout }: { journey: Journey; layout: JourneyLayout }) {
  const t = useT();
  // A string, so panning re-renders this only while something is pinned (or stops being).
  // Pinned once half of a real header has scrolled away (with less left, its names are cut to
  // fragments), and zoomed in, once what is left is smaller than the pinned strip that covers it.
  const rtl = layout.direction === "rtl";
  const view = useStore((s) => {
    const [x, y, zoom] = s.transform;
    const laneW = LAYOUT.laneHeaderWidth * zoom;
    const stageH = LAYOUT.stageHeaderHeight * zoom;
    // How much of the real lane names is still on screen (they sit at the right of a
    // right-to-left map).
    const laneStart = layout.laneHeaderX * zoom + x;
    const lanesShown = rtl ? s.width - laneStart : laneStart + laneW;
    const lanesOff = lanesShown < Math.min(laneW / 2, STICKY_LANES_WIDTH);
    const stagesOff = y + stageH < Math.min(stageH / 2, STICKY_STAGES_HEIGHT);
    return lanesOff || stagesOff ? `${x} ${y} ${zoom} ${lanesOff} ${stagesOff}` : null;
  });
  if (!view) return null;
  const [xs, ys, zooms, lanes, stages] = view.split(" ");
  const [x, y, zoom] = [Number(xs), Number(ys), Number(zooms)];
  const lanesOff = lanes === "true";
  const stagesOff = stages === "true";
  const laneName = new Map(journey.lanes.map((l) => [l.id, l.name || t("lane.untitled")]));
  const stageName = new Map(journey.stages.map((s) => [s.id, s.name || t("stage.untitled")]));
  return (
    <div className="sticky-headers" data-direction={layout.direction} aria-hidden="true">
      {lanesOff ? (
        <div className="sticky-headers__lanes" style={{ width: STICKY_LANES_WIDTH }}>
          {layout.lanes.map((lane) => (
            <div
              key={lane.id}
              className={
                lane.height * zoom < TWO_LINE_ROW
                  ? "sticky-headers__lane sticky-headers__lane--short"
                  : "sticky-headers__lane"
              }
              style={{ top: lane.y * zoom + y, height: lane.height * zoom }}
            >
              <span dir="auto">{laneName.get(lane.id)}</span>
            </div>
          ))}
        </div>
      ) : null}
      {stagesOff ? (
        <div className="sticky-headers__stages">
          {layout.stages.map((stage) => (
            <div
              key={stage.id}
              className="sticky-headers__stage"
              style={{ left: stage.x * zoom + x, width: stage.width * zoom }}
              title={stageName.get(stage.id)}
            >
              <span className="stage-header__number sticky-headers__number">
                {formatNumber(stage.index + 1)}
              </span>
              <span dir="auto">{stageName.get(stage.id)}</span>
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}

// The canvas re-renders on every drag move; this need not.
export const StickyHeaders = memo(StickyHeadersView);
