import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addElement,
  addLane,
  addLink,
  addStage,
  addVote,
  createElement,
  createLane,
  createStage,
  moveElements,
  moveLane,
  moveStage,
  removeElements,
  removeLane,
  removeStage,
  removeVote,
  updateElement,
  updateLane,
  updateStage,
  type Journey,
  type Satisfaction,
} from "../../src/domain";
import { createEngine, type Engine, type TabChannel, type TabMessage } from "../../src/engine";
import { sampleWorkspace, seed } from "./helpers";

/**
 * Replicas exchanging updates through a network the test drives: messages are delivered in random
 * order, some twice, some late, and every one eventually.
 */
class Network {
  constructor(private readonly size: number) {}
  private readonly handlers: ((message: TabMessage) => void)[] = [];
  /** Messages not yet delivered to some replica: [to, message]. */
  pending: [number, TabMessage][] = [];

  channel(index: number): TabChannel {
    return {
      post: (message) => {
        for (let to = 0; to < this.size; to++) if (to !== index) this.pending.push([to, message]);
      },
      listen: (handler) => void (this.handlers[index] = handler),
      close: () => {},
    };
  }

  /** Delivers one pending message (chosen by `pick`), keeping a copy when `again`. */
  deliverOne(pick: number, again: boolean): void {
    if (!this.pending.length) return;
    const at = pick % this.pending.length;
    const [to, message] = this.pending[at]!;
    if (!again) this.pending.splice(at, 1);
    this.handlers[to]?.(message);
  }

  deliverAll(): void {
    while (this.pending.length) this.deliverOne(0, false);
  }
}

const J = "journey-1";

type Op =
  | {
      kind: "addCard" | "moveCard" | "retitle" | "score" | "vote" | "unvote" | "removeCard";
      a: number;
      b: number;
      c: number;
    }
  | {
      kind: "addStage" | "renameStage" | "moveStage" | "removeStage";
      a: number;
      b: number;
      c: number;
    }
  | { kind: "addLane" | "renameLane" | "moveLane" | "removeLane"; a: number; b: number; c: number }
  | { kind: "link"; a: number; b: number; c: number };

const OP_KINDS = [
  "addCard",
  "addCard",
  "moveCard",
  "moveCard",
  "retitle",
  "score",
  "vote",
  "vote",
  "unvote",
  "removeCard",
  "addStage",
  "renameStage",
  "moveStage",
  "removeStage",
  "addLane",
  "renameLane",
  "moveLane",
  "removeLane",
  "link",
] as const;

const stepArb = fc.oneof(
  fc.record({
    replica: fc.nat(),
    op: fc.record({
      kind: fc.constantFrom(...OP_KINDS),
      a: fc.nat(1000),
      b: fc.nat(1000),
      c: fc.nat(1000),
    }),
  }),
  fc.record({ deliver: fc.nat(1000), again: fc.boolean(), count: fc.integer({ min: 1, max: 6 }) }),
);

let ids = 0;
const fresh = (prefix: string) => `${prefix}${++ids}`;

