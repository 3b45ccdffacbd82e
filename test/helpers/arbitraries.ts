import fc from "fast-check";
import {
  ACTION_STATUSES,
  CONFIDENCES,
  RATING_VALUES,
  ELEMENT_KINDS,
  LINK_KINDS,
  SEVERITIES,
  STANDARD_CHANNELS,
  STANDARD_DEPARTMENTS,
  type ChannelRef,
  type DepartmentRef,
  type Journey,
  type Persona,
  type Workspace,
} from "../../src/domain";
import { dataUrlToBytes, journeyFromFile, type ElementFile } from "../../src/format";

const PNG =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

/** Text in any script, including Polish, Persian, emoji and bidi controls. */
export const anyText = (max = 60) =>
  fc.oneof(
    fc.string({ maxLength: max, unit: "grapheme" }),
    fc.constantFrom(
      "Zażółć gęślą jaźń",
      "سفارش خرید هفتگی",
      "<script>alert(1)</script>",
      "\u202eevil",
      "🛒 Checkout",
    ),
  );

const timestamp = fc.integer({ min: 0, max: 4_102_444_800_000 });

const channel: fc.Arbitrary<ChannelRef> = fc.oneof(
  fc.constantFrom(...STANDARD_CHANNELS).map((id): ChannelRef => ({ kind: "standard", id })),
  fc.string({ minLength: 1, maxLength: 20 }).map((name): ChannelRef => ({ kind: "custom", name })),
);
const department: fc.Arbitrary<DepartmentRef> = fc.oneof(
  fc.constantFrom(...STANDARD_DEPARTMENTS).map((id): DepartmentRef => ({ kind: "standard", id })),
  fc
    .string({ minLength: 1, maxLength: 20 })
    .map((name): DepartmentRef => ({ kind: "custom", name })),
);

let counter = 0;
const uniqueId = () =>
  `g${(counter++).toString(36)}x${Math.floor(Math.random() * 1e9).toString(36)}`;

