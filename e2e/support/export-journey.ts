import type { Page } from "@playwright/test";
import type {
  ChannelRef,
  ElementKind,
  Journey,
  LaneKind,
  Link,
  LinkKind,
  PainPoint,
  Persona,
  Satisfaction,
} from "../../src/domain";
import { journeyFromFile, journeyToFile, type ElementFile } from "../../src/format";
import { expect } from "./fixtures";

/**
 * Builds a journey (and its persona) from a short description, both as domain objects (so a test
 * can compute where things land with the app's own layout code) and as a `.waymark.json` file to
 * import through the app, exactly as a person would.
 */

export const LANES: LaneKind[] = [
  "actions",
  "touchpoints",
  "channels",
  "thoughts",
  "emotionCurve",
  "frictionPoints",
  "momentsOfDelight",
  "opportunities",
  "backstage",
];

export interface CardSpec {
  id: string;
  kind: ElementKind;
  stage: number;
  lane: LaneKind;
  title: string;
  satisfaction?: Satisfaction;
  painPoints?: { text: string; severity: PainPoint["severity"] }[];
  votes?: number;
  channel?: ChannelRef;
}

export interface JourneySpec {
  id?: string;
  title: string;
  scenario?: string;
  stages: string[];
  cards: CardSpec[];
  links?: { from: string; to: string; kind: LinkKind }[];
  persona?: { name: string; role?: string; quote?: string; goals?: string[] };
}

const NOW = Date.UTC(2026, 10, 22, 12);

export function buildJourney(spec: JourneySpec): { journey: Journey; persona: Persona } {
  const id = spec.id ?? "journeyE2e";
  const persona: Persona = {
    id: `${id}-persona`,
    name: spec.persona?.name ?? "Maya Kowalska",
    avatar: { kind: "initials", initials: "MK", color: "#1d4ed8" },
    role: spec.persona?.role ?? "Working parent of two",
    quote: spec.persona?.quote ?? "I shop between meetings.",
    goals: spec.persona?.goals ?? ["Save time", "Reliable slots"],
    needs: ["Delivery slots that hold"],
    frustrations: ["Substitutions"],
    preferredChannels: [{ kind: "standard", id: "mobileApp" }],
    notes: "",
    createdAt: NOW,
    updatedAt: NOW,
  };
  const stages = spec.stages.map((name, i) => ({
    id: `${id}-s${i + 1}`,
    name,
    description: "",
    columns: 1,
  }));
  const lanes = LANES.map((kind, i) => ({
    id: `${id}-l${i + 1}`,
    name: LANE_NAMES[kind],
    kind,
    collapsed: false,
  }));
  // Built as the file holds it, and read the way the app reads a file.
  const elements: Record<string, ElementFile> = {};
  spec.cards.forEach((card, i) => {
    elements[card.id] = {
      id: card.id,
      kind: card.kind,
      stageId: stages[card.stage]!.id,
      laneId: lanes[LANES.indexOf(card.lane)]!.id,
      order: i + 1,
      title: card.title,
      notes: "",
      satisfaction: card.satisfaction ?? null,
      painPoints: (card.painPoints ?? []).map((p, j) => ({ id: `${card.id}-p${j + 1}`, ...p })),
      metrics: {},
      channel: card.channel ?? null,
      owner: null,
      confidence: null,
      impact: null,
      effort: null,
      votes: card.votes ?? 0,
      tags: [],
    };
  });
  const links: Link[] = (spec.links ?? []).map((link, i) => ({ id: `${id}-k${i + 1}`, ...link }));
  const journey: Journey = journeyFromFile({
    comments: [],
    plan: [],
    customMetrics: [],
    targets: [],
    id,
    personaId: persona.id,
    title: spec.title,
    scenario: spec.scenario ?? "",
    goal: "",
    state: "current",
    currentStateId: null,
    stages,
    lanes,
    elements: Object.values(elements),
    links,
    createdAt: NOW,
    updatedAt: NOW,
  });
  return { journey, persona };
}

const LANE_NAMES: Record<LaneKind, string> = {
  actions: "Customer actions",
  touchpoints: "Touchpoints",
  channels: "Channels",
  thoughts: "Thoughts and feelings",
  emotionCurve: "Emotion curve",
  frictionPoints: "Friction points",
  momentsOfDelight: "Moments of delight",
  opportunities: "Opportunities",
  backstage: "Backstage",
  custom: "Custom lane",
};

/** The journey and persona as a version 1 `.waymark.json` file. */
export function journeyFileText({ journey, persona }: { journey: Journey; persona: Persona }) {
  const { avatar, ...personaRest } = persona;
  if (avatar.kind === "image") throw new Error("pictures are not supported by this helper");
  return JSON.stringify({
    type: "waymark",
    version: 1,
    source: "Waymark e2e",
    exportedAt: new Date(NOW).toISOString(),
    kind: "journey",
    personas: [{ ...personaRest, avatar }],
    journeys: [journeyToFile(journey)],
  });
}

/** Imports the file as a person does (Main menu, "Import a Waymark file…") and waits for it. */
export async function importJourney(page: Page, data: { journey: Journey; persona: Persona }) {
  await page.getByRole("button", { name: "Main menu" }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("menuitem", { name: "Import a Waymark file…" }).click(),
  ]);
  await chooser.setFiles({
    name: "journey.waymark.json",
    mimeType: "application/json",
    buffer: Buffer.from(journeyFileText(data)),
  });
  await expect(page).toHaveURL(/#\/journey\//);
  await expect(
    page.getByRole("navigation").locator('[aria-current="page"]', { hasText: data.journey.title }),
  ).toBeVisible();
}
