import { createStore } from "zustand/vanilla";
import type { Id, Journey } from "../domain";
import type { RoomLead, RoomLock, RoomRole } from "../format/room";
import { sessionStore, type TimerState } from "./session";

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
  /** Why the latest of them was refused. */
  refusedBecause: RefusedBecause;
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
  /** What the owner locks for everyone else. */
  locking: RoomLock;
}

/** Why a change was not made: the link's kind, or what the facilitator locked. */
export type RefusedBecause = "view" | "contribute" | "lockedStructure" | "lockedMap";

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
  refusedBecause: "view",
  ...noLead(),
});

/** The facilitator's lead, as this browser holds it (given or received). */
export type LeadState = Pick<
  RoomState,
  "lead" | "awayFromLead" | "leading" | "summons" | "place" | "roomTimer" | "locking"
>;

export const noLead = (): LeadState => ({
  lead: null,
  awayFromLead: false,
  leading: false,
  summons: 0,
  place: null,
  roomTimer: null,
  locking: "none",
});

export function leadStateOf(room: RoomState): LeadState {
  const { lead, awayFromLead, leading, summons, place, roomTimer, locking } = room;
  return { lead, awayFromLead, leading, summons, place, roomTimer, locking };
}

export const roomStore = createStore<RoomState>()(() => noRoom());

/** Whether this browser may change a journey: not through a view-only link. */
export function mayEdit(journeyId: Id): boolean {
  const room = roomStore.getState();
  return room.journeyId !== journeyId || room.role !== "view";
}

/** Counts a change this link may not make (the room bar says why). */
export function refuseChange(because: RefusedBecause): false {
  roomStore.setState({
    refusedChanges: roomStore.getState().refusedChanges + 1,
    refusedBecause: because,
  });
  return false;
}

/** What the facilitator has locked for this participant ("none" for the owner, or outside a room). */
export function lockOn(journeyId: Id): RoomLock {
  const room = roomStore.getState();
  if (room.journeyId !== journeyId || room.owner) return "none";
  return room.lead?.lock ?? "none";
}

/**
 * Whether a change touched nothing but votes and comments (a locked map still takes a voting
 * round's dots, and the discussion about it).
 */
function onlyVotesAndComments(before: Journey, after: Journey): boolean {
  for (const key of Object.keys(after) as (keyof Journey)[]) {
    if (
      key === "votes" ||
      key === "votingRound" ||
      key === "comments" ||
      key === "updatedAt" ||
      key === "elements"
    )
      continue;
    if (before[key] !== after[key]) return false;
  }
  if (before.elements === after.elements) return true;
  const ids = Object.keys(after.elements);
  if (ids.length !== Object.keys(before.elements).length) return false;
  return ids.every((id) => {
    const was = before.elements[id];
    const now = after.elements[id]!;
    if (was === now) return true;
    if (!was) return false;
    return (Object.keys(now) as (keyof typeof now)[]).every(
      (field) => field === "votes" || was[field] === now[field],
    );
  });
}

/**
 * What a contribute link may change: cards and votes, but no stage or lane removed, no card
 * removed that someone else added, and neither the plan nor the targets (the facilitator's), save
 * that a card one removes leaves the actions that fixed it.
 */
export function contributeAllows(before: Journey, after: Journey): boolean {
  if (after.targets !== before.targets) return false;
  if (after.plan !== before.plan) {
    const ids = Object.keys(after.plan);
    if (ids.length !== Object.keys(before.plan).length) return false;
    for (const id of ids) {
      const was = before.plan[id];
      const now = after.plan[id]!;
      if (!was) return false;
      if (was === now) continue;
      const { cardIds: wasCards, ...wasRest } = was;
      const { cardIds: nowCards, ...nowRest } = now;
      if (JSON.stringify(wasRest) !== JSON.stringify(nowRest)) return false;
      const expected = wasCards.filter((cardId) => after.elements[cardId]);
      if (expected.join() !== nowCards.join()) return false;
    }
  }
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

/**
 * The rule a change to this journey must keep: what the facilitator locked, then what the room
 * link it is open through allows.
 */
export function roomRule(journeyId: Id): ((before: Journey, after: Journey) => boolean) | null {
  const room = roomStore.getState();
  if (room.journeyId !== journeyId) return null;
  const lock = lockOn(journeyId);
  const contribute = room.role === "contribute";
  if (lock === "none" && !contribute) return null;
  return (before, after) => {
    if (lock === "map" && !onlyVotesAndComments(before, after)) return refuseChange("lockedMap");
    if (lock === "structure" && (before.stages !== after.stages || before.lanes !== after.lanes))
      return refuseChange("lockedStructure");
    if (contribute && !contributeAllows(before, after)) return refuseChange("contribute");
    return true;
  };
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

/**
 * Where a participant's view goes as the lead changes: the lead's stage (null: the overview, in
 * a presentation) when they follow and it moved, they came back, or following began; and once
 * each time the facilitator brings everyone over, following or not. Undefined: stay.
 */
export function leadDestination(state: RoomState, previous: RoomState): Id | null | undefined {
  const lead = state.lead;
  if (state.owner || !lead) return undefined;
  const before = previous.lead;
  const summoned = before !== null && lead.summon > before.summon;
  const following = lead.following && !state.awayFromLead;
  const cause =
    lead.stage !== before?.stage ||
    (lead.following && !before?.following) ||
    (previous.awayFromLead && !state.awayFromLead);
  return summoned || (following && cause) ? lead.stage : undefined;
}

/** The stage a participant following the lead should be on now (undefined: not following). */
export function leadStageNow(journeyId: Id): Id | null | undefined {
  const room = roomStore.getState();
  if (room.owner || room.journeyId !== journeyId || !room.lead?.following || room.awayFromLead)
    return undefined;
  return room.lead.stage;
}

/**
 * The owner's lead as the session keeps it, so a reload goes on leading from the same stage with
 * the same lock (the lead itself is sent by the room connection).
 */
export function keepOwnerLead(): void {
  const { journeyId, leading, locking, place, owner } = roomStore.getState();
  if (!journeyId || !owner) return;
  const roomLeads = { ...sessionStore.getState().roomLeads };
  if (!leading && locking === "none") delete roomLeads[journeyId];
  else roomLeads[journeyId] = { following: leading, lock: locking, stage: place };
  sessionStore.setState({ roomLeads });
}
