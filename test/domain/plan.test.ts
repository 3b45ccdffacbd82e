import { produce } from "immer";
import { describe, expect, it } from "vitest";
import {
  actionFromCard,
  actionStatusesByCard,
  actionsOfCard,
  addAction,
  calendarDay,
  duplicateJourney,
  isCalendarDay,
  isOverdue,
  planBoard,
  removeAction,
  setTarget,
  targetGap,
  targetStanding,
  updateAction,
  type Journey,
  type PlanAction,
} from "../../src/domain";
import { sampleJourney } from "../engine/helpers";

function action(id: string, overrides: Partial<PlanAction> = {}): PlanAction {
  return {
    id,
    title: id,
    notes: "",
    status: "idea",
    owner: null,
    due: null,
    target: null,
    cardIds: ["a"],
    createdAt: 1,
    ...overrides,
  };
}

const withPlan = (actions: PlanAction[]): Journey =>
  produce(sampleJourney(), (j) => {
    for (const a of actions) addAction(j, a);
  });

describe("calendar days", () => {
  it.each([
    ["2027-02-28", true],
    ["2028-02-29", true],
    ["2027-02-29", false],
    ["2027-13-01", false],
    ["2027-1-5", false],
    ["0000-01-01", false],
    ["2027-04-31", false],
  ])("%s is a day: %s", (text, day) => expect(isCalendarDay(text)).toBe(day));

  it("writes today in local time", () => {
    expect(calendarDay(new Date(2027, 0, 5, 23, 59))).toBe("2027-01-05");
  });

  it("is overdue only when not done and its day has passed", () => {
    expect(isOverdue(action("x", { due: "2027-01-04" }), "2027-01-05")).toBe(true);
    expect(isOverdue(action("x", { due: "2027-01-05" }), "2027-01-05")).toBe(false);
    expect(isOverdue(action("x", { due: "2027-01-04", status: "done" }), "2027-01-05")).toBe(false);
    expect(isOverdue(action("x"), "2027-01-05")).toBe(false);
  });
});

describe("the action plan", () => {
  it("makes an action from a card: its title and owner, the card as the first it fixes", () => {
    const journey = produce(sampleJourney(), (j) => {
      j.elements.a!.owner = { kind: "standard", id: "marketing" };
    });
    expect(actionFromCard(journey, "a", "x", 5)).toEqual({
      id: "x",
      title: "Ad",
      notes: "",
      status: "idea",
      owner: { kind: "standard", id: "marketing" },
      due: null,
      target: null,
      cardIds: ["a"],
      createdAt: 5,
    });
    expect(actionFromCard(journey, "nope", "x", 5)).toBeNull();
  });

  it("keeps only cards of the map, once each, and refuses a day that does not exist", () => {
    const journey = produce(withPlan([action("x")]), (j) => {
      expect(updateAction(j, "x", { cardIds: ["b", "ghost", "b", "a"] })).toBe(true);
      expect(updateAction(j, "x", { due: "2027-02-30" })).toBe(false);
      expect(updateAction(j, "missing", { title: "t" })).toBe(false);
    });
    expect(journey.plan.x!.cardIds).toEqual(["b", "a"]);
    expect(journey.plan.x!.due).toBeNull();
    expect(produce(journey, (j) => void removeAction(j, "x")).plan).toEqual({});
  });

  it("groups the board by owner (standard, then the team's own, then nobody) and by status", () => {
    const journey = withPlan([
      action("n1", { status: "done" }),
      action("c1", { owner: { kind: "custom", name: "Legal" }, status: "planned" }),
      action("s2", { owner: { kind: "standard", id: "customerService" }, due: "2027-05-01" }),
      action("s1", { owner: { kind: "standard", id: "customerService" }, due: "2027-02-01" }),
      action("s3", { owner: { kind: "standard", id: "customerService" } }),
      action("m1", { owner: { kind: "standard", id: "marketing" }, status: "inProgress" }),
    ]);
    const board = planBoard(journey);
    expect(board.rows.map((r) => r.key)).toEqual([
      "standard:marketing",
      "standard:customerService",
      "custom:legal",
      "none",
    ]);
    // Soonest due first; those without a day last.
    expect(board.rows[1]!.columns.idea.map((a) => a.id)).toEqual(["s1", "s2", "s3"]);
    expect(board.totals).toEqual({ idea: 3, planned: 1, inProgress: 1, done: 1 });
  });

  it("tells the map which statuses each card's actions have", () => {
    const journey = withPlan([
      action("x", { cardIds: ["a", "b"], status: "planned" }),
      action("y", { cardIds: ["a"], status: "done" }),
    ]);
    const statuses = actionStatusesByCard(journey);
    expect([...statuses.get("a")!].sort()).toEqual(["done", "planned"]);
    expect([...statuses.get("b")!]).toEqual(["planned"]);
    expect(actionsOfCard(journey, "a").map((a) => a.id)).toEqual(["x", "y"]);
  });

  it("comes along with a copy of the journey, fixing the copies of its cards", () => {
    const journey = withPlan([action("x", { cardIds: ["a", "b"], status: "planned" })]);
    let n = 0;
    const copy = duplicateJourney(journey, () => `id${++n}`, "Copy", 9);
    const [copied] = Object.values(copy.plan);
    expect(copied!.id).not.toBe("x");
    expect(copied!.status).toBe("planned");
    expect(copied!.cardIds.map((id) => copy.elements[id]!.title)).toEqual(["Ad", "Checkout"]);
  });
});

describe("targets", () => {
  const NO_CUSTOM = { customMetrics: {} };
  const nps = { metric: "nps" as const, value: 20, by: "2027-03-31" };
  const aht = { metric: "ahtSeconds" as const, value: 240, by: null };

  it("stand met, short, late or unmeasured, the good way for each metric", () => {
    expect(targetStanding(NO_CUSTOM, nps, 25, "2027-01-01")).toBe("met");
    expect(targetStanding(NO_CUSTOM, nps, 10, "2027-01-01")).toBe("short");
    expect(targetStanding(NO_CUSTOM, nps, 10, "2027-04-01")).toBe("late");
    expect(targetStanding(NO_CUSTOM, nps, null, "2027-04-01")).toBe("unmeasured");
    // Handling time is better short.
    expect(targetStanding(NO_CUSTOM, aht, 200, "2027-01-01")).toBe("met");
    expect(targetStanding(NO_CUSTOM, aht, 300, "2099-01-01")).toBe("short");
    expect(targetGap(NO_CUSTOM, aht, 300)).toBe(60);
    expect(targetGap(NO_CUSTOM, nps, 12)).toBe(8);
  });

  it("are set and taken away; a day that does not exist is refused", () => {
    const journey = produce(sampleJourney(), (j) => {
      expect(setTarget(j, "nps", nps)).toBe(true);
      expect(setTarget(j, "ces", { metric: "ces", value: 5, by: "2027-02-30" })).toBe(false);
      expect(setTarget(j, "csat", { ...nps })).toBe(false);
    });
    expect(journey.targets).toEqual({ nps });
    expect(produce(journey, (j) => void setTarget(j, "nps", null)).targets).toEqual({});
  });
});
