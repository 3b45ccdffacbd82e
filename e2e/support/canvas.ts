import type { Locator, Page } from "@playwright/test";
import { expect } from "./fixtures";
import { journeyFile, waitSaved } from "./journey-file";
import { storedSession } from "./workspace";

export { card, cell, journeyFile, openImportedJourney } from "./journey-file";

/** A real mouse drag: React Flow starts dragging on the first move, so move a little first. */
export async function mouseDrag(
  page: Page,
  from: Locator,
  to: Locator,
  toPosition?: { x: number; y: number },
) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  const target = toPosition
    ? { x: b.x + toPosition.x, y: b.y + toPosition.y }
    : { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 8, a.y + a.height / 2 + 8, { steps: 2 });
  await page.mouse.move(target.x, target.y, { steps: 12 });
  await page.mouse.move(target.x + 1, target.y + 1);
  await page.mouse.up();
}

/** Reloads once every edit is stored, and waits for the journey to open again. */
export async function reloadJourney(page: Page) {
  await waitSaved(page);
  await page.reload();
  await expect(page.getByRole("region", { name: "Inspector" })).toBeVisible();
}

export const inspector = (page: Page) => page.getByRole("region", { name: "Inspector" });

/** The journey canvas (a region named "Journey map"). */
export const journeyMap = (page: Page) => page.getByRole("region", { name: "Journey map" });

/** Three stages (Discover, Buy, Use), three touchpoints and one customer action. */
export const basicOptions = () => ({
  cards: [
    { id: "tpAd", stage: 0, lane: "touchpoints" as const, title: "Instagram ad" },
    { id: "tpCheckout", stage: 1, lane: "touchpoints" as const, title: "Checkout page" },
    { id: "tpEmail", stage: 2, lane: "touchpoints" as const, title: "Welcome email" },
    { id: "actSearch", stage: 0, lane: "actions" as const, title: "Searches for a shop" },
  ],
});

export const basic = () => journeyFile(basicOptions());

export interface View {
  x: number;
  y: number;
  zoom: number;
}

/** The map's pan and zoom, read from React Flow's viewport transform (`translate(…) scale(…)`). */
export async function viewOf(page: Page): Promise<View> {
  const transform = await page
    .locator(".react-flow__viewport")
    .evaluate((element) => (element as HTMLElement).style.transform);
  const match = /translate\(\s*(-?[\d.e+-]+)px,\s*(-?[\d.e+-]+)px\)\s*scale\((-?[\d.e+-]+)\)/.exec(
    transform,
  );
  if (!match) throw new Error(`unexpected viewport transform: ${transform}`);
  return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) };
}

export const zoomOf = async (page: Page) => (await viewOf(page)).zoom;

/**
 * Waits until the view on screen is the one saved for the journey (the session is saved a
 * moment after the view stops moving), then reloads and waits for the map.
 */
export async function reloadKeepingView(page: Page, journeyId = "journeyTest1"): Promise<View> {
  const view = await viewOf(page);
  await expect
    .poll(async () => {
      const saved = (await storedSession(page))?.viewports as Record<string, View> | undefined;
      const v = saved?.[journeyId];
      return v ? [v.x, v.y, v.zoom].map((n) => Math.round(n * 100) / 100) : null;
    })
    .toEqual([view.x, view.y, view.zoom].map((n) => Math.round(n * 100) / 100));
  await reloadJourney(page);
  return view;
}

/** Names in the order they are drawn: stage headers left to right, lane headers top to bottom. */
async function namesAlong(headings: Locator, axis: "x" | "y"): Promise<string[]> {
  const found = await headings.all();
  const placed = await Promise.all(
    found.map(async (heading) => ({
      name: (await heading.textContent()) ?? "",
      at: (await heading.boundingBox())?.[axis] ?? Number.NaN,
    })),
  );
  return placed.sort((a, b) => a.at - b.at).map((p) => p.name);
}

/** Stage names from left to right, as the column headers show them. */
export const stageOrder = (page: Page) =>
  namesAlong(journeyMap(page).getByRole("heading", { level: 2 }), "x");

/** Lane names from top to bottom, as the row headers show them. */
export const laneOrder = (page: Page) =>
  namesAlong(journeyMap(page).getByRole("heading", { level: 3 }), "y");

export const stageMenu = (page: Page, name: string) =>
  page.getByRole("button", { name: `Stage options: ${name}`, exact: true });

export const laneMenu = (page: Page, name: string) =>
  page.getByRole("button", { name: `Lane options: ${name}`, exact: true });

/** Opens a stage's or lane's "…" menu and picks one of its items. */
export async function chooseFromMenu(page: Page, menu: Locator, item: string): Promise<void> {
  await menu.click();
  await page.getByRole("menu").getByRole("menuitem", { name: item, exact: true }).click();
}

/** Whether a box lies horizontally inside another (with half a pixel for rounding). */
export function insideColumn(
  inner: { x: number; width: number },
  outer: { x: number; width: number },
): boolean {
  return inner.x >= outer.x - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5;
}
