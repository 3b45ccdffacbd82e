import { Flame, Vote } from "lucide-react";
import { memo, type CSSProperties } from "react";
import { worstSeverity, type JourneyElement } from "../domain";
import { formatNumber, useT } from "../i18n";
import { selectCards, useCardDimmed, useEditor } from "../store";
import { FaceGlyph } from "../canvas/nodes/FaceGlyph";
import { kindColor } from "../ui/kind-colors";
import { KIND_ICON } from "../ui/kinds";
import "./emotion.css";
import "./present-card.css";

/**
 * A card in a stage slide, sized for the back of the room: the kind's icon and shape as in the
 * editor, the title large, the satisfaction face, pain points and votes. Clicking (or Enter)
 * selects it, so the room can vote on it with V. Its name comes from its text, as the map's
 * card's does ("Touchpoint: Checkout page"), so it holds the words people see.
 */
function PresentCardView({ element }: { element: JourneyElement }) {
  const t = useT();
  const selected = useEditor((s) => s.selectedCards.includes(element.id));
  // The map's filter holds in the presentation too.
  const dimmed = useCardDimmed(element.id);
  const Icon = KIND_ICON[element.kind];
  const kindName = t(`kind.${element.kind}`);
  const title = element.title.trim();
  const worst = worstSeverity(element.painPoints);
  const description = [
    element.satisfaction
      ? t("card.describe.satisfaction", {
          score: element.satisfaction,
          label: t(`satisfaction.${element.satisfaction}`),
        })
      : null,
    element.painPoints.length && worst
      ? t("card.describe.painPoints", {
          count: element.painPoints.length,
          severity: t(`severity.${worst}`),
        })
      : null,
    element.votes ? t("card.describe.votes", { count: element.votes }) : null,
  ]
    .filter(Boolean)
    .join(". ");
  const select = () => selectCards(selected ? [] : [element.id]);

  return (
    <div
      className={`pcard pcard--${element.kind}${selected ? " pcard--selected" : ""}${
        dimmed ? " pcard--dimmed" : ""
      }`}
      style={{ "--kind-color": kindColor(element.kind) } as CSSProperties}
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      aria-description={description || undefined}
      data-card-id={element.id}
      onClick={select}
      onKeyDown={(event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          select();
        }
      }}
    >
      <Icon className="pcard__icon" size={26} strokeWidth={2.6} aria-hidden="true" />
      <span className="visually-hidden">{t("card.kindPrefix", { kind: kindName })}</span>
      <div className={title ? "pcard__title" : "pcard__title pcard__title--empty"} dir="auto">
        {title || t("card.untitled")}
      </div>
      {element.satisfaction || element.painPoints.length || element.votes ? (
        <div className="pcard__badges" aria-hidden="true">
          {element.satisfaction ? (
            <span className="pcard__badge pcard__badge--score">
              <svg width="26" height="26" viewBox="0 0 26 26">
                <FaceGlyph score={element.satisfaction} cx={13} cy={13} r={11.5} />
              </svg>
              {formatNumber(element.satisfaction)}
            </span>
          ) : null}
          {element.painPoints.length && worst ? (
            <span className={`pcard__badge pcard__badge--pain severity-${worst}`}>
              <Flame size={20} strokeWidth={2.4} />
              {formatNumber(element.painPoints.length)}
            </span>
          ) : null}
          {element.votes > 0 ? (
            <span className="pcard__badge pcard__badge--votes">
              <Vote size={20} strokeWidth={2.4} />
              {formatNumber(element.votes)}
            </span>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

export const PresentCard = memo(PresentCardView);
