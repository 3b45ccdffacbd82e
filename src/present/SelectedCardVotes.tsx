import { Minus, Plus } from "lucide-react";
import type { Id, JourneyElement } from "../domain";
import { t as translate, useT } from "../i18n";
import { useStore } from "zustand";
import { castVote, editorStore, roomStore, showNotice, useShownVotes } from "../store";
import { voteRefusal } from "../ui/vote-refusal";
import "./selected-card-votes.css";

/** A vote on the selected card (V, Shift+V, or the buttons), saying so when the round refuses it. */
export function voteOnSelectedCard(journeyId: Id, delta: 1 | -1): void {
  const id = editorStore.getState().selectedCards[0];
  if (!id) return;
  const outcome = castVote(journeyId, id, delta);
  const refused = voteRefusal(outcome);
  if (refused) showNotice({ key: "voting", message: translate(refused) });
}

/** The votes on the card selected on the current slide, with buttons for a mouse or a touch. */
export function SelectedCardVotes({
  journeyId,
  card,
  onVote,
}: {
  journeyId: Id;
  card: JourneyElement;
  onVote: (delta: 1 | -1) => void;
}) {
  const t = useT();
  const shown = useShownVotes(journeyId, card.id);
  // The projector is the room's: in a private round the facilitator's own dots stay off it.
  const owner = useStore(roomStore, (s) => s.journeyId === journeyId && s.owner);
  if (shown.own && owner) return null;
  return (
    <div
      className="present__vote"
      role="group"
      aria-label={t("present.voteOn", { title: card.title.trim() || t("card.untitled") })}
    >
      <button
        type="button"
        className="present__vote-button"
        aria-label={t("inspector.removeVote")}
        disabled={shown.count === 0}
        onClick={() => onVote(-1)}
      >
        <Minus size={18} aria-hidden="true" />
      </button>
      <output className="present__vote-count" aria-live="polite">
        {shown.own
          ? t("voting.yourDotsCount", { count: shown.count })
          : t("votes.count", { count: shown.count })}
      </output>
      <button
        type="button"
        className="present__vote-button"
        aria-label={t("inspector.addVote")}
        onClick={() => onVote(1)}
      >
        <Plus size={18} aria-hidden="true" />
      </button>
    </div>
  );
}
