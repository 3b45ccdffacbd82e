/**
 * How tabs of one browser keep a document in step: every update a tab makes is posted to the
 * others at once, and a tab opening a document asks the others for what it lacks (its state
 * vector; they answer with the difference). Updates are data, not keys to re-read: the engine
 * merges them, whatever the order they arrive in, twice or late.
 */
export type TabMessage =
  | { kind: "update"; tab: string; doc: string; update: Uint8Array }
  | { kind: "sync"; tab: string; doc: string; stateVector: Uint8Array }
  /** Sent to one tab (`to`) in answer to its `sync`. */
  | { kind: "answer"; tab: string; to: string; doc: string; update: Uint8Array };

export interface TabChannel {
  post(message: TabMessage): void;
  /** Messages from other tabs, checked for shape (a message that is not one is dropped). */
  listen(handler: (message: TabMessage) => void): void;
  close(): void;
}

const CHANNEL = "waymark-documents";

/** Bytes, whichever realm made them (a structured clone may come from another one). */
const isBytes = (value: unknown): value is Uint8Array =>
  Object.prototype.toString.call(value) === "[object Uint8Array]";

function isMessage(data: unknown): data is TabMessage {
  if (typeof data !== "object" || data === null) return false;
  const m = data as Record<string, unknown>;
  if (typeof m.tab !== "string" || typeof m.doc !== "string" || m.doc.length > 200) return false;
  switch (m.kind) {
    case "update":
      return isBytes(m.update);
    case "sync":
      return isBytes(m.stateVector);
    case "answer":
      return typeof m.to === "string" && isBytes(m.update);
    default:
      return false;
  }
}

/** The channel between this browser's tabs; null where BroadcastChannel does not exist. */
export function openTabChannel(name: string = CHANNEL): TabChannel | null {
  if (typeof BroadcastChannel === "undefined") return null;
  const channel = new BroadcastChannel(name);
  return {
    post(message) {
      try {
        channel.postMessage(message);
      } catch (error) {
        // A closed channel (the page is going away): the update is on disk already.
        console.warn("Could not tell the other tabs", error);
      }
    },
    listen(handler) {
      channel.onmessage = (event: MessageEvent<unknown>) => {
        if (isMessage(event.data)) handler(event.data);
      };
    },
    close() {
      channel.close();
    },
  };
}
