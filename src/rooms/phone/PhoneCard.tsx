import { Minus, Pencil, Plus } from "lucide-react";
import type { CSSProperties } from "react";
import type { Id, JourneyElement } from "../../domain";
import { formatNumber, useT } from "../../i18n";
import { useShownVotes } from "../../store";
import { KIND_ICON } from "../../ui/kinds";

/**
 * One card on a phone: its kind told by icon and shape as well as colour, its title in full,
 * whether this person added it (then a tap edits it), and in a voting round this person's dots on
 * it with buttons big enough for a thumb.
 */
export function PhoneCard({
  journeyId,
  card,
  mine,
  voting,
  onEdit,
  onVote,
}: {
  journeyId: Id;
  card: JourneyElement;
  mine: boolean;
  /** A round is running and this person may vote. */
  voting: boolean;
  onEdit: (() => void) | null;
  onVote: (delta: 1 | -1) => void;
}) {
  const t = useT();
  const Icon = KIND_ICON[card.kind];
  const shown = useShownVotes(journeyId, card.id);
  const title = card.title.trim() || t("card.untitled");
  const style = {
    "--kind-color": `var(--${card.kind}-color)`,
    "--kind-ink": `var(--${card.kind}-ink)`,
    "--kind-fill": `var(--${card.kind}-fill)`,
  } as CSSProperties;
  const body = (
    <>
      <Icon className="phone-card__icon" size={20} aria-hidden="true" />
      <span className="phone-card__kind">{t(`kind.${card.kind}`)}</span>
      <span className={card.title.trim() ? "phone-card__title" : "phone-card__title--empty"}>
        {title}
      </span>
      {mine ? <span className="phone-card__mine">{t("phone.mine")}</span> : null}
      {!voting && shown.count > 0 ? (
        <span className="phone-card__votes">{t("votes.count", { count: shown.count })}</span>
      ) : null}
    </>
  );
  return (
    <li className={`phone-card phone-card--${card.kind}`} style={style}>
      {onEdit ? (
        <button
          type="button"
          className="phone-card__body"
          onClick={onEdit}
          aria-label={t("phone.editCard", { title })}
        >
          {body}
          <Pencil className="phone-card__edit" size={18} aria-hidden="true" />
        </button>
      ) : (
        <div className="phone-card__body">{body}</div>
      )}
      {voting ? (
        <div className="phone-card__vote" role="group" aria-label={t("phone.dotsOn", { title })}>
          <button
            type="button"
            className="phone-card__vote-button"
            aria-label={t("phone.takeDot", { title })}
            disabled={shown.count === 0}
            onClick={() => onVote(-1)}
          >
            <Minus size={22} aria-hidden="true" />
          </button>
          <output className="phone-card__dots" aria-live="polite">
            <span aria-hidden="true" className="phone-card__dot-marks">
              {Array.from({ length: Math.min(shown.count, 5) }, (_, i) => (
                <span key={i} className="phone-card__dot" />
              ))}
            </span>
            <span className="phone-card__dot-count">
              {shown.own
                ? t("voting.yourDotsCount", { count: shown.count })
                : formatNumber(shown.count)}
            </span>
          </output>
          <button
            type="button"
            className="phone-card__vote-button phone-card__vote-button--add"
            aria-label={t("phone.addDot", { title })}
            onClick={() => onVote(1)}
          >
            <Plus size={22} aria-hidden="true" />
          </button>
        </div>
      ) : null}
    </li>
  );
}
