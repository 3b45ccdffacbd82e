import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ELEMENT_KINDS } from "../../src/domain";
import { paletteFor } from "../../src/export/palette";
import { KIND_COLOR } from "../../src/ui/kind-colors";

const css = readFileSync(path.resolve(__dirname, "../../src/canvas/cards.css"), "utf8");

function cssVariable(kind: string, name: string): string | undefined {
  const block =
    new RegExp(`\\.card--${kind},\\s*\\.palette__swatch--${kind} \\{([^}]*)\\}`).exec(css)?.[1] ??
    "";
  return new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(block)?.[1]?.toLowerCase();
}

describe("kind colours", () => {
  it("are the same on the map, in the overview and in exported images", () => {
    const exported = paletteFor("white").kinds;
    for (const kind of ELEMENT_KINDS) {
      expect(cssVariable(kind, "kind-color"), kind).toBe(exported[kind].stroke.toLowerCase());
      expect(cssVariable(kind, "kind-ink"), kind).toBe(exported[kind].accent.toLowerCase());
      expect(cssVariable(kind, "kind-fill"), kind).toBe(exported[kind].fill.toLowerCase());
      expect(KIND_COLOR[kind].toLowerCase(), kind).toBe(exported[kind].stroke.toLowerCase());
    }
  });
});
