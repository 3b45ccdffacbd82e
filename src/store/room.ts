import { createStore } from "zustand/vanilla";
import type { Id, Journey } from "../domain";
import type { RoomLead, RoomRole } from "../format/room";
import type { TimerState } from "./session";

/** How this browser's link to a room stands. */
export type RoomStatus = "connecting" | "live" | "offline" | "refused";

export interface RoomPeer {
  clientId: number;
  name: string;
  color: string;
  /** The cards this person has selected. */
  selection: readonly Id[];
  /** The card whose details this person is typing in, if any. */
  typing: Id | null;
}

/** Where someone's pointer is on the map, in the map's own coordinates. */
export interface RoomPointer {
  clientId: number;
  name: string;
  color: string;
  x: number;
  y: number;
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
  /** Whether this person added a card (a contribute link may delete only its own). */
  isMine: (cardId: Id) => boolean;
  /** Changes this link was not allowed to make, counted so the room bar can say why. */
  refusedChanges: number;
  /** The facilitator's lead as the server relayed it (a participant's view follows it). */
  lead: RoomLead | null;
  /** A participant stepped away from the lead ("Stop following"), until "Back to …". */
  awayFromLead: boolean;
  /** The owner leads: everyone's view follows the stage they are on ("Follow me"). */
  leading: boolean;
  /** How many times the owner brought everyone to their place. */
  summons: number;
  /** The stage this person is on (zoomed to, or of the card chosen), which a lead sends. */
  place: Id | null;
  /** A participant's copy of the facilitator's timer (the room runs on one clock). */
  roomTimer: TimerState | null;
}

export const noRoom = (): RoomState => ({
  journeyId: null,
  role: null,
  owner: false,
  status: "connecting",
  waiting: 0,
  refusal: null,
  peers: [],
  isMine: () => false,
  refusedChanges: 0,
  lead: null,
  awayFromLead: false,
  leading: false,
  summons: 0,
  place: null,
  roomTimer: null,
});

export const roomStore = createStore<RoomState>()(() => noRoom());

/** Whether this browser may change a journey: not through a view-only link. */
export function mayEdit(journeyId: Id): boolean {
  const room = roomStore.getState();
  return room.journeyId !== journeyId || room.role !== "view";
}

/** Counts a change this link may not make (the room bar says why). */
export function refuseChange(): false {
  roomStore.setState({ refusedChanges: roomStore.getState().refusedChanges + 1 });
  return false;
}

/**
 * What a contribute link may change: cards and votes, but no stage or lane removed, and no card
 * removed that someone else added.
 */
export function contributeAllows(before: Journey, after: Journey): boolean {
  const kept = (ids: readonly { id: Id }[], now: readonly { id: Id }[]) => {
    const left = new Set(now.map((item) => item.id));
    return ids.every((item) => left.has(item.id));
  };
  if (!kept(before.stages, after.stages) || !kept(before.lanes, after.lanes)) return false;
  const { isMine } = roomStore.getState();
  for (const id of Object.keys(before.elements))
    if (!after.elements[id] && !isMine(id)) return false;
  return true;
}

/** The rule a change to this journey must keep, by the room link it is open through. */
export function roomRule(journeyId: Id): ((before: Journey, after: Journey) => boolean) | null {
  const room = roomStore.getState();
  if (room.journeyId !== journeyId || room.role !== "contribute") return null;
  return (before, after) => contributeAllows(before, after) || refuseChange();
}

/**
 * Pointers move up to twenty times a second per person: kept apart from the room state, so only
 * the layer that draws them redraws.
 */
export const pointerStore = createStore<{ pointers: readonly RoomPointer[] }>()(() => ({
  pointers: [],
}));

/** This person's pointer on the map (map coordinates), or null when it is off the map. */
export const localPointerStore = createStore<{ at: { x: number; y: number } | null }>()(() => ({
  at: null,
}));
