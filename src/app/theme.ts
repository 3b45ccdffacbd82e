import { sessionStore, type ThemeChoice } from "../store";

/**
 * The theme lives on <html data-theme>; "system" removes it so CSS follows prefers-color-scheme.
 * Presentation mode may force the projector theme on top of the person's choice.
 */
let forced: ThemeChoice | null = null;

function apply(choice: ThemeChoice): void {
  const root = document.documentElement;
  const effective = forced ?? choice;
  if (effective === "system") delete root.dataset.theme;
  else root.dataset.theme = effective;
}

export function applyTheme(): void {
  apply(sessionStore.getState().theme);
  sessionStore.subscribe((state, previous) => {
    if (state.theme !== previous.theme) apply(state.theme);
  });
}

export function forceTheme(theme: ThemeChoice | null): void {
  forced = theme;
  apply(sessionStore.getState().theme);
}
