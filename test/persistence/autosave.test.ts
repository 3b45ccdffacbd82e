import { produce } from "immer";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Workspace } from "../../src/domain";
import {
  createAutosave,
  type AutosaveState,
  type ChangeSet,
  type MergeWith,
} from "../../src/persistence";
import { blankJourney, withCard, workspaceWith } from "../helpers/factories";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setup(write: (c: ChangeSet, merge?: MergeWith) => Promise<void>) {
  let current: Workspace = workspaceWith(blankJourney());
  const states: AutosaveState["state"][] = [];
  const autosave = createAutosave({
    write,
    getWorkspace: () => current,
    onState: (s) => states.push(s.state),
    debounceMs: 300,
    retryDelaysMs: [1000],
  });
  autosave.start(current);
  const edit = (title: string) => {
    current = produce(
      current,
      (ws) => void withCard(ws.journeys["journey-1"]!, { id: title, title }),
    );
    autosave.notify();
  };
  return {
    autosave,
    edit,
    states,
    set current(next: Workspace) {
      current = next;
      autosave.notify();
    },
    get current() {
      return current;
    },
  };
}

describe("autosave", () => {
  it("writes once after a burst of edits settles, with just the changed rows", async () => {
    const writes: ChangeSet[] = [];
    const { edit } = setup(async (c) => void writes.push(c));
    edit("a");
    await vi.advanceTimersByTimeAsync(100);
    edit("b");
    await vi.advanceTimersByTimeAsync(299);
    expect(writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(10);
    expect(writes).toHaveLength(1);
    expect(writes[0]!.elements.put.map((r) => r.id).sort()).toEqual(["a", "b"]);
  });

  it("stores typing that never pauses within a second of each keystroke", async () => {
    const writes: { at: number; ids: string[] }[] = [];
    const { edit } = setup(
      async (c) => void writes.push({ at: Date.now(), ids: c.elements.put.map((r) => r.id) }),
    );
    const start = Date.now();
    const typedAt = new Map<string, number>();
    for (let i = 0; i < 50; i++) {
      typedAt.set(`k${i}`, Date.now());
      edit(`k${i}`);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(Date.now() - start).toBe(5000);
    // Every key was on disk less than a second after it was typed, though the typing never paused.
    for (const [id, at] of typedAt) {
      const write = writes.find((w) => w.ids.includes(id));
      if (Date.now() - at >= 1000) expect(write?.at).toBeDefined();
      if (write) expect(write.at - at).toBeLessThan(1000);
    }
    expect(writes.length).toBeGreaterThanOrEqual(6);
    expect(writes.length).toBeLessThan(20);
  });

  it("passes the saved baseline along, so the write can merge another tab's change", async () => {
    const bases: (Workspace | undefined)[] = [];
    const { edit, autosave } = setup(async (_c, merge) => void bases.push(merge?.base));
    const before = autosave.baseline;
    edit("a");
    await vi.advanceTimersByTimeAsync(400);
    expect(bases).toEqual([before]);
  });

  it("says saved when an edit that failed to save is undone back to what is stored", async () => {
    const session = setup(async () => {
      throw Object.assign(new Error("disk full"), { name: "QuotaExceededError" });
    });
    const stored = session.current;
    session.edit("a");
    await vi.advanceTimersByTimeAsync(400);
    expect(session.states.at(-1)).toBe("failed");
    session.current = stored;
    await vi.advanceTimersByTimeAsync(400);
    expect(session.states.at(-1)).toBe("saved");
    expect(session.autosave.isDirty()).toBe(false);
  });

  it("says an edit is not saved once storage was handed over to a newer version", async () => {
    const writes: ChangeSet[] = [];
    const { edit, states, autosave } = setup(async (c) => void writes.push(c));
    edit("a");
    autosave.flushImmediately();
    autosave.stop();
    await vi.advanceTimersByTimeAsync(10);
    expect(states.at(-1)).toBe("saved");
    edit("b");
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toHaveLength(1);
    expect(states.at(-1)).toBe("failed");
  });

  it("keeps a failed save in memory, says so, and retries until it lands", async () => {
    let fail = true;
    const writes: ChangeSet[] = [];
    const { edit, states, autosave } = setup(async (c) => {
      if (fail) throw Object.assign(new Error("disk full"), { name: "QuotaExceededError" });
      writes.push(c);
    });
    edit("a");
    await vi.advanceTimersByTimeAsync(400);
    expect(states).toContain("failed");
    expect(autosave.isDirty()).toBe(true);
    fail = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toHaveLength(1);
    expect(writes[0]!.elements.put.map((r) => r.id)).toEqual(["a"]);
    expect(states.at(-1)).toBe("saved");
    expect(autosave.isDirty()).toBe(false);
  });

  it("dispatches a write at once when the page is going away", () => {
    const writes: ChangeSet[] = [];
    const { edit, autosave } = setup(async (c) => void writes.push(c));
    edit("a");
    autosave.flushImmediately();
    expect(writes).toHaveLength(1);
  });

  it("never writes before it is started", async () => {
    const write = vi.fn(async () => {});
    const autosave = createAutosave({
      write,
      getWorkspace: () => workspaceWith(blankJourney()),
      onState: () => {},
    });
    autosave.notify();
    autosave.flushImmediately();
    await vi.advanceTimersByTimeAsync(1000);
    expect(write).not.toHaveBeenCalled();
  });
});
