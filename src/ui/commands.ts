import { createContext, useContext, useLayoutEffect, useSyncExternalStore } from "react";
import type { MessageKey } from "../i18n";
import { shortcutKey } from "./shortcut-key";
import { editsJourney, isTextInput } from "./text-input";

/**
 * A key that runs a command. `key` is what `shortcutKey` names (a Latin letter or symbol, lower
 * case) or a named key ("Enter", "ArrowUp"). `mod` is Ctrl, or Cmd on a Mac.
 */
export interface KeyBinding {
  key: string;
  mod?: boolean;
  alt?: boolean;
  /**
   * Whether Shift is held. Left out, letters and named keys need it up, and symbols take it
   * either way ("+" and "?" need Shift on some layouts and not on others).
   */
  shift?: boolean;
}

/**
 * Where a command's keys work: on the map (focus on a cell, card or arrow, or the map itself),
 * or anywhere on the page but a text field.
 */
export type CommandScope = "map" | "page";

export interface Command {
  /** Stable name, for the toolbar and tests ("undo", "zoom.in"). */
  id: string;
  /** Its name in the command palette and on buttons. */
  label: MessageKey;
  /** What it does, in the shortcuts list (its label when left out). */
  description?: MessageKey;
  keys?: readonly KeyBinding[];
  /** How the shortcuts list names keys that are a family rather than a list ("A–Z"). */
  keysLabel?: MessageKey;
  scope: CommandScope;
  /** Whether it applies now (to this key press, when one ran it); if not, its keys do nothing. */
  when?: (event?: KeyboardEvent) => boolean;
  /**
   * Whether a key press is for this command: on top of `keys`, or instead of them for a family of
   * keys (any letter typed on the map).
   */
  takesKey?: (event: KeyboardEvent) => boolean;
  run: (event?: KeyboardEvent) => void;
  /**
   * Whether its keys work in a text field: in one that edits the journey (undo, redo in a card's
   * title), or in any (the command palette). Left out, typing in a field never runs it.
   */
  inFields?: "journey" | "any";
  /** Whether the command palette offers it (moving focus with arrows is not worth a search). */
  inPalette?: boolean;
}

const isNamed = (key: string) => key.length > 1;

export function bindingMatches(binding: KeyBinding, event: KeyboardEvent): boolean {
  const key = isNamed(binding.key) ? event.key : shortcutKey(event);
  if (key !== binding.key) return false;
  if (Boolean(binding.mod) !== (event.ctrlKey || event.metaKey)) return false;
  if (Boolean(binding.alt) !== event.altKey) return false;
  const shiftMatters = binding.shift !== undefined || /^[a-z]$/.test(binding.key) || isNamed(key);
  return !shiftMatters || Boolean(binding.shift) === event.shiftKey;
}

/**
 * Every command the open screen offers, registered by the part of the app that owns it (the
 * map, the journey's toolbar, export, presentation) and read by the keyboard, the toolbar, the
 * shortcuts list and the command palette alike, so a key never does one thing while the list
 * says another.
 */
export class CommandRegistry {
  private groups = new Map<symbol, readonly Command[]>();
  private snapshot: readonly Command[] = [];
  private listeners = new Set<() => void>();

  /** Adds commands; the returned function takes them away again. */
  register(commands: readonly Command[]): () => void {
    const token = Symbol("commands");
    this.groups.set(token, commands);
    this.changed();
    return () => {
      this.groups.delete(token);
      this.changed();
    };
  }

  all(): readonly Command[] {
    return this.snapshot;
  }

  get(id: string): Command | undefined {
    return this.snapshot.find((command) => command.id === id);
  }

  /**
   * The command a key press runs in `scope`, if one applies now. A command bound to the very key
   * comes before one that takes a family of keys, so "+" zooms rather than typing a card.
   */
  commandFor(event: KeyboardEvent, scope: CommandScope): Command | undefined {
    const applies = (command: Command) =>
      command.scope === scope &&
      (!command.takesKey || command.takesKey(event)) &&
      (!command.when || command.when(event));
    return (
      this.snapshot.find(
        (command) =>
          command.keys?.some((binding) => bindingMatches(binding, event)) && applies(command),
      ) ?? this.snapshot.find((command) => !command.keys && command.takesKey && applies(command))
    );
  }

