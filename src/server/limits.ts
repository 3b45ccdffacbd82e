import type { IncomingMessage } from "node:http";
import { ROOM_LIMITS } from "../format/room";

/** The network address a connection comes from. */
export function addressOf(request: IncomingMessage): string {
  return request.socket.remoteAddress ?? "unknown";
}

/** Counts open connections per network address. */
export function createAddressCounter(limit: number = ROOM_LIMITS.connectionsPerAddress) {
  const open = new Map<string, number>();
  return {
    /** Whether one more connection from this address is allowed. */
    admits: (address: string) => (open.get(address) ?? 0) < limit,
    opened(address: string) {
      open.set(address, (open.get(address) ?? 0) + 1);
    },
    closed(address: string) {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    },
  };
}

/**
 * A token bucket: `perSecond` messages a second sustained, `burst` at once. Returns false for a
 * message over the limit.
 */
export function createRateLimit(
  perSecond: number = ROOM_LIMITS.messagesPerSecond,
  burst: number = ROOM_LIMITS.messageBurst,
  now: () => number = () => performance.now(),
) {
  let tokens = burst;
  let last = now();
  return (): boolean => {
    const at = now();
    tokens = Math.min(burst, tokens + ((at - last) / 1000) * perSecond);
    last = at;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}
