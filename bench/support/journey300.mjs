// A deterministic journey of 300 cards for the export benchmarks: 6 stages (2 columns each) by
// 8 card lanes plus the emotion curve, every kind, scores, pain points, votes and links. The same
// file feeds the app (imported like a person would) and the React Flow baseline page.

const STAGES = [
  "Awareness",
  "Consideration",
  "Purchase",
  "Onboarding and use",
  "Support",
  "Loyalty",
];
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
const WORDS = [
  "checks",
  "delivery",
  "slots",
  "before",
  "paying",
  "compares",
  "weekly",
  "basket",
  "prices",
  "with",
  "the",
  "old",
  "shop",
  "asks",
  "support",
  "about",
  "a",
  "missing",
  "item",
  "shares",
];

/** A small deterministic generator (mulberry32), so every run draws the same journey. */
function random(seed) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function journey300(count = 300) {
  const next = random(300);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const now = Date.UTC(2026, 10, 22, 12);
  const stages = STAGES.map((name, i) => ({
    id: `bs${i + 1}`,
    name,
    description: `What happens in ${name.toLowerCase()}`,
    columns: 2,
  }));
  const lanes = LANES.map(([kind, name], i) => ({
    id: `bl${i + 1}`,
    name,
    kind,
    collapsed: false,
  }));
  const cardLanes = LANES.map((lane, i) => ({ lane: lanes[i], kind: lane[2] })).filter(
    (l) => l.kind,
  );
  const elements = [];
  for (let i = 0; i < count; i++) {
    const cell = i % (stages.length * cardLanes.length);
    const stage = stages[Math.floor(cell / cardLanes.length)];
    const { lane, kind } = cardLanes[cell % cardLanes.length];
    const words = Array.from({ length: 3 + Math.floor(next() * 6) }, () => pick(WORDS));
    const painful = kind === "touchpoint" || kind === "frictionPoint";
    elements.push({
      id: `bc${i + 1}`,
      kind,
      stageId: stage.id,
      laneId: lane.id,
      order: i + 1,
      title: `${i + 1}. ${words.join(" ")}`,
      notes: "",
      satisfaction: kind === "touchpoint" ? 1 + Math.floor(next() * 5) : null,
      painPoints:
        painful && next() < 0.5
          ? [{ id: `bp${i + 1}`, text: `Pain ${i + 1}`, severity: pick(["low", "medium", "high"]) }]
          : [],
      metrics: {},
      channel:
        kind === "touchpoint"
          ? { kind: "standard", id: pick(["web", "mobileApp", "email", "phone"]) }
          : null,
      owner:
        kind === "opportunity" || kind === "note"
          ? { kind: "standard", id: pick(["marketing", "product"]) }
          : null,
      confidence: null,
      votes: Math.floor(next() * 6),
      tags: [],
    });
  }
  const touchpoints = elements.filter((e) => e.kind === "touchpoint");
  const frictions = elements.filter((e) => e.kind === "frictionPoint");
  const links = frictions.map((f, i) => ({
    id: `bk${i + 1}`,
    from: f.id,
    to: touchpoints.find((t) => t.stageId === f.stageId)?.id ?? touchpoints[0].id,
    kind: "causes",
  }));
  const persona = {
    id: "benchPersona",
    name: "Maya Kowalska",
    avatar: { kind: "initials", initials: "MK", color: "#1d4ed8" },
    role: "Working parent of two",
    quote: "I shop between meetings.",
    goals: ["Save time", "Reliable slots"],
    needs: [],
    frustrations: [],
    preferredChannels: [],
    notes: "",
    createdAt: now,
    updatedAt: now,
  };
  const journey = {
    id: "benchJourney300",
    personaId: persona.id,
    title: "Benchmark journey (300 cards)",
    scenario: "A generated journey for the export benchmarks",
    goal: "",
    state: "current",
    currentStateId: null,
    stages,
    lanes,
    elements,
    links,
    createdAt: now,
    updatedAt: now,
  };
  return {
    type: "waymark",
    version: 1,
    source: "Waymark bench",
    exportedAt: new Date(now).toISOString(),
    kind: "journey",
    personas: [persona],
    journeys: [journey],
  };
}
