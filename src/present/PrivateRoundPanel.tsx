import { Check, EyeOff, Vote } from "lucide-react";
import { useStore } from "zustand";
import type { Id } from "../domain";
import { formatNumber, useT } from "../i18n";
import { endVotingRound, roomStore, useRoundBoard, type RoundView } from "../store";
import { Button } from "../ui/Button";
import "./workshop.css";

/**
 * A private round (each person votes on their own device): this person's dots, and a board of
 * who has finished that shows no one's choices. The room's owner reveals the votes by ending the
 * round; only then do they count on the cards, ranked as the Votes view ranks them.
 */
export function PrivateRoundPanel({
  id,
  journeyId,
  view,
  placement,
  onShowResults,
}: {
  id: string;
  journeyId: Id;
  view: RoundView;
  placement: "editor" | "presentation";
  onShowResults: () => void;
}) {
  const t = useT();
  const board = useRoundBoard(journeyId);
  const inRoom = useStore(roomStore, (s) => s.journeyId === journeyId);
  const owner = useStore(roomStore, (s) => s.owner);
  const mayReveal = owner || !inRoom;
  const { round, dotsLeft } = view;
  // The projector is the room's: the facilitator's own dots stay off it.
  const showsVoter = !(placement === "presentation" && owner);
  const voter = showsVoter ? view.voter : null;
  const reveal = () => {
    endVotingRound(journeyId);
    onShowResults();
  };
  return (
    <section
      id={id}
      className={`voting-panel voting-panel--${placement} voting-panel--private`}
      aria-label={t("voting.round")}
      tabIndex={-1}
    >
      <div className="voting-panel__head">
        <Vote size={20} aria-hidden="true" />
        <h2 className="voting-panel__title">{t("voting.round")}</h2>
        <span className="voting-panel__total">
          <EyeOff size={14} aria-hidden="true" /> {t("voting.hiddenUntilReveal")}
        </span>
      </div>
      <div className="voting-panel__body">
        {!showsVoter ? null : voter ? (
          <p className="voting-panel__status" aria-live="polite">
            <strong>{t("voting.yourDots")}</strong>
            <span aria-hidden="true"> · </span>
            <span>{t("voting.dotsLeft", { count: dotsLeft })}</span>
          </p>
        ) : (
          <p className="voting-panel__hint">{t("voting.needName")}</p>
        )}
        {voter ? (
          <div className="voting-panel__dots" aria-hidden="true">
            {Array.from({ length: round.dotsPerParticipant }, (_, i) => (
              <span
                key={i}
                className={
                  i < round.dotsPerParticipant - dotsLeft
                    ? "voting-panel__dot voting-panel__dot--used"
                    : "voting-panel__dot"
                }
              />
            ))}
          </div>
        ) : null}
        {board ? (
          <div className="round-board" role="status" aria-live="polite">
            <p className="round-board__count">
              {t("voting.finishedCount", {
                count: board.finished,
                people: formatNumber(board.people.length),
              })}
            </p>
            {board.people.length ? (
              <ul className="round-board__people" aria-label={t("voting.people")}>
                {board.people.map((person) => (
                  <li
                    key={person.name}
                    className={person.finished ? "round-board__person--done" : undefined}
                  >
                    {person.finished ? <Check size={14} aria-hidden="true" /> : null}
                    <span>{person.name}</span>
                    <span className="visually-hidden">
                      {person.finished ? t("voting.personDone") : t("voting.personVoting")}
                    </span>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {voter && placement === "editor" ? (
          <p className="voting-panel__hint">{t("voting.howTo")}</p>
        ) : null}
      </div>
      <div className="voting-panel__actions">
        {mayReveal ? (
          <Button variant="primary" size="sm" onClick={reveal}>
            {t("voting.reveal")}
          </Button>
        ) : (
          <span className="voting-panel__hint">{t("voting.revealWaits")}</span>
        )}
      </div>
    </section>
  );
}
