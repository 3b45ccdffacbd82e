import { beforeEach, describe, expect, it } from "vitest";
import {
  editorStore,
  openEditor,
  requestInspectorFocus,
  sessionStore,
  updateSession,
} from "../../src/store";

beforeEach(() => {
  openEditor("other");
  openEditor("journey-1");
});

describe("asking the inspector for focus", () => {
  it("opens the inspector when it was put away, so Enter on a card always shows it", () => {
    updateSession({ inspectorOpen: false });
    const before = editorStore.getState().inspectorFocusRequest;
    requestInspectorFocus();
    expect(sessionStore.getState().inspectorOpen).toBe(true);
    expect(editorStore.getState().inspectorFocusRequest).toBe(before + 1);
  });
});
