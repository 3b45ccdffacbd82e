import { mostVotedPainPoints, type Journey, type JourneyElement, type PainPoint } from "../domain";
import { formatNumber, t } from "../i18n";
import { addInsightsSlide } from "./deck-insights";
import { addPlanSlides, planSlideCount } from "./deck-plan";
import {
  HEIGHT,
  INK,
  MUTED,
  WIDTH,
  deckLayout,
  textOptions,
  headerCells,
  tableOptions,
  titledSlide,
} from "./deck-style";
import type { PosterPersona } from "./persona";
// The texts of the views that load when opened arrive with this module (see views-en.ts).
import "../i18n/views-en";

/**
 * A .pptx deck of a journey (pptxgenjs, loaded on first use): a title slide with the persona,
 * the whole map, one slide per stage (its pain points in the speaker notes), the top pain
 * points by severity and votes, with every stage's pain points in its speaker notes, and the
 * action plan.
 */

export interface RankedPain {
  painPoint: PainPoint;
  element: JourneyElement;
  stageName: string;
  stageIndex: number;
}

/**
 * Pain points ranked as the votes view ranks them (the room's votes on their card, then severity,
 * then journey order): the deck carries what the workshop decided, not a ranking of its own.
 */
export function topPainPoints(journey: Journey, limit = 8): RankedPain[] {
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  return mostVotedPainPoints(journey, Number.MAX_SAFE_INTEGER)
    .flatMap(({ painPoint, element }) => {
      const index = stageIndex.get(element.stageId);
      return index === undefined
        ? []
        : [{ painPoint, element, stageName: journey.stages[index]!.name, stageIndex: index }];
    })
    .slice(0, limit);
}

function painLine(entry: RankedPain): string {
  return t("export.deck.notesItem", {
    text: entry.painPoint.text,
    severity: t(`severity.${entry.painPoint.severity}`),
    card: entry.element.title,
    count: entry.element.votes,
  });
}

/** Speaker notes for one stage: its pain points, worst first. */
export function stageNotes(journey: Journey, stageIndex: number): string {
  const stage = journey.stages[stageIndex]!;
  const pains = topPainPoints(journey, Number.MAX_SAFE_INTEGER).filter(
    (p) => p.stageIndex === stageIndex,
  );
  const lines = pains.length
    ? pains.map((p) => `- ${painLine(p)}`)
    : [`- ${t("export.deck.notesNone")}`];
  return `${stageIndex + 1}. ${stage.name}\n${lines.join("\n")}`;
}

/** Speaker notes listing every stage's pain points. */
export function painPointNotes(journey: Journey): string {
  const stages = journey.stages.map((_, i) => stageNotes(journey, i));
  return `${t("export.deck.notesHeading")}\n\n${stages.join("\n\n")}`;
}

export interface DeckInput {
  journey: Journey;
  persona: (PosterPersona & { needs?: string[]; frustrations?: string[] }) | null;
  /** PNG data URLs: the persona's avatar, the whole map, and one per stage in order. */
  avatarPng: string | null;
  mapPng: string;
  stagePngs: string[];
}

/**
 * Slides: title, map, one per stage, top pain points, insights, and the action plan when there
 * is one.
 */
export function deckSlideCount(journey: Journey): number {
  return journey.stages.length + 4 + planSlideCount(journey);
}

function imageData(dataUrl: string): string {
  return dataUrl.replace(/^data:/, "");
}

