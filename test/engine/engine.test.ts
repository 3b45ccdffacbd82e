import * as Y from "yjs";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  addComment,
  addPainPoint,
  addVote,
  clearVotes,
  editComment,
  resolveThread,
  endRound,
  participantKey,
  personKey,
  startRound,
  moveElements,
  updateElement,
  updateStage,
  type Journey,
} from "../../src/domain";
import { createUpdateStorage, journeyDocKey, type Engine } from "../../src/engine";
import type { WaymarkDatabase } from "../../src/persistence";
import { laneId, stageId } from "../helpers/factories";
import {
  addCardIn,
  channelName,
  countingStorage,
  engineOn,
  freshDatabase,
  journeyOf,
  sampleWorkspace,
  seed,
  settle,
} from "./helpers";

const J = "journey-1";
const engines: Engine[] = [];
const dbs: WaymarkDatabase[] = [];
afterEach(async () => {
  for (const engine of engines.splice(0)) engine.destroy();
  for (const db of dbs.splice(0)) await db.delete();
});

/** Stores what `change` does to a document as it is stored, as another writer would. */
async function storeChangeTo(
  db: WaymarkDatabase,
  key: string,
  change: (doc: Y.Doc) => void,
): Promise<void> {
  const doc = new Y.Doc();
  for (const row of await createUpdateStorage(db).read(key)) Y.applyUpdate(doc, row.update);
  const seen = Y.encodeStateVector(doc);
  change(doc);
  await db.updates.add({ doc: key, update: Y.encodeStateAsUpdate(doc, seen) });
}
const track = <T extends Engine>(engine: T) => (engines.push(engine), engine);
const database = async () => {
  const db = await freshDatabase();
  dbs.push(db);
  return db;
};

