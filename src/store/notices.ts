import { createStore } from "zustand/vanilla";

/**
 * Short-lived notices ("Journey deleted. Undo"). Ephemeral: never saved. Each may carry one
 * action; an undo notice stays long enough to be read and used (10 s).
 */
export interface Notice {
  id: number;
  message: string;
  tone: "info" | "success" | "error";
  action?: { label: string; run: () => void };
  /** Milliseconds before it goes away by itself; null keeps it until dismissed. */
  timeoutMs: number | null;
}

export const noticesStore = createStore<{ notices: Notice[] }>()(() => ({ notices: [] }));

let nextId = 1;

export function showNotice(
  notice: Omit<Notice, "id" | "timeoutMs" | "tone"> & Partial<Pick<Notice, "timeoutMs" | "tone">>,
): number {
  const id = nextId++;
  const full: Notice = { tone: "info", timeoutMs: notice.action ? 10_000 : 5_000, ...notice, id };
  noticesStore.setState((s) => ({ notices: [...s.notices.slice(-3), full] }));
  if (full.timeoutMs !== null) setTimeout(() => dismissNotice(id), full.timeoutMs);
  return id;
}

export function dismissNotice(id: number): void {
  noticesStore.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}