export async function buildDeck(input: DeckInput): Promise<ArrayBuffer> {
  const { default: PptxGenJS } = await import("pptxgenjs");
  const { journey, persona } = input;
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.title = journey.title;
  pptx.company = "";
  const title = journey.title || t("journey.untitled");
  const layout = deckLayout();

  // 1. Title slide with the persona.
  const first = pptx.addSlide();
  first.background = { color: "FFFFFF" };
  first.addText(title, {
    x: 0.6,
    y: 0.5,
    w: WIDTH - 1.2,
    h: 1,
    fontSize: 36,
    bold: true,
    color: INK,
    ...textOptions(title),
  });
  const subtitle = [t(`journeyState.${journey.state}`), journey.scenario]
    .filter(Boolean)
    .join(" · ");
  first.addText(subtitle, {
    x: 0.6,
    y: 1.45,
    w: WIDTH - 1.2,
    h: 0.6,
    fontSize: 18,
    color: MUTED,
    ...textOptions(subtitle),
  });
  if (persona) {
    first.addText(t("export.deck.persona").toLocaleUpperCase(), {
      x: layout.x(0.6, 6),
      y: 2.45,
      w: 6,
      h: 0.4,
      fontSize: 12,
      bold: true,
      color: MUTED,
      charSpacing: 2,
      ...layout.label,
    });
    if (input.avatarPng)
      first.addImage({
        data: imageData(input.avatarPng),
        x: layout.x(0.6, 1.7),
        y: 3.0,
        w: 1.7,
        h: 1.7,
        rounding: true,
      });
    const name = persona.name || t("persona.untitled");
    first.addText(name, {
      x: layout.x(2.6, 4.4),
      y: 3.0,
      w: 4.4,
      h: 0.6,
      fontSize: 26,
      bold: true,
      color: INK,
      ...textOptions(name),
    });
    first.addText(persona.role, {
      x: layout.x(2.6, 4.4),
      y: 3.6,
      w: 4.4,
      h: 0.45,
      fontSize: 16,
      color: MUTED,
      ...textOptions(persona.role),
    });
    if (persona.quote.trim()) {
      const quote = t("export.poster.quote", { quote: persona.quote.trim() });
      first.addText(quote, {
        x: layout.x(2.6, 4.4),
        y: 4.1,
        w: 4.4,
        h: 1.2,
        fontSize: 16,
        italic: true,
        color: INK,
        valign: "top",
        ...textOptions(persona.quote),
      });
    }
    const lists: [string, string[]][] = [
      [t("export.deck.goals"), persona.goals],
      [t("export.deck.needs"), persona.needs ?? []],
      [t("export.deck.frustrations"), persona.frustrations ?? []],
    ];
    let y = 2.45;
    for (const [heading, items] of lists) {
      const clean = items
        .map((i) => i.trim())
        .filter(Boolean)
        .slice(0, 4);
      if (!clean.length) continue;
      first.addText(heading.toLocaleUpperCase(), {
        x: layout.x(7.6, 5.1),
        y,
        w: 5.1,
        h: 0.35,
        fontSize: 12,
        bold: true,
        color: MUTED,
        charSpacing: 2,
        ...layout.label,
      });
      first.addText(
        clean.map((item) => ({
          text: item,
          options: { bullet: true, breakLine: true, ...textOptions(item) },
        })),
        {
          x: layout.x(7.6, 5.1),
          y: y + 0.35,
          w: 5.1,
          h: 0.32 * clean.length + 0.1,
          fontSize: 15,
          color: INK,
          valign: "top",
        },
      );
      y += 0.35 + 0.32 * clean.length + 0.35;
    }
  }

  // 2. The whole map.
  const map = pptx.addSlide();
  map.background = { color: "FFFFFF" };
  map.addImage({ data: imageData(input.mapPng), x: 0, y: 0, w: WIDTH, h: HEIGHT });
  map.addNotes([journey.scenario, journey.goal].filter(Boolean).join("\n\n"));

  // 3. One slide per stage.
  journey.stages.forEach((_, i) => {
    const slide = pptx.addSlide();
    slide.background = { color: "FFFFFF" };
    const png = input.stagePngs[i];
    if (png) slide.addImage({ data: imageData(png), x: 0, y: 0, w: WIDTH, h: HEIGHT });
    slide.addNotes(stageNotes(journey, i));
  });

  // 4. Top pain points.
  const pains = titledSlide(pptx, t("export.deck.topPainPoints"));
  const top = topPainPoints(journey);
  if (top.length === 0) {
    pains.addText(t("export.deck.noPainPoints"), {
      x: 0.6,
      y: 1.4,
      w: WIDTH - 1.2,
      h: 0.6,
      fontSize: 18,
      color: MUTED,
      ...layout.label,
    });
  } else {
    const head = headerCells(layout, [
      t("export.deck.column.painPoint"),
      t("export.deck.column.severity"),
      t("export.deck.column.card"),
      t("export.deck.column.stage"),
      t("export.deck.column.votes"),
    ]);
    const severityColor = { high: "C42B1C", medium: "B45309", low: "8A6D00" } as const;
    const rows = top.map((entry) =>
      layout.columns([
        { text: entry.painPoint.text, options: textOptions(entry.painPoint.text) },
        {
          text: t(`severity.${entry.painPoint.severity}`),
          options: { bold: true, color: severityColor[entry.painPoint.severity], ...layout.label },
        },
        { text: entry.element.title, options: textOptions(entry.element.title) },
        { text: entry.stageName, options: textOptions(entry.stageName) },
        {
          text: formatNumber(entry.element.votes),
          options: { align: layout.rtl ? ("left" as const) : ("right" as const) },
        },
      ]),
    );
    pains.addTable([head, ...rows], tableOptions(layout, 1.35, [5.0, 1.3, 2.9, 2.0, 0.93]));
  }
  pains.addNotes(painPointNotes(journey));

  // 5. What the map says: satisfaction by stage, and each metric against its target.
  addInsightsSlide(pptx, journey, new Date());

  // 6. The action plan, when the team made one.
  addPlanSlides(pptx, journey);

  return (await pptx.write({ outputType: "arraybuffer" })) as ArrayBuffer;
}

export const PPTX_MIME =
  "application/vnd.openxmlformats-officedocument.presentationml.presentation";
