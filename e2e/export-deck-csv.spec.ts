import JSZip from "jszip";
import Papa from "papaparse";
import { expect, openApp, test } from "./support/fixtures";
import { buildJourney, importJourney } from "./support/export-journey";
import { PERSIAN, POLISH, SAMPLE, bytesOf, download, openExport } from "./support/export";

test.describe("exporting slides and spreadsheets", () => {
  test("downloads a .pptx deck: title, map, one slide per stage, top pain points with notes, what the map says", async ({
    page,
  }) => {
    await openApp(page);
    await importJourney(page, buildJourney(SAMPLE));
    const dialog = await openExport(page);
    const file = await download(page, () =>
      dialog.getByRole("button", { name: "Download slide deck (.pptx)" }).click(),
    );
    expect(file.suggestedFilename()).toMatch(/^Order groceries \d{4}-\d{2}-\d{2}\.pptx$/);
    const zip = await JSZip.loadAsync(await bytesOf(file));
    const slides = Object.keys(zip.files).filter((name) =>
      /^ppt\/slides\/slide\d+\.xml$/.test(name),
    );
    expect(slides).toHaveLength(SAMPLE.stages.length + 4);
    const slideXml = (n: number) => zip.file(`ppt/slides/slide${n}.xml`)!.async("string");
    expect(await slideXml(1)).toContain("Maya Kowalska");
    expect(await slideXml(slides.length)).toContain("What the map says");
    const last = await slideXml(slides.length - 1);
    expect(last).toContain("Top pain points");
    // As the votes view ranks them: the pain point on the card with three votes comes before the
    // worse one on the card with two.
    expect(last.indexOf("Waited four minutes")).toBeLessThan(last.indexOf("Card declined twice"));
    const notes = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async("string")),
    );
    const painNotes = notes.find((xml) => xml.includes("Pain points by stage"));
    expect(painNotes).toBeDefined();
    for (const text of ["Discover", "Pay", "Card declined twice", "Waited four minutes"])
      expect(painNotes).toContain(text);
    // The map slides are pictures.
    expect(
      Object.keys(zip.files).filter((n) => /^ppt\/media\/.+\.png$/.test(n)).length,
    ).toBeGreaterThanOrEqual(SAMPLE.stages.length + 1);
  });

  test("downloads a CSV with a byte-order mark whose Polish and Persian text parses back", async ({
    page,
  }) => {
    const data = buildJourney({
      title: "Zakupy / خرید",
      stages: ["Świadomość", "آگاهی"],
      cards: [
        {
          id: "pl",
          kind: "touchpoint",
          stage: 0,
          lane: "touchpoints",
          title: POLISH,
          satisfaction: 2,
          painPoints: [{ text: "Długie kolejki", severity: "high" }],
          votes: 3,
          channel: { kind: "standard", id: "mobileApp" },
        },
        { id: "fa", kind: "frictionPoint", stage: 1, lane: "frictionPoints", title: PERSIAN },
        { id: "q", kind: "note", stage: 1, lane: "backstage", title: 'Quote "this", and, commas' },
      ],
    });
    await openApp(page);
    await importJourney(page, data);
    const dialog = await openExport(page);
    const file = await download(page, () =>
      dialog.getByRole("button", { name: "Download CSV" }).click(),
    );
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    const bytes = await bytesOf(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(bytes.subarray(3).toString("utf8"), {
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual([
      "Stage",
      "Lane",
      "Kind",
      "Title",
      "Satisfaction",
      "Pain points",
      "CSAT (%)",
      "NPS",
      "CES (1–7)",
      "CES effort (1–5)",
      "AHT (seconds)",
      "FRT (seconds)",
      "FCR (%)",
      "Channel",
      "Owner",
      "Confidence",
      "Impact",
      "Effort",
      "Votes",
      "Arrows to",
    ]);
    expect(rows).toEqual([
      [
        "Świadomość",
        "Touchpoints",
        "Touchpoint",
        POLISH,
        "2",
        "Długie kolejki (High)",
        ...["", "", "", "", "", "", ""],
        "Mobile app",
        ...["", "", "", ""],
        "3",
        "",
      ],
      ["آگاهی", "Friction points", "Friction point", PERSIAN, ...Array(14).fill(""), "0", ""],
      ["آگاهی", "Backstage", "Note", 'Quote "this", and, commas', ...Array(14).fill(""), "0", ""],
    ]);
  });
});
