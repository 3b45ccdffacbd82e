import { useSyncExternalStore } from "react";
import { useSession } from "../store";

/** Screens this narrow show a room in the phone view unless the person chose the map. */
const PHONE_SCREEN = "(max-width: 640px)";

function subscribeToScreen(change: () => void): () => void {
  const query = window.matchMedia(PHONE_SCREEN);
  query.addEventListener("change", change);
  return () => query.removeEventListener("change", change);
}
const phoneScreen = () => window.matchMedia(PHONE_SCREEN).matches;

/** Whether this journey shows as a room's phone view (then the header leaves out the map's tools). */
export function usePhoneRoomView(journeyId: string | null): boolean {
  const inRoom = useSession((s) => journeyId !== null && s.rooms[journeyId] !== undefined);
  const roomView = useSession((s) => s.roomView);
  const small = useSyncExternalStore(subscribeToScreen, phoneScreen);
  return inRoom && (roomView === "phone" || (roomView === "auto" && small));
}
