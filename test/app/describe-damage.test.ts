import { describe, expect, it } from "vitest";
import { describeProblem } from "../../src/app/describe-damage";
import { parseWaymarkText } from "../../src/format";
import { t } from "../../src/i18n";
import { readFileSync } from "node:fs";
import path from "node:path";

const fixture = () =>
  JSON.parse(
    readFileSync(
      path.resolve(import.meta.dirname, "../fixtures/format-v1/workspace.waymark.json"),
      "utf8",
    ),
  );

function reasonFor(change: (doc: ReturnType<typeof fixture>) => void): string {
  const doc = fixture();
  change(doc);
  const result = parseWaymarkText(JSON.stringify(doc));
  if (result.ok || result.error.kind !== "damaged") throw new Error("expected a damaged file");
  return describeProblem(t, result.error.at, result.error.damage);
}

describe("saying what is damaged in a file, in words", () => {
  it("names the place as people know it and the problem with its limit", () => {
    expect(reasonFor((doc) => (doc.journeys[0].elements[1].satisfaction = 9))).toBe(
      "journey 1 › card 2 › satisfaction score is too high (at most 5)",
    );
    expect(reasonFor((doc) => (doc.journeys[0].elements[0].title = "x".repeat(30_000)))).toMatch(
      /^journey 1 › card 1 › title is too long \(at most [\d,]+ characters\)$/,
    );
  });

  it("tells a missing field from one of the wrong kind", () => {
    expect(reasonFor((doc) => delete doc.journeys[0].title)).toBe("journey 1 › title is missing");
    expect(reasonFor((doc) => (doc.journeys[0].title = 42))).toBe(
      "journey 1 › title holds the wrong kind of value",
    );
  });

  it("names a field it does not know, and a card in a stage that does not exist", () => {
    expect(reasonFor((doc) => (doc.journeys[0].elements[0].onclick = "alert(1)"))).toBe(
      "journey 1 › card 1 holds a field Waymark does not know (“onclick”)",
    );
    expect(reasonFor((doc) => (doc.journeys[0].elements[0].stageId = "nowhere"))).toBe(
      "journey 1 › card 1 › stage names a stage that does not exist",
    );
  });

  it("never shows the schema's own English", () => {
    const reason = reasonFor((doc) => (doc.personas[0].avatar = { kind: "emoji", emoji: 7 }));
    expect(reason).not.toMatch(/Invalid|expected|received|Too big/);
    expect(reason.startsWith("persona 1 › avatar")).toBe(true);
  });
});
