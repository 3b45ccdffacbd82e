import { produce } from "immer";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { emptyWorkspace, type Workspace } from "../../src/domain";
import {
  WaymarkDatabase,
  changedKeys,
  createAutosave,
  createTabSync,
  diffWorkspaces,
  loadWorkspace,
  mergeRemoteRows,
  mergeRow,
  readRemoteRows,
  writeChanges,
} from "../../src/persistence";
import { blankJourney, withCard, workspaceWith } from "../helpers/factories";

/**
 * Two tabs over one real (fake-indexeddb) database, wired as workspace-runtime wires them:
 * the races that a plain "last write wins" would lose data in.
 */
let db: WaymarkDatabase;
let idb: IDBDatabase;
let count = 0;
beforeEach(async () => {
  db = new WaymarkDatabase(`two-tabs-${++count}`);
  await db.open();
  idb = db.backendDB();
});
afterEach(async () => {
  await db.delete();
});

const J = "journey-1";
const stored = workspaceWith(
  produce(blankJourney(), (j) => {
    withCard(j, { id: "a", title: "A", satisfaction: 3 });
    withCard(j, { id: "b", title: "B" });
  }),
);
const cardOnDisk = async (id: string) =>
  (await loadWorkspace(db)).workspace.journeys[J]?.elements[id];
const save = (from: Workspace, to: Workspace) =>
  writeChanges(idb, diffWorkspaces(from, to), { base: from, current: to });

/** A tab whose writes wait at a gate, so a test can act while one is in flight. */
function slowTab() {
  let memory: Workspace = stored;
  let open: () => void = () => {};
  let gate: Promise<void> = Promise.resolve();
  const autosave = createAutosave({
    write: (changes, merge) => gate.then(() => writeChanges(idb, changes, merge)),
    getWorkspace: () => memory,
    onState: () => {},
    debounceMs: 5,
    onWritten: (_keys, outcome, written) => {
      if (outcome) memory = mergeRemoteRows(memory, outcome.merged, written).workspace;
    },
  });
  autosave.start(stored);
  return {
    autosave,
    hold: () => {
      gate = new Promise((resolve) => (open = resolve));
    },
    release: () => open(),
    get memory() {
      return memory;
    },
    set memory(next: Workspace) {
      memory = next;
    },
  };
}

describe("two tabs saving the same workspace", () => {
  it("does not write back another tab's row it heard of while its own write was in flight", async () => {
    await writeChanges(idb, diffWorkspaces(emptyWorkspace(), stored));
    const b = slowTab();
    b.hold();
    // Tab A retitles card a and stores it.
    const a1 = produce(stored, (ws) => void (ws.journeys[J]!.elements.a!.title = "A v1"));
    await save(stored, a1);
    // Tab B's write of another card is slow; meanwhile it hears of A's change and takes it.
    b.memory = produce(stored, (ws) => void (ws.journeys[J]!.elements.b!.title = "B edit"));
    const writing = b.autosave.flush();
    const remote = await readRemoteRows(db, changedKeys(diffWorkspaces(stored, a1)));
    const base = b.autosave.baseline;
    b.autosave.rebase(remote);
    b.memory = mergeRemoteRows(b.memory, remote, base).workspace;
    // A types on, before B's write lands.
    const a2 = produce(a1, (ws) => void (ws.journeys[J]!.elements.a!.title = "A v2"));
    await save(a1, a2);
    b.release();
    await writing;
    await b.autosave.flush();
    // B never edited card a: it must not put back "A v1" over A's newer title.
    expect((await cardOnDisk("a"))?.title).toBe("A v2");
    expect((await cardOnDisk("b"))?.title).toBe("B edit");
  });

  it("brings back a journey whole when another tab deleted it while this one edited a card", async () => {
    await writeChanges(idb, diffWorkspaces(emptyWorkspace(), stored));
    const gone = produce(stored, (ws) => void delete ws.journeys[J]);
    await save(stored, gone);
    const edited = produce(stored, (ws) => {
      ws.journeys[J]!.elements.a!.title = "Edited in B";
      ws.journeys[J]!.updatedAt += 1;
    });
    const outcome = await save(stored, edited);
    const journey = (await loadWorkspace(db)).workspace.journeys[J];
    // The edit outweighs the deletion, and what comes back is what B shows: every card.
    expect(Object.keys(journey?.elements ?? {}).sort()).toEqual(["a", "b"]);
    expect(journey?.elements.a?.title).toBe("Edited in B");
    expect(outcome.conflicts).toBeGreaterThan(0);
  });

  it("keeps a new picture that happens to match the old one's size and type", () => {
    const before = new Blob(["abc"], { type: "image/png" });
    const after = new Blob(["xyz"], { type: "image/png" });
    const base = { name: "Maya", avatar: before, role: "" };
    const ours = { ...base, avatar: after };
    // The other tab changed the role only; its copy of the picture was read back from disk.
    const theirs = { ...base, avatar: new Blob(["abc"], { type: "image/png" }), role: "Nurse" };
    const merged = mergeRow(base, ours, theirs).row;
    expect(merged.avatar).toBe(after);
    expect(merged.role).toBe("Nurse");
  });
});

describe("knowing whether another tab is open", () => {
  it("hears tabs say hello, answer, and say bye", async () => {
    const first = createTabSync(() => {});
    expect(first.othersOpen()).toBe(false);
    const second = createTabSync(() => {});
    await expect.poll(() => first.othersOpen() && second.othersOpen()).toBe(true);
    second.leave();
    await expect.poll(() => first.othersOpen()).toBe(false);
    second.greet();
    await expect.poll(() => first.othersOpen()).toBe(true);
    first.close();
    second.close();
  });
});
