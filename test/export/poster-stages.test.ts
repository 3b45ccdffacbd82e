import { describe, expect, it } from "vitest";
import { LAYOUT } from "../../src/domain";
import { layoutStageHeaders } from "../../src/export/poster-stages";
import { TEXT } from "../../src/export/text-style";
import { fakeMeasure } from "../helpers/measure";

const BAND = LAYOUT.stageHeaderHeight;
// 186 units: a one-column stage's text box, 17 characters of a name at 18 px with the fake measurer.
const WIDTH = 186;

function layout(...stages: { name: string; description?: string }[]) {
  return layoutStageHeaders(
    fakeMeasure,
    stages.map((s) => ({ description: "", width: WIDTH, ...s })),
    BAND,
  );
}

const names = (lines: ReturnType<typeof layout>[number]) => lines.filter((l) => l.role === "name");

describe("stage headers", () => {
  it("keeps a name that fits on one line, centred when the stage has no description", () => {
    const [lines] = layout({ name: "Awareness" });
    expect(lines).toHaveLength(1);
    expect(lines![0]).toMatchObject({ text: "Awareness", style: TEXT.stageName });
    expect(lines![0]!.baseline).toBeCloseTo(BAND / 2 + 6.5, 0);
  });

  it("wraps a long name onto two lines at the usual size, with its description below", () => {
    const [lines] = layout({
      name: "Loyalty and advocacy",
      description: "Photos, reviews and a reason to come back.",
    });
    expect(names(lines!).map((l) => l.text)).toEqual(["Loyalty and", "advocacy"]);
    expect(names(lines!).every((l) => l.style === TEXT.stageName)).toBe(true);
    const description = lines!.filter((l) => l.role === "description");
    expect(description).toHaveLength(1);
    expect(description[0]!.baseline).toBeGreaterThan(names(lines!)[1]!.baseline);
  });

  it("sets a name one step smaller only when two lines at the usual size do not hold it", () => {
    // 36 characters: three lines at 18 px, two at 16 px (19 characters a line).
    const [lines] = layout({ name: "Loyalty advocacy and reviews writing" });
    expect(lines!.map((l) => l.text)).toEqual(["Loyalty advocacy", "and reviews writing"]);
    expect(lines!.every((l) => l.style === TEXT.stageNameSmall)).toBe(true);
  });

  it("shrinks rather than breaks a word too wide for a line at the usual size", () => {
    // 19 letters: wider than a line at 18 px, not at 16 px.
    const [lines] = layout({ name: "Kundenzufriedenheit" });
    expect(lines!.map((l) => [l.text, l.style])).toEqual([
      ["Kundenzufriedenheit", TEXT.stageNameSmall],
    ]);
  });

  it("keeps every line of every stage inside the band, and starts names on one line", () => {
    const stages = [
      { name: "Awareness", description: "A short one." },
      {
        name: "Sign up",
        description: "She installs the app, creates an account and gathers the week's list.",
      },
      { name: "Loyalty and advocacy", description: "Photos, reviews and a reason to come back." },
      { name: "Loyalty and advocacy for the next stay", description: "Dropped for the name." },
      { name: "Delivery" },
    ];
    const all = layout(...stages);
    all.forEach((lines, i) => {
      // Never cut: the name is all there, in order.
      expect(
        names(lines)
          .map((l) => l.text)
          .join(" "),
      ).toBe(stages[i]!.name);
      for (const line of lines) {
        expect(line.baseline - line.style.size * 0.72).toBeGreaterThan(4);
        expect(line.baseline + line.style.size * 0.25).toBeLessThan(BAND - 2);
        expect(fakeMeasure(line.text, line.style)).toBeLessThanOrEqual(WIDTH);
      }
    });
    // A description wraps onto a second line when the band has room for it...
    expect(all[1]!.filter((l) => l.role === "description")).toHaveLength(2);
    // ...and gives way to a name on three lines.
    expect(all[3]!.some((l) => l.role === "description")).toBe(false);
    // The stages with a description share the top of their names (their cap height).
    const tops = [0, 1, 2].map((i) => {
      const first = all[i]![0]!;
      return first.baseline - first.style.size * 0.72;
    });
    expect(new Set(tops.map((top) => top.toFixed(2))).size).toBe(1);
  });

  it("cuts only a name no header could hold, on its last line", () => {
    const name = "word ".repeat(40).trim();
    const [lines] = layout({ name });
    expect(lines).toHaveLength(3);
    expect(lines![2]!.text.endsWith("…")).toBe(true);
  });
});
