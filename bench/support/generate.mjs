// Deterministic journeys of N cards for the benchmarks, as Waymark files: 6 stages two cards
// wide, the standard lanes, cards spread over every cell, scores, pain points and N/5 links.
const LANES = [
  ["actions", "Customer actions", "customerAction"],
  ["touchpoints", "Touchpoints", "touchpoint"],
  ["channels", "Channels", "channel"],
  ["thoughts", "Thoughts and feelings", "thought"],
  ["emotionCurve", "Emotion curve", null],
  ["frictionPoints", "Friction points", "frictionPoint"],
  ["momentsOfDelight", "Moments of delight", "momentOfDelight"],
  ["opportunities", "Opportunities", "opportunity"],
  ["backstage", "Backstage", "note"],
];
const STAGES = [
  "Awareness",
  "Consideration",
  "Purchase",
  "Onboarding and use",
  "Support",
  "Loyalty and advocacy",
];

/** A small seeded random generator, so every run benchmarks the same journey. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function generateJourneyFile(
  n,
  { journeyId = `bench${n}`, stageWithCards, links: linkCount = Math.floor(n / 5) } = {},
) {
  const rand = random(n);
  const now = Date.UTC(2026, 10, 1);
  const stages = STAGES.map((name, i) => ({
    id: `${journeyId}s${i}`,
    name,
    description: "",
    columns: 2,
  }));
  const lanes = LANES.map(([kind, name]) => ({
    id: `${journeyId}l${kind}`,
    name,
    kind,
    collapsed: false,
  }));
  const cardLanes = LANES.filter(([, , kind]) => kind);
  const orders = new Map();
  const elements = [];
  for (let i = 0; i < n; i++) {
    const cellIndex = i % (STAGES.length * cardLanes.length);
    const stage =
      stageWithCards !== undefined && i < stageWithCards.count
        ? stageWithCards.index
        : cellIndex % STAGES.length;
    const [laneKind, , kind] = cardLanes[Math.floor(cellIndex / STAGES.length) % cardLanes.length];
    const key = `${stage}/${laneKind}`;
    const order = (orders.get(key) ?? 0) + 1;
    orders.set(key, order);
    elements.push({
      id: `${journeyId}c${i}`,
      kind,
      stageId: stages[stage].id,
      laneId: `${journeyId}l${laneKind}`,
      order,
      title: `Card ${i + 1}: ${["Checkout page", "Delivery slot", "Support call", "Welcome email", "Store visit"][i % 5]}`,
      notes: "",
      satisfaction: kind === "touchpoint" && rand() > 0.2 ? 1 + Math.floor(rand() * 5) : null,
      painPoints:
        rand() > 0.7
          ? [
              {
                id: `${journeyId}p${i}`,
                text: "Takes too long",
                severity: ["low", "medium", "high"][i % 3],
              },
            ]
          : [],
      metrics: {},
      channel: rand() > 0.5 ? { kind: "standard", id: "mobileApp" } : null,
      owner: rand() > 0.6 ? { kind: "standard", id: "product" } : null,
      confidence: null,
      votes: Math.floor(rand() * 3),
      tags: [],
    });
  }
  const links = [];
  const linked = new Set();
  for (let i = 0; i < linkCount; i++) {
    const from = elements[Math.floor(rand() * n)].id;
    const to = elements[Math.floor(rand() * n)].id;
    if (from === to || linked.has(`${from}>${to}`)) continue;
    linked.add(`${from}>${to}`);
    links.push({ id: `${journeyId}k${i}`, from, to, kind: "flow" });
  }
  return {
    type: "waymark",
    version: 1,
    source: "Waymark bench",
    exportedAt: new Date(now).toISOString(),
    kind: "journey",
    personas: [
      {
        id: `${journeyId}persona`,
        name: "Bench persona",
        avatar: { kind: "initials", initials: "BP", color: "#1d4ed8" },
        role: "",
        quote: "",
        goals: [],
        needs: [],
        frustrations: [],
        preferredChannels: [],
        notes: "",
        createdAt: now,
        updatedAt: now,
      },
    ],
    journeys: [
      {
        id: journeyId,
        personaId: `${journeyId}persona`,
        title: `Bench journey of ${n} cards`,
        scenario: "",
        goal: "",
        state: "current",
        currentStateId: null,
        stages,
        lanes,
        elements,
        links,
        createdAt: now,
        updatedAt: now,
      },
    ],
  };
}

/**
 * A CX team's workspace after a few years, as its backup file: `journeys` journeys of `cards`
 * cards each, ten journeys per persona.
 */
export function generateWorkspaceFile(journeys, cards) {
  const personas = [];
  const all = [];
  for (let j = 0; j < journeys; j++) {
    const file = generateJourneyFile(cards, { journeyId: `ws${j}j` });
    const journey = file.journeys[0];
    const personaId = `ws${Math.floor(j / 10)}persona`;
    if (j % 10 === 0)
      personas.push({ ...file.personas[0], id: personaId, name: `Persona ${j / 10 + 1}` });
    all.push({ ...journey, personaId, title: `Journey ${j + 1}: ${journey.title}` });
  }
  return { ...generateJourneyFile(1), kind: "workspace", personas, journeys: all };
}
