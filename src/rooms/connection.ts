import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
  WebSocketStatus,
} from "@hocuspocus/provider";
import type * as Y from "yjs";
import type { Id } from "../domain";
import { roomToken, tokenHash, type RoomKeys, type RoomMembership } from "../format/room";
import { sessionStore } from "../store";
import { leadStateOf, noLead, roomStore, type LeadState, type RoomState } from "../store/room";
import { keepAuthorship } from "./authorship";
import { shareLead } from "./lead";
import { sharePresence } from "./presence";
import { roomServerUrl } from "./server-address";
// The texts of the views that load when opened arrive with this module (see views-en.ts).
import "../i18n/views-en";

async function keysOf(secrets: NonNullable<RoomMembership["secrets"]>): Promise<RoomKeys> {
  const hash = async (secret: string) => tokenHash(await roomToken(secret));
  const [edit, contribute, view, owner] = await Promise.all([
    hash(secrets.edit),
    hash(secrets.contribute),
    hash(secrets.view),
    hash(secrets.owner),
  ]);
  return { edit, contribute, view, owner };
}

/** What this browser sends to be let into a room (the owner also registers the room's links). */
export async function credentialsFor(membership: RoomMembership): Promise<string> {
  const secrets = membership.secrets;
  return JSON.stringify({
    token: await roomToken(membership.secret),
    ...(secrets ? { owner: await roomToken(secrets.owner), create: await keysOf(secrets) } : {}),
  });
}

/**
 * The lead as it stood when the journey's connection closed: going from the map to the
 * presentation connects again, and the facilitator's Follow me and locks go on through it.
 */
const leadKept = new Map<Id, LeadState>();

/** After a reload: the facilitator's Follow me and lock as the session kept them. */
function ownerLead(journeyId: Id): LeadState {
  const kept = sessionStore.getState().roomLeads[journeyId];
  return kept
    ? { ...noLead(), leading: kept.following, locking: kept.lock, place: kept.stage }
    : noLead();
}

/** The longest the connection waits between attempts to reach the room server. */
export const RECONNECT_MAX_DELAY_MS = 5000;
/** How long after the server lets the room go (the socket staying open) this asks to come back. */
const REJOIN_DELAY_MS = 500;

export interface Presence {
  name: string;
  color: string;
}

export interface RoomConnection {
  provider: HocuspocusProvider;
  destroy(): void;
}

/**
 * Keeps a journey's document in step with its room through Hocuspocus's provider, and tells the
 * room store how the link stands and who is here. The provider resends whatever the server lacks
 * each time it connects, so being offline, or the server restarting, needs nothing more.
 */
export function connectRoom(
  journeyId: Id,
  membership: RoomMembership,
  doc: Y.Doc,
  presence: Presence | null,
): RoomConnection {
  roomStore.setState({
    journeyId,
    role: membership.role,
    owner: !!membership.secrets,
    status: "connecting",
    waiting: 0,
    refusal: null,
    peers: [],
    refusedChanges: 0,
    ...(leadKept.get(journeyId) ?? ownerLead(journeyId)),
  });
  let destroyed = false;
  let rejoin: ReturnType<typeof setTimeout> | undefined;
  const set = (changes: Partial<RoomState>) => {
    if (roomStore.getState().journeyId === journeyId) roomStore.setState(changes);
  };
  // Back within five seconds of the room server coming back (the provider's default backs off to
  // thirty): a workshop's laptop restarting should not leave people waiting.
  const socket = new HocuspocusProviderWebsocket({
    url: roomServerUrl(membership.server),
    maxDelay: RECONNECT_MAX_DELAY_MS,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: membership.room,
    document: doc,
    token: () => credentialsFor(membership),
    onStatus: ({ status }) => {
      if (status === WebSocketStatus.Disconnected && roomStore.getState().status !== "refused")
        set({ status: "offline" });
    },
    onSynced: () => set({ status: "live", refusal: null }),
    onAuthenticationFailed: ({ reason }) => set({ status: "refused", refusal: reason }),
    onUnsyncedChanges: ({ number }) => set({ waiting: number }),
    onClose: () => {
      // The server let this room go while the socket stays open (its link was changed, or a
      // limit): nothing more would sync, yet it would look live. Ask to come back in, which
      // either syncs again or is refused with the reason. A closed socket reconnects by itself.
      if (destroyed || socket.status !== WebSocketStatus.Connected) return;
      if (roomStore.getState().status !== "refused") set({ status: "connecting" });
      clearTimeout(rejoin);
      rejoin = setTimeout(() => {
        if (destroyed) return;
        provider.detach();
        provider.attach();
      }, REJOIN_DELAY_MS);
    },
  });
  provider.attach();
  if (presence) provider.setAwarenessField("user", presence);
  const stopPresence = sharePresence(provider, journeyId);
  const stopLead = shareLead(provider, journeyId);
  const stopAuthorship = keepAuthorship(doc, membership.author);
  return {
    provider,
    destroy() {
      destroyed = true;
      clearTimeout(rejoin);
      stopPresence();
      stopLead();
      stopAuthorship();
      provider.destroy();
      socket.destroy();
      const room = roomStore.getState();
      if (room.journeyId !== journeyId) return;
      leadKept.set(journeyId, leadStateOf(room));
      roomStore.setState({ journeyId: null, role: null, peers: [], ...noLead() });
    },
  };
}
