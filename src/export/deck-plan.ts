import type PptxGenJS from "pptxgenjs";
import { actionsInPlanOrder, type Journey } from "../domain";
import { formatDay, formatNumber, t } from "../i18n";
import { targetText } from "../ui/metric-labels";
import { ownerText } from "./csv";
import {
  MUTED,
  deckLayout,
  textOptions,
  headerCells,
  tableOptions,
  titledSlide,
} from "./deck-style";

/** Actions per slide: a table a room reads from the back at 14 pt. */
const PER_SLIDE = 8;

export function planSlideCount(journey: Journey): number {
  return Math.ceil(Object.keys(journey.plan).length / PER_SLIDE);
}

/**
 * The action plan as slides: a table of actions in board order (status, then due day), eight to
 * a slide, with what each fixes; each action's notes go to the speaker notes.
 */
export function addPlanSlides(pptx: PptxGenJS, journey: Journey): void {
  const actions = actionsInPlanOrder(journey);
  const pages = planSlideCount(journey);
  const layout = deckLayout();
  const statusColor = { idea: "4B5565", planned: "1D4ED8", inProgress: "B45309", done: "15803D" };
  for (let page = 0; page < pages; page++) {
    const slide = titledSlide(
      pptx,
      pages > 1
        ? t("export.deck.planPage", { page: formatNumber(page + 1), pages: formatNumber(pages) })
        : t("export.deck.plan"),
    );
    const head = headerCells(layout, [
      t("plan.csv.title"),
      t("plan.csv.owner"),
      t("plan.csv.status"),
      t("plan.csv.due"),
      t("export.deck.column.target"),
      t("plan.csv.cards"),
    ]);
    const shown = actions.slice(page * PER_SLIDE, (page + 1) * PER_SLIDE);
    const rows = shown.map((action) => {
      const owner = ownerText(action.owner);
      const cards = action.cardIds
        .flatMap((id) => journey.elements[id] ?? [])
        .map((card) => card.title)
        .join("\n");
      const target = action.target ? targetText(t, action.target, journey.customMetrics) : "";
      return layout.columns([
        { text: action.title, options: textOptions(action.title) },
        { text: owner, options: owner ? textOptions(owner) : layout.label },
        {
          text: t(`plan.status.${action.status}`),
          options: { bold: true, color: statusColor[action.status], ...layout.label },
        },
        { text: action.due ? formatDay(action.due) : "", options: layout.label },
        { text: target, options: layout.label },
        { text: cards, options: { ...textOptions(cards), fontSize: 12, color: MUTED } },
      ]);
    });
    slide.addTable([head, ...rows], tableOptions(layout, 1.35, [3.4, 1.8, 1.4, 1.5, 1.6, 2.43]));
    slide.addNotes(
      shown
        .filter((action) => action.notes.trim())
        .map((action) => `${action.title}: ${action.notes}`)
        .join("\n\n"),
    );
  }
}