describe("the engine, stored", () => {
  it("stores every change as it is made, and a new engine opens it equal", async () => {
    const db = await database();
    const first = track(engineOn(db, null));
    await first.start();
    seed(first, sampleWorkspace());
    first.changeJourney(J, (j) =>
      updateElement(j, "a", { title: "Instagram ad", satisfaction: 2 }),
    );
    const before = journeyOf(first);
    // No timer runs: the write is made at the end of the change's task.
    await first.flush();

    const second = track(engineOn(db, null));
    await second.start();
    expect(second.getState().workspace.journeys[J]).toMatchObject({ title: "Order groceries" });
    expect(await second.openJourney(J)).toEqual(before);
  });

  it("opens the list of journeys from the workspace document alone, and a journey when asked", async () => {
    const db = await database();
    const first = track(engineOn(db, null));
    await first.start();
    seed(first, sampleWorkspace());
    await first.flush();
    const { storage, reads } = countingStorage(db);
    const second = track(engineOn(null, null));
    second.useStorage(storage);
    await second.start();
    expect(reads).toEqual(["workspace"]);
    expect(second.getState().workspace.journeys[J]).toMatchObject({ cardCount: 2 });
    expect(second.getState().journeys[J]).toBeUndefined();
    await second.openJourney(J);
    expect(reads).toEqual(["workspace", journeyDocKey(J)]);
  });

  it("keeps every change in memory when a write fails, says so, and stores it on a retry", async () => {
    const db = await database();
    const real = createUpdateStorage(db);
    let refuse = 1;
    const states: string[] = [];
    const engine = track(engineOn(null, null, { onSaveState: (s) => states.push(s.state) }));
    engine.useStorage({
      ...real,
      write: (batch) =>
        refuse-- > 0
          ? Promise.reject(new DOMException("The quota has been exceeded.", "QuotaExceededError"))
          : real.write(batch),
    });
    seed(engine, sampleWorkspace());
    await settle();
    expect(states).toContain("failed");
    expect(engine.savingFails()).toBe(true);
    expect(engine.hasUnsaved()).toBe(true);
    await engine.flush();
    expect(states.at(-1)).toBe("saved");
    expect(engine.savingFails()).toBe(false);
    const reader = track(engineOn(db, null));
    await reader.start();
    expect(await reader.openJourney(J)).toEqual(journeyOf(engine));
  });

  it("stores a journey of a backup without opening it, and opens it whole even while its write fails", async () => {
    const db = await database();
    const real = createUpdateStorage(db);
    let refuse = true;
    const engine = track(engineOn(null, null));
    engine.useStorage({
      ...real,
      write: (batch) =>
        refuse
          ? Promise.reject(new DOMException("The quota has been exceeded.", "QuotaExceededError"))
          : real.write(batch),
    });
    const { personas, journeys } = sampleWorkspace();
    const journey = journeys[J]!;
    engine.batch(() => {
      for (const persona of Object.values(personas)) engine.putPersona(persona);
      engine.addJourney(journey, { open: false });
    });
    expect(engine.getState().journeys[J]).toBeUndefined();
    expect(engine.getState().workspace.journeys[J]).toMatchObject({ cardCount: 2 });
    await settle();
    expect(engine.savingFails()).toBe(true);
    // Held in memory only, and still whole when opened.
    expect(await engine.openJourney(J)).toEqual(journey);

    refuse = false;
    await engine.flush();
    const reader = track(engineOn(db, null));
    await reader.start();
    expect(await reader.openJourney(J)).toEqual(journey);
  });

  it("compacts a document's updates into one that opens the same and drops overwritten text", async () => {
    const db = await database();
    const engine = track(engineOn(db, null));
    await engine.start();
    seed(engine, sampleWorkspace());
    // Fewer edits than the engine's own compaction threshold (200 stored updates): past it, the
    // engine compacts on its own half a second later, mid-loop on a slow machine, and the sizes
    // below would then measure that compaction rather than this one.
    for (let i = 0; i < 150; i++) {
      engine.changeJourney(J, (j) => updateElement(j, "a", { title: `Typing ${"x".repeat(i)}` }));
      await engine.flush();
    }
    const storage = createUpdateStorage(db);
    const key = journeyDocKey(J);
    const before = await storage.count(key);
    const result = await storage.compact(key);
    expect(await storage.count(key)).toBe(1);
    expect(before).toBeGreaterThanOrEqual(150);
    expect(result.after).toBeLessThan(result.before / 2);
    const reader = track(engineOn(db, null));
    await reader.start();
    expect(await reader.openJourney(J)).toEqual(journeyOf(engine));
  });

  it("sets aside an update it cannot read and a card that fails the schema, and opens the rest", async () => {
    const db = await database();
    const engine = track(engineOn(db, null));
    await engine.start();
    seed(engine, sampleWorkspace());
    await engine.flush();
    // A card written by something that did not check it, and bytes that are no update at all.
    const bad = new Y.Doc();
    const card = new Y.Map<unknown>();
    bad.getMap("cards").set("bad", card);
    card.set("kind", "touchpoint");
    card.set("title", "Broken");
    card.set("satisfaction", 42);
    await db.updates.add({ doc: journeyDocKey(J), update: Y.encodeStateAsUpdate(bad) });
    await db.updates.add({ doc: journeyDocKey(J), update: new Uint8Array([255, 1, 2, 3]) });

    const damaged: { what: string; label: string }[] = [];
    const reader = track(engineOn(db, null, { onDamaged: (records) => damaged.push(...records) }));
    await reader.start();
    const journey = await reader.openJourney(J);
    expect(Object.keys(journey!.elements).sort()).toEqual(["a", "b"]);
    expect(damaged.map((d) => d.what).sort()).toEqual(["card", "update"]);
    expect(damaged.find((d) => d.what === "card")).toMatchObject({ label: "Broken" });
    // The unreadable bytes are gone from storage, so they are set aside once.
    expect(await createUpdateStorage(db).count(journeyDocKey(J))).toBeGreaterThan(0);
    const again = track(engineOn(db, null, { onDamaged: (records) => damaged.push(...records) }));
    await again.start();
    await again.openJourney(J);
    expect(damaged.filter((d) => d.what === "update")).toHaveLength(1);
  });

  it("reads a stored __proto__ key as nothing: a card neither refused for it nor given fields by it", async () => {
    const db = await database();
    const engine = track(engineOn(db, null));
    await engine.start();
    seed(engine, sampleWorkspace());
    await engine.flush();
    // A hostile peer's keys: assigned to a plain object, "__proto__" would set its prototype.
    await storeChangeTo(db, journeyDocKey(J), (doc) => {
      const cards = doc.getMap<Y.Map<unknown>>("cards");
      cards.get("a")!.set("__proto__", { extra: 1 });
      cards.get("b")!.delete("title");
      cards.get("b")!.set("__proto__", { title: "Inherited" });
    });

    const damaged: { what: string }[] = [];
    const reader = track(engineOn(db, null, { onDamaged: (records) => damaged.push(...records) }));
    await reader.start();
    const journey = await reader.openJourney(J);
    expect(journey!.elements.a).toEqual(journeyOf(engine).elements.a);
    expect(Object.keys(journey!.elements)).toEqual(["a"]);
    expect(damaged.map((d) => d.what)).toEqual(["card"]);
  });

  it("reads a persona's stored __proto__ key as nothing", async () => {
    const db = await database();
    const engine = track(engineOn(db, null));
    await engine.start();
    seed(engine, sampleWorkspace());
    await engine.flush();
    const [persona] = Object.values(engine.getState().workspace.personas);
    await storeChangeTo(db, "workspace", (doc) =>
      doc.getMap<Y.Map<unknown>>("personas").get(persona!.id)!.set("__proto__", { extra: 1 }),
    );

    const damaged: { what: string }[] = [];
    const reader = track(engineOn(db, null, { onDamaged: (records) => damaged.push(...records) }));
    await reader.start();
    expect(reader.getState().workspace.personas[persona!.id]).toEqual(persona);
    expect(damaged).toEqual([]);
  });

  it("leaves alone a document written by a newer Waymark, and says so", async () => {
    const db = await database();
    const engine = track(engineOn(db, null));
    await engine.start();
    seed(engine, sampleWorkspace());
    await engine.flush();
    // A newer Waymark opened the journey and wrote it in its own layout.
    await storeChangeTo(db, journeyDocKey(J), (doc) => doc.getMap("format").set("version", 99));
    const told = vi.fn();
    const reader = track(engineOn(db, null, { onNewerDocument: told }));
    await reader.start();
    expect(await reader.openJourney(J)).toBeNull();
    expect(told).toHaveBeenCalledWith(journeyDocKey(J));
  });

  it("writes everything it holds into a new storage when the old one went away", async () => {
    const first = await database();
    const engine = track(engineOn(first, null));
    await engine.start();
    seed(engine, sampleWorkspace());
    await engine.flush();
    const second = await database();
    engine.useStorage(createUpdateStorage(second));
    await engine.flush();
    const reader = track(engineOn(second, null));
    await reader.start();
    expect(await reader.openJourney(J)).toEqual(journeyOf(engine));
  });
});

