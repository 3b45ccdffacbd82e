import { newId } from "../src/domain";
import { paletteFor } from "../src/export/palette";
import { TEXT } from "../src/export/text-style";
import { t } from "../src/i18n";
// The export's texts, as the app has them once Export is open.
import "../src/i18n/views-en";
import { hotelTemplate } from "../src/templates";
import { expect, openApp, test } from "./support/fixtures";
import { importJourney } from "./support/export-journey";
import { bytesOf, download, openExport } from "./support/export";

test.describe("exporting images", () => {
  test("never cuts a stage name on a slide, and draws votes as dots the legend names", async ({
    page,
    context,
  }) => {
    // The Hotel template on one 1920 × 1080 slide: its last stage, "Loyalty and advocacy", is
    // one column wide, too narrow for its name on one line in the export font.
    const data = hotelTemplate.build({ newId, now: Date.UTC(2026, 10, 22, 12), t });
    await openApp(page);
    await importJourney(page, data);
    const dialog = await openExport(page);
    await dialog.getByLabel("Format").selectOption({ label: "SVG" });
    await dialog.getByLabel("Size").selectOption({ label: "1920 × 1080" });
    const file = await download(page, () =>
      dialog.getByRole("button", { name: "Download", exact: true }).click(),
    );
    const blank = await context.newPage();
    const report = await blank.evaluate(
      ({ svg, nameClasses, legendClass, voteFill }) => {
        const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
        const texts = (selector: string) =>
          [...doc.querySelectorAll(selector)].map((el) => el.textContent ?? "");
        return {
          names: texts(nameClasses.map((c) => `text.${c}`).join(",")),
          legend: texts(`text.${legendClass}`),
          dots: doc.querySelectorAll(`circle.vote[fill="${voteFill}"]`).length,
          triangles: doc.querySelectorAll(`path[fill="${voteFill}"]`).length,
        };
      },
      {
        svg: (await bytesOf(file)).toString("utf8"),
        nameClasses: [TEXT.stageName.className, TEXT.stageNameSmall.className],
        legendClass: TEXT.legend.className,
        voteFill: paletteFor("white").voteFill,
      },
    );
    await blank.close();

    // Every stage's name is there whole, across its lines, and no line of a name is cut.
    const lines = report.names.join(" ");
    for (const stage of data.journey.stages) expect(lines).toContain(stage.name);
    expect(report.names.filter((line) => line.includes("…"))).toEqual([]);
    expect(report.names).toContain("advocacy");

    // Votes: dots on the cards and one in the legend, beside its name; no triangles.
    const voted = Object.values(data.journey.elements).filter((e) => e.votes > 0).length;
    expect(voted).toBeGreaterThan(0);
    expect(report.dots).toBeGreaterThan(1);
    expect(report.dots).toBeLessThanOrEqual(voted + 1);
    expect(report.triangles).toBe(0);
    expect(report.legend).toContain(t("export.legend.votes"));
  });
});
