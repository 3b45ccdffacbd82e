import { JourneyView } from "../canvas/JourneyView";
import { Inspector } from "../panels/inspector/Inspector";
import { Palette } from "../panels/palette/Palette";
import { PersonaHeader } from "../panels/workspace/PersonaHeader";
import { RoomBar } from "../rooms/RoomBar";
import { RoomLink } from "../rooms/RoomLink";
import { useSession } from "../store";
import "./journey-page.css";

/**
 * The journey screen, composed here because its parts live in layers that must not import each
 * other: the persona header and side panels (panels/), the canvas (canvas/).
 */
export function JourneyPage({ journeyId }: { journeyId: string }) {
  const inspectorOpen = useSession((s) => s.inspectorOpen);
  return (
    <div className="journey-page">
      <RoomLink journeyId={journeyId} />
      <RoomBar journeyId={journeyId} />
      <PersonaHeader journeyId={journeyId} />
      <div className="journey-page__body">
        <Palette journeyId={journeyId} />
        <JourneyView journeyId={journeyId} />
        {inspectorOpen ? <Inspector journeyId={journeyId} /> : null}
      </div>
    </div>
  );
}
