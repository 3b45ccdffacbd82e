import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  ACTION_NOTICE_MS,
  NOTICE_MS,
  NOTICE_RESUME_MS,
  dismissNotice,
  holdNotice,
  noticesStore,
  releaseNotice,
  showNotice,
} from "../../src/store";

const shown = () => noticesStore.getState().notices.map((n) => n.message);
const undo = { label: "Undo", run: () => {} };

beforeEach(() => {
  vi.useFakeTimers();
  for (const n of noticesStore.getState().notices) dismissNotice(n.id);
});
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

describe("how long a notice stays", () => {
  it("keeps a notice with an action 20 seconds, a plain one 5", () => {
    expect(ACTION_NOTICE_MS).toBeGreaterThanOrEqual(20_000);
    showNotice({ message: "Saved." });
    vi.advanceTimersByTime(NOTICE_MS - 1);
    expect(shown()).toEqual(["Saved."]);
    vi.advanceTimersByTime(1);
    expect(shown()).toEqual([]);
    showNotice({ message: "Deleted “Weekly shop”.", action: undo });
    vi.advanceTimersByTime(ACTION_NOTICE_MS - 1);
    expect(shown()).toEqual(["Deleted “Weekly shop”."]);
    vi.advanceTimersByTime(1);
    expect(shown()).toEqual([]);
  });

  it("keeps its own timeout, and one without a timeout until dismissed", () => {
    showNotice({ message: "Voted.", timeoutMs: 2_500 });
    const sticky = showNotice({ message: "Could not save.", timeoutMs: null, tone: "error" });
    vi.advanceTimersByTime(2_500);
    expect(shown()).toEqual(["Could not save."]);
    vi.advanceTimersByTime(10 * 60_000);
    expect(shown()).toEqual(["Could not save."]);
    dismissNotice(sticky);
    expect(shown()).toEqual([]);
  });

  it("stops its clock while held and goes on with the time that was left", () => {
    const id = showNotice({ message: "Deleted.", action: undo });
    vi.advanceTimersByTime(12_000);
    holdNotice(id, "pointer");
    vi.advanceTimersByTime(5 * 60_000);
    expect(shown()).toEqual(["Deleted."]);
    releaseNotice(id, "pointer");
    vi.advanceTimersByTime(ACTION_NOTICE_MS - 12_000 - 1);
    expect(shown()).toEqual(["Deleted."]);
    vi.advanceTimersByTime(1);
    expect(shown()).toEqual([]);
  });

  it("runs again only when neither the pointer nor focus holds it", () => {
    const id = showNotice({ message: "Deleted.", action: undo });
    holdNotice(id, "pointer");
    holdNotice(id, "focus");
    releaseNotice(id, "pointer");
    vi.advanceTimersByTime(5 * 60_000);
    expect(shown()).toEqual(["Deleted."]);
    // Holding twice for the same reason needs one release.
    holdNotice(id, "focus");
    releaseNotice(id, "focus");
    vi.advanceTimersByTime(ACTION_NOTICE_MS);
    expect(shown()).toEqual([]);
  });

  it("leaves a few seconds after a pause that ended near the end", () => {
    const id = showNotice({ message: "Deleted.", action: undo });
    vi.advanceTimersByTime(ACTION_NOTICE_MS - 100);
    holdNotice(id, "focus");
    vi.advanceTimersByTime(60_000);
    releaseNotice(id, "focus");
    vi.advanceTimersByTime(NOTICE_RESUME_MS - 1);
    expect(shown()).toEqual(["Deleted."]);
    vi.advanceTimersByTime(1);
    expect(shown()).toEqual([]);
  });

  it("ignores a release that was never held, and a hold after it went", () => {
    const id = showNotice({ message: "Deleted.", action: undo });
    releaseNotice(id, "pointer");
    vi.advanceTimersByTime(ACTION_NOTICE_MS - 1);
    expect(shown()).toEqual(["Deleted."]);
    vi.advanceTimersByTime(1);
    holdNotice(id, "pointer");
    releaseNotice(id, "pointer");
    vi.advanceTimersByTime(ACTION_NOTICE_MS);
    expect(shown()).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("leaves no timer behind when dismissed early", () => {
    const id = showNotice({ message: "Deleted.", action: undo });
    dismissNotice(id);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("shows one message at a time: a new one takes the place of the last, not of one someone is on", () => {
    const first = showNotice({ message: "one" });
    holdNotice(first, "focus");
    for (const message of ["two", "three", "four"]) showNotice({ message });
    expect(shown()).toEqual(["one", "four"]);
    expect(vi.getTimerCount()).toBe(1);
  });

  it("keeps a notice offering Undo its time: a plain message does not take the way back", () => {
    showNotice({ message: "Deleted “Weekly shop”.", action: undo });
    showNotice({ message: "Voted." });
    showNotice({ message: "Voted again." });
    expect(shown()).toEqual(["Deleted “Weekly shop”.", "Voted again."]);
  });

  it("keeps an error until it is dismissed, beside the message shown", () => {
    showNotice({ message: "Could not save.", tone: "error", timeoutMs: null });
    showNotice({ message: "Voted." });
    showNotice({ message: "Voted again." });
    expect(shown()).toEqual(["Could not save.", "Voted again."]);
  });

  it("shows at most four, dropping the oldest that nobody is on", () => {
    const first = showNotice({ message: "one", action: undo, tone: "error" });
    holdNotice(first, "focus");
    for (const message of ["two", "three", "four", "five"]) showNotice({ message, tone: "error" });
    expect(shown()).toEqual(["one", "three", "four", "five"]);
    expect(vi.getTimerCount()).toBe(3);
  });
});

describe("notices about the same thing", () => {
  it("take the place of the one shown, which then never goes off by its old clock", () => {
    // Errors, which otherwise stay side by side, are replaced by a newer one on the same thing.
    const error = { tone: "error" as const, action: undo };
    showNotice({ message: "Could not delete “Weekly shop”.", ...error });
    showNotice({ message: "Could not save Maya.", ...error, key: "saved:p-maya" });
    showNotice({ message: "Could not save Ola.", ...error, key: "saved:p-ola" });
    vi.advanceTimersByTime(ACTION_NOTICE_MS - 1_000);
    const latest = showNotice({ message: "Could not save Maya K.", ...error, key: "saved:p-maya" });
    expect(shown()).toEqual([
      "Could not delete “Weekly shop”.",
      "Could not save Ola.",
      "Could not save Maya K.",
    ]);
    vi.advanceTimersByTime(1_000);
    expect(shown()).toEqual(["Could not save Maya K."]);
    vi.advanceTimersByTime(ACTION_NOTICE_MS - 1_001);
    expect(noticesStore.getState().notices.map((n) => n.id)).toEqual([latest]);
    vi.advanceTimersByTime(1);
    expect(shown()).toEqual([]);
  });
});
