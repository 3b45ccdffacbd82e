import { ChevronDown, Pause, Play, RotateCcw, Timer as TimerIcon } from "lucide-react";
import { Field } from "../ui/Field";
import { useEffect, useId, useRef, useState, type RefObject } from "react";
import { localDigits, parseNumber, useT } from "../i18n";
import { useStore } from "zustand";
import {
  formatClock,
  isTimeUp,
  roomStore,
  timerActions,
  timerRemaining,
  TIMER_MAX_MS,
  useSession,
  type TimerState,
} from "../store";
import { playEndSound } from "./beep";
import { useNow } from "./use-now";
import "./workshop.css";

/** The run whose end already sounded, so two timers on screen or a re-render never sound twice. */
let soundedFor: string | null = null;
const runKey = (timer: TimerState) => `${timer.startedAt}:${timer.remainingMs}`;

/**
 * The workshop timer: the time left (role timer), start or pause, reset, and a panel to set the
 * minutes and the end sound. At zero it turns red, flashes (still under reduced motion) and says
 * "Time is up" as an alert. It keeps running across a reload: the session stores when it started.
 * In a room, a participant sees the facilitator's timer, without its controls or its sound.
 */
export function Timer({ placement }: { placement: "header" | "presentation" }) {
  const t = useT();
  const own = useSession((s) => s.timer);
  const roomTimer = useStore(roomStore, (s) => (s.owner ? null : s.roomTimer));
  const timer = roomTimer ?? own;
  const running = timer.startedAt !== null;
  const now = useNow(running);
  const remaining = timerRemaining(timer, now);
  const timeUp = isTimeUp(timer, now);
  const ticking = running && !timeUp;
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  // A timer found already finished when the page opens does not sound; one ending now does.
  const wasUp = useRef(timeUp);
  useEffect(() => {
    if (timeUp && !wasUp.current && timer.sound && soundedFor !== runKey(timer)) {
      soundedFor = runKey(timer);
      playEndSound();
    }
    wasUp.current = timeUp;
  }, [timeUp, timer]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open]);

  const classes = [
    "timer",
    `timer--${placement}`,
    ticking && "timer--running",
    timeUp && "timer--up",
    timer.startedAt === null && timer.remainingMs < timer.durationMs && "timer--paused",
  ]
    .filter(Boolean)
    .join(" ");

  return (
    <div
      ref={root}
      className={classes}
      role="group"
      aria-label={roomTimer ? t("timer.roomLabel") : t("timer.label")}
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          // Closes the panel only: in presentation mode Escape would otherwise leave.
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <TimerIcon className="timer__icon" size={18} aria-hidden="true" />
      <span className="timer__readout" role="timer" aria-label={t("timer.readout")}>
        {localDigits(formatClock(remaining))}
      </span>
      {roomTimer ? null : (
        <TimerControls
          ticking={ticking}
          open={open}
          panelId={panelId}
          toggle={toggle}
          onToggle={() => setOpen((o) => !o)}
        />
      )}
      {open && !roomTimer ? <TimerPanel id={panelId} timer={timer} /> : null}
      {timeUp ? (
        <p className="timer__alert" role="alert">
          {t("timer.timeUp")}
        </p>
      ) : null}
    </div>
  );
}

function TimerControls({
  ticking,
  open,
  panelId,
  toggle,
  onToggle,
}: {
  ticking: boolean;
  open: boolean;
  panelId: string;
  toggle: RefObject<HTMLButtonElement | null>;
  onToggle: () => void;
}) {
  const t = useT();
  return (
    <>
      <button
        type="button"
        className="timer__button"
        aria-label={ticking ? t("timer.pause") : t("timer.start")}
        title={ticking ? t("timer.pause") : t("timer.start")}
        onClick={() => (ticking ? timerActions.pause() : timerActions.start())}
      >
        {ticking ? <Pause size={16} aria-hidden="true" /> : <Play size={16} aria-hidden="true" />}
      </button>
      <button
        type="button"
        className="timer__button"
        aria-label={t("timer.reset")}
        title={t("timer.reset")}
        onClick={() => timerActions.reset()}
      >
        <RotateCcw size={16} aria-hidden="true" />
      </button>
      <button
        ref={toggle}
        type="button"
        className="timer__button"
        aria-label={t("timer.settings")}
        title={t("timer.settings")}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={onToggle}
      >
        <ChevronDown size={16} aria-hidden="true" />
      </button>
    </>
  );
}

const MAX_MINUTES = TIMER_MAX_MS / 60_000;

/** The timer's length as typed: whole minutes from 1 to 180, or null for anything else. */
export function parseTimerMinutes(text: string): number | null {
  const minutes = parseNumber(text);
  if (minutes === null || !Number.isInteger(minutes)) return null;
  return minutes >= 1 && minutes <= MAX_MINUTES ? minutes : null;
}

function TimerPanel({ id, timer }: { id: string; timer: TimerState }) {
  const t = useT();
  const minutesId = useId();
  const soundId = useId();
  const saved = String(Math.round(timer.durationMs / 60_000));
  const [draft, setDraft] = useState(saved);
  const [editing, setEditing] = useState(false);
  // Set when what is in the box cannot be a length: the box keeps it, with the reason beside it,
  // and nothing reaches the timer (Enter does not start it either).
  const [invalid, setInvalid] = useState(false);
  const value = editing ? draft : saved;
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  /** The length in the text, or null with the message shown when it is refused. */
  const check = (text: string): number | null => {
    const minutes = parseTimerMinutes(text);
    setInvalid(minutes === null);
    return minutes;
  };
  const commit = (text: string): boolean => {
    const minutes = check(text);
    if (minutes !== null) timerActions.setMinutes(minutes);
    return minutes !== null;
  };
  const hintId = `${minutesId}-hint`;
  const errorId = `${minutesId}-error`;

  return (
    <div id={id} className="timer__panel" role="group" aria-label={t("timer.settings")}>
      <Field label={t("timer.minutes")}>
        {(id) => (
          <>
            <input
              ref={input}
              id={id}
              className="wm-input timer__minutes"
              // Text, not number: Chromium's number box drops Persian digits.
              type="text"
              inputMode="numeric"
              value={value}
              aria-invalid={invalid ? true : undefined}
              aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}
              onFocus={() => {
                if (editing) return;
                setDraft(saved);
                setEditing(true);
              }}
              onBlur={() => {
                // A refused length stays in the box with its reason, rather than turning silently
                // back into the saved one.
                if (check(draft) !== null) setEditing(false);
              }}
              onChange={(event) => {
                const text = event.target.value;
                setDraft(text);
                // An empty box is someone part-way through typing: refused on Enter or on leaving it.
                if (text.trim() === "") return;
                commit(text);
              }}
              onKeyDown={(event) => {
                if (event.key === "Enter") {
                  event.preventDefault();
                  if (commit(draft)) timerActions.start();
                }
              }}
            />
            <span id={hintId} className="wm-field__hint">
              {t("timer.minutesHint")}
            </span>
            {invalid ? (
              <span id={errorId} className="wm-field__error" role="alert">
                {t("timer.minutesInvalid")}
              </span>
            ) : null}
          </>
        )}
      </Field>
      <div className="timer__sound">
        <input
          id={soundId}
          type="checkbox"
          checked={timer.sound}
          onChange={(event) => timerActions.setSound(event.target.checked)}
        />
        <label htmlFor={soundId}>{t("timer.sound")}</label>
      </div>
    </div>
  );
}
