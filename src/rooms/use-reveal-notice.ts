import { useEffect } from "react";
import type { Id } from "../domain";
import { t } from "../i18n";
import { documentStore, showNotice } from "../store";

/** When the facilitator ends a private round, everyone's screen says the votes are revealed. */
export function useRevealNotice(journeyId: Id): void {
  useEffect(
    () =>
      documentStore.subscribe((state, previous) => {
        const was = previous.journeys[journeyId]?.votingRound;
        const now = state.journeys[journeyId]?.votingRound;
        if (was?.private && now?.id !== was.id)
          showNotice({ key: "voting", message: t("voting.revealed") });
      }),
    [journeyId],
  );
}
