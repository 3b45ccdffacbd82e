import {
  createBlankJourney,
  createElement,
  createPersona,
  newId,
  type Journey,
  type Workspace,
} from "../../src/domain";
import { WaymarkDatabase, diffWorkspaces, writeChanges } from "../../src/persistence";
import { getWorkspace, replaceWorkspace, updateCard } from "../../src/store";

// The app's own store and storage code, timed in real Chromium with real IndexedDB.

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
  for (let i = 0; i < n; i++) {
    const stage = journey.stages[i % journey.stages.length]!;
    const lane = lanes[Math.floor(i / journey.stages.length) % lanes.length]!;
    const element = createElement(newId(), "touchpoint", stage.id, lane.id, `Card ${i}`);
    element.order = i;
    element.satisfaction = ((i % 5) + 1) as 1;
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

async function run() {
  const results: Record<string, number> = {};

  // One card update in the store of a 1,000-card journey.
  const workspace = journeyOf(1000);
  replaceWorkspace(workspace);
  const journeyId = Object.keys(workspace.journeys)[0]!;
  const ids = Object.keys(workspace.journeys[journeyId]!.elements);
  const updates: number[] = [];
  for (let i = 0; i < 1200; i++) {
    const id = ids[(i * 7919) % ids.length]!;
    const start = performance.now();
    updateCard(journeyId, id, { title: `Edited ${i}` });
    updates.push(performance.now() - start);
  }
  results["store.update.p95_ms@1000"] = percentile(updates.slice(200), 95);

  // Saving a whole 1,000-card journey into an empty database.
  const whole: number[] = [];
  for (let i = 0; i < 7; i++) {
    const db = await freshDatabase();
    const start = performance.now();
    await writeChanges(
      db.backendDB(),
      diffWorkspaces({ personas: {}, journeys: {} }, journeyOf(1000)),
    );
    whole.push(performance.now() - start);
    await db.delete();
  }
  results["save.journey_ms@1000"] = percentile(whole, 50);

  // Saving a change to 50 cards of that journey: the diff plus the write, as autosave does it
  // (each changed row read back in the transaction, to merge with another tab's change).
  const db = await freshDatabase();
  let saved = getWorkspace();
  await writeChanges(db.backendDB(), diffWorkspaces({ personas: {}, journeys: {} }, saved));
  const change50: number[] = [];
  for (let round = 0; round < 60; round++) {
    for (let i = 0; i < 50; i++)
      updateCard(journeyId, ids[(round * 50 + i) % ids.length]!, { votes: round + 1 });
    const current = getWorkspace();
    const start = performance.now();
    await writeChanges(db.backendDB(), diffWorkspaces(saved, current), { base: saved, current });
    change50.push(performance.now() - start);
    saved = current;
  }
  await db.delete();
  results["save.change50.p95_ms"] = percentile(change50.slice(10), 95);
  results["save.change50.median_ms"] = percentile(change50.slice(10), 50);
  return results;
}

(window as unknown as { runStoreBench: typeof run }).runStoreBench = run;
