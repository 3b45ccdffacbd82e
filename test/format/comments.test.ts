import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { threadsOf } from "../../src/domain";
import { FORMAT_VERSION, MIGRATIONS, parseWaymarkText, serializeJourney } from "../../src/format";

const fixture = (name: string) =>
  readFileSync(path.resolve(__dirname, "../fixtures", name), "utf8");
const options = { source: "Waymark test", exportedAt: new Date(Date.UTC(2026, 11, 4)) };

describe("comments in the file format (version 2)", () => {
  it("opens a version 1 file through migration 2, with no comments", () => {
    expect(MIGRATIONS.map((m) => m.to)).toEqual([2, 3, 4, 5, 6]);
    const parsed = parseWaymarkText(fixture("format-v1/journey.waymark.json"));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.writtenVersion).toBe(1);
    expect(parsed.value.journeys[0]!.comments).toEqual({});
  });

  it("opens a version 2 file with its threads, replies and resolutions, and writes them back", async () => {
    const parsed = parseWaymarkText(fixture("format-v2/journey-comments.waymark.json"));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const journey = parsed.value.journeys[0]!;
    const threads = threadsOf(journey, "cardAd");
    expect(threads.map((t) => [t.first.text, t.first.resolved, t.replies.length])).toEqual([
      ["Customers say the fee surprises them.", false, 1],
      ["Check the analytics.", true, 0],
    ]);
    // Markup and a bidi override are text like any other: the interface shows them as text.
    expect(threads[0]!.replies[0]!.text).toBe(
      "Agreed: <b>show it</b> on the first page \u202eevil\u202c",
    );
    const persona = parsed.value.personas[0]!;
    const workspace = {
      personas: { [persona.id]: persona },
      journeys: { [journey.id]: journey },
    };
    const written = await serializeJourney(workspace, journey.id, options);
    expect(JSON.parse(written).version).toBe(FORMAT_VERSION);
    const again = parseWaymarkText(written);
    if (!again.ok) throw new Error(JSON.stringify(again.error));
    expect(again.value.journeys[0]!.comments).toEqual(journey.comments);
  });

  it("refuses a comment on a card that is not in the file, and a reply to no thread", () => {
    const file = JSON.parse(fixture("format-v2/journey-comments.waymark.json"));
    file.journeys[0].comments[0].elementId = "cardNowhere";
    expect(parseWaymarkText(JSON.stringify(file))).toMatchObject({
      ok: false,
      error: { kind: "damaged", damage: { code: "unknownCard" } },
    });
    const orphan = JSON.parse(fixture("format-v2/journey-comments.waymark.json"));
    orphan.journeys[0].comments[1].replyTo = "cmtDone-missing";
    expect(parseWaymarkText(JSON.stringify(orphan))).toMatchObject({
      ok: false,
      error: { kind: "damaged", damage: { code: "unknownThread" } },
    });
  });

  // The release before comments (format version 1) had this same check: a file of a version above
  // its own is refused, with the versions named, and nothing is imported. So a file with comments
  // (version 2) opened there is refused cleanly rather than opened without them.
  it("is refused by a release that reads an older version, saying a newer Waymark wrote it", () => {
    const file = JSON.parse(fixture("format-v2/journey-comments.waymark.json"));
    file.version = FORMAT_VERSION + 1;
    expect(parseWaymarkText(JSON.stringify(file))).toMatchObject({
      ok: false,
      error: { kind: "newerVersion", version: FORMAT_VERSION + 1, supported: FORMAT_VERSION },
    });
  });
});
