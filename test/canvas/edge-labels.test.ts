import { produce } from "immer";
import { afterEach, describe, expect, it } from "vitest";
import { labelEdges } from "../../src/canvas/edges/edge-labels";
import { NodeCache, mapJourney } from "../../src/canvas/map-nodes";
import { addLink, layoutJourney, updateElement } from "../../src/domain";
import { loadLocale, setLocale, t } from "../../src/i18n";
import { blankJourney, withCard } from "../helpers/factories";

const journey = produce(blankJourney(), (j) => {
  withCard(j, { id: "a", stage: 0, title: "Ad" });
  withCard(j, { id: "b", stage: 1, title: "Checkout" });
  withCard(j, { id: "c", stage: 2, title: "Email" });
  addLink(j, "ab", "a", "b", "flow");
  addLink(j, "bc", "b", "c", "causes");
});
const baseEdges = mapJourney(journey, layoutJourney(journey), new NodeCache()).edges;

afterEach(() => setLocale("en"));

describe("naming arrows", () => {
  it("names each arrow by its kind and the titles at its ends", () => {
    expect(labelEdges(baseEdges, journey.elements, t, "en").map((e) => e.ariaLabel)).toEqual([
      "Flow: Ad to Checkout",
      "Causes: Checkout to Email",
    ]);
  });

  it("keeps an arrow's object while its name stands, and makes a new one when it changes", () => {
    const first = labelEdges(baseEdges, journey.elements, t, "en");
    expect(labelEdges(baseEdges, journey.elements, t, "en")).toEqual(first);
    const renamed = produce(journey, (j) => updateElement(j, "c", { title: "Welcome email" }));
    const second = labelEdges(baseEdges, renamed.elements, t, "en");
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]!.ariaLabel).toBe("Causes: Checkout to Welcome email");
  });

  it("names arrows anew in the language chosen", async () => {
    const first = labelEdges(baseEdges, journey.elements, t, "en");
    await loadLocale("pl");
    setLocale("pl");
    const polish = labelEdges(baseEdges, journey.elements, t, "pl");
    expect(polish[0]).not.toBe(first[0]);
    expect(polish[0]!.ariaLabel).not.toBe(first[0]!.ariaLabel);
    expect(polish[0]!.ariaLabel).toContain("Ad");
  });
});
