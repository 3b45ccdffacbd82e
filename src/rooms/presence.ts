import type { HocuspocusProvider } from "@hocuspocus/provider";
import type { Id } from "../domain";
import { editorStore } from "../store/editor";
import {
  localPointerStore,
  pointerStore,
  roomStore,
  type RoomPeer,
  type RoomPointer,
} from "../store/room";

/** At most this many pointer updates a second go out (the cap is 20). */
export const POINTER_UPDATES_PER_SECOND = 20;
/** Typing in a card's details counts as "typing" for this long after the last key. */
const TYPING_FOR_MS = 2500;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const COLOR = /^#[0-9a-f]{6}$/;

/** What another person's browser says of them, checked: anything malformed is left out. */
function readPeer(clientId: number, state: Record<string, unknown>) {
  const user = state.user as { name?: unknown; color?: unknown } | undefined;
  if (!user || typeof user.name !== "string" || !user.name.trim()) return null;
  if (typeof user.color !== "string" || !COLOR.test(user.color)) return null;
  const selection = Array.isArray(state.selection)
    ? (state.selection as unknown[])
        .filter((id): id is string => typeof id === "string" && ID.test(id))
        .slice(0, 50)
    : [];
  const typing = typeof state.typing === "string" && ID.test(state.typing) ? state.typing : null;
  const pointer = state.pointer as { x?: unknown; y?: unknown } | null | undefined;
  const at =
    pointer &&
    typeof pointer.x === "number" &&
    typeof pointer.y === "number" &&
    Number.isFinite(pointer.x) &&
    Number.isFinite(pointer.y) &&
    Math.abs(pointer.x) < 1e7 &&
    Math.abs(pointer.y) < 1e7
      ? { x: pointer.x, y: pointer.y }
      : null;
  const peer: RoomPeer = {
    clientId,
    name: user.name.trim().slice(0, 40),
    color: user.color,
    selection,
    typing,
  };
  return { peer, at };
}

const samePeers = (a: readonly RoomPeer[], b: readonly RoomPeer[]) =>
  a.length === b.length &&
  a.every(
    (peer, i) =>
      peer.clientId === b[i]!.clientId &&
      peer.name === b[i]!.name &&
      peer.color === b[i]!.color &&
      peer.typing === b[i]!.typing &&
      peer.selection.join() === b[i]!.selection.join(),
  );

/**
 * Presence in a room through the provider's awareness (never the document, so none of it is
 * stored): this person's pointer (at most twenty updates a second), selection and typing go out;
 * everyone else's come in, checked, into the room store (people, selections) and the pointer
 * store (pointers, which change far more often).
 */
export function sharePresence(provider: HocuspocusProvider, journeyId: Id): () => void {
  const ownId = provider.document.clientID;

  const receive = () => {
    const peers: RoomPeer[] = [];
    const pointers: RoomPointer[] = [];
    for (const [clientId, state] of provider.awareness?.getStates() ?? []) {
      if (clientId === ownId) continue;
      const read = readPeer(clientId, state);
      if (!read) continue;
      peers.push(read.peer);
      if (read.at)
        pointers.push({ clientId, name: read.peer.name, color: read.peer.color, ...read.at });
    }
    peers.sort((a, b) => a.clientId - b.clientId);
    const room = roomStore.getState();
    if (room.journeyId === journeyId && !samePeers(room.peers, peers))
      roomStore.setState({ peers });
    pointerStore.setState({ pointers });
  };
  provider.awareness?.on("change", receive);

  const sendSelection = () => {
    const { journeyId: open, selectedCards } = editorStore.getState();
    provider.setAwarenessField("selection", open === journeyId ? selectedCards.slice(0, 50) : []);
  };
  sendSelection();
  const stopSelection = editorStore.subscribe((state, previous) => {
    if (state.selectedCards !== previous.selectedCards) sendSelection();
  });

  let lastSent = 0;
  let pending: ReturnType<typeof setTimeout> | null = null;
  const sendPointer = () => {
    pending = null;
    lastSent = performance.now();
    provider.setAwarenessField("pointer", localPointerStore.getState().at);
  };
  const stopPointer = localPointerStore.subscribe(() => {
    if (pending) return;
    const wait = 1000 / POINTER_UPDATES_PER_SECOND - (performance.now() - lastSent);
    if (wait <= 0) sendPointer();
    else pending = setTimeout(sendPointer, wait);
  });

  // Typing: keys in a card's details (the inspector) while one card is selected.
  let typingTimer: ReturnType<typeof setTimeout> | null = null;
  const onInput = (event: Event) => {
    const target = event.target as Element | null;
    const selected = editorStore.getState().selectedCards;
    if (!target?.closest?.("[data-card-details]") || selected.length !== 1) return;
    if (!typingTimer) provider.setAwarenessField("typing", selected[0]);
    else clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      typingTimer = null;
      provider.setAwarenessField("typing", null);
    }, TYPING_FOR_MS);
  };
  document.addEventListener("input", onInput, true);

  return () => {
    provider.awareness?.off("change", receive);
    stopSelection();
    stopPointer();
    if (pending) clearTimeout(pending);
    if (typingTimer) clearTimeout(typingTimer);
    document.removeEventListener("input", onInput, true);
    pointerStore.setState({ pointers: [] });
  };
}
