import { JourneyView } from "../canvas/JourneyView";
import { PersonaHeader } from "../panels/workspace/PersonaHeader";
import "./journey-page.css";

/**
 * The journey screen, composed here because its parts live in layers that must not import each
 * other: the persona header and side panels (panels/), the canvas (canvas/).
 */
export function JourneyPage({ journeyId }: { journeyId: string }) {
  return (
    <div className="journey-page">
      <PersonaHeader journeyId={journeyId} />
      <div className="journey-page__body">
        <JourneyView journeyId={journeyId} />
      </div>
    </div>
  );
}
