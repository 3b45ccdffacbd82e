import { Flame, Trophy } from "lucide-react";
import type { ReactNode } from "react";
import {
  ELEMENT_KINDS,
  mostVotedCards,
  mostVotedPainPoints,
  type Id,
  type Journey,
  type JourneyElement,
} from "../domain";
import { formatNumber, useT, type Translate } from "../i18n";
import { useJourney } from "../store";
import { Button } from "../ui/Button";
import { Dialog } from "../ui/Dialog";
import { KIND_ICON } from "../ui/kinds";
import "./workshop.css";

interface RankedItem {
  key: string;
  elementId: Id;
  title: string;
  /** For a pain point, the title of its card. */
  card: string | null;
  /** For a card in "Other cards with votes", its kind, since the lane does not say it. */
  kind: string | null;
  votes: number;
  icon: ReactNode;
}

/**
 * Rankings of what the room voted for, from the votes stored on the cards: pain points (ranked by
 * their card's votes), friction points and opportunities, then every other card with votes, so
 * each dot cast shows somewhere (a touchpoint with no pain point, a note, a card ranked too low
 * to make the lists above).
 */
export function votesRanking(journey: Journey, t: Translate) {
  const untitled = t("card.untitled");
  const painPoints: RankedItem[] = mostVotedPainPoints(journey, 10)
    .filter((p) => p.votes > 0)
    .map((p) => ({
      key: `${p.element.id}:${p.painPoint.id}`,
      elementId: p.element.id,
      title: p.painPoint.text.trim() || untitled,
      card: p.element.title.trim() || untitled,
      kind: null,
      votes: p.votes,
      icon: <Flame size={18} aria-hidden="true" />,
    }));
  const card = (element: JourneyElement, kind: string | null): RankedItem => {
    const Icon = KIND_ICON[element.kind];
    return {
      key: element.id,
      elementId: element.id,
      title: element.title.trim() || untitled,
      card: null,
      kind,
      votes: element.votes,
      icon: <Icon size={18} aria-hidden="true" />,
    };
  };
  const cards = (kind: "frictionPoint" | "opportunity"): RankedItem[] =>
    mostVotedCards(journey, [kind])
      .slice(0, 10)
      .map((e) => card(e, null));
  const frictionPoints = cards("frictionPoint");
  const opportunities = cards("opportunity");
  const ranked = new Set(
    [...painPoints, ...frictionPoints, ...opportunities].map((item) => item.elementId),
  );
  const others = mostVotedCards(journey, ELEMENT_KINDS)
    .filter((e) => !ranked.has(e.id))
    .map((e) => card(e, t(`kind.${e.kind}`)));
  return { painPoints, frictionPoints, opportunities, others };
}

/** The "Votes" button: opens the ranking. */
export function VotesButton({
  onOpen,
  compact = false,
}: {
  onOpen: () => void;
  compact?: boolean;
}) {
  const t = useT();
  return (
    <Button
      variant="ghost"
      icon={<Trophy />}
      aria-label={compact ? t("votes.title") : undefined}
      title={t("votes.hint")}
      onClick={onOpen}
    >
      {compact ? null : t("votes.title")}
    </Button>
  );
}

/**
 * The ranking view: the most-voted pain points (ranked by their card's votes), friction points
 * and opportunities, then the other cards with votes. Each entry leads back to its card.
 */
export function VotesDialog({
  journeyId,
  open,
  onClose,
  onReveal,
}: {
  journeyId: string;
  open: boolean;
  onClose: () => void;
  onReveal: (elementId: Id) => void;
}) {
  const t = useT();
  const journey = useJourney(journeyId);
  if (!journey || !open) return null;
  const ranking = votesRanking(journey, t);
  const empty =
    ranking.painPoints.length +
      ranking.frictionPoints.length +
      ranking.opportunities.length +
      ranking.others.length ===
    0;
  return (
    <Dialog
      open
      title={t("votes.title")}
      closeLabel={t("dialog.close")}
      onClose={onClose}
      size="lg"
    >
      {empty ? <p className="vote-ranking__empty">{t("votes.empty")}</p> : null}
      <div className="vote-ranking">
        <RankingList
          heading={t("votes.painPoints")}
          items={ranking.painPoints}
          onReveal={onReveal}
        />
        <RankingList
          heading={t("votes.frictionPoints")}
          items={ranking.frictionPoints}
          onReveal={onReveal}
        />
        <RankingList
          heading={t("votes.opportunities")}
          items={ranking.opportunities}
          onReveal={onReveal}
        />
        {ranking.others.length ? (
          <RankingList heading={t("votes.others")} items={ranking.others} onReveal={onReveal} />
        ) : null}
      </div>
    </Dialog>
  );
}

function RankingList({
  heading,
  items,
  onReveal,
}: {
  heading: string;
  items: RankedItem[];
  onReveal: (elementId: Id) => void;
}) {
  const t = useT();
  const top = items[0]?.votes ?? 0;
  return (
    <section className="vote-ranking__section" aria-label={heading}>
      <h3 className="vote-ranking__heading">{heading}</h3>
      {items.length === 0 ? (
        <p className="vote-ranking__none">{t("votes.none")}</p>
      ) : (
        <ol className="vote-ranking__list">
          {items.map((item, index) => (
            <li key={item.key}>
              <button
                type="button"
                className="vote-ranking__item"
                onClick={() => onReveal(item.elementId)}
                aria-label={
                  item.card
                    ? t("votes.painPointName", {
                        rank: index + 1,
                        title: item.title,
                        card: item.card,
                        count: item.votes,
                      })
                    : item.kind
                      ? t("votes.otherCardName", {
                          rank: index + 1,
                          title: item.title,
                          kind: item.kind,
                          count: item.votes,
                        })
                      : t("votes.cardName", {
                          rank: index + 1,
                          title: item.title,
                          count: item.votes,
                        })
                }
              >
                {/* The spaces between the grid's cells draw nothing; they keep the words the
                    button shows apart ("1 Delivery fee… on Checkout page 3 votes"), as its name
                    has them, for speech input and the label-in-name check. */}
                <span className="vote-ranking__rank" aria-hidden="true">
                  {formatNumber(index + 1)}
                </span>{" "}
                <span className="vote-ranking__icon" aria-hidden="true">
                  {item.icon}
                </span>{" "}
                <span className="vote-ranking__text">
                  <span className="vote-ranking__title" dir="auto">
                    {item.title}
                  </span>{" "}
                  {item.card ? (
                    <span className="vote-ranking__detail" dir="auto">
                      {t("votes.onCard", { card: item.card })}
                    </span>
                  ) : null}
                  {item.kind ? <span className="vote-ranking__detail">{item.kind}</span> : null}
                  <span className="vote-ranking__bar" aria-hidden="true">
                    <span style={{ width: `${top ? (item.votes / top) * 100 : 0}%` }} />
                  </span>
                </span>{" "}
                <span className="vote-ranking__count" aria-hidden="true">
                  {t("votes.count", { count: item.votes })}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
