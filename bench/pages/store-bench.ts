import {
  createBlankJourney,
  createElement,
  createPersona,
  freshKeys,
  newId,
  updateElement,
  type Journey,
  type Satisfaction,
  type Workspace,
} from "../../src/domain";
import {
  createEngine,
  createUpdateStorage,
  journeyDocKey,
  type Engine,
  type SaveState,
} from "../../src/engine";
import { WaymarkDatabase } from "../../src/persistence";

// The app's own engine, timed in real Chromium with real IndexedDB.

function journeyOf(n: number): Workspace {
  const names = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, k]));
  const persona = createPersona(newId(), "Bench", Date.now());
  const journey: Journey = createBlankJourney({
    id: newId(),
    personaId: persona.id,
    title: `Bench ${n}`,
    now: Date.now(),
    stageNames: names([
      "awareness",
      "consideration",
      "purchase",
      "onboarding",
      "support",
      "loyalty",
    ]) as never,
    laneNames: names([
      "actions",
      "touchpoints",
      "channels",
      "thoughts",
      "emotionCurve",
      "frictionPoints",
      "momentsOfDelight",
      "opportunities",
      "backstage",
      "custom",
    ]) as never,
    newId,
  });
  const lanes = journey.lanes.filter((l) => l.kind !== "emotionCurve");
  const keys = freshKeys(n);
  for (let i = 0; i < n; i++) {
    const stage = journey.stages[i % journey.stages.length]!;
    const lane = lanes[Math.floor(i / journey.stages.length) % lanes.length]!;
    const element = createElement(newId(), "touchpoint", stage.id, lane.id, `Card ${i}`);
    element.order = keys[i]!;
    element.satisfaction = ((i % 5) + 1) as Satisfaction;
    journey.elements[element.id] = element;
  }
  return { personas: { [persona.id]: persona }, journeys: { [journey.id]: journey } };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

async function freshDatabase(): Promise<WaymarkDatabase> {
  const db = new WaymarkDatabase(`bench-${newId()}`);
  await db.open();
  return db;
}

/** An engine on a database, told each time a write lands. */
function engineOn(db: WaymarkDatabase): { engine: Engine; saved: () => Promise<void> } {
  let waiting: (() => void)[] = [];
  const engine = createEngine({
    storage: createUpdateStorage(db),
    channel: null,
    onSaveState: (state: SaveState) => {
      if (state.state !== "saved") return;
      const done = waiting;
      waiting = [];
      for (const resolve of done) resolve();
    },
  });
  return { engine, saved: () => new Promise<void>((resolve) => waiting.push(resolve)) };
}

function seed(engine: Engine, workspace: Workspace): string {
  engine.batch(() => {
    for (const persona of Object.values(workspace.personas)) engine.putPersona(persona);
    for (const journey of Object.values(workspace.journeys)) engine.addJourney(journey);
  });
  return Object.keys(workspace.journeys)[0]!;
}

async function storedBytes(db: WaymarkDatabase, doc: string): Promise<number> {
  const rows = await db.updates.where("doc").equals(doc).toArray();
  return rows.reduce((sum, row) => sum + row.update.byteLength, 0);
}

async function run() {
  const results: Record<string, number> = {};

  // Writing a whole 1,000-card journey into an empty database.
  const whole: number[] = [];
  for (let i = 0; i < 7; i++) {
    const db = await freshDatabase();
    const { engine } = engineOn(db);
    const workspace = journeyOf(1000);
    const start = performance.now();
    seed(engine, workspace);
    await engine.flush();
    whole.push(performance.now() - start);
    engine.destroy();
    db.close();
    await db.delete();
  }
  results["save.journey_ms@1000"] = percentile(whole, 50);

  const db = await freshDatabase();
  const { engine, saved } = engineOn(db);
  const journeyId = seed(engine, journeyOf(1000));
  await engine.flush();
  const ids = Object.keys(engine.getState().journeys[journeyId]!.elements);

  // One card edit on a 1,000-card journey: the recipe, the document transaction and the store.
  const updates: number[] = [];
  for (let i = 0; i < 1200; i++) {
    const id = ids[(i * 7919) % ids.length]!;
    const start = performance.now();
    engine.changeJourney(journeyId, (j) => updateElement(j, id, { title: `Edited ${i}` }));
    updates.push(performance.now() - start);
    if (i % 50 === 0) await engine.flush();
  }
  results["store.update.p95_ms@1000"] = percentile(updates.slice(200), 95);
  await engine.flush();

  // From an edit to its update committed in IndexedDB (nothing waits for a debounce).
  const durable: number[] = [];
  for (let i = 0; i < 120; i++) {
    const id = ids[(i * 104729) % ids.length]!;
    const landed = saved();
    const start = performance.now();
    // A new title each time: an edit that changes nothing writes nothing (and would never land).
    engine.changeJourney(journeyId, (j) => updateElement(j, id, { title: `Durable ${i}` }));
    await landed;
    durable.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  results["save.durable.p95_ms"] = percentile(durable.slice(20), 95);
  results["save.durable.median_ms"] = percentile(durable.slice(20), 50);

  // The same journey fresh, compacted: what 1,000 cards cost before any edit.
  const journeyDoc = journeyDocKey(journeyId);
  {
    const fresh = await freshDatabase();
    const { engine: other } = engineOn(fresh);
    const id = seed(other, journeyOf(1000));
    await other.flush();
    await other.compact(journeyDocKey(id));
    results["store.bytes@1000"] = await storedBytes(fresh, journeyDocKey(id));
    other.destroy();
    fresh.close();
    await fresh.delete();
  }

  // 10,000 edits (typing in titles, scores), then compaction: what the journey costs on disk.
  // The engine compacts on its own every 200 stored updates; the last ones are compacted here.
  for (let i = 0; i < 10_000; i++) {
    const id = ids[(i * 7919) % ids.length]!;
    engine.changeJourney(journeyId, (j) =>
      i % 3 === 0
        ? updateElement(j, id, { satisfaction: ((i % 5) + 1) as Satisfaction })
        : updateElement(j, id, { title: `Card ${i} retitled` }),
    );
    if (i % 25 === 0) await engine.flush();
  }
  await engine.flush();
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await engine.compact(journeyDoc);
  results["store.bytes@1000x10000"] = await storedBytes(db, journeyDoc);
  engine.destroy();
  db.close();
  await db.delete();
  return results;
}

(window as unknown as { runStoreBench: typeof run }).runStoreBench = run;
