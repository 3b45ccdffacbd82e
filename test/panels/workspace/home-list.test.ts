import { describe, expect, it } from "vitest";
import {
  createFutureState,
  createPersona,
  summarizeJourney,
  type Journey,
  type WorkspaceIndex,
  emptyMetricLibrary,
} from "../../../src/domain";
import { buildHomeList, foldForSearch } from "../../../src/panels/workspace/home-list";
import { blankJourney, sequentialIds } from "../../helpers/factories";

function journey(id: string, personaId: string, title: string, updatedAt: number): Journey {
  return { ...blankJourney({ id, personaId, newId: sequentialIds(id) }), title, updatedAt };
}

/** Two personas: Zofia (edited long ago, two journeys and a future state) and Adam (recent). */
function workspace(): WorkspaceIndex {
  const zofia = { ...createPersona("p-zofia", "Zofia Nowak", 100), updatedAt: 100 };
  const adam = { ...createPersona("p-adam", "Adam Café", 100), updatedAt: 900 };
  const lonely = { ...createPersona("p-lonely", "Lonely Lin", 50), updatedAt: 50 };
  const shop = journey("j-shop", zofia.id, "Weekly shop", 200);
  const bank = journey("j-bank", zofia.id, "Open an account", 300);
  const future = {
    ...createFutureState(shop, sequentialIds("f"), "Weekly shop (future state)", 400),
    id: "j-future",
  };
  const hotel = journey("j-hotel", adam.id, "Hotel stay", 800);
  return {
    metrics: emptyMetricLibrary(),
    personas: { [zofia.id]: zofia, [adam.id]: adam, [lonely.id]: lonely },
    journeys: Object.fromEntries(
      [shop, bank, future, hotel].map((j) => [j.id, summarizeJourney(j)]),
    ),
  };
}

const names = (list: ReturnType<typeof buildHomeList>) => list.map((e) => e.persona.name);
const titles = (list: ReturnType<typeof buildHomeList>, name: string) =>
  list.find((e) => e.persona.name === name)!.journeys.map((j) => j.journey.title);

describe("the home list", () => {
  it("puts the most recently edited persona first, counting its journeys' edits", () => {
    // Zofia's persona is old, but her future state was edited at 400: later than Lonely (50).
    const list = buildHomeList(workspace(), "", "edited");
    expect(names(list)).toEqual(["Adam Café", "Zofia Nowak", "Lonely Lin"]);
    expect(list[1]!.lastEdited).toBe(400);
  });

  it("sorts by name in the reader's order when asked", () => {
    expect(names(buildHomeList(workspace(), "", "name"))).toEqual([
      "Adam Café",
      "Lonely Lin",
      "Zofia Nowak",
    ]);
  });

  it("lists a future state right under the current state it was made from", () => {
    const zofia = buildHomeList(workspace(), "", "name").find(
      (e) => e.persona.name === "Zofia Nowak",
    )!;
    expect(zofia.journeys.map((j) => [j.journey.title, j.nested])).toEqual([
      ["Open an account", false],
      ["Weekly shop", false],
      ["Weekly shop (future state)", true],
    ]);
    expect(zofia.journeyCount).toBe(3);
  });

  it("sorts journeys by their last edit too, keeping a future state with its current state", () => {
    expect(titles(buildHomeList(workspace(), "", "edited"), "Zofia Nowak")).toEqual([
      "Weekly shop",
      "Weekly shop (future state)",
      "Open an account",
    ]);
  });

  it("finds a journey by part of its title, whatever the case, and only shows what matches", () => {
    const list = buildHomeList(workspace(), "  ACCOUNT ", "edited");
    expect(names(list)).toEqual(["Zofia Nowak"]);
    expect(titles(list, "Zofia Nowak")).toEqual(["Open an account"]);
    // The count on the card still tells how many journeys the persona has.
    expect(list[0]!.journeyCount).toBe(3);
  });

  it("keeps the current state beside a matching future state, for context", () => {
    const list = buildHomeList(workspace(), "future", "edited");
    expect(titles(list, "Zofia Nowak")).toEqual(["Weekly shop", "Weekly shop (future state)"]);
  });

  it("finds a persona by name, ignoring accents, and shows all of its journeys", () => {
    const list = buildHomeList(workspace(), "cafe", "name");
    expect(names(list)).toEqual(["Adam Café"]);
    expect(titles(list, "Adam Café")).toEqual(["Hotel stay"]);
    expect(names(buildHomeList(workspace(), "lonely", "name"))).toEqual(["Lonely Lin"]);
  });

  it("returns nothing when nothing matches", () => {
    expect(buildHomeList(workspace(), "holiday", "name")).toEqual([]);
  });

  it("folds text for search in any script", () => {
    expect(foldForSearch("Wiśniewski")).toBe("wisniewski");
    expect(foldForSearch("ŁÓDŹ")).toBe("lodz");
    expect(foldForSearch("سفر خرید")).toBe("سفر خرید");
  });
});
