import { produce } from "immer";
import { describe, expect, it } from "vitest";
import {
  documentStore,
  replaceWorkspace,
  selectJourney,
  selectPersonaOfJourney,
  updateCard,
} from "../../src/store";
import { blankJourney, withCard, workspaceWith } from "../helpers/factories";

describe("document selectors", () => {
  it("find a journey and a journey's persona, and nothing for unknown ids", () => {
    const workspace = workspaceWith(blankJourney());
    replaceWorkspace(workspace);
    const state = documentStore.getState();
    const journey = workspace.journeys["journey-1"]!;
    expect(selectJourney("journey-1")(state)).toEqual(journey);
    expect(selectJourney("journey-1")(state)).toBe(state.journeys["journey-1"]);
    const persona = state.workspace.personas[journey.personaId]!;
    expect(persona).toEqual(workspace.personas[journey.personaId]);
    expect(selectPersonaOfJourney("journey-1")(state)).toBe(persona);
    expect(selectJourney("nope")(state)).toBeUndefined();
    expect(selectJourney(null)(state)).toBeUndefined();
    expect(selectPersonaOfJourney(undefined)(state)).toBeUndefined();
  });

  it("keep the persona's identity when only a card of its journey changes", () => {
    replaceWorkspace(
      workspaceWith(produce(blankJourney(), (j) => void withCard(j, { id: "a", title: "A" }))),
    );
    const before = selectPersonaOfJourney("journey-1")(documentStore.getState());
    updateCard("journey-1", "a", { title: "B" });
    expect(selectPersonaOfJourney("journey-1")(documentStore.getState())).toBe(before);
    expect(selectJourney("journey-1")(documentStore.getState())!.elements.a!.title).toBe("B");
  });
});
