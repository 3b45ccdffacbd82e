import { z } from "../format/zod-config";
import { createStore } from "zustand/vanilla";
import type { Id } from "../domain";

/**
 * Session state: saved in this browser so a reload lands where the person was, but never part of
 * an exported file (viewport, open panels, theme, workshop timer).
 */
export type ThemeChoice = "system" | "light" | "dark" | "projector";
export type HomeSort = "name" | "edited";

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface SessionState {
  theme: ThemeChoice;
  viewports: Record<Id, Viewport>;
  inspectorOpen: boolean;
  personaHeaderCollapsed: boolean;
  homeSort: HomeSort;
  /** When the person last downloaded a backup of the whole workspace. */
  lastBackupAt: number | null;
  backupReminderDismissedAt: number | null;
}

export const defaultSession = (): SessionState => ({
  theme: "system",
  viewports: {},
  inspectorOpen: true,
  personaHeaderCollapsed: false,
  homeSort: "edited",
  lastBackupAt: null,
  backupReminderDismissedAt: null,
});

export const sessionStore = createStore<SessionState>()(() => defaultSession());

const viewportSchema = z.object({ x: z.number(), y: z.number(), zoom: z.number().positive() });
/** Each field checked on its own: a damaged field falls back to its default, the rest is kept. */
const fieldSchemas: { [K in keyof SessionState]: z.ZodType<SessionState[K]> } = {
  theme: z.enum(["system", "light", "dark", "projector"]),
  viewports: z.record(z.string(), viewportSchema),
  inspectorOpen: z.boolean(),
  personaHeaderCollapsed: z.boolean(),
  homeSort: z.enum(["name", "edited"]),
  lastBackupAt: z.number().nullable(),
  backupReminderDismissedAt: z.number().nullable(),
};

export function parseSession(saved: unknown): SessionState {
  const session = defaultSession();
  if (!saved || typeof saved !== "object") return session;
  for (const key of Object.keys(fieldSchemas) as (keyof SessionState)[]) {
    const result = fieldSchemas[key].safeParse((saved as Record<string, unknown>)[key]);
    if (result.success) (session as unknown as Record<string, unknown>)[key] = result.data;
  }
  return session;
}

/** Restores a saved session, keeping defaults for anything it lacks or that is damaged. */
export function restoreSession(saved: unknown): void {
  sessionStore.setState(parseSession(saved));
}

export function updateSession(changes: Partial<SessionState>): void {
  sessionStore.setState(changes);
}

export function rememberViewport(journeyId: Id, viewport: Viewport): void {
  sessionStore.setState((s) => ({ viewports: { ...s.viewports, [journeyId]: viewport } }));
}
