import { sessionStore, type ThemeChoice } from "../store";

/**
 * The theme lives on <html data-theme>; "system" removes it so CSS follows prefers-color-scheme.
 */
function apply(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === "system") delete root.dataset.theme;
  else root.dataset.theme = choice;
}

export function applyTheme(): void {
  apply(sessionStore.getState().theme);
  sessionStore.subscribe((state, previous) => {
    if (state.theme !== previous.theme) apply(state.theme);
  });
}
