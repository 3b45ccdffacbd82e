import fc from "fast-check";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Workspace } from "../../src/domain";
import {
  FORMAT_VERSION,
  LIMITS,
  journeyToFile,
  parseWaymarkText,
  personaToFile,
  planImport,
  readWaymarkFile,
  serializeJourney,
  serializeWorkspace,
  MIGRATIONS,
  type Migration,
} from "../../src/format";
import { workspaceArb } from "../helpers/arbitraries";
import { sequentialIds } from "../helpers/factories";

const fixture = (name: string) =>
  readFileSync(path.resolve(__dirname, "../fixtures", name), "utf8");
const options = { source: "Waymark test", exportedAt: new Date(Date.UTC(2026, 10, 22)) };

/**
 * A workspace as a file holds it: pictures as data URLs, cards placed by numbers and votes as
 * counts. Inside, order keys are dealt afresh on every import (files never carry them), so this
 * is what a round trip keeps.
 */
async function comparable(workspace: Workspace) {
  const personas = await Promise.all(Object.values(workspace.personas).map(personaToFile));
  return {
    personas: personas.sort((a, b) => a.id.localeCompare(b.id)),
    journeys: Object.values(workspace.journeys)
      .map(journeyToFile)
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
}

describe("the Waymark file format", () => {
  it("round-trips any workspace: serialize then parse gives back an equal document", async () => {
    await fc.assert(
      fc.asyncProperty(workspaceArb, async (workspace) => {
        const parsed = parseWaymarkText(await serializeWorkspace(workspace, options));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const back: Workspace = {
          personas: Object.fromEntries(parsed.value.personas.map((p) => [p.id, p])),
          journeys: Object.fromEntries(parsed.value.journeys.map((j) => [j.id, j])),
        };
        expect(await comparable(back)).toEqual(await comparable(workspace));
      }),
      { numRuns: 150 },
    );
  });

  it("opens the frozen version 1 workspace file", () => {
    const parsed = parseWaymarkText(fixture("format-v1/workspace.waymark.json"));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toMatchObject({ kind: "workspace", writtenVersion: 1 });
    expect(parsed.value.personas.map((p) => p.name).sort()).toEqual([
      "Maya Kowalska",
      "Reza Ahmadi",
    ]);
    const journey = parsed.value.journeys[0]!;
    expect(Object.keys(journey.elements)).toHaveLength(4);
    expect(journey.elements.cardCheckout).toMatchObject({
      title: "Płatność kartą w aplikacji",
      metrics: { csat: 61, nps: -12, ces: 5.5, ahtSeconds: 240, fcr: 72 },
      painPoints: [{ id: "painFee", severity: "high" }],
    });
    expect(journey.elements.cardFriction!.title).toBe("پرداخت دو بار رد شد");
    expect(Object.keys(journey.links).sort()).toEqual(["linkCauses", "linkDelight"]);
    const maya = parsed.value.personas.find((p) => p.name === "Maya Kowalska")!;
    expect(maya.avatar.kind).toBe("image");
  });

  it("opens the frozen version 1 journey file with its persona", () => {
    const parsed = parseWaymarkText(fixture("format-v1/journey.waymark.json"));
    expect(parsed.ok && parsed.value.kind).toBe("journey");
    expect(parsed.ok && parsed.value.personas).toHaveLength(1);
  });

  it("writes a journey file holding just that journey and its persona", async () => {
    const parsed = parseWaymarkText(fixture("format-v1/workspace.waymark.json"));
    if (!parsed.ok) throw new Error("fixture");
    const workspace: Workspace = {
      personas: Object.fromEntries(parsed.value.personas.map((p) => [p.id, p])),
      journeys: Object.fromEntries(parsed.value.journeys.map((j) => [j.id, j])),
    };
    const text = await serializeJourney(workspace, "journeyV1aaaa", options);
    const again = parseWaymarkText(text);
    expect(again.ok && again.value.personas.map((p) => p.id)).toEqual(["personaV1aaaa"]);
  });
});

describe("refusing bad files with a reason", () => {
  it("says when a file is not a Waymark file", () => {
    expect(parseWaymarkText("hello, I am a CSV")).toEqual({
      ok: false,
      error: { kind: "notWaymark" },
    });
    expect(parseWaymarkText('{"type":"excalidraw","version":2}')).toEqual({
      ok: false,
      error: { kind: "notWaymark" },
    });
    expect(parseWaymarkText("[1,2,3]")).toEqual({ ok: false, error: { kind: "notWaymark" } });
  });

  it("says a file that starts like a Waymark file but stops short is cut off, not someone else's", () => {
    const whole = fixture("format-v1/workspace.waymark.json");
    for (const length of [20, 200, Math.floor(whole.length / 2), whole.trimEnd().length - 1]) {
      expect(parseWaymarkText(whole.slice(0, length))).toEqual({
        ok: false,
        error: { kind: "incomplete" },
      });
    }
    expect(parseWaymarkText(`\uFEFF${whole.slice(0, 300)}`)).toEqual({
      ok: false,
      error: { kind: "incomplete" },
    });
    expect(parseWaymarkText('{"type":"excalidraw","vers')).toEqual({
      ok: false,
      error: { kind: "notWaymark" },
    });
  });

  it("says when a file is empty", () => {
    for (const text of ["", "  \n", "\uFEFF"])
      expect(parseWaymarkText(text)).toEqual({ ok: false, error: { kind: "empty" } });
  });

  it("says when a newer Waymark made the file", () => {
    const text = fixture("format-v1/workspace.waymark.json").replace(
      '"version": 1',
      `"version": ${FORMAT_VERSION + 1}`,
    );
    expect(parseWaymarkText(text)).toEqual({
      ok: false,
      error: { kind: "newerVersion", version: FORMAT_VERSION + 1, supported: FORMAT_VERSION },
    });
  });

  it("names the damaged place", () => {
    const doc = JSON.parse(fixture("format-v1/workspace.waymark.json"));
    doc.journeys[0].elements[1].satisfaction = 9;
    const result = parseWaymarkText(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({
      kind: "damaged",
      path: "journeys[0].elements[1].satisfaction",
    });
  });

  it("refuses cards pointing at stages that do not exist", () => {
    const doc = JSON.parse(fixture("format-v1/workspace.waymark.json"));
    doc.journeys[0].elements[0].stageId = "nowhere";
    const result = parseWaymarkText(JSON.stringify(doc));
    expect(result).toMatchObject({
      ok: false,
      error: { kind: "damaged", path: "journeys[0].elements[0].stageId" },
    });
  });

  it("refuses unknown keys instead of carrying them along", () => {
    const doc = JSON.parse(fixture("format-v1/workspace.waymark.json"));
    doc.journeys[0].elements[0].onclick = "alert(1)";
    expect(parseWaymarkText(JSON.stringify(doc)).ok).toBe(false);
  });

  it("refuses prototype-polluting keys and leaves Object.prototype alone", () => {
    const text = fixture("format-v1/workspace.waymark.json").replace(
      '"kind": "workspace",',
      '"kind": "workspace", "__proto__": {"polluted": true},',
    );
    const result = parseWaymarkText(text);
    expect(result).toMatchObject({ ok: false, error: { kind: "damaged", path: "__proto__" } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const nested = fixture("format-v1/workspace.waymark.json").replace(
      '"metrics": {',
      '"metrics": { "constructor": {"prototype": {"x": 1}},',
    );
    expect(parseWaymarkText(nested).ok).toBe(false);
  });

  it("refuses an SVG picture, which could carry script", () => {
    const doc = JSON.parse(fixture("format-v1/workspace.waymark.json"));
    const maya = doc.personas.find((p: { name: string }) => p.name === "Maya Kowalska");
    maya.avatar.dataUrl = "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+";
    expect(parseWaymarkText(JSON.stringify(doc)).ok).toBe(false);
  });

  it("checks the size before reading a byte", async () => {
    const huge = {
      size: LIMITS.fileBytes + 1,
      arrayBuffer: () => Promise.reject(new Error("must not be read")),
    } as unknown as Blob;
    expect(await readWaymarkFile(huge)).toEqual({
      ok: false,
      error: { kind: "tooLarge", bytes: LIMITS.fileBytes + 1, limit: LIMITS.fileBytes },
    });
  });

  it("refuses text that is not UTF-8", async () => {
    const file = new Blob([new Uint8Array([0xff, 0xfe, 0x00, 0xd8])]);
    expect(await readWaymarkFile(file)).toMatchObject({ ok: false, error: { kind: "unreadable" } });
  });

  it("calls a file cut off inside a Persian letter incomplete, not unreadable", async () => {
    const doc = JSON.parse(fixture("format-v1/workspace.waymark.json"));
    doc.journeys[0].title = "سفارش هفتگی خرید";
    const bytes = new TextEncoder().encode(JSON.stringify(doc, null, 1));
    const at = new TextDecoder().decode(bytes).indexOf("سفارش");
    // The byte offset of the title's first letter, then one byte into it (each is two bytes).
    const start = new TextEncoder().encode(new TextDecoder().decode(bytes).slice(0, at)).length;
    const cut = new Blob([bytes.subarray(0, start + 1)]);
    expect(await readWaymarkFile(cut)).toEqual({ ok: false, error: { kind: "incomplete" } });
  });

  it("caps the number of cards in a journey", () => {
    const doc = JSON.parse(fixture("format-v1/workspace.waymark.json"));
    const card = doc.journeys[0].elements[0];
    doc.journeys[0].elements = Array.from({ length: LIMITS.elementsPerJourney + 1 }, (_, i) => ({
      ...card,
      id: `c${i}`,
    }));
    expect(parseWaymarkText(JSON.stringify(doc))).toMatchObject({
      ok: false,
      error: { kind: "damaged", path: "journeys[0].elements" },
    });
  });
});

describe("migrations", () => {
  it("brings an older file up to date through numbered steps, in order", () => {
    // A synthetic version 0 where cards were called "items" and scores ran 0..10.
    const doc = JSON.parse(fixture("format-v1/workspace.waymark.json"));
    doc.version = 0;
    for (const journey of doc.journeys) {
      journey.items = journey.elements.map((e: { satisfaction: number | null }) => ({
        ...e,
        satisfaction: e.satisfaction === null ? null : e.satisfaction * 2,
      }));
      delete journey.elements;
    }
    const steps: string[] = [];
    const migrations: Migration[] = [
      {
        to: 1,
        name: "rename items to elements and halve scores",
        up: (d) => {
          steps.push("0->1");
          return {
            ...d,
            journeys: d.journeys.map((j) => {
              const { items, ...rest } = j as { items: { satisfaction: number | null }[] };
              return {
                ...rest,
                elements: items.map((e) => ({
                  ...e,
                  satisfaction: e.satisfaction === null ? null : e.satisfaction / 2,
                })),
              };
            }),
          };
        },
      },
    ];
    const result = parseWaymarkText(JSON.stringify(doc), [...migrations, ...MIGRATIONS]);
    expect(steps).toEqual(["0->1"]);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.writtenVersion).toBe(0);
      expect(result.value.journeys[0]!.elements.cardCheckout!.satisfaction).toBe(2);
    }
  });

  it("refuses a version it has no path from", () => {
    const doc = JSON.parse(fixture("format-v1/workspace.waymark.json"));
    doc.version = 0;
    expect(parseWaymarkText(JSON.stringify(doc))).toMatchObject({
      ok: false,
      error: { kind: "damaged", path: "version" },
    });
  });
});

describe("importing", () => {
  it("imports a copy with fresh ids when the journey is already here, and never overwrites", () => {
    const parsed = parseWaymarkText(fixture("format-v1/journey.waymark.json"));
    if (!parsed.ok) throw new Error("fixture");
    const existing = parsed.value.journeys[0]!;
    const workspace: Workspace = {
      personas: Object.fromEntries(parsed.value.personas.map((p) => [p.id, p])),
      journeys: { [existing.id]: existing },
    };
    const plan = planImport(workspace, parsed.value, sequentialIds("fresh"), 42);
    expect(plan.personas).toEqual([]);
    expect(plan.copied).toBe(1);
    expect(plan.journeys[0]!.id).not.toBe(existing.id);
    expect(plan.journeys[0]!.personaId).toBe(existing.personaId);
    expect(Object.keys(plan.journeys[0]!.elements).some((id) => existing.elements[id])).toBe(false);
  });
});
