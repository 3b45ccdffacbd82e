import { useState } from "react";
import type { Id } from "../domain";
import { useT } from "../i18n";
import { selectCards } from "../store";
import { request } from "../canvas/structure-requests";
import { PresentButton } from "./PresentButton";
import { Timer } from "./Timer";
import { VotesButton, VotesDialog } from "./Votes";
import { VotingPanel, VotingRoundButton } from "./VotingRound";
import "./workshop.css";

/**
 * The workshop tools in the editor's header: the timer, dot voting (a round and the ranking)
 * and the way into presentation mode.
 */
export function WorkshopTools({ journeyId }: { journeyId: string }) {
  const t = useT();
  const [votesOpen, setVotesOpen] = useState(false);
  const reveal = (id: Id) => {
    setVotesOpen(false);
    selectCards([id]);
    request({ kind: "revealCard", id, at: Date.now() });
  };
  return (
    <div className="workshop-tools" role="group" aria-label={t("workshop.tools")}>
      <Timer placement="header" />
      <VotingRoundButton journeyId={journeyId} compact />
      <VotesButton compact onOpen={() => setVotesOpen(true)} />
      <PresentButton journeyId={journeyId} />
      <VotingPanel
        journeyId={journeyId}
        placement="editor"
        onShowResults={() => setVotesOpen(true)}
      />
      <VotesDialog
        journeyId={journeyId}
        open={votesOpen}
        onClose={() => setVotesOpen(false)}
        onReveal={reveal}
      />
    </div>
  );
}
