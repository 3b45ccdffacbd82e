import { ReactFlowProvider } from "@xyflow/react";
import { useEffect } from "react";
import { useT } from "../i18n";
import { openEditor, pruneSelection, useJourney } from "../store";
import { JourneyCanvas } from "./JourneyCanvas";
import { JourneyShortcuts } from "./JourneyShortcuts";
import { FilterBar } from "./filter/FilterBar";
import { RemoveStructureDialog } from "./RemoveStructureDialog";
import "./canvas.css";
import "./headers.css";
import "./cards.css";

/** The journey map: the canvas with its own keyboard, dialogs and shortcuts. */
export function JourneyView({ journeyId }: { journeyId: string }) {
  const t = useT();
  const journey = useJourney(journeyId);
  useEffect(() => openEditor(journeyId), [journeyId]);
  useEffect(() => {
    if (journey)
      pruneSelection(
        (id) => Boolean(journey.elements[id]),
        (id) => Boolean(journey.links[id]),
      );
  }, [journey]);
  if (!journey) return null;
  return (
    <section className="journey-view" aria-label={t("journey.canvas")}>
      <FilterBar journeyId={journeyId} />
      <ReactFlowProvider>
        <JourneyCanvas journey={journey} />
      </ReactFlowProvider>
      <JourneyShortcuts journeyId={journeyId} />
      <RemoveStructureDialog />
    </section>
  );
}
