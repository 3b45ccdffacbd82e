import { expect, openApp, seriousA11yViolations, test } from "./support/fixtures";
import { buildJourney, importJourney } from "./support/export-journey";
import { SAMPLE, openExport } from "./support/export";

test.describe("exporting images", () => {
  test("warns when titles would be too small on a slide, at 4K as at 1080p, and offers one image per stage", async ({
    page,
  }) => {
    const stages = Array.from({ length: 14 }, (_, i) => `Step ${i + 1}`);
    await openApp(page);
    await importJourney(
      page,
      buildJourney({
        title: "A long journey",
        stages,
        cards: stages.map((_, i) => ({
          id: `c${i}`,
          kind: "touchpoint",
          stage: i,
          lane: "touchpoints",
          title: `Touchpoint ${i + 1}`,
          satisfaction: ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5,
        })),
      }),
    );
    const dialog = await openExport(page);
    const warning = dialog.getByRole("note").filter({ hasText: "too small to read" });
    await expect(warning).toContainText("Shown on a 1280 × 800 projector, card titles would be");
    const at1080 = await warning.getByRole("paragraph").textContent();
    // A 4K slide is shown at the same size: offered only for zooming in, with the same verdict.
    await warning.getByRole("button", { name: /^3840.×.2160, to zoom into$/ }).click();
    await expect(dialog.getByLabel("Size")).toHaveValue("slide2160");
    await expect(warning).toContainText("is sharper, not larger");
    expect(await warning.getByRole("paragraph").textContent()).toBe(at1080);

    await warning.getByRole("button", { name: "One image per stage" }).click();
    await expect(dialog.getByLabel("Scope")).toHaveValue("eachStage");
    await expect(warning).toBeHidden();
  });

  test("has an accessible dialog that opens and closes from the keyboard", async ({ page }) => {
    await openApp(page);
    await importJourney(page, buildJourney(SAMPLE));
    const button = page.getByRole("button", { name: "Export", exact: true });
    await button.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Export" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel("Format")).toBeVisible();
    await expect(dialog.getByRole("img", { name: "Preview of the exported image" })).toBeVisible();
    expect(await seriousA11yViolations(page, ".wm-dialog")).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });
});
