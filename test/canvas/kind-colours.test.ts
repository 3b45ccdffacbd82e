import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ELEMENT_KINDS } from "../../src/domain";
import { paletteFor } from "../../src/export/palette";
import { applyKindColors, KIND_COLORS, kindColor } from "../../src/ui/kind-colors";

const css = readFileSync(path.resolve(__dirname, "../../src/canvas/cards.css"), "utf8");

function cssVariable(kind: string, name: string): string | undefined {
  const block =
    new RegExp(`\\.card--${kind},\\s*\\.palette__swatch--${kind} \\{([^}]*)\\}`).exec(css)?.[1] ??
    "";
  return new RegExp(`--${name}:\\s*([^;]+);`).exec(block)?.[1]?.trim();
}

describe("kind colours", () => {
  it("are held in one place, which the map's cards, the overview and exported images read", () => {
    const root = document.createElement("div");
    applyKindColors(root);
    const exported = paletteFor("white").kinds;
    for (const kind of ELEMENT_KINDS) {
      for (const [name, colour] of [
        ["color", KIND_COLORS[kind].stroke],
        ["ink", KIND_COLORS[kind].accent],
        ["fill", KIND_COLORS[kind].fill],
      ] as const) {
        // The stylesheet names the page's property; the page's property holds the colour.
        expect(cssVariable(kind, `kind-${name}`), kind).toBe(`var(--${kind}-${name})`);
        expect(root.style.getPropertyValue(`--${kind}-${name}`), kind).toBe(colour);
      }
      expect(exported[kind]).toBe(KIND_COLORS[kind]);
      expect(kindColor(kind)).toBe(KIND_COLORS[kind].stroke);
    }
    expect(css).not.toMatch(/--kind-(color|ink|fill):\s*#/);
  });
});
