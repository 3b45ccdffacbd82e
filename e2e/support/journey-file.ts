import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/**
 * Builds small Waymark files for tests: a persona and a journey with named stages, the default
 * lanes, and whatever cards a test needs. Imported through the real "Import" flow.
 */
export const LANES = [
  ["actions", "Customer actions"],
  ["touchpoints", "Touchpoints"],
  ["channels", "Channels"],
  ["thoughts", "Thoughts and feelings"],
  ["emotionCurve", "Emotion curve"],
  ["frictionPoints", "Friction points"],
  ["momentsOfDelight", "Moments of delight"],
  ["opportunities", "Opportunities"],
  ["backstage", "Backstage"],
] as const;

export interface CardSpec {
  id: string;
  kind?: string;
  stage: number;
  lane: (typeof LANES)[number][0];
  title: string;
  satisfaction?: number | null;
  painPoints?: { id: string; text: string; severity: "low" | "medium" | "high" }[];
  votes?: number;
  channel?: { kind: "standard"; id: string } | { kind: "custom"; name: string };
  owner?: { kind: "standard"; id: string } | { kind: "custom"; name: string };
  metrics?: Record<string, number>;
}

export function journeyFile(options: {
  journeyId?: string;
  personaId?: string;
  title?: string;
  persona?: string;
  stages?: string[];
  cards?: CardSpec[];
  links?: { id: string; from: string; to: string; kind?: string }[];
}) {
  const journeyId = options.journeyId ?? "journeyTest1";
  const personaId = options.personaId ?? "personaTest1";
  const stages = (options.stages ?? ["Discover", "Buy", "Use"]).map((name, i) => ({
    id: `${journeyId}s${i}`,
    name,
    description: "",
    columns: 1,
  }));
  const lanes = LANES.map(([kind, name]) => ({
    id: `${journeyId}l${kind}`,
    name,
    kind,
    collapsed: false,
  }));
  const kindOfLane: Record<string, string> = {
    actions: "customerAction",
    touchpoints: "touchpoint",
    channels: "channel",
    thoughts: "thought",
    frictionPoints: "frictionPoint",
    momentsOfDelight: "momentOfDelight",
    opportunities: "opportunity",
    backstage: "note",
  };
  const counts = new Map<string, number>();
  const elements = (options.cards ?? []).map((card) => {
    const cell = `${card.stage}/${card.lane}`;
    const order = (counts.get(cell) ?? 0) + 1;
    counts.set(cell, order);
    return {
      id: card.id,
      kind: card.kind ?? kindOfLane[card.lane],
      stageId: stages[card.stage]!.id,
      laneId: `${journeyId}l${card.lane}`,
      order,
      title: card.title,
      notes: "",
      satisfaction: card.satisfaction ?? null,
      painPoints: card.painPoints ?? [],
      metrics: card.metrics ?? {},
      channel: card.channel ?? null,
      owner: card.owner ?? null,
      confidence: null,
      votes: card.votes ?? 0,
      tags: [],
    };
  });
  const now = Date.UTC(2026, 10, 1);
  return {
    type: "waymark",
    version: 1,
    source: "Waymark e2e",
    exportedAt: new Date(now).toISOString(),
    kind: "journey",
    personas: [
      {
        id: personaId,
        name: options.persona ?? "Test Persona",
        avatar: { kind: "initials", initials: "TP", color: "#1d4ed8" },
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
        personaId,
        title: options.title ?? "Test journey",
        scenario: "",
        goal: "",
        state: "current",
        currentStateId: null,
        stages,
        lanes,
        elements,
        links: (options.links ?? []).map((l) => ({ kind: "flow", ...l })),
        createdAt: now,
        updatedAt: now,
      },
    ],
  };
}

/** Imports a file through the main menu's Import item, as a person would. */
export async function importFile(
  page: Page,
  content: unknown,
  name = "test.waymark.json",
): Promise<void> {
  const text = typeof content === "string" ? content : JSON.stringify(content);
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Main menu" }).click();
  await page.getByRole("menuitem", { name: /Import a Waymark file/ }).click();
  await (await chooser).setFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

/** Imports a journey file and waits until its canvas is open. */
export async function openImportedJourney(
  page: Page,
  file: ReturnType<typeof journeyFile>,
  { fit = true }: { fit?: boolean } = {},
): Promise<void> {
  await importFile(page, file);
  await expect(page).toHaveURL(new RegExp(`#/journey/${file.journeys[0]!.id}$`));
  await expect(page.getByRole("region", { name: "Inspector" })).toBeVisible();
  // A journey opens on its first stages, readable; most tests work on the whole small map, so
  // they start where a person would press "Fit the whole journey". `fit: false` keeps the opening.
  if (fit) await fitWholeJourney(page);
}

/** Presses "Fit the whole journey" and waits until the view has stopped moving. */
export async function fitWholeJourney(page: Page): Promise<void> {
  await page
    .getByRole("toolbar", { name: "Zoom" })
    .getByRole("button", { name: "Fit the whole journey" })
    .click();
  const transform = () =>
    page
      .locator(".react-flow__viewport")
      .evaluate(
        (element) =>
          new Promise<string>((resolve) =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => resolve((element as HTMLElement).style.transform)),
            ),
          ),
      );
  let last = "";
  await expect
    .poll(async () => {
      const now = await transform();
      const still = now === last;
      last = now;
      return still;
    })
    .toBe(true);
}

/** Waits until everything in memory is stored (the save indicator says Saved). */
export async function waitSaved(page: Page): Promise<void> {
  await expect(page.locator("[data-save-state]")).toHaveAttribute("data-save-state", "saved");
}

export const cell = (page: Page, stage: string, lane: string) =>
  page.getByRole("button", { name: new RegExp(`^${stage}, ${lane}: `) });

export const card = (page: Page, name: string) => page.getByRole("button", { name, exact: true });

/** A journey with two touchpoints, "Instagram ad" in the first stage and "Checkout page" in the second. */
export const twoTouchpointsFile = () =>
  journeyFile({
    cards: [
      { id: "tpAd", stage: 0, lane: "touchpoints", title: "Instagram ad" },
      { id: "tpCheckout", stage: 1, lane: "touchpoints", title: "Checkout page" },
    ],
  });

/** The Title field of the card in the inspector. */
export const inspectorTitle = (page: Page) =>
  page.getByRole("region", { name: "Inspector" }).getByRole("textbox", { name: "Title" });
