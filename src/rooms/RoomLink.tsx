import { useEffect } from "react";
import type { Id } from "../domain";
import { currentEngine, sessionStore, useDocument, useSession } from "../store";
import type { RoomConnection } from "./connection";

/** The connection of the open journey's room, for the owner's link changes. */
let active: RoomConnection | null = null;
export const activeRoomConnection = (): RoomConnection | null => active;

/**
 * Keeps the open journey linked to its room while it is on screen: connects when the journey is
 * open and linked, and lets go when it closes or leaves the room. Draws nothing. The provider
 * loads with the first room, so a journey never in a room does not carry it.
 */
export function RoomLink({ journeyId }: { journeyId: Id }) {
  const membership = useSession((s) => s.rooms[journeyId]);
  const presence = useSession((s) => s.presence);
  const open = useDocument((s) => s.journeys[journeyId] !== undefined);

  useEffect(() => {
    if (!membership || !open) return;
    const doc = currentEngine().journeyDocument(journeyId);
    if (!doc) return;
    let connection: RoomConnection | null = null;
    let cancelled = false;
    void import("./connection").then(({ connectRoom }) => {
      if (cancelled) return;
      connection = connectRoom(journeyId, membership, doc, sessionStore.getState().presence);
      active = connection;
    });
    return () => {
      cancelled = true;
      if (active === connection) active = null;
      connection?.destroy();
    };
  }, [journeyId, membership, open]);

  // The name and colour others see change without reconnecting.
  useEffect(() => {
    if (!presence) return;
    const connection = active;
    connection?.provider.setAwarenessField("user", presence);
  }, [presence, membership, open]);

  return null;
}
