import { produce } from "immer";
import { beforeEach, describe, expect, it } from "vitest";
import { paletteTarget } from "../../src/panels/palette/Palette";
import { clearSelection, openEditor, selectCards, selectCell, setFocus } from "../../src/store";
import { blankJourney, laneId, stageId, withCard } from "../helpers/factories";

const journey = produce(blankJourney(), (j) => {
  withCard(j, { id: "checkout", title: "Checkout", stage: 2 });
});
const at = (stage: number, lane: Parameters<typeof laneId>[1]) => ({
  stageId: stageId(journey, stage),
  laneId: laneId(journey, lane),
});

beforeEach(() => {
  openEditor("other");
  openEditor(journey.id);
});

describe("where a card from the palette goes", () => {
  it("goes to the selected cell, whatever its kind", () => {
    selectCell(at(3, "opportunities"));
    expect(paletteTarget(journey, "frictionPoint")).toEqual(at(3, "opportunities"));
  });

  it("goes beside the selected card", () => {
    selectCards(["checkout"]);
    expect(paletteTarget(journey, "note")).toEqual(at(2, "touchpoints"));
  });

  it("goes to its kind's lane in the first stage when nothing is selected", () => {
    expect(paletteTarget(journey, "frictionPoint")).toEqual(at(0, "frictionPoints"));
    expect(paletteTarget(journey, "momentOfDelight")).toEqual(at(0, "momentsOfDelight"));
  });

  it("forgets the last cell once the selection is cleared, though focus stays there", () => {
    selectCell(at(3, "touchpoints"));
    clearSelection();
    setFocus({ kind: "cell", cell: at(3, "touchpoints") });
    expect(paletteTarget(journey, "frictionPoint")).toEqual(at(0, "frictionPoints"));
  });

  it("never goes to the emotion curve lane, which holds no cards", () => {
    selectCell(at(1, "emotionCurve"));
    expect(paletteTarget(journey, "channel")).toEqual(at(0, "channels"));
  });
});
