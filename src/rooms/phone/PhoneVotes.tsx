import { EyeOff } from "lucide-react";
import { ELEMENT_KINDS, mostVotedCards, type Journey, type VotingRound } from "../../domain";
import { formatNumber, useT } from "../../i18n";
import { useRoundBoard, useVotingRoundView } from "../../store";
import { KIND_ICON } from "../../ui/kinds";

export const usePhoneRound = (journey: Journey): VotingRound | null => journey.votingRound;

/**
 * Voting on a phone. In a private round: this person's dots left, and how many people have
 * finished (no one's choices). A round taken in turns at the facilitator's screen is theirs. With
 * no round: the cards ranked by their votes, as the Votes view ranks them.
 */
export function PhoneVotes({ journey, round }: { journey: Journey; round: VotingRound | null }) {
  const t = useT();
  const view = useVotingRoundView(journey.id);
  const board = useRoundBoard(journey.id);
  if (round && !round.private)
    return <p className="phone-votes phone-votes--turns">{t("phone.votingInTurns")}</p>;
  if (round && view) {
    const used = round.dotsPerParticipant - view.dotsLeft;
    return (
      <section className="phone-votes" aria-label={t("voting.round")}>
        <p className="phone-votes__mine" aria-live="polite">
          <strong>{t("voting.yourDots")}</strong>{" "}
          <span className="phone-votes__marks" aria-hidden="true">
            {Array.from({ length: round.dotsPerParticipant }, (_, i) => (
              <span
                key={i}
                className={
                  i < used ? "phone-votes__mark phone-votes__mark--used" : "phone-votes__mark"
                }
              />
            ))}
          </span>{" "}
          <span>{view.voter ? t("voting.dotsLeft", { count: view.dotsLeft }) : null}</span>
        </p>
        {view.voter ? null : <p className="phone-votes__note">{t("voting.needName")}</p>}
        <p className="phone-votes__note">
          <EyeOff size={14} aria-hidden="true" /> {t("phone.votesHidden")}
          {board
            ? ` ${t("voting.finishedCount", {
                count: board.finished,
                people: formatNumber(board.people.length),
              })}`
            : null}
        </p>
      </section>
    );
  }
  const ranked = mostVotedCards(journey, ELEMENT_KINDS).slice(0, 10);
  if (!ranked.length) return <p className="phone-votes__note">{t("votes.empty.phone")}</p>;
  return (
    <ol className="phone-ranking" aria-label={t("votes.title")}>
      {ranked.map((card, index) => {
        const Icon = KIND_ICON[card.kind];
        const title = card.title.trim() || t("card.untitled");
        return (
          <li key={card.id}>
            <span className="phone-ranking__rank">{formatNumber(index + 1)}</span>
            <Icon size={18} aria-hidden="true" />
            <span className="phone-ranking__title">{title}</span>
            <span className="phone-ranking__votes">{t("votes.count", { count: card.votes })}</span>
          </li>
        );
      })}
    </ol>
  );
}
