import Papa from "papaparse";
import { expect, openApp, seriousA11yViolations, test } from "./support/fixtures";
import { reloadJourney } from "./support/canvas";
import { bytesOf, download, openExport } from "./support/export";
import { card, journeyFile, openImportedJourney } from "./support/journey-file";
import { decodePng, distinctColors } from "./support/png";
import { SAMPLE, openPersona } from "./support/workspace";

const SHOTS = "test-results/screenshots";

const file = () =>
  journeyFile({
    cards: [
      {
        id: "tpBranch",
        stage: 0,
        lane: "touchpoints",
        title: "Branch visit",
        metrics: { ces: 6 },
      },
      { id: "tpCall", stage: 1, lane: "touchpoints", title: "Support call" },
    ],
  });

test.describe("the metric library", () => {
  test("a team's own metric and CES as effort: chosen in the library, given on cards, aimed at on Insights, exported", async ({
    page,
  }) => {
    await openApp(page);
    await openImportedJourney(page, file());
    await card(page, "Touchpoint: Branch visit").click();
    // Standard metrics, FRT beside handling time; CES as effort is not offered until chosen.
    await expect(page.getByRole("textbox", { name: "FRT (seconds)" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "CES effort (1–5)" })).toHaveCount(0);

    await page.getByRole("button", { name: "Metrics library…" }).click();
    const library = page.getByRole("dialog", { name: "Metrics library" });
    await library.getByRole("checkbox", { name: "Offer CES effort (1–5) on cards" }).check();
    await library.getByRole("checkbox", { name: "Offer CES (1–7) on cards" }).uncheck();
    // A metric with no name is refused, saying why.
    await library.getByRole("button", { name: "Add metric" }).click();
    await expect(library.getByRole("alert")).toContainText("Give the metric a name");
    await library.getByLabel("Name", { exact: true }).fill("Wait at the branch");
    await library.getByLabel("Unit (optional)").fill("min");
    await library.getByLabel("Lowest value").fill("0");
    await library.getByLabel("Highest value").fill("120");
    await library.getByLabel("Which end is good").selectOption({ label: "lower is better" });
    await library.getByLabel("Whole numbers only").check();
    await library.getByRole("button", { name: "Add metric" }).click();
    const row = library.getByRole("row").filter({
      has: page.getByRole("textbox", { name: "Name of Wait at the branch" }),
    });
    await expect(row).toContainText("whole numbers 0 to 120, lower is better");
    await page.screenshot({ path: `${SHOTS}/metric-library.png` });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await library.getByRole("button", { name: "Close" }).click();

    // The card keeps its CES figure though the scale is no longer offered; the new ones are.
    await expect(page.getByRole("textbox", { name: "CES (1–7)" })).toHaveValue("6");
    const wait = page.getByRole("textbox", { name: "Wait at the branch (min)" });
    await wait.fill("130");
    await expect(
      page
        .getByRole("alert")
        .filter({ hasText: "Wait at the branch is a whole number from 0 to 120." }),
    ).toBeVisible();
    await wait.fill("14");
    await page.getByRole("textbox", { name: "CES effort (1–5)" }).fill("2");
    await card(page, "Touchpoint: Support call").click();
    await expect(page.getByRole("textbox", { name: "CES (1–7)" })).toHaveCount(0);
    await page.getByRole("textbox", { name: "Wait at the branch (min)" }).fill("6");

    await reloadJourney(page);
    await card(page, "Touchpoint: Branch visit").click();
    await expect(page.getByRole("textbox", { name: "Wait at the branch (min)" })).toHaveValue("14");
    await expect(page.getByRole("textbox", { name: "CES effort (1–5)" })).toHaveValue("2");

    // On Insights: where the journey stands, against a goal where lower is better.
    await page.keyboard.press("Escape");
    await page.keyboard.press("Alt+i");
    const targets = page.getByRole("table", { name: "Targets" });
    const waitRow = targets.getByRole("row", { name: /^Wait at the branch/ });
    await expect(waitRow.getByRole("cell").nth(0)).toHaveText("10 from 2 cards");
    await waitRow.getByRole("textbox", { name: "Target for Wait at the branch (min)" }).fill("8");
    await expect(waitRow.getByRole("cell").nth(3)).toHaveText("2 to go");
    await waitRow.getByRole("textbox", { name: "Target for Wait at the branch (min)" }).fill("12");
    await expect(waitRow.getByRole("cell").nth(3)).toHaveText("Met");
    await expect(
      page.getByRole("table", { name: "Metrics by stage" }).getByRole("columnheader", {
        name: "Wait at the branch (min)",
      }),
    ).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/insights-custom-metric.png`, fullPage: true });

    // The CSV has a column for it, with numbers.
    await page.getByRole("button", { name: "Back to the map" }).click();
    const dialog = await openExport(page);
    const csv = await download(page, () =>
      dialog.getByRole("button", { name: "Download CSV" }).click(),
    );
    const [header, ...rows] = Papa.parse<string[]>(
      (await bytesOf(csv)).subarray(3).toString("utf8"),
      { skipEmptyLines: true },
    ).data;
    const column = header!.indexOf("Wait at the branch (min)");
    expect(column).toBeGreaterThan(0);
    expect(rows.map((r) => r[column])).toEqual(["14", "6"]);
    expect(rows[0]![header!.indexOf("CES effort (1–5)")]).toBe("2");
  });
});

test.describe("insights as an image", () => {
  test("saves the bank template's insights as a PNG and an SVG drawn from its figures", async ({
    page,
  }) => {
    await openApp(page);
    await openPersona(page, SAMPLE.persona);
    await page.getByRole("button", { name: "New journey" }).click();
    const dialog = page.getByRole("dialog", { name: `New journey for ${SAMPLE.persona}` });
    await dialog.getByRole("radio", { name: "Opening a bank account" }).check();
    await dialog.getByRole("button", { name: "Create journey" }).click();
    await expect(page).toHaveURL(/#\/journey\/[\w-]+$/);
    await page.goto(`${page.url()}/insights`);
    const save = page.getByRole("group", { name: "Save as image" });
    const png = await download(page, () => save.getByRole("button", { name: "PNG image" }).click());
    expect(png.suggestedFilename()).toMatch(/^Open a current account in the app insights .*\.png$/);
    const image = decodePng(await bytesOf(png));
    // Twice the sheet's width: sharp on a projector.
    expect(image.width).toBe(3200);
    expect(image.height).toBeGreaterThan(1600);
    expect(distinctColors(image)).toBeGreaterThan(20);
    await expect(
      page.getByRole("status").filter({ hasText: "Saved “Open a current account" }),
    ).toBeVisible();

    const svg = await download(page, () => save.getByRole("button", { name: "SVG image" }).click());
    const text = (await bytesOf(svg)).toString("utf8");
    expect(text).toContain("<desc>");
    expect(text).toContain("FRT (seconds)");
    expect(text).toContain("Satisfaction by stage");
    // The fonts travel inside, so it looks the same wherever it opens.
    expect(text).toContain("@font-face");
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("about:blank");
    await page.setContent(text.replace(/width="1600" height="\d+"/, 'width="1280"'));
    await page.screenshot({ path: `${SHOTS}/insights-sheet.png`, fullPage: true });
  });
});
