import { produce } from "immer";
import { describe, expect, it } from "vitest";
import { localEditsBetween, mergeRemoteRows, type RemoteRows } from "../../src/persistence";
import { blankJourney, withCard, workspaceWith } from "../helpers/factories";

const base = workspaceWith(
  produce(blankJourney(), (j) => {
    withCard(j, { id: "a", title: "A" });
    withCard(j, { id: "b", title: "B" });
  }),
);

function remote(elements: [string, string | null][]): RemoteRows {
  return {
    personas: new Map(),
    journeys: new Map(),
    links: new Map(),
    elements: new Map(
      elements.map(([id, title]) => [
        `journey-1/${id}`,
        {
          journeyId: "journey-1",
          id,
          element: title === null ? null : { ...base.journeys["journey-1"]!.elements[id]!, title },
        },
      ]),
    ),
  };
}

describe("taking another tab's changes", () => {
  it("keeps both tabs' edits when they touched different cards", () => {
    const local = produce(
      base,
      (ws) => void (ws.journeys["journey-1"]!.elements.a!.title = "A local"),
    );
    const merged = mergeRemoteRows(
      local,
      remote([["b", "B remote"]]),
      localEditsBetween(base, local),
    );
    expect(merged.conflicts).toBe(0);
    expect(merged.workspace.journeys["journey-1"]!.elements.a!.title).toBe("A local");
    expect(merged.workspace.journeys["journey-1"]!.elements.b!.title).toBe("B remote");
  });

  it("keeps this tab's unsaved edit of the same card and counts the conflict", () => {
    const local = produce(
      base,
      (ws) => void (ws.journeys["journey-1"]!.elements.a!.title = "A local"),
    );
    const merged = mergeRemoteRows(
      local,
      remote([["a", "A remote"]]),
      localEditsBetween(base, local),
    );
    expect(merged.conflicts).toBe(1);
    expect(merged.workspace.journeys["journey-1"]!.elements.a!.title).toBe("A local");
  });

  it("removes a card another tab deleted", () => {
    const merged = mergeRemoteRows(base, remote([["a", null]]));
    expect(Object.keys(merged.workspace.journeys["journey-1"]!.elements)).toEqual(["b"]);
    expect(base.journeys["journey-1"]!.elements.a).toBeDefined();
  });
});
