import { LAYOUT, stagesSpan, type ElementKind, type Journey, type LaneKind } from "../domain";
import { formatNumber, t } from "../i18n";
import { textDirection } from "./bidi";
import type { Scope } from "./geometry";
import { kindIcon, satisfactionFace } from "./kind-shapes";
import type { PosterPen } from "./poster-pen";
import type { MapPanel } from "./poster-plan";
import { layoutStageHeaders } from "./poster-stages";
import { wrapText } from "./text-layout";
import { TEXT } from "./text-style";

/**
 * The map's frame, drawn under everything else of a panel: its background, the lane bands and
 * lane headers, the stage headers (numbered as in the whole journey, even on one stage's image)
 * and the grid lines between cells. In the panel's own coordinates.
 */
export function drawGrid(
  pen: PosterPen,
  panel: MapPanel,
  fullJourney: Journey,
  scope: Scope,
): string {
  const { layout, journey } = panel;
  const p = pen.palette;
  const out: string[] = [];
  const W = layout.width;
  const H = layout.height;
  const headerW = LAYOUT.laneHeaderWidth;
  const headerH = LAYOUT.stageHeaderHeight;
  // A right-to-left journey (the layout is mirrored already) has its lane names on the right.
  const rtl = layout.direction === "rtl";
  const stagesArea = stagesSpan(layout);
  // On a transparent background the map keeps a faint white ground, so cards stay legible.
  out.push(
    `<rect x="0" y="0" width="${W}" height="${H}" rx="10" fill="${p.background ?? "#ffffff"}" fill-opacity="${p.background ? 1 : 0.92}" stroke="${p.gridStrong}" stroke-width="1.5"/>`,
  );
  // Lane bands.
  for (const lane of layout.lanes) {
    const laneData = journey.lanes[lane.index]!;
    const fill =
      lane.kind === "emotionCurve" ? p.emotionLaneFill : lane.index % 2 === 1 ? p.laneStripe : null;
    if (fill)
      out.push(
        `<rect x="${stagesArea.x}" y="${lane.y}" width="${stagesArea.width}" height="${lane.height}" fill="${fill}"/>`,
      );
    out.push(
      `<rect x="${layout.laneHeaderX}" y="${lane.y}" width="${headerW}" height="${lane.height}" fill="${p.laneHeaderFill}"/>`,
    );
    out.push(
      laneHeader(pen, laneData.name, lane.kind, lane.collapsed, lane.y, lane.height, {
        x: layout.laneHeaderX,
        rtl,
      }),
    );
    if (lane.collapsed) {
      const hidden = layout.hiddenByLane.get(lane.id) ?? 0;
      if (hidden)
        out.push(
          pen.text(
            t("export.poster.hiddenCards", { count: hidden }),
            TEXT.laneNote,
            { x: stagesArea.x + 16, width: stagesArea.width - 32 },
            lane.y + lane.height / 2 + 4,
            p.muted,
          ),
        );
    }
  }
  // Stage headers.
  out.push(
    `<rect x="0" y="0" width="${W}" height="${headerH}" fill="${p.stageHeaderFill}" rx="10"/>`,
  );
  out.push(
    `<rect x="0" y="${headerH - 10}" width="${W}" height="10" fill="${p.stageHeaderFill}"/>`,
  );
  // Each stage's name and description after its number (left of it, right to left).
  const boxes = layout.stages.map((stage) => ({
    x: rtl ? stage.x + 12 : stage.x + 50,
    width: stage.width - 62,
  }));
  const headers = layoutStageHeaders(
    pen.measure,
    layout.stages.map((stage, i) => {
      const { name, description } = journey.stages[stage.index]!;
      return { name, description, width: boxes[i]!.width };
    }),
    headerH,
  );
  layout.stages.forEach((stage, i) => {
    const number =
      scope.kind === "stage"
        ? fullJourney.stages.findIndex((s) => s.id === stage.id) + 1
        : stage.index + 1;
    const cx = rtl ? stage.x + stage.width - 26 : stage.x + 26;
    out.push(
      `<circle cx="${cx}" cy="${headerH / 2}" r="14" fill="${p.stageNumberFill}"/>` +
        pen.text(
          formatNumber(number),
          TEXT.stageNumber,
          { x: cx - 14, width: 28 },
          headerH / 2 + 4.5,
          p.stageNumberText,
          { align: "middle", fit: false },
        ),
    );
    const { name, description } = journey.stages[stage.index]!;
    // One direction for all the lines of a name (or description), from the whole of it.
    const direction = { name: textDirection(name), description: textDirection(description) };
    for (const line of headers[i]!) {
      const fill = line.role === "name" ? p.text : p.muted;
      out.push(
        pen.text(line.text, line.style, boxes[i]!, line.baseline, fill, {
          fit: false,
          direction: direction[line.role],
        }),
      );
    }
  });
  // Grid.
  const lines: string[] = [];
  for (const stage of layout.stages)
    lines.push(`M${stage.x} 0V${H}`, `M${stage.x + stage.width} 0V${H}`);
  for (const lane of layout.lanes) lines.push(`M0 ${lane.y}H${W}`);
  out.push(`<path d="${lines.join("")}" stroke="${p.grid}" stroke-width="1.5" fill="none"/>`);
  return out.join("");
}

/** The lane kinds whose cards have a natural kind, for the lane header's icon. */
const LANE_ICON: Partial<Record<LaneKind, ElementKind>> = {
  actions: "customerAction",
  touchpoints: "touchpoint",
  channels: "channel",
  thoughts: "thought",
  frictionPoints: "frictionPoint",
  momentsOfDelight: "momentOfDelight",
  opportunities: "opportunity",
  backstage: "note",
};

/** A lane's icon and name, the name wrapped to as many lines as the lane is tall. */
function laneHeader(
  pen: PosterPen,
  name: string,
  kind: LaneKind,
  collapsed: boolean,
  y: number,
  height: number,
  place: { x: number; rtl: boolean },
): string {
  const p = pen.palette;
  const out: string[] = [];
  const iconKind = LANE_ICON[kind];
  // Positions from the header's start edge: its left, or its right on a right-to-left map.
  const at = (offset: number, size = 0) =>
    place.rtl ? place.x + LAYOUT.laneHeaderWidth - offset - size : place.x + offset;
  const left = 14;
  let textX = left;
  if (iconKind) {
    out.push(kindIcon(iconKind, at(left, 20), y + 14, 20, p.kinds[iconKind].accent));
    textX = left + 28;
  } else if (kind === "emotionCurve") {
    out.push(satisfactionFace(4, at(left + 10), y + 24, 10, p.satisfaction[4], p.faceInk));
    textX = left + 28;
  }
  // The emotion lane's header keeps a column free for the curve's scale of faces.
  const faceColumn = kind === "emotionCurve" && !collapsed ? 30 : 0;
  const width = LAYOUT.laneHeaderWidth - textX - 12 - faceColumn;
  const lines = collapsed
    ? [pen.fit(name, TEXT.laneName, width)]
    : wrapText(
        pen.measure,
        name,
        TEXT.laneName,
        width,
        Math.max(1, Math.floor((height - 16) / 20)),
      );
  lines.forEach((line, i) =>
    out.push(
      pen.text(line, TEXT.laneName, { x: at(textX, width), width }, y + 29 + i * 20, p.text, {
        fit: false,
      }),
    ),
  );
  return out.join("");
}
