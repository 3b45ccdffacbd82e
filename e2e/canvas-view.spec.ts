import { expect, openApp, test } from "./support/fixtures";
import type { Page } from "@playwright/test";
import {
  basic,
  card,
  cell,
  inPane,
  journeyMap,
  openImportedJourney,
  reloadKeepingView,
  settledView,
  viewOf,
  zoomOf,
} from "./support/canvas";

/** The corners of the basic journey: its first and last stage, its first and last lane. */
const corners = (page: Page) => [
  page.getByRole("heading", { name: "Discover" }),
  page.getByRole("heading", { name: "Use" }),
  page.getByRole("heading", { name: "Customer actions" }),
  page.getByRole("heading", { name: "Backstage" }),
];

async function wholeJourneyInPane(page: Page): Promise<boolean> {
  for (const corner of corners(page)) if (!(await inPane(page, corner))) return false;
  return true;
}

const zoomControls = (page: Page) => page.getByRole("toolbar", { name: "Zoom" });

test.describe("the journey canvas: panning and zooming", () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
  });

  test("pans by dragging on empty space", async ({ page }) => {
    await openImportedJourney(page, basic());
    const viewport = page.locator(".react-flow__viewport");
    const before = await viewport.getAttribute("style");
    const empty = (await cell(page, "Buy", "Thoughts and feelings").boundingBox())!;
    await page.mouse.move(empty.x + 20, empty.y + 20);
    await page.mouse.down();
    await page.mouse.move(empty.x - 60, empty.y - 80, { steps: 8 });
    await page.mouse.up();
    await expect(viewport).not.toHaveAttribute("style", before!);
  });

  test("zooms to a stage so its column fills the map, from the controls", async ({ page }) => {
    await openImportedJourney(page, basic());
    const pane = (await page.locator(".react-flow").boundingBox())!;
    const before = (await cell(page, "Use", "Touchpoints").boundingBox())!;
    await page.getByRole("combobox", { name: "Zoom to a stage…" }).selectOption({ label: "Use" });
    // The Use column is centred in the room beside the lane names pinned to the map's left edge
    // (a picture, aria-hidden, so found by its class), and drawn larger than in the fitted view.
    const pinned = page.locator(".sticky-headers__lanes");
    await expect(pinned).toBeVisible();
    await expect
      .poll(async () => {
        const box = (await cell(page, "Use", "Touchpoints").boundingBox())!;
        const names = (await pinned.boundingBox())!;
        const left = box.x - (names.x + names.width);
        const right = pane.x + pane.width - (box.x + box.width);
        return Math.abs(left - right);
      })
      .toBeLessThan(4);
    const after = (await cell(page, "Use", "Touchpoints").boundingBox())!;
    expect(after.width).toBeGreaterThan(before.width * 1.1);
    const names = (await pinned.boundingBox())!;
    expect(after.x).toBeGreaterThanOrEqual(names.x + names.width);
    expect(after.x + after.width).toBeLessThanOrEqual(pane.x + pane.width);
    await expect(card(page, "Touchpoint: Welcome email")).toBeInViewport();
  });

  test("keeps stage and lane buttons at least 24 px on screen when a tall map is zoomed out", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1350, height: 940 });
    await openApp(page);
    await page.getByRole("link", { name: "Weekly grocery order on the phone" }).first().click();
    const toggle = page.getByRole("button", { name: "Collapse Touchpoints" });
    await expect(toggle).toBeVisible();
    // Fitted whole it is drawn at about 0.3; the buttons hold 24 px down to 0.4. Zoom in on the
    // map's top left corner (Ctrl+wheel there) until then, so its headers stay in view.
    await zoomControls(page).getByRole("button", { name: "Fit the whole journey" }).click();
    await expect.poll(() => zoomOf(page)).toBeLessThan(0.4);
    const corner = (await toggle.boundingBox())!;
    await page.mouse.move(corner.x, corner.y);
    while ((await zoomOf(page)) < 0.4) {
      const before = await zoomOf(page);
      await page.keyboard.down("Control");
      await page.mouse.wheel(0, -40);
      await page.keyboard.up("Control");
      await expect.poll(() => zoomOf(page)).toBeGreaterThan(before);
    }
    const zoom = await page
      .locator(".react-flow")
      .evaluate((el) => Number(getComputedStyle(el).getPropertyValue("--zoom")));
    expect(zoom).toBeLessThan(0.6);
    for (const control of [
      toggle,
      page.getByRole("button", { name: "Lane options: Touchpoints" }),
      page.getByRole("button", { name: /^Stage options: / }).first(),
    ]) {
      const box = (await control.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(23.5);
    }
    await page.getByRole("button", { name: "Lane options: Touchpoints" }).click();
    await expect(page.getByRole("menu")).toBeVisible();
  });

  test("a stage's menu reached with Tab beyond the map's edge pans into view; a click pans nothing", async ({
    page,
  }) => {
    await page.getByRole("link", { name: "Weekly grocery order on the phone" }).first().click();
    await expect(card(page, "Touchpoint: Friend's referral code")).toBeInViewport();
    const opening = await settledView(page);
    await page.getByRole("button", { name: "Stage options: Awareness" }).click();
    await expect(page.getByRole("menu")).toBeVisible();
    await page.keyboard.press("Escape");
    expect(await settledView(page)).toEqual(opening);
    // The fourth stage's header lies beyond the map's edge, under the inspector.
    const beyond = page.getByRole("button", { name: "Stage options: Fill the basket" });
    expect(await inPane(page, beyond)).toBe(false);
    await page.keyboard.press("Tab");
    await expect(
      page.getByRole("button", { name: "Stage options: Sign up and plan" }),
    ).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(beyond).toBeFocused();
    await expect.poll(() => inPane(page, beyond)).toBe(true);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("menuitem", { name: "Rename", exact: true })).toBeVisible();
  });

  test("opens the sample where titles read and names are whole; far out, scores and votes stay", async ({
    page,
  }) => {
    await page.getByRole("link", { name: "Weekly grocery order on the phone" }).first().click();
    const referral = card(page, "Touchpoint: Friend's referral code");
    await expect(referral).toBeInViewport();
    // Card titles at least 10 px on screen (the app's own legibility rule is 9 px).
    const titlePx = async () =>
      referral.locator(".card__title").evaluate((title) => {
        const zoom = Number(
          getComputedStyle(title.closest(".react-flow")!).getPropertyValue("--zoom"),
        );
        return parseFloat(getComputedStyle(title).fontSize) * zoom;
      });
    expect(await titlePx()).toBeGreaterThanOrEqual(10);
    // A stage name with room in its header is whole, on two lines if need be, and in its title.
    for (const name of ["Awareness", "Sign up and plan"]) {
      const heading = page.getByRole("heading", { name, exact: true });
      await expect(heading).toHaveAttribute("title", name);
      // Cut: the same name laid out freely at the same width takes more room than it is given.
      const cut = await heading.evaluate((h) => {
        const free = h.cloneNode(true) as HTMLElement;
        free.style.cssText = `display:block;-webkit-line-clamp:unset;white-space:normal;position:absolute;visibility:hidden;width:${h.clientWidth}px`;
        h.parentElement!.append(free);
        const whole = free.getBoundingClientRect();
        free.remove();
        const shown = h.getBoundingClientRect();
        return whole.height > shown.height + 1 || whole.width > shown.width + 1;
      });
      expect(cut, name).toBe(false);
    }
    // Fitted whole, cards are drawn simply, and still show a score and their votes.
    await zoomControls(page).getByRole("button", { name: "Fit the whole journey" }).click();
    await expect.poll(() => zoomOf(page)).toBeLessThan(0.45);
    const signUp = card(page, "Touchpoint: Account sign-up form");
    await expect(signUp.locator(".card__compact-badge--votes")).toHaveText("4");
    await expect(signUp.locator(".card__compact-badge.score-2")).toHaveText("2");
    const votesPx = await signUp
      .locator(".card__compact-badge--votes")
      .evaluate((badge) => badge.getBoundingClientRect().height);
    expect(votesPx).toBeGreaterThanOrEqual(11);
  });

  test("the palette folds to a rail of icons, the map takes the room, and it is remembered", async ({
    page,
  }) => {
    await openImportedJourney(page, basic());
    const map = page.locator(".react-flow");
    const before = (await map.boundingBox())!.width;
    const palette = page.getByRole("navigation", { name: "Add cards" });
    await palette.getByRole("button", { name: "Show icons only" }).click();
    await expect(palette.getByRole("button", { name: "Show names" })).toHaveAttribute(
      "aria-expanded",
      "false",
    );
    await expect.poll(async () => (await map.boundingBox())!.width).toBeGreaterThan(before + 120);
    // Each kind keeps its name for the keyboard and screen readers, and still adds a card.
    const touchpoint = palette.getByRole("button", { name: "Touchpoint", exact: true });
    await expect(touchpoint).toHaveAttribute("title", /^Touchpoint: /);
    await touchpoint.click();
    await expect(
      page.getByRole("region", { name: "Inspector" }).getByRole("textbox", { name: "Title" }),
    ).toBeFocused();
    await page.reload();
    await expect(palette.getByRole("button", { name: "Show names" })).toBeVisible();
    await palette.getByRole("button", { name: "Show names" }).click();
    await expect(palette.getByText("Touchpoint", { exact: true })).toBeVisible();
  });

  test("pans with Space held while dragging across the map", async ({ page }) => {
    await openImportedJourney(page, basic());
    const before = await viewOf(page);
    const ad = card(page, "Touchpoint: Instagram ad");
    const start = (await ad.boundingBox())!;
    // From a card, as in Figma's hand mode: with Space held the card does not move, the map does.
    const x = start.x + start.width / 2;
    const y = start.y + start.height / 2;
    await page.keyboard.down("Space");
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 8, y + 8, { steps: 2 });
    await page.mouse.move(x + 150, y + 90, { steps: 10 });
    await page.mouse.up();
    await page.keyboard.up("Space");
    await expect.poll(async () => (await viewOf(page)).x - before.x).toBeGreaterThan(120);
    const after = await viewOf(page);
    expect(after.y - before.y).toBeGreaterThan(60);
    expect(after.zoom).toBe(before.zoom);
    // The cards went along with the map.
    const moved = (await ad.boundingBox())!;
    expect(moved.x - start.x).toBeCloseTo(after.x - before.x, 0);
    await expect(cell(page, "Discover", "Touchpoints")).toHaveAccessibleName(
      "Discover, Touchpoints: one card",
    );
    // From a card's connection handle too: with Space held it draws no arrow, it pans.
    await ad.hover();
    const handle = page.locator('.react-flow__node[data-id="tpAd"] .react-flow__handle.source');
    const from = (await handle.boundingBox())!;
    await page.keyboard.down("Space");
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x - 60, from.y + 40, { steps: 10 });
    await page.mouse.up();
    await page.keyboard.up("Space");
    await expect.poll(async () => (await viewOf(page)).x - after.x).toBeLessThan(-50);
    await expect(page.locator(".react-flow__edge")).toHaveCount(0);
    await reloadKeepingView(page);
  });

  test("pans with the mouse wheel: down scrolls the lanes up, sideways scrolls the stages", async ({
    page,
  }) => {
    await openImportedJourney(page, basic());
    const before = await viewOf(page);
    const pane = (await journeyMap(page).boundingBox())!;
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    await page.mouse.wheel(0, 300);
    await expect.poll(async () => (await viewOf(page)).y).toBeLessThan(before.y - 50);
    await page.mouse.wheel(240, 0);
    await expect.poll(async () => (await viewOf(page)).x).toBeLessThan(before.x - 50);
    const after = await viewOf(page);
    expect(after.zoom).toBe(before.zoom);
    await reloadKeepingView(page);
  });

  test("zooms around the pointer with Ctrl+wheel", async ({ page }) => {
    await openImportedJourney(page, basic());
    const start = await zoomOf(page);
    const checkout = card(page, "Touchpoint: Checkout page");
    const box = (await checkout.boundingBox())!;
    const pointer = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(pointer.x, pointer.y);
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -400);
    await page.keyboard.up("Control");
    await expect.poll(() => zoomOf(page)).toBeGreaterThan(start * 1.2);
    // The card under the pointer is drawn larger and is still under the pointer.
    const zoomed = (await checkout.boundingBox())!;
    expect(zoomed.width).toBeGreaterThan(box.width * 1.2);
    expect(pointer.x).toBeGreaterThan(zoomed.x);
    expect(pointer.x).toBeLessThan(zoomed.x + zoomed.width);
    expect(pointer.y).toBeGreaterThan(zoomed.y);
    expect(pointer.y).toBeLessThan(zoomed.y + zoomed.height);
    await reloadKeepingView(page);
    await page.mouse.move(pointer.x, pointer.y);
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, 800);
    await page.keyboard.up("Control");
    await expect.poll(() => zoomOf(page)).toBeLessThan(start);
  });

  test("zooms in with + and out with - while the map has focus", async ({ page }) => {
    await openImportedJourney(page, basic());
    const start = await zoomOf(page);
    await cell(page, "Buy", "Channels").click();
    await page.keyboard.press("+");
    await expect.poll(() => zoomOf(page)).toBeGreaterThan(start * 1.15);
    await expect(cell(page, "Buy", "Channels")).toBeFocused();
    await page.keyboard.press("-");
    await expect.poll(() => zoomOf(page)).toBeCloseTo(start, 2);
    await page.keyboard.press("-");
    await expect.poll(() => zoomOf(page)).toBeLessThan(start * 0.85);
    await reloadKeepingView(page);
  });

  test("zooms one whole step per press, however quickly the presses come", async ({ page }) => {
    await openImportedJourney(page, basic());
    const start = await settledView(page);
    const zoomIn = page.getByRole("toolbar", { name: "Zoom" }).getByRole("button", {
      name: "Zoom in",
    });
    await zoomIn.click();
    await zoomIn.click();
    await zoomIn.click();
    await expect
      .poll(async () => (await settledView(page)).zoom / start.zoom)
      .toBeCloseTo(1.728, 2);
    await cell(page, "Buy", "Channels").click();
    await page.keyboard.press("-");
    await page.keyboard.press("-");
    await expect.poll(async () => (await settledView(page)).zoom / start.zoom).toBeCloseTo(1.2, 2);
  });

  test("fits the whole journey from the zoom controls and with the key the shortcuts list names", async ({
    page,
  }) => {
    await openImportedJourney(page, basic(), { fit: false });
    // It opens on its first stages, readable; not whole.
    await expect.poll(() => wholeJourneyInPane(page)).toBe(false);
    await zoomControls(page).getByRole("button", { name: "Fit the whole journey" }).click();
    await expect.poll(() => wholeJourneyInPane(page)).toBe(true);
    const zoomIn = zoomControls(page).getByRole("button", { name: "Zoom in" });
    for (let i = 0; i < 3; i++) {
      const zoom = await zoomOf(page);
      await zoomIn.click();
      await expect.poll(() => zoomOf(page)).toBeGreaterThan(zoom * 1.15);
    }
    await expect.poll(() => wholeJourneyInPane(page)).toBe(false);
    const zoomedIn = await zoomOf(page);
    await zoomControls(page).getByRole("button", { name: "Fit the whole journey" }).click();
    await expect.poll(() => wholeJourneyInPane(page)).toBe(true);
    expect(await zoomOf(page)).toBeLessThan(zoomedIn);
    await reloadKeepingView(page);
    await expect.poll(() => wholeJourneyInPane(page)).toBe(true);

    // The same from the keyboard, with the key the shortcuts dialog shows.
    await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    const key = (
      await dialog
        .getByRole("row", { name: /Fit the whole journey/ })
        .getByRole("rowheader")
        .textContent()
    )?.trim();
    expect(key).toBe("0");
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await cell(page, "Discover", "Channels").click();
    for (let i = 0; i < 3; i++) {
      const zoom = await zoomOf(page);
      await page.keyboard.press("+");
      await expect.poll(() => zoomOf(page)).toBeGreaterThan(zoom * 1.15);
    }
    await expect.poll(() => wholeJourneyInPane(page)).toBe(false);
    await page.keyboard.press(key!);
    await expect.poll(() => wholeJourneyInPane(page)).toBe(true);
  });

  test("shows the journey in a minimap, and clicking or dragging in it moves the view there", async ({
    page,
  }) => {
    await openImportedJourney(page, basic());
    const minimap = page.getByRole("img", { name: "Overview of the journey map" });
    // Fitted, the whole journey is in view and the minimap steps aside rather than cover cards.
    await expect(minimap).toHaveCount(0);
    // Zoomed into the first stage, the last one is out of view; the minimap, once asked for
    // (it is off until then, so nothing lies over the cards), shows where.
    await page
      .getByRole("combobox", { name: "Zoom to a stage…" })
      .selectOption({ label: "Discover" });
    await expect(minimap).toHaveCount(0);
    const toggle = zoomControls(page).getByRole("button", { name: "Overview map" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(minimap).toBeVisible();
    const lastCorner = cell(page, "Use", "Backstage");
    await expect.poll(() => inPane(page, page.getByRole("heading", { name: "Use" }))).toBe(false);
    const before = await settledView(page);
    const map = (await minimap.boundingBox())!;
    // A click near the minimap's bottom right corner brings that corner of the journey into view.
    await minimap.click({ position: { x: map.width - 6, y: map.height - 6 } });
    await expect.poll(() => inPane(page, lastCorner)).toBe(true);
    const clicked = await settledView(page);
    expect(clicked.x).toBeLessThan(before.x);
    expect(clicked.zoom).toBe(before.zoom);
    // Dragging back to the top left corner follows the pointer, and centres the journey's start.
    await page.mouse.move(map.x + map.width - 6, map.y + map.height - 6);
    await page.mouse.down();
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2, { steps: 5 });
    await expect.poll(async () => (await viewOf(page)).x).toBeGreaterThan(clicked.x);
    await page.mouse.move(map.x + 2, map.y + 2, { steps: 5 });
    await page.mouse.up();
    const start = page.getByRole("heading", { name: "Customer actions" });
    await expect.poll(() => inPane(page, start)).toBe(true);
    // The map's top left corner is now the middle of the pane: nothing of it is above or left.
    const pane = (await journeyMap(page).boundingBox())!;
    const corner = (await start.boundingBox())!;
    expect(corner.x).toBeGreaterThan(pane.x + pane.width / 2 - 40);
    expect(corner.y).toBeGreaterThan(pane.y + pane.height / 2 - 40);
    await expect.poll(() => inPane(page, lastCorner)).toBe(false);
    await reloadKeepingView(page);
  });
});