export const journeyArb = (personaId: string): fc.Arbitrary<Journey> =>
  fc
    .record({
      title: anyText(),
      scenario: anyText(),
      goal: anyText(),
      state: fc.constantFrom("current" as const, "future" as const),
      stageNames: fc.array(anyText(20), { minLength: 1, maxLength: 6 }),
      columns: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 6, maxLength: 6 }),
      cards: fc.array(
        fc.record({
          kind: fc.constantFrom(...ELEMENT_KINDS),
          stage: fc.nat(),
          lane: fc.nat(),
          order: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
          title: anyText(),
          notes: anyText(),
          satisfaction: fc.constantFrom(null, 1, 2, 3, 4, 5),
          painPoints: fc.array(
            fc.record({ text: anyText(), severity: fc.constantFrom(...SEVERITIES) }),
            { maxLength: 3 },
          ),
          metrics: fc.record(
            {
              csat: fc.integer({ min: 0, max: 100 }),
              nps: fc.integer({ min: -100, max: 100 }),
              ces: fc.double({ min: 1, max: 7, noNaN: true }),
              ahtSeconds: fc.integer({ min: 0, max: 10_000 }),
              fcr: fc.integer({ min: 0, max: 100 }),
            },
            { requiredKeys: [] },
          ),
          channel: fc.option(channel, { nil: null }),
          owner: fc.option(department, { nil: null }),
          confidence: fc.constantFrom(null, ...CONFIDENCES),
          impact: fc.constantFrom(null, ...RATING_VALUES),
          effort: fc.constantFrom(null, ...RATING_VALUES),
          votes: fc.nat({ max: 50 }),
          tags: fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
        }),
        { maxLength: 25 },
      ),
      links: fc.array(
        fc.record({ from: fc.nat(), to: fc.nat(), kind: fc.constantFrom(...LINK_KINDS) }),
        { maxLength: 10 },
      ),
      targets: fc.constantFrom(
        [],
        [{ metric: "nps" as const, value: 20, by: "2027-03-31" }],
        [
          { metric: "csat" as const, value: 80, by: null },
          { metric: "ahtSeconds" as const, value: 240, by: "2027-06-30" },
        ],
      ),
      plan: fc.array(
        fc.record({
          title: anyText(40),
          notes: anyText(),
          status: fc.constantFrom(...ACTION_STATUSES),
          owner: fc.option(department, { nil: null }),
          due: fc.constantFrom(null, "2026-12-31", "2027-02-28", "2028-02-29"),
          target: fc.option(
            fc.oneof(
              fc
                .integer({ min: -100, max: 100 })
                .map((value) => ({ metric: "nps" as const, value })),
              fc
                .double({ min: 1, max: 7, noNaN: true })
                .map((value) => ({ metric: "ces" as const, value })),
            ),
            { nil: null },
          ),
          cards: fc.array(fc.nat(), { maxLength: 3 }),
          createdAt: timestamp,
        }),
        { maxLength: 4 },
      ),
      createdAt: timestamp,
      updatedAt: timestamp,
    })
    .map((spec) => {
      const stages = spec.stageNames.map((name, i) => ({
        id: uniqueId(),
        name,
        description: "",
        columns: spec.columns[i] ?? 1,
      }));
      const laneKinds = ["actions", "touchpoints", "emotionCurve", "frictionPoints"] as const;
      const lanes = laneKinds.map((kind) => ({
        id: uniqueId(),
        name: kind,
        kind,
        collapsed: false,
      }));
      const cardLanes = lanes.filter((l) => l.kind !== "emotionCurve");
      // Built as a file would hold it (places as numbers, votes as counts) and turned into a
      // journey the way a file is, so order keys and vote entries are what the app makes.
      const elements: Record<string, ElementFile> = {};
      for (const card of spec.cards) {
        const id = uniqueId();
        elements[id] = {
          id,
          kind: card.kind,
          stageId: stages[card.stage % stages.length]!.id,
          laneId: cardLanes[card.lane % cardLanes.length]!.id,
          order: card.order === 0 ? 0 : card.order, // JSON has no -0, and the app never makes one
          title: card.title,
          notes: card.notes,
          satisfaction: card.satisfaction,
          painPoints: card.painPoints.map((p) => ({ id: uniqueId(), ...p })),
          metrics: card.metrics,
          channel: card.channel,
          owner: card.owner,
          confidence: card.confidence,
          impact: card.impact,
          effort: card.effort,
          votes: card.votes,
          tags: card.tags,
        };
      }
      const ids = Object.keys(elements);
      const links: Journey["links"][string][] = [];
      if (ids.length > 1) {
        for (const link of spec.links) {
          const from = ids[link.from % ids.length]!;
          const to = ids[link.to % ids.length]!;
          if (from === to) continue;
          links.push({ id: uniqueId(), from, to, kind: link.kind });
        }
      }
      const plan = spec.plan.map(({ cards, ...action }) => ({
        ...action,
        id: uniqueId(),
        cardIds: ids.length ? [...new Set(cards.map((n) => ids[n % ids.length]!))] : [],
      }));
      return journeyFromFile({
        comments: [],
        customMetrics: [],
        plan,
        targets: spec.targets.map((target) => ({ ...target })),
        id: uniqueId(),
        personaId,
        title: spec.title,
        scenario: spec.scenario,
        goal: spec.goal,
        state: spec.state,
        currentStateId: null,
        stages,
        lanes,
        elements: Object.values(elements),
        links,
        createdAt: spec.createdAt,
        updatedAt: spec.updatedAt,
      });
    });

export const personaArb: fc.Arbitrary<Persona> = fc
  .record({
    name: anyText(40),
    avatar: fc.oneof(
      fc.constantFrom("🙂", "👩🏽‍💻").map((emoji) => ({ kind: "emoji" as const, emoji })),
      fc
        .constantFrom("#1d4ed8", "#be123c")
        .map((color) => ({ kind: "initials" as const, initials: "MK", color })),
      fc.constant(null).map(() => ({ kind: "image" as const, image: dataUrlToBytes(PNG) })),
    ),
    role: anyText(40),
    quote: anyText(),
    goals: fc.array(anyText(), { maxLength: 3 }),
    needs: fc.array(anyText(), { maxLength: 3 }),
    frustrations: fc.array(anyText(), { maxLength: 3 }),
    preferredChannels: fc.array(channel, { maxLength: 3 }),
    notes: anyText(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .map((p) => ({ ...p, id: uniqueId() }));

export const workspaceArb: fc.Arbitrary<Workspace> = fc
  .array(personaArb, { minLength: 1, maxLength: 3 })
  .chain((personas) =>
    fc
      .array(
        fc.nat({ max: personas.length - 1 }).chain((i) => journeyArb(personas[i]!.id)),
        { maxLength: 3 },
      )
      .map((journeys) => ({
        personas: Object.fromEntries(personas.map((p) => [p.id, p])),
        journeys: Object.fromEntries(journeys.map((j) => [j.id, j])),
      })),
  );
