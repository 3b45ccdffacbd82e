import { produce } from "immer";
import { addElement, addLink, createElement, type Journey, type Workspace } from "../../src/domain";
import {
  createEngine,
  createUpdateStorage,
  openTabChannel,
  type Engine,
  type EngineOptions,
  type UpdateStorage,
} from "../../src/engine";
import { WaymarkDatabase } from "../../src/persistence";
import { blankJourney, laneId, stageId, withCard, workspaceWith } from "../helpers/factories";

let count = 0;
/** A fresh database (fake-indexeddb) of the app's own schema. */
export async function freshDatabase(): Promise<WaymarkDatabase> {
  const db = new WaymarkDatabase(`engine-${++count}-${Math.random().toString(36).slice(2)}`);
  await db.open();
  return db;
}

/** A name for a tab channel that only this test's engines share. */
export const channelName = () => `tabs-${++count}-${Math.random().toString(36).slice(2)}`;

/** Lets messages between tabs and storage writes land. */
export const settle = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

export function engineOn(
  db: WaymarkDatabase | null,
  channel: string | null,
  options: Partial<EngineOptions> = {},
): Engine {
  return createEngine({
    storage: db ? createUpdateStorage(db) : null,
    channel: channel ? openTabChannel(channel) : null,
    ...options,
  });
}

/** Storage that counts which documents were read (the real one underneath). */
export function countingStorage(db: WaymarkDatabase): { storage: UpdateStorage; reads: string[] } {
  const real = createUpdateStorage(db);
  const reads: string[] = [];
  return {
    reads,
    storage: {
      ...real,
      read: (doc) => {
        reads.push(doc);
        return real.read(doc);
      },
    },
  };
}

/** A journey with two cards (a, b) in the first stage's touchpoints, and an arrow a -> b. */
export function sampleJourney(): Journey {
  return produce(blankJourney(), (j) => {
    withCard(j, { id: "a", title: "Ad" });
    withCard(j, { id: "b", title: "Checkout", painPoints: [] });
    addLink(j, "l", "a", "b", "flow");
  });
}

export function sampleWorkspace(): Workspace {
  return workspaceWith(sampleJourney());
}

/** Seeds an engine with a workspace (every journey added whole). */
export function seed(engine: Engine, workspace: Workspace): void {
  engine.batch(() => {
    for (const persona of Object.values(workspace.personas)) engine.putPersona(persona);
    for (const journey of Object.values(workspace.journeys)) engine.addJourney(journey);
  });
}

/** Adds a card in a cell of a stage, as the palette does. */
export function addCardIn(engine: Engine, journeyId: string, id: string, stage = 0): void {
  engine.changeJourney(journeyId, (j) => {
    const target = { stageId: stageId(j, stage), laneId: laneId(j, "touchpoints") };
    addElement(j, createElement(id, "touchpoint", target.stageId, target.laneId, id), target);
  });
}

export const journeyOf = (engine: Engine, id = "journey-1") => engine.getState().journeys[id]!;
