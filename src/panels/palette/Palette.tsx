import { ELEMENT_KINDS, NATURAL_LANE, type ElementKind, type Journey } from "../../domain";
import { useT } from "../../i18n";
import { PanelLeftClose, PanelLeftOpen } from "lucide-react";
import {
  addCard,
  editorStore,
  requestInspectorFocus,
  selectCards,
  updateSession,
  useJourney,
  useSession,
} from "../../store";
import { KIND_ICON, PALETTE_MIME } from "../../ui/kinds";
import "./palette.css";

/**
 * Where a card made from the palette goes: the selected cell, or the cell of the selected card;
 * with nothing selected (after Escape, or a click on empty space), its kind's own lane in the
 * first stage. Keyboard focus alone does not count: arrows select as they move.
 */
export function paletteTarget(
  journey: Journey,
  kind: ElementKind,
): { stageId: string; laneId: string } | null {
  const state = editorStore.getState();
  const selectedCardId = state.selectedCards[state.selectedCards.length - 1];
  const selectedCard = selectedCardId ? journey.elements[selectedCardId] : undefined;
  const cell =
    state.selectedCell ??
    (selectedCard ? { stageId: selectedCard.stageId, laneId: selectedCard.laneId } : null);
  if (cell && journey.lanes.some((l) => l.id === cell.laneId && l.kind !== "emotionCurve"))
    return cell;
  const stage = journey.stages[0];
  const lane =
    journey.lanes.find((l) => l.kind === NATURAL_LANE[kind]) ??
    journey.lanes.find((l) => l.kind !== "emotionCurve");
  return stage && lane ? { stageId: stage.id, laneId: lane.id } : null;
}

/**
 * The kinds of card, to drag onto a cell or to activate (Enter, Space, click): a card is added
 * to the selected cell, selected, and its title is ready to type in the inspector.
 */
export function Palette({ journeyId }: { journeyId: string }) {
  const t = useT();
  const journey = useJourney(journeyId);
  const collapsed = useSession((s) => s.paletteCollapsed);
  if (!journey) return null;
  const add = (kind: ElementKind) => {
    const current = editorStore.getState().journeyId === journeyId ? journey : undefined;
    const target = current ? paletteTarget(current, kind) : null;
    if (!target) return;
    const id = addCard(journeyId, kind, target);
    if (id) {
      selectCards([id]);
      requestInspectorFocus();
    }
  };
  const toggle = collapsed ? t("palette.expand") : t("palette.collapse");
  return (
    <nav
      className={collapsed ? "palette palette--rail" : "palette"}
      aria-label={t("palette.label")}
    >
      <div className="palette__head">
        <h2 className="palette__title">{t("palette.title")}</h2>
        <button
          type="button"
          className="palette__toggle"
          aria-label={toggle}
          title={toggle}
          aria-expanded={!collapsed}
          onClick={() => updateSession({ paletteCollapsed: !collapsed })}
        >
          {collapsed ? (
            <PanelLeftOpen size={18} aria-hidden="true" />
          ) : (
            <PanelLeftClose size={18} aria-hidden="true" />
          )}
        </button>
      </div>
      <ul className="palette__list">
        {ELEMENT_KINDS.map((kind) => {
          const Icon = KIND_ICON[kind];
          return (
            <li key={kind}>
              <button
                type="button"
                className={`palette__item palette__item--${kind}`}
                draggable
                onDragStart={(event) => {
                  event.dataTransfer.setData(PALETTE_MIME, kind);
                  event.dataTransfer.effectAllowed = "copy";
                }}
                onClick={() => add(kind)}
                title={collapsed ? `${t(`kind.${kind}`)}: ${t("palette.hint")}` : t("palette.hint")}
              >
                <span className={`palette__swatch palette__swatch--${kind}`} aria-hidden="true">
                  <Icon size={16} strokeWidth={2.4} />
                </span>
                <span className="palette__name">{t(`kind.${kind}`)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
