import { createStore } from "zustand/vanilla";
import type { Id } from "../domain";
import type { RoomRole } from "../format/room";

/** How this browser's link to a room stands. */
export type RoomStatus = "connecting" | "live" | "offline" | "refused";

export interface RoomPeer {
  clientId: number;
  name: string;
  color: string;
}

/**
 * The room the open journey is linked to, as the interface shows it: how the link stands, how many
 * of this browser's changes the server has not confirmed yet, and who else is here. Set by the
 * room connection (src/rooms); never stored.
 */
export interface RoomState {
  journeyId: Id | null;
  role: RoomRole | null;
  owner: boolean;
  status: RoomStatus;
  /** This browser's changes the server has not confirmed yet. */
  waiting: number;
  /** Why the server refused this browser (a revoked link, a room that does not exist). */
  refusal: string | null;
  peers: RoomPeer[];
}

export const noRoom = (): RoomState => ({
  journeyId: null,
  role: null,
  owner: false,
  status: "connecting",
  waiting: 0,
  refusal: null,
  peers: [],
});

export const roomStore = createStore<RoomState>()(() => noRoom());

/** Whether this browser may change a journey: not through a view-only link. */
export function mayEdit(journeyId: Id): boolean {
  const room = roomStore.getState();
  return room.journeyId !== journeyId || room.role !== "view";
}
