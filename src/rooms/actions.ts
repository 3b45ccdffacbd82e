import { HocuspocusProvider } from "@hocuspocus/provider";
import * as Y from "yjs";
import type { Id, Journey } from "../domain";
import { personaFileSchema, personaFromFile, personaToFile } from "../format";
import {
  newRoomWord,
  roomToken,
  tokenHash,
  type RoomMembership,
  type RoomRole,
} from "../format/room";
import { currentEngine, getWorkspace, sessionStore, showNotice, takeSnapshot } from "../store";
import { t } from "../i18n";
import { credentialsFor } from "./connection";
import type { RoomLinkParts } from "./link";
import { newRoomServer, ownRoomServer, roomServerUrl } from "./server-address";

/** Where a journey's document carries a copy of its persona, so joiners get it too. */
const PERSONA_ROOT = "persona";
const PERSONA_KEY = "file";
/** How long joining waits for the server before saying it cannot be reached. */
export const JOIN_WAIT_MS = 15_000;

function remember(journeyId: Id, membership: RoomMembership | null): void {
  const rooms = { ...sessionStore.getState().rooms };
  if (membership) rooms[journeyId] = membership;
  else delete rooms[journeyId];
  sessionStore.setState({ rooms });
}

/**
 * Starts a room on a journey: its persona is copied into its document, and this browser becomes
 * the room's owner, holding every link's secret. The room connection (RoomLink) then takes the
 * journey to the server.
 */
export async function startRoom(journeyId: Id): Promise<void> {
  // The journey as it was before anyone else could change it (a room still starts without).
  await takeSnapshot(journeyId, "", "beforeRoom").catch((error: unknown) => {
    console.warn("Could not keep a snapshot before the room", error);
    showNotice({ tone: "error", message: t("snapshot.keepFailed") });
  });
  const engine = currentEngine();
  const doc = engine.journeyDocument(journeyId);
  const journey = engine.getState().journeys[journeyId];
  if (!doc || !journey) throw new Error(`Journey ${journeyId} is not open`);
  const server = newRoomServer();
  if (!server) throw new Error("No room server to start a room on");
  const persona = getWorkspace().personas[journey.personaId];
  if (persona) {
    const file = JSON.stringify(await personaToFile(persona));
    doc.transact(() => doc.getMap<string>(PERSONA_ROOT).set(PERSONA_KEY, file), "room");
  }
  const secrets = {
    edit: newRoomWord(),
    contribute: newRoomWord(),
    view: newRoomWord(),
    owner: newRoomWord(),
  };
  remember(journeyId, {
    room: newRoomWord(),
    role: "edit",
    secret: secrets.edit,
    secrets,
    author: newRoomWord(),
    // A server other than the page's own goes into the membership and every link.
    ...(server === ownRoomServer() ? {} : { server }),
  });
}

/** Unlinks a journey from its room: the local copy stays, an ordinary journey; the room stays. */
export function leaveRoom(journeyId: Id): void {
  remember(journeyId, null);
}

/**
 * Gives one kind of link a new secret: the owner tells the server the new token's hash, and
 * everyone on the old link is let go.
 */
export async function changeRoomLink(
  journeyId: Id,
  role: RoomRole,
  provider: HocuspocusProvider | null,
): Promise<boolean> {
  const membership = sessionStore.getState().rooms[journeyId];
  if (!membership?.secrets || !provider) return false;
  const secret = newRoomWord();
  provider.sendStateless(
    JSON.stringify({ type: "rekey", role, hash: await tokenHash(await roomToken(secret)) }),
  );
  const secrets = { ...membership.secrets, [role]: secret };
  remember(journeyId, {
    ...membership,
    secrets,
    secret: role === membership.role ? secret : membership.secret,
  });
  return true;
}

export type JoinResult =
  | { ok: true; journey: Journey }
  | { ok: false; reason: "refused"; refusal: string }
  | { ok: false; reason: "unreachable" | "empty" };

/** The persona a room's document carries, checked as an imported file's would be. */
function personaIn(doc: Y.Doc) {
  const text = doc.getMap<unknown>(PERSONA_ROOT).get(PERSONA_KEY);
  if (typeof text !== "string" || text.length > 2_000_000) return null;
  try {
    const parsed = personaFileSchema.safeParse(JSON.parse(text));
    return parsed.success ? personaFromFile(parsed.data) : null;
  } catch {
    return null;
  }
}

/**
 * Joins a room from its link: fetches the room's journey, keeps it in this browser (merged into
 * the journey if this browser has it already, as its owner does), and links the journey to the
 * room from then on.
 */
export async function joinRoom(link: RoomLinkParts): Promise<JoinResult> {
  const known = Object.entries(sessionStore.getState().rooms).find(
    ([, membership]) => membership.room === link.room,
  );
  const membership: RoomMembership =
    known && known[1].secrets
      ? known[1]
      : {
          room: link.room,
          role: link.role,
          secret: link.secret,
          author: newRoomWord(),
          ...(link.server ? { server: link.server } : {}),
        };
  const doc = new Y.Doc();
  const outcome = await new Promise<"synced" | "unreachable" | { refusal: string }>((resolve) => {
    const timer = setTimeout(() => resolve("unreachable"), JOIN_WAIT_MS);
    const provider = new HocuspocusProvider({
      url: roomServerUrl(membership.server),
      name: membership.room,
      document: doc,
      token: () => credentialsFor(membership),
      onSynced: () => finish("synced"),
      onAuthenticationFailed: ({ reason }) => finish({ refusal: reason }),
    });
    function finish(result: "synced" | { refusal: string }) {
      clearTimeout(timer);
      provider.destroy();
      resolve(result);
    }
  });
  try {
    if (outcome === "unreachable") return { ok: false, reason: "unreachable" };
    if (typeof outcome === "object")
      return { ok: false, reason: "refused", refusal: outcome.refusal };
    const id = doc.getMap<unknown>("journey").get("id");
    if (typeof id !== "string") return { ok: false, reason: "empty" };
    const engine = currentEngine();
    const persona = personaIn(doc);
    if (persona && !getWorkspace().personas[persona.id]) engine.putPersona(persona);
    const journey = await engine.adoptJourney(id, Y.encodeStateAsUpdate(doc));
    if (!journey) return { ok: false, reason: "empty" };
    remember(journey.id, membership);
    return { ok: true, journey };
  } finally {
    doc.destroy();
  }
}
