import { z } from "../format/zod-config";
import { createStore } from "zustand/vanilla";
import type { Id } from "../domain";
import {
  ROOM_LOCKS,
  isRoomMembership,
  isRoomServerAddress,
  type RoomLock,
  type RoomMembership,
} from "../format/room";

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

/**
 * The workshop timer, worked out from the wall clock so it keeps running across a reload or a
 * move between editing and presenting: while running, what is left is `remainingMs` minus the
 * time since `startedAt`; while paused or not started, `startedAt` is null.
 */
export interface TimerState {
  durationMs: number;
  startedAt: number | null;
  remainingMs: number;
  sound: boolean;
}

/** Whose turn it is at this device in a journey's voting round (the round is in the journey). */
export interface VotingTurn {
  roundId: Id;
  participant: number;
}

export interface SessionState {
  theme: ThemeChoice;
  viewports: Record<Id, Viewport>;
  inspectorOpen: boolean;
  /** The palette shows only its icons (a rail), giving the map its width. */
  paletteCollapsed: boolean;
  /** The overview map in the map's corner; off, nothing but the zoom controls lies on the map. */
  minimapOpen: boolean;
  personaHeaderCollapsed: boolean;
  homeSort: HomeSort;
  /** When the person last downloaded a backup of the whole workspace. */
  lastBackupAt: number | null;
  backupReminderDismissedAt: number | null;
  timer: TimerState;
  votingTurn: VotingTurn | null;
  /** The rooms this browser's journeys are linked to, by journey. */
  rooms: Record<Id, RoomMembership>;
  /** The name and colour others see in a room (asked once, on joining or starting one). */
  presence: { name: string; color: string } | null;
  /**
   * The room server new rooms go to when the page was not served by one (a static host's copy),
   * as the person set it.
   */
  roomServer: string | null;
  /** The facilitator's Follow me and lock, by journey, so a reload does not drop them. */
  roomLeads: Record<Id, { following: boolean; lock: RoomLock; stage: Id | null }>;
  /** How a room shows on this device: the phone view on small screens (auto), or as chosen. */
  roomView: RoomView;
}

export type RoomView = "auto" | "phone" | "map";

export const DEFAULT_TIMER_MS = 5 * 60_000;
/** Bounds people are offered; a saved value outside them is damaged and falls back. */
export const TIMER_MAX_MS = 180 * 60_000;
export const MAX_DOTS = 20;
export const MAX_PARTICIPANTS = 100;

export const defaultSession = (): SessionState => ({
  theme: "system",
  viewports: {},
  inspectorOpen: true,
  paletteCollapsed: false,
  minimapOpen: false,
  personaHeaderCollapsed: false,
  homeSort: "edited",
  lastBackupAt: null,
  backupReminderDismissedAt: null,
  timer: {
    durationMs: DEFAULT_TIMER_MS,
    startedAt: null,
    remainingMs: DEFAULT_TIMER_MS,
    sound: false,
  },
  votingTurn: null,
  rooms: {},
  presence: null,
  roomServer: null,
  roomLeads: {},
  roomView: "auto",
});

export const sessionStore = createStore<SessionState>()(() => defaultSession());

const viewportSchema = z.object({
  x: z.number(),
  y: z.number(),
  zoom: z.number().check(z.positive()),
});
const finiteNumber = z.number().check(z.refine(Number.isFinite));
const timerSchema = z
  .strictObject({
    durationMs: z.int().check(z.minimum(60_000), z.maximum(TIMER_MAX_MS)),
    startedAt: z.nullable(finiteNumber),
    remainingMs: finiteNumber.check(z.minimum(0), z.maximum(TIMER_MAX_MS)),
    sound: z.boolean(),
  })
  .check(z.refine((t) => t.remainingMs <= t.durationMs));
const votingTurnSchema = z.strictObject({
  roundId: z.string().check(z.minLength(1), z.maxLength(64)),
  participant: z.int().check(z.minimum(0), z.maximum(MAX_PARTICIPANTS - 1)),
});
/** Each field checked on its own: a damaged field falls back to its default, the rest is kept. */
const fieldSchemas: { [K in keyof SessionState]: z.ZodMiniType<SessionState[K]> } = {
  theme: z.enum(["system", "light", "dark", "projector"]),
  viewports: z.record(z.string(), viewportSchema),
  inspectorOpen: z.boolean(),
  paletteCollapsed: z.boolean(),
  minimapOpen: z.boolean(),
  personaHeaderCollapsed: z.boolean(),
  homeSort: z.enum(["name", "edited"]),
  lastBackupAt: z.nullable(z.number()),
  backupReminderDismissedAt: z.nullable(z.number()),
  timer: timerSchema,
  votingTurn: z.nullable(votingTurnSchema),
  rooms: z.record(z.string(), z.custom<RoomMembership>(isRoomMembership)),
  presence: z.nullable(
    z.strictObject({
      name: z.string().check(z.minLength(1), z.maxLength(40)),
      color: z.string().check(z.regex(/^#[0-9a-f]{6}$/)),
    }),
  ),
  roomServer: z.nullable(z.custom<string>(isRoomServerAddress)),
  roomLeads: z.record(
    z.string(),
    z.strictObject({
      following: z.boolean(),
      lock: z.enum(ROOM_LOCKS),
      stage: z.nullable(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/))),
    }),
  ),
  roomView: z.enum(["auto", "phone", "map"]),
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
