import { JourneyView } from "../canvas/JourneyView";
import { Inspector } from "../panels/inspector/Inspector";
import { Palette } from "../panels/palette/Palette";
import { PersonaHeader } from "../panels/workspace/PersonaHeader";
import { RoomBar } from "../rooms/RoomBar";
import { RoomLink } from "../rooms/RoomLink";
import { PhoneRoomView } from "../rooms/phone/PhoneRoomView";
import { useSession } from "../store";
import { usePhoneRoomView } from "./phone-room";
import "./journey-page.css";
// The texts of the views that load when opened arrive with this module (see views-en.ts).
import "../i18n/views-en";

/**
 * The journey screen, composed here because its parts live in layers that must not import each
 * other: the persona header and side panels (panels/), the canvas (canvas/), and a room's phone
 * view (rooms/).
 */
export function JourneyPage({ journeyId }: { journeyId: string }) {
  const inspectorOpen = useSession((s) => s.inspectorOpen);
  const phone = usePhoneRoomView(journeyId);
  // One RoomLink in one place whichever view shows: switching views keeps the connection.
  return (
    <div className={phone ? "journey-page journey-page--phone" : "journey-page"}>
      <RoomLink journeyId={journeyId} />
      {phone ? (
        <PhoneRoomView journeyId={journeyId} />
      ) : (
        <>
          <RoomBar journeyId={journeyId} />
          <PersonaHeader journeyId={journeyId} />
          <div className="journey-page__body">
            <Palette journeyId={journeyId} />
            <JourneyView journeyId={journeyId} />
            {inspectorOpen ? <Inspector journeyId={journeyId} /> : null}
          </div>
        </>
      )}
    </div>
  );
}
