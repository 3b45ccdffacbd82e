import fc from "fast-check";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseWaymarkText } from "../../src/format";

const valid = readFileSync(
  path.resolve(__dirname, "../fixtures/format-v1/workspace.waymark.json"),
  "utf8",
);
const validDoc: unknown = JSON.parse(valid);
const ERROR_KINDS = [
  "tooLarge",
  "unreadable",
  "notWaymark",
  "empty",
  "incomplete",
  "newerVersion",
  "damaged",
];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Mutates a copy of the valid document at a random place, in a random way. */
function mutate(doc: unknown, picks: number[], replacement: Json, key: string): unknown {
  const copy = structuredClone(doc) as Json;
  let node: Json = copy;
  for (const pick of picks) {
    if (Array.isArray(node) && node.length) {
      const i = pick % node.length;
      const child: Json = node[i]!;
      if (child === null || typeof child !== "object" || pick % 5 === 0) {
        if (pick % 3 === 0) node.splice(i, 1);
        else node[i] = replacement;
        return copy;
      }
      node = child;
    } else if (node && typeof node === "object" && !Array.isArray(node)) {
      const keys = Object.keys(node);
      if (!keys.length) break;
      const k = keys[pick % keys.length]!;
      const child: Json = node[k]!;
      if (child === null || typeof child !== "object" || pick % 5 === 0) {
        switch (pick % 4) {
          case 0:
            delete node[k];
            break;
          case 1:
            node[k] = replacement;
            break;
          case 2:
            Object.defineProperty(node, key, {
              value: replacement,
              enumerable: true,
              configurable: true,
              writable: true,
            });
            break;
          default:
            node[k] = [replacement] as Json;
        }
        return copy;
      }
      node = child;
    }
  }
  return copy;
}

function checkOutcome(text: string): void {
  let result;
  try {
    result = parseWaymarkText(text);
  } catch (error) {
    throw new Error(`parser threw on ${text.slice(0, 200)}: ${String(error)}`, { cause: error });
  }
  if (result.ok) {
    expect(Array.isArray(result.value.personas)).toBe(true);
    for (const journey of result.value.journeys) {
      for (const element of Object.values(journey.elements)) {
        expect(journey.stages.some((s) => s.id === element.stageId)).toBe(true);
      }
    }
  } else {
    expect(ERROR_KINDS).toContain(result.error.kind);
  }
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const dangerousKey = fc.constantFrom(
  "__proto__",
  "constructor",
  "prototype",
  "polluted",
  "id",
  "kind",
  "",
);
const replacement: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue() as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(
    { polluted: true },
    "<img src=x onerror=alert(1)>",
    -1,
    1e308,
    "",
    [],
    {},
    null,
  ),
);

describe("the parser under fuzzing", () => {
  it("returns a valid document or a typed error for 10,000 generated and mutated inputs, never throwing or polluting", () => {
    let runs = 0;
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        replacement,
        dangerousKey,
        (picks, value, key) => {
          runs += 1;
          checkOutcome(JSON.stringify(mutate(validDoc, picks, value, key)));
        },
      ),
      { numRuns: 6_000 },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          runs += 1;
          checkOutcome(text);
        },
      ),
      { numRuns: 2_500 },
    );
    fc.assert(
      fc.property(fc.nat({ max: valid.length }), fc.string({ maxLength: 5 }), (cut, insert) => {
        runs += 1;
        checkOutcome(valid.slice(0, cut) + insert + valid.slice(cut));
      }),
      { numRuns: 1_500 },
    );
    expect(runs).toBeGreaterThanOrEqual(10_000);
    // Ten thousand parses take a few seconds, more on a loaded machine: a deadline, not a goal.
  }, 180_000);
});
