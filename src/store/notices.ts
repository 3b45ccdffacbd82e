import { createStore } from "zustand/vanilla";

/**
 * Short-lived notices ("Journey deleted. Undo"). Ephemeral: never saved. Each may carry one
 * action. A notice goes away by itself, but its clock stops while a person is on it (the pointer
 * over it, or focus inside it), as Gmail's and Figma's toasts do, so "Undo" can always be reached
 * by mouse, keyboard or screen reader; it can also be dismissed at once.
 */
export interface Notice {
  id: number;
  message: string;
  tone: "info" | "success" | "error";
  action?: { label: string; run: () => void };
  /** Milliseconds before it goes away by itself; null keeps it until dismissed. */
  timeoutMs: number | null;
  /**
   * Notices about the same thing share a key, and a new one takes the place of the one shown:
   * two "Saved changes to Maya." with an Undo each would leave a person guessing which is which.
   */
  key?: string;
}

/** How long a plain notice stays. */
export const NOTICE_MS = 5_000;
/**
 * How long a notice with an action (Undo) stays: WCAG 2.2.1's 20 seconds, time enough to tab
 * to it from anywhere on the page, on top of the pause while it is hovered or focused.
 */
export const ACTION_NOTICE_MS = 20_000;
/** After a pause, the least time left: moving away at the last moment does not make it vanish. */
export const NOTICE_RESUME_MS = 5_000;

/** Why a notice's clock is stopped; it runs again once there is no reason left. */
export type NoticeHold = "pointer" | "focus";

export const noticesStore = createStore<{ notices: Notice[] }>()(() => ({ notices: [] }));

interface Clock {
  /** Time left when the clock last started or stopped. */
  left: number;
  /** When it last started (Date.now()), or null while held. */
  since: number | null;
  timer: ReturnType<typeof setTimeout> | null;
  holds: Set<NoticeHold>;
}

const clocks = new Map<number, Clock>();
let nextId = 1;

function start(id: number, clock: Clock, left: number): void {
  clock.left = left;
  clock.since = Date.now();
  clock.timer = setTimeout(() => dismissNotice(id), left);
}

export function showNotice(
  notice: Omit<Notice, "id" | "timeoutMs" | "tone"> & Partial<Pick<Notice, "timeoutMs" | "tone">>,
): number {
  const id = nextId++;
  const full: Notice = {
    tone: "info",
    timeoutMs: notice.action ? ACTION_NOTICE_MS : NOTICE_MS,
    ...notice,
    id,
  };
  // One message at a time: a new one takes the place of a plain one shown (as one on the same
  // thing always does). An error stays until dismissed, and one offering a way back ("Undo")
  // stays its 20 seconds, as does one someone is on: replacing those would take the way back.
  const replaced = noticesStore
    .getState()
    .notices.filter(
      (n) =>
        (notice.key !== undefined && n.key === notice.key) ||
        (full.tone !== "error" && n.tone !== "error" && !n.action && !clocks.get(n.id)?.holds.size),
    );
  for (const n of replaced) forget(n.id);
  const shown = noticesStore.getState().notices.filter((n) => !replaced.includes(n));
  // At most four at once: the oldest goes, unless someone is on it.
  const dropped = shown.length >= 4 ? shown.find((n) => !clocks.get(n.id)?.holds.size) : undefined;
  if (dropped) forget(dropped.id);
  noticesStore.setState({ notices: [...shown.filter((n) => n !== dropped), full] });
  if (full.timeoutMs !== null) {
    const clock: Clock = { left: full.timeoutMs, since: null, timer: null, holds: new Set() };
    clocks.set(id, clock);
    start(id, clock, full.timeoutMs);
  }
  return id;
}

/** Stops a notice's clock for a reason (the pointer is over it, focus is inside it). */
export function holdNotice(id: number, reason: NoticeHold): void {
  const clock = clocks.get(id);
  if (!clock) return;
  clock.holds.add(reason);
  if (clock.since === null) return;
  if (clock.timer !== null) clearTimeout(clock.timer);
  clock.left = Math.max(0, clock.left - (Date.now() - clock.since));
  clock.since = null;
  clock.timer = null;
}

/** Takes a reason away; with none left the clock runs again, with at least a few seconds left. */
export function releaseNotice(id: number, reason: NoticeHold): void {
  const clock = clocks.get(id);
  if (!clock || !clock.holds.delete(reason) || clock.holds.size > 0 || clock.since !== null) {
    return;
  }
  start(id, clock, Math.max(clock.left, NOTICE_RESUME_MS));
}

function forget(id: number): void {
  const timer = clocks.get(id)?.timer;
  if (timer) clearTimeout(timer);
  clocks.delete(id);
}

export function dismissNotice(id: number): void {
  forget(id);
  noticesStore.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}
