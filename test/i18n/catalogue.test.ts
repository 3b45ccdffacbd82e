import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en";
import { viewsEn } from "../../src/i18n/views-en";
import { canvasEn } from "../../src/i18n/en/canvas";
import { coreEn } from "../../src/i18n/en/core";
import { damageEn } from "../../src/i18n/en/damage";
import { exportEn } from "../../src/i18n/en/export";
import { insightsEn } from "../../src/i18n/en/insights";
import { tableEn } from "../../src/i18n/en/table";
import { prioritiesEn } from "../../src/i18n/en/priorities";
import { planEn } from "../../src/i18n/en/plan";
import { snapshotsEn } from "../../src/i18n/en/snapshots";
import { metricsEn } from "../../src/i18n/en/metrics";
import { presentEn } from "../../src/i18n/en/present";
import { templatesEn } from "../../src/i18n/en/templates";
import { workspaceEn } from "../../src/i18n/en/workspace";
import { roomsEn } from "../../src/i18n/en/rooms";

const AREAS = {
  coreEn,
  damageEn,
  canvasEn,
  exportEn,
  insightsEn,
  tableEn,
  prioritiesEn,
  planEn,
  snapshotsEn,
  metricsEn,
  presentEn,
  roomsEn,
  templatesEn,
  workspaceEn,
};

describe("the English catalogue", () => {
  it("defines each key in exactly one area file, so no text silently replaces another", () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [area, messages] of Object.entries(AREAS)) {
      for (const key of Object.keys(messages)) {
        if (seen.has(key)) clashes.push(`${key} in ${seen.get(key)} and ${area}`);
        seen.set(key, area);
      }
    }
    expect(clashes).toEqual([]);
    expect(Object.keys({ ...en, ...viewsEn, ...templatesEn })).toHaveLength(seen.size);
  });

  it("has no empty texts and balanced placeholders", () => {
    for (const [key, message] of Object.entries({ ...en, ...viewsEn, ...templatesEn })) {
      const forms = typeof message === "string" ? [message] : Object.values(message);
      for (const text of forms) {
        expect(text.trim(), key).not.toBe("");
        expect((text.match(/\{/g) ?? []).length, key).toBe((text.match(/\}/g) ?? []).length);
      }
    }
  });
});
