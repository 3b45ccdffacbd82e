import type { Journey } from "../domain";
import type { ImageSettings } from "./images";

/** The last settings used, so a second export in the same session starts where the first ended. */
let remembered: Omit<ImageSettings, "stageId"> | null = null;

/** What the dialog opens on: the last settings of this session, else a 1080p PNG of the journey. */
export function initialSettings(journey: Journey, hasPersona: boolean): ImageSettings {
  return {
    format: "png",
    size: "slide1080",
    scope: "journey",
    background: "white",
    personaHeader: hasPersona,
    legend: true,
    emotionCurve: true,
    comments: false,
    ...remembered,
    stageId: journey.stages[0]?.id ?? null,
  };
}

/**
 * The settings after a change, kept consistent (JPEG has no transparency), and remembered for
 * the next time the dialog opens. The chosen stage is not remembered: it belongs to one journey.
 */
export function changeSettings(current: ImageSettings, changes: Partial<ImageSettings>) {
  const next = { ...current, ...changes };
  if (next.format === "jpeg" && next.background === "transparent") next.background = "white";
  const { stageId: _stageId, ...rest } = next;
  remembered = rest;
  return next;
}
