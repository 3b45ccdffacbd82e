/**
 * The walk through a presentation: step 0 is the overview of the whole journey, steps 1..n are
 * its stages in order. Pure, so the keys and the maths are tested without a browser.
 */

export type StepCommand = "next" | "previous" | "first" | "last" | "leave";

export function stepCount(stages: number): number {
  return Math.max(0, stages) + 1;
}

export function clampStep(step: number, stages: number): number {
  if (!Number.isFinite(step)) return 0;
  return Math.min(stepCount(stages) - 1, Math.max(0, Math.trunc(step)));
}

export function applyCommand(step: number, command: StepCommand, stages: number): number {
  switch (command) {
    case "next":
      return clampStep(step + 1, stages);
    case "previous":
      return clampStep(step - 1, stages);
    case "first":
      return 0;
    case "last":
      return clampStep(stages, stages);
    case "leave":
      return step;
  }
}

/** The stage index shown at a step, or null for the overview. */
export function stageAt(step: number): number | null {
  return step > 0 ? step - 1 : null;
}

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/**
 * What a key does in presentation mode. Presentation clickers send Page Down / Page Up (some send
 * arrows, the space bar or Enter), so all of those step; Home and End jump; Escape leaves.
 * Keys with Ctrl, Alt or Meta are left to the browser.
 */
export function commandForKey(
  event: KeyLike,
  direction: "ltr" | "rtl" = "ltr",
): StepCommand | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  // The arrow pointing at the next stage steps forward: left, on a right-to-left journey.
  const key =
    direction === "rtl" && event.key === "ArrowLeft"
      ? "ArrowRight"
      : direction === "rtl" && event.key === "ArrowRight"
        ? "ArrowLeft"
        : event.key;
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
    case "PageDown":
    case "Enter":
      return "next";
    case "ArrowLeft":
    case "ArrowUp":
    case "PageUp":
    case "Backspace":
      return "previous";
    case " ":
    case "Spacebar":
      return event.shiftKey ? "previous" : "next";
    case "Home":
      return "first";
    case "End":
      return "last";
    case "Escape":
      return "leave";
    default:
      return null;
  }
}

/**
 * What a key pressed on a closed list (a `<select>`, such as the spotlight's lanes) does in
 * presentation mode. An open list keeps every key to itself, Escape included, so the page never
 * sees them. On a closed one, the arrows, Home, End, the space bar and typed letters choose in
 * the list ("list"); Enter says the choice is made ("done"); Page Up and Page Down (what a
 * clicker sends) and Escape go on presenting ("present").
 */
export function keyOnList(event: KeyLike): "list" | "done" | "present" {
  if (event.ctrlKey || event.altKey || event.metaKey) return "list";
  if (event.key === "Enter") return "done";
  if (event.key === "PageDown" || event.key === "PageUp" || event.key === "Escape")
    return "present";
  return "list";
}

/**
 * Where the camera stands for the strip of stage slides: a translation that centres slide
 * `index` in a viewport, with the neighbouring slides peeking in at the sides.
 */
export function stripOffset(index: number, slideWidth: number, gap: number, peek: number): number {
  return peek - index * (slideWidth + gap);
}

/**
 * The scale and offset that fit a board of `board` size into `area`, centred horizontally and
 * at the top, never enlarged beyond `maxScale`.
 */
export function fitBoard(
  board: { width: number; height: number },
  area: { width: number; height: number },
  maxScale = 1,
): { scale: number; x: number; y: number } {
  if (board.width <= 0 || board.height <= 0 || area.width <= 0 || area.height <= 0)
    return { scale: 1, x: 0, y: 0 };
  const scale = Math.min(maxScale, area.width / board.width, area.height / board.height);
  return {
    scale,
    x: (area.width - board.width * scale) / 2,
    y: (area.height - board.height * scale) / 2,
  };
}
