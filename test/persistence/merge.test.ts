import { produce } from "immer";
import { describe, expect, it } from "vitest";
import { mergeRemoteRows, mergeRow, sameValue, type RemoteRows } from "../../src/persistence";
import { journeyToRow } from "../../src/persistence/rows";
import { blankJourney, withCard, workspaceWith } from "../helpers/factories";

const base = workspaceWith(
  produce(blankJourney(), (j) => {
    withCard(j, { id: "a", title: "A" });
    withCard(j, { id: "b", title: "B" });
  }),
);
const journeyOf = (ws: typeof base) => ws.journeys["journey-1"]!;

function remote(elements: [string, Record<string, unknown> | null][]): RemoteRows {
  return {
    personas: new Map(),
    journeys: new Map(),
    links: new Map(),
    elements: new Map(
      elements.map(([id, changes]) => [
        `journey-1/${id}`,
        {
          journeyId: "journey-1",
          id,
          element: changes === null ? null : { ...journeyOf(base).elements[id]!, ...changes },
        },
      ]),
    ),
  };
}

describe("comparing stored rows", () => {
  it("compares plain data by value, and a missing field equals one holding undefined", () => {
    expect(sameValue({ a: [1, { b: "x" }] }, { a: [1, { b: "x" }] })).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameValue({ a: null }, { a: undefined })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
  });

  it("compares pictures by size and type", () => {
    expect(
      sameValue(new Blob(["abc"], { type: "image/png" }), new Blob(["xyz"], { type: "image/png" })),
    ).toBe(true);
    expect(
      sameValue(
        new Blob(["abc"], { type: "image/png" }),
        new Blob(["abcd"], { type: "image/png" }),
      ),
    ).toBe(false);
  });
});

describe("merging one row three ways", () => {
  const row = { title: "T", stages: ["s1"], updatedAt: 10 };

  it("keeps both changes when two tabs changed different fields", () => {
    const ours = { ...row, title: "Ours", updatedAt: 20 };
    const theirs = { ...row, stages: ["s1", "s2"], updatedAt: 15 };
    expect(mergeRow(row, ours, theirs)).toEqual({
      row: { title: "Ours", stages: ["s1", "s2"], updatedAt: 20 },
      conflict: false,
    });
  });

  it("keeps this tab's value of a field both changed, and says it was a conflict", () => {
    const merged = mergeRow(row, { ...row, title: "Ours" }, { ...row, title: "Theirs" });
    expect(merged).toEqual({ row: { ...row, title: "Ours" }, conflict: true });
  });

  it("is no conflict when both changed a field to the same value", () => {
    expect(mergeRow(row, { ...row, title: "Same" }, { ...row, title: "Same" }).conflict).toBe(
      false,
    );
  });

  it("writes this tab's row as it is when nobody else changed it", () => {
    const ours = { ...row, title: "Ours" };
    expect(mergeRow(row, ours, { ...row }).row).toBe(ours);
  });

  it("brings back a row deleted elsewhere with this tab's edit, as a conflict", () => {
    const ours = { ...row, title: "Ours" };
    expect(mergeRow(row, ours, undefined)).toEqual({ row: ours, conflict: true });
  });
});

describe("taking another tab's changes", () => {
  it("keeps both tabs' edits when they touched different cards", () => {
    const local = produce(base, (ws) => void (journeyOf(ws).elements.a!.title = "A local"));
    const merged = mergeRemoteRows(local, remote([["b", { title: "B remote" }]]), base);
    expect(merged.conflicts).toBe(0);
    expect(journeyOf(merged.workspace).elements.a!.title).toBe("A local");
    expect(journeyOf(merged.workspace).elements.b!.title).toBe("B remote");
  });

  it("keeps both tabs' edits of different details of the same card", () => {
    const local = produce(base, (ws) => void (journeyOf(ws).elements.a!.title = "A local"));
    const merged = mergeRemoteRows(local, remote([["a", { satisfaction: 2 }]]), base);
    expect(merged.conflicts).toBe(0);
    expect(journeyOf(merged.workspace).elements.a).toMatchObject({
      title: "A local",
      satisfaction: 2,
    });
  });

  it("keeps this tab's unsaved edit of the same detail and counts the conflict", () => {
    const local = produce(base, (ws) => void (journeyOf(ws).elements.a!.title = "A local"));
    const merged = mergeRemoteRows(local, remote([["a", { title: "A remote" }]]), base);
    expect(merged.conflicts).toBe(1);
    expect(journeyOf(merged.workspace).elements.a!.title).toBe("A local");
  });

  it("keeps a stage renamed here when another tab's card edit stamped the journey", () => {
    const local = produce(base, (ws) => void (journeyOf(ws).stages[0]!.name = "Renamed here"));
    const stamped = { ...journeyToRow(journeyOf(base)), updatedAt: journeyOf(base).updatedAt + 5 };
    const merged = mergeRemoteRows(
      local,
      { ...remote([]), journeys: new Map([["journey-1", stamped]]) },
      base,
    );
    expect(merged.conflicts).toBe(0);
    expect(journeyOf(merged.workspace).stages[0]!.name).toBe("Renamed here");
    expect(journeyOf(merged.workspace).updatedAt).toBe(stamped.updatedAt);
  });

  it("removes a card another tab deleted, and takes rows whole without a base", () => {
    const merged = mergeRemoteRows(base, remote([["a", null]]), base);
    expect(Object.keys(journeyOf(merged.workspace).elements)).toEqual(["b"]);
    expect(journeyOf(base).elements.a).toBeDefined();
    const local = produce(base, (ws) => void (journeyOf(ws).elements.a!.title = "A local"));
    const taken = mergeRemoteRows(local, remote([["a", { satisfaction: 1 }]]));
    expect(journeyOf(taken.workspace).elements.a).toMatchObject({ title: "A", satisfaction: 1 });
  });

  it("keeps a card deleted here deleted when another tab changed it, and says so", () => {
    const local = produce(base, (ws) => void delete journeyOf(ws).elements.a);
    const merged = mergeRemoteRows(local, remote([["a", { title: "A remote" }]]), base);
    expect(merged.conflicts).toBe(1);
    expect(journeyOf(merged.workspace).elements.a).toBeUndefined();
  });
});