describe("two tabs on one journey", () => {
  async function twoTabs() {
    const db = await database();
    const name = channelName();
    const a = track(engineOn(db, name));
    await a.start();
    seed(a, sampleWorkspace());
    await a.flush();
    const b = track(engineOn(db, name));
    await b.start();
    await a.openJourney(J);
    await b.openJourney(J);
    await settle();
    return { db, a, b };
  }

  it("keeps both of two stage renames made at the same moment", async () => {
    const { a, b } = await twoTabs();
    a.changeJourney(J, (j) => updateStage(j, stageId(j, 1), { name: "Renamed in A" }));
    b.changeJourney(J, (j) => updateStage(j, stageId(j, 3), { name: "Renamed in B" }));
    await settle();
    for (const tab of [a, b]) {
      expect(journeyOf(tab).stages[1]!.name).toBe("Renamed in A");
      expect(journeyOf(tab).stages[3]!.name).toBe("Renamed in B");
    }
  });

  it("keeps both pain points added to one card in two tabs at once", async () => {
    const { a, b } = await twoTabs();
    a.changeJourney(J, (j) => addPainPoint(j, "a", { id: "pa", text: "From A", severity: "low" }));
    b.changeJourney(J, (j) => addPainPoint(j, "a", { id: "pb", text: "From B", severity: "high" }));
    await settle();
    expect(journeyOf(a).elements.a!.painPoints).toEqual(journeyOf(b).elements.a!.painPoints);
    expect(
      journeyOf(a)
        .elements.a!.painPoints.map((p) => p.text)
        .sort(),
    ).toEqual(["From A", "From B"]);
  });

  it("undoes only this tab's change: the other tab's edit of the same card stands", async () => {
    const { a, b } = await twoTabs();
    a.changeJourney(J, (j) => updateElement(j, "a", { title: "Title from A" }));
    await settle();
    b.changeJourney(J, (j) => updateElement(j, "a", { satisfaction: 5 }));
    await settle();
    expect(a.undo(J)).toBe(true);
    await settle();
    for (const tab of [a, b]) {
      expect(journeyOf(tab).elements.a).toMatchObject({ title: "Ad", satisfaction: 5 });
    }
    // B's history holds only B's change.
    expect(b.getState().history[J]).toEqual({ undo: 1, redo: 0 });
  });

  it("counts both of two votes cast at once, and holds a participant's budget on the merged votes", async () => {
    const { a, b } = await twoTabs();
    const vote = (id: string, elementId: string, by: string, at: number) => ({
      id,
      elementId,
      by,
      at,
      weight: 1,
    });
    a.changeJourney(J, (j) => void addVote(j, vote("fa", "a", "free", 1)));
    b.changeJourney(J, (j) => void addVote(j, vote("fb", "a", "free", 2)));
    await settle();
    expect(journeyOf(a).elements.a!.votes).toBe(2);
    expect(journeyOf(b).elements.a!.votes).toBe(2);

    const round = { id: "r1", dotsPerParticipant: 1, participants: 2 };
    a.changeJourney(J, (j) => {
      clearVotes(j);
      startRound(j, round);
    });
    await settle();
    // Participant 1 votes from both tabs at the same moment: one dot each side, one in budget.
    a.changeJourney(J, (j) => void addVote(j, vote("va", "a", participantKey(round, 0), 10)));
    b.changeJourney(J, (j) => void addVote(j, vote("vb", "b", participantKey(round, 0), 11)));
    b.changeJourney(J, (j) => void addVote(j, vote("vc", "b", participantKey(round, 1), 12)));
    await settle();
    for (const tab of [a, b]) {
      expect(journeyOf(tab).elements.a!.votes).toBe(1);
      expect(journeyOf(tab).elements.b!.votes).toBe(1);
    }
  });

  it("keeps a private round's dots off every card in every tab until it ends, then counts each person's earliest dots", async () => {
    const { a, b } = await twoTabs();
    const vote = (id: string, card: string, by: string, at: number) => ({
      id,
      elementId: card,
      by,
      at,
      weight: 1,
    });
    const round = { id: "r2", dotsPerParticipant: 2, participants: 1, private: true };
    a.changeJourney(J, (j) => {
      clearVotes(j);
      startRound(j, round);
    });
    await settle();
    expect(journeyOf(b).votingRound).toEqual(round);
    // The round as a release from before private rounds reads it: no field it does not know.
    expect(a.journeyDocument(J)!.getMap("round").get("current")).toEqual({
      id: "r2",
      dotsPerParticipant: 2,
      participants: 1,
    });
    // Ben votes from both tabs (his phone and his laptop): three dots, a budget of two.
    const ben = personKey(round, "Ben");
    a.changeJourney(J, (j) => void addVote(j, vote("p1", "a", ben, 10)));
    b.changeJourney(J, (j) => void addVote(j, vote("p2", "b", ben, 11)));
    b.changeJourney(J, (j) => void addVote(j, vote("p3", "b", ben, 12)));
    await settle();
    for (const tab of [a, b]) {
      expect(journeyOf(tab).elements.a!.votes).toBe(0);
      expect(journeyOf(tab).elements.b!.votes).toBe(0);
    }
    a.changeJourney(J, endRound);
    await settle();
    for (const tab of [a, b]) {
      expect(journeyOf(tab).votingRound).toBeNull();
      expect(journeyOf(tab).elements.a!.votes).toBe(1);
      expect(journeyOf(tab).elements.b!.votes).toBe(1);
    }
  });

  it("keeps both when one tab edits a comment while another resolves its thread", async () => {
    const { a, b } = await twoTabs();
    const first = {
      id: "c1",
      elementId: "a",
      replyTo: null,
      author: "Ana",
      authorId: "ana",
      text: "First words",
      at: 10,
      editedAt: null,
      resolved: false,
    };
    a.changeJourney(J, (j) => void addComment(j, first));
    await settle();
    expect(journeyOf(b).comments.c1).toEqual(first);
    a.changeJourney(J, (j) => void editComment(j, "c1", "ana", "Better words", 20));
    b.changeJourney(J, (j) => void resolveThread(j, "c1", true));
    await settle();
    for (const tab of [a, b])
      expect(journeyOf(tab).comments.c1).toMatchObject({ text: "Better words", resolved: true });
  });

  it("redraws only the card another tab changed", async () => {
    const { a, b } = await twoTabs();
    const before = journeyOf(b);
    a.changeJourney(J, (j) => updateElement(j, "a", { notes: "From A" }));
    await settle();
    const after = journeyOf(b);
    expect(after.elements.a).not.toBe(before.elements.a);
    expect(after.elements.b).toBe(before.elements.b);
    expect(after.stages).toBe(before.stages);
    expect(after.links).toBe(before.links);
  });

  it("never duplicates a card two tabs moved at once, nor one moved while reordered", async () => {
    const { a, b } = await twoTabs();
    const to = (j: Journey, stage: number) => ({
      stageId: stageId(j, stage),
      laneId: laneId(j, "touchpoints"),
      index: 0,
    });
    a.changeJourney(J, (j) => moveElements(j, ["a"], to(j, 2)));
    b.changeJourney(J, (j) => moveElements(j, ["a"], to(j, 4)));
    b.changeJourney(J, (j) => moveElements(j, ["b"], to(j, 0)));
    await settle();
    expect(journeyOf(a)).toEqual(journeyOf(b));
    expect(Object.keys(journeyOf(a).elements).sort()).toEqual(["a", "b"]);
  });

  it("brings a journey one tab deleted back whole when the other tab edits it", async () => {
    const { a, b } = await twoTabs();
    a.removeJourney(J);
    await settle();
    expect(b.getState().workspace.journeys[J]).toBeUndefined();
    addCardIn(b, J, "late");
    await settle();
    for (const tab of [a, b]) {
      expect(tab.getState().workspace.journeys[J]).toMatchObject({ cardCount: 3 });
    }
    expect(Object.keys((await a.openJourney(J))!.elements).sort()).toEqual(["a", "b", "late"]);
  });

  it("gives a tab opened later what another tab holds but has not stored", async () => {
    const name = channelName();
    const a = track(engineOn(null, name));
    seed(a, sampleWorkspace());
    const b = track(engineOn(null, name));
    await b.start();
    await settle();
    expect(b.getState().workspace.personas).toEqual(a.getState().workspace.personas);
    // Nothing stored: opening the journey asks the other tab, which sends it.
    expect(await b.openJourney(J)).toEqual(journeyOf(a));
  });
});