  /** Runs the command a key press is for; true when one ran (the key is then spent). */
  dispatch(event: KeyboardEvent, scope: CommandScope): boolean {
    const command = this.commandFor(event, scope);
    if (!command) return false;
    event.preventDefault();
    command.run(event);
    return true;
  }

  /**
   * The page's keys, from anywhere but a dialog: in a text field only the commands that say they
   * work there (undo in a journey's field, the command palette) run.
   */
  dispatchPageKey(event: KeyboardEvent): boolean {
    if (event.defaultPrevented || event.isComposing) return false;
    const target = event.target;
    if (target instanceof Element && target.closest("dialog")) return false;
    const command = this.commandFor(event, "page");
    if (!command) return false;
    if (isTextInput(target)) {
      const allowed =
        command.inFields === "any" || (command.inFields === "journey" && editsJourney(target));
      if (!allowed) return false;
    }
    event.preventDefault();
    command.run(event);
    return true;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed() {
    this.snapshot = [...this.groups.values()].flat();
    for (const listener of this.listeners) listener();
  }
}

export const CommandsContext = createContext<CommandRegistry>(new CommandRegistry());

export function useCommandRegistry(): CommandRegistry {
  return useContext(CommandsContext);
}

/** Offers `commands` while the calling component is mounted (memoise the list). */
/**
 * Adds commands for as long as the component is there, in place by the time what offers them is
 * on screen (a layout effect runs before paint; an ordinary effect may run after it, and a key
 * pressed as the toolbar appeared would find no command).
 */
export function useRegisterCommands(commands: readonly Command[]): void {
  const registry = useCommandRegistry();
  useLayoutEffect(() => registry.register(commands), [registry, commands]);
}

/** One command by id, re-rendering when it comes or goes. */
export function useCommand(id: string): Command | undefined {
  return useCommands().find((command) => command.id === id);
}

/** Every registered command, re-rendering when the set changes. */
export function useCommands(): readonly Command[] {
  const registry = useCommandRegistry();
  return useSyncExternalStore(registry.subscribe, () => registry.all());
}

/** The names of keys as a keyboard's caps show them. */
const KEY_CAPS: Record<string, string> = {
  ArrowUp: "↑",
  ArrowDown: "↓",
  ArrowLeft: "←",
  ArrowRight: "→",
  Escape: "Esc",
  " ": "Space",
};

const isMac = () => typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

/** One binding as people read it: "Ctrl + Shift + Z", "⌘ + K" on a Mac, "Alt + ←". */
export function formatBinding(binding: KeyBinding): string {
  const parts: string[] = [];
  if (binding.mod) parts.push(isMac() ? "⌘" : "Ctrl");
  if (binding.alt) parts.push(isMac() ? "⌥" : "Alt");
  if (binding.shift) parts.push("Shift");
  const cap =
    KEY_CAPS[binding.key] ?? (binding.key.length === 1 ? binding.key.toUpperCase() : binding.key);
  parts.push(cap);
  return parts.join(" + ");
}

/**
 * A command's keys as one line: the four arrows with the same modifiers read as "← → ↑ ↓", and
 * other keys are listed with `separator` (the language's comma).
 */
export function formatKeys(keys: readonly KeyBinding[], separator = ", "): string {
  const arrows = keys.filter((k) => k.key.startsWith("Arrow"));
  const rest = keys.filter((k) => !k.key.startsWith("Arrow"));
  const parts = rest.map(formatBinding);
  if (arrows.length) {
    const first = arrows[0]!;
    const prefix = formatBinding({ ...first, key: "" }).replace(/ \+ $/, "");
    const caps = arrows.map((k) => KEY_CAPS[k.key]).join(" ");
    parts.push(prefix ? `${prefix} + ${caps}` : caps);
  }
  return parts.join(separator);
}
