import AxeBuilder from "@axe-core/playwright";
import { expect, openApp, seriousA11yViolations, test } from "./support/fixtures";
import { accessibleName } from "./support/accessible-name";
import { inspector, journeyMap, settledView } from "./support/canvas";
import { SAMPLE } from "./support/workspace";

/**
 * Screenshots at 1280x800 of the canvas as people first meet it, for a person to look at (issue
 * 4: "Look at screenshots at 1280x800"). Each waits for what it shows, so a picture of a blank or
 * half-drawn map fails instead of being saved.
 */
const shot = (name: string) => `test-results/screenshots/canvas-${name}.png`;

test.use({ viewport: { width: 1280, height: 800 } });

test.describe("the journey canvas at 1280x800", () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
    await page.getByRole("link", { name: SAMPLE.journey }).first().click();
    await expect(journeyMap(page).getByRole("heading", { level: 2 }).first()).toBeVisible();
    // It opens on its first stages at a readable zoom: cards drawn in full, badges and all.
    await expect(journeyMap(page).locator(".card__badges:not([hidden])").first()).toBeVisible();
    await settledView(page);
  });

  test("opens the sample journey with its stages, lanes and cards", async ({ page }) => {
    await expect(inspector(page).getByRole("textbox", { name: "Journey title" })).toHaveValue(
      SAMPLE.journey,
    );
    await expect(page.getByText(SAMPLE.quote)).toBeVisible();
    await expect(
      journeyMap(page)
        .getByRole("button", { name: /^Touchpoint: / })
        .first(),
    ).toBeVisible();
    // Nothing but the zoom controls lies on the map: the overview map is there when asked for.
    await expect(page.getByRole("img", { name: "Overview of the journey map" })).toHaveCount(0);
    await page.screenshot({ path: shot("sample-journey") });
    expect(await seriousA11yViolations(page)).toEqual([]);
    // A card's name holds the words it shows (its kind and title), and the header buttons are
    // whole 24 px targets at the zoom the map opens at: both once failed Lighthouse here. Axe
    // leaves both rules off unless asked.
    const checked = await new AxeBuilder({ page })
      .withRules(["label-content-name-mismatch", "target-size"])
      .analyze();
    expect(checked.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });

  test("selects a card and shows it in the inspector", async ({ page }) => {
    const touchpoint = journeyMap(page)
      .getByRole("button", { name: /^Touchpoint: / })
      .first();
    const name = await accessibleName(touchpoint);
    await touchpoint.click();
    await expect(touchpoint).toHaveAttribute("aria-pressed", "true");
    await expect(inspector(page).getByRole("textbox", { name: "Title" })).toHaveValue(
      name.replace(/^Touchpoint: /, ""),
    );
    await expect(inspector(page).getByRole("radiogroup", { name: "Satisfaction" })).toBeVisible();
    await page.screenshot({ path: shot("card-selected") });
  });

  test("lists every shortcut in the ? dialog", async ({ page }) => {
    await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    // 29 commands with keys (from the registry the keys run through) and 4 gestures.
    await expect(dialog.getByRole("row")).toHaveCount(33);
    await expect(
      dialog.getByRole("row", { name: /^\/, Ctrl \+ F Find cards by their words/ }),
    ).toBeVisible();
    await expect(dialog.getByRole("row", { name: /^Alt \+ I What the map says/ })).toBeVisible();
    await expect(dialog.getByRole("row", { name: /^Alt \+ T Every card as a row/ })).toBeVisible();
    await expect(dialog.getByRole("row", { name: /^Alt \+ P Weigh opportunities/ })).toBeVisible();
    await expect(
      dialog.getByRole("row", { name: /^Alt \+ A Turn opportunities into actions/ }),
    ).toBeVisible();
    await expect(dialog.getByRole("row", { name: /Show this list/ })).toBeVisible();
    await expect(dialog.getByRole("row", { name: "Ctrl + K Find a command" })).toBeVisible();
    await page.screenshot({ path: shot("shortcuts") });
  });

  test("zooms to one stage", async ({ page }) => {
    const zoomTo = page.getByRole("combobox", { name: "Zoom to a stage…" });
    const second = (await zoomTo.getByRole("option").nth(2).textContent())!;
    await zoomTo.selectOption({ label: second });
    await expect(page.getByRole("heading", { level: 2, name: second })).toBeInViewport();
    await settledView(page);
    await page.screenshot({ path: shot("zoomed-to-stage") });
  });
});