/** Applies one operation the way the interface would: only to what this replica sees. */
function apply(engine: Engine, op: Op, cast: Map<string, string>): void {
  const journey = engine.getState().journeys[J]!;
  const cards = Object.values(journey.elements);
  const card = cards.length ? cards[op.a % cards.length]! : null;
  const stage = journey.stages[op.b % journey.stages.length]!;
  const cardLanes = journey.lanes.filter((l) => l.kind !== "emotionCurve");
  const lane = cardLanes.length ? cardLanes[op.c % cardLanes.length]! : null;
  const change = (recipe: (j: Journey) => void) => engine.changeJourney(J, recipe);
  switch (op.kind) {
    case "addCard":
      if (!lane) return;
      change((j) =>
        addElement(j, createElement(fresh("c"), "touchpoint", stage.id, lane.id, "new"), {
          stageId: stage.id,
          laneId: lane.id,
          index: op.a % 4,
        }),
      );
      return;
    case "moveCard":
      if (card && lane)
        change((j) =>
          moveElements(j, [card.id], { stageId: stage.id, laneId: lane.id, index: op.c % 3 }),
        );
      return;
    case "retitle":
      if (card) change((j) => updateElement(j, card.id, { title: `t${op.b}` }));
      return;
    case "score":
      if (card)
        change((j) =>
          updateElement(j, card.id, { satisfaction: ((op.b % 5) + 1) as Satisfaction }),
        );
      return;
    case "vote": {
      if (!card) return;
      const id = fresh("v");
      cast.set(id, card.id);
      change((j) => void addVote(j, { id, elementId: card.id, by: "free", at: op.b, weight: 1 }));
      return;
    }
    case "unvote":
      if (card && card.votes > 0) {
        const before = new Set(Object.keys(journey.votes));
        change((j) => void removeVote(j, card.id, null));
        const after = engine.getState().journeys[J]!.votes;
        for (const id of before) if (!after[id]) cast.delete(id);
      }
      return;
    case "removeCard":
      if (card) {
        change((j) => removeElements(j, [card.id]));
        for (const [vote, on] of cast) if (on === card.id) cast.delete(vote);
      }
      return;
    case "addStage":
      change((j) => addStage(j, createStage(fresh("s"), `stage ${op.a}`), op.b % 5));
      return;
    case "renameStage":
      change((j) => updateStage(j, stage.id, { name: `s${op.a}` }));
      return;
    case "moveStage":
      change((j) => moveStage(j, stage.id, op.a % 6));
      return;
    case "removeStage":
      change((j) => void removeStage(j, stage.id, op.a % 2 ? "removeCards" : "moveToNeighbour"));
      return;
    case "addLane":
      change((j) => addLane(j, createLane(fresh("l"), `lane ${op.a}`, "custom"), op.b % 5));
      return;
    case "renameLane":
      if (lane) change((j) => updateLane(j, lane.id, { name: `l${op.a}` }));
      return;
    case "moveLane":
      if (lane) change((j) => moveLane(j, lane.id, op.a % 6));
      return;
    case "removeLane":
      if (lane)
        change((j) => void removeLane(j, lane.id, op.a % 2 ? "removeCards" : "moveToNeighbour"));
      return;
    case "link":
      if (cards.length > 1) {
        const to = cards[op.b % cards.length]!;
        if (card && to.id !== card.id)
          change((j) => void addLink(j, fresh("k"), card.id, to.id, "flow"));
      }
  }
}

async function replicas(count: number, network: Network): Promise<Engine[]> {
  const engines = Array.from({ length: count }, (_, i) =>
    createEngine({ storage: null, channel: network.channel(i) }),
  );
  seed(engines[0]!, sampleWorkspace());
  for (const engine of engines.slice(1)) {
    let opened = false;
    const opening = engine.openJourney(J).then(() => (opened = true));
    while (!opened) {
      network.deliverAll();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await opening;
  }
  network.deliverAll();
  return engines;
}

describe("replicas of a journey", () => {
  it("converge whatever the order, duplication and delay of their updates (500 runs)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 3, max: 5 }),
        fc.array(stepArb, { minLength: 5, maxLength: 40 }),
        async (count, steps) => {
          const network = new Network(count);
          const engines = await replicas(count, network);
          const cast = new Map<string, string>();
          try {
            for (const step of steps) {
              if ("op" in step) apply(engines[step.replica % count]!, step.op as Op, cast);
              else
                for (let i = 0; i < step.count; i++)
                  network.deliverOne(step.deliver + i, step.again);
            }
            network.deliverAll();
            const journeys = engines.map((engine) => engine.getState().journeys[J]!);
            for (const journey of journeys.slice(1)) expect(journey).toEqual(journeys[0]);
            const journey = journeys[0]!;
            const stageIds = new Set(journey.stages.map((s) => s.id));
            const laneIds = new Set(
              journey.lanes.filter((l) => l.kind !== "emotionCurve").map((l) => l.id),
            );
            for (const element of Object.values(journey.elements)) {
              expect(stageIds.has(element.stageId)).toBe(true);
              expect(laneIds.has(element.laneId)).toBe(true);
            }
            for (const link of Object.values(journey.links)) {
              expect(journey.elements[link.from]).toBeDefined();
              expect(journey.elements[link.to]).toBeDefined();
            }
            // Stages and lanes: no id twice (a concurrent reorder never duplicates one).
            expect(new Set(journey.stages.map((s) => s.id)).size).toBe(journey.stages.length);
            expect(new Set(journey.lanes.map((l) => l.id)).size).toBe(journey.lanes.length);
            // Every vote cast and not taken back is there while its card is.
            for (const [vote, on] of cast)
              if (journey.elements[on]) expect(journey.votes[vote]).toBeDefined();
            const counted = Object.values(journey.votes).reduce((n, v) => n + v.weight, 0);
            expect(Object.values(journey.elements).reduce((n, e) => n + e.votes, 0)).toBe(counted);
          } finally {
            for (const engine of engines) engine.destroy();
          }
        },
      ),
      { numRuns: 500 },
    );
  }, 240_000);
});
