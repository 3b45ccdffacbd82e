import { sessionStore } from "../store";

/** The mark the room server puts in the page it serves (a static host serves the page as built). */
export const ROOMS_META = "waymark-rooms";

function roomsOnThisOrigin(): string {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${location.host}/rooms`;
}

/** The rooms of the server that served this page (`npm start`), on the page's own origin. */
export function ownRoomServer(): string | null {
  return document.querySelector(`meta[name="${ROOMS_META}"]`) === null ? null : roomsOnThisOrigin();
}

/** Where new rooms go: this page's own server, else the one the person set; null for none. */
export function newRoomServer(): string | null {
  return ownRoomServer() ?? sessionStore.getState().roomServer;
}

/** Whether this page can start rooms: it came from a room server, or the person named one. */
export function roomsAvailable(): boolean {
  return newRoomServer() !== null;
}

/**
 * Where a room lives: the server its link or membership names (a room started from a static
 * host's copy), else where new rooms go, else this origin (where nothing answering shows the
 * room as offline, and edits wait).
 */
export function roomServerUrl(membershipServer?: string): string {
  return membershipServer ?? newRoomServer() ?? roomsOnThisOrigin();
}

/**
 * Why the page cannot use a server at all: a page from an https host may only open wss: (the
 * browser blocks ws: there, except to this computer).
 */
export function insecureFromSecurePage(address: string): boolean {
  const url = new URL(address);
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  return location.protocol === "https:" && url.protocol === "ws:" && !local;
}

/** How long checking a server waits for it to answer. */
const CHECK_WAIT_MS = 5000;

/** Whether a room server answers at an address: its WebSocket opens. */
export function roomServerAnswers(address: string): Promise<boolean> {
  return new Promise((resolve) => {
    let socket: WebSocket;
    try {
      socket = new WebSocket(address);
    } catch {
      resolve(false);
      return;
    }
    const done = (answered: boolean) => {
      clearTimeout(timer);
      socket.onopen = socket.onerror = socket.onclose = null;
      socket.close();
      resolve(answered);
    };
    const timer = setTimeout(() => done(false), CHECK_WAIT_MS);
    socket.onopen = () => done(true);
    socket.onerror = () => done(false);
    socket.onclose = () => done(false);
  });
}
