import * as Y from "yjs";
import { afterEach, describe, expect, it } from "vitest";
import { updateElement } from "../../src/domain";
import type { Engine } from "../../src/engine";
import type { WaymarkDatabase } from "../../src/persistence";
import { engineOn, freshDatabase, journeyOf, sampleWorkspace, seed } from "./helpers";

const J = "journey-1";
const engines: Engine[] = [];
const dbs: WaymarkDatabase[] = [];
afterEach(async () => {
  for (const engine of engines.splice(0)) engine.destroy();
  for (const db of dbs.splice(0)) await db.delete();
});
async function storedEngine() {
  const db = await freshDatabase();
  dbs.push(db);
  const damaged: unknown[] = [];
  const engine = engineOn(db, null, { onDamaged: (records) => damaged.push(...records) });
  engines.push(engine);
  await engine.start();
  return { db, engine, damaged };
}

/** A journey's document as a room sends it: the state of the owner's document, whole. */
async function roomState(edit?: string): Promise<Uint8Array> {
  const { engine } = await storedEngine();
  seed(engine, sampleWorkspace());
  if (edit) engine.changeJourney(J, (j) => updateElement(j, "a", { title: edit }));
  return Y.encodeStateAsUpdate(engine.journeyDocument(J)!);
}

describe("a journey arriving from a room", () => {
  it("is kept as a journey of its own, listed and stored, with nothing reported damaged", async () => {
    const state = await roomState("From the room");
    const { db, engine, damaged } = await storedEngine();
    const journey = await engine.adoptJourney(J, state);
    expect(journey?.elements.a?.title).toBe("From the room");
    expect(engine.getState().workspace.journeys[J]).toBeDefined();
    expect(damaged).toEqual([]);
    await engine.flush();
    const reopened = engineOn(db, null);
    engines.push(reopened);
    await reopened.start();
    expect((await reopened.openJourney(J))?.elements.a?.title).toBe("From the room");
  });

  it("merges into the journey this browser already has, keeping its own edits", async () => {
    const owner = (await storedEngine()).engine;
    seed(owner, sampleWorkspace());
    const { engine } = await storedEngine();
    await engine.adoptJourney(J, Y.encodeStateAsUpdate(owner.journeyDocument(J)!));
    // Each edits while apart; joining again brings the room's edit in beside this browser's.
    engine.changeJourney(J, (j) => updateElement(j, "b", { title: "Mine" }));
    owner.changeJourney(J, (j) => updateElement(j, "a", { title: "From the room" }));
    await engine.adoptJourney(J, Y.encodeStateAsUpdate(owner.journeyDocument(J)!));
    expect(journeyOf(engine).elements.a?.title).toBe("From the room");
    expect(journeyOf(engine).elements.b?.title).toBe("Mine");
  });

  it("refuses a state that holds no readable journey, and lists nothing", async () => {
    const { engine } = await storedEngine();
    const empty = new Y.Doc();
    empty.getMap("journey").set("id", J);
    expect(await engine.adoptJourney(J, Y.encodeStateAsUpdate(empty))).toBeNull();
    expect(engine.getState().workspace.journeys[J]).toBeUndefined();
  });

  it("is not taken back by undo: only this browser's own edits are", async () => {
    const state = await roomState("From the room");
    const { engine } = await storedEngine();
    await engine.adoptJourney(J, state);
    expect(engine.undo(J)).toBe(false);
    expect(journeyOf(engine).elements.a?.title).toBe("From the room");
  });
});
