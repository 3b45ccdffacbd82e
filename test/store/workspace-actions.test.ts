import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  addCard,
  addBlankJourney,
  applyImport,
  addFutureState,
  addPersona,
  copyPersona,
  deleteJourney,
  deletePersona,
  documentStore,
  editPersona,
  getWorkspace,
  replaceWorkspace,
  restoreRemoved,
  setClock,
  undoImport,
  undoPersonaEdit,
  getJourney,
} from "../../src/store";
import { emptyWorkspace } from "../../src/domain";
import { LANE_NAMES, STAGE_NAMES, blankJourney, stageId, laneId } from "../helpers/factories";

beforeEach(() => replaceWorkspace(emptyWorkspace()));

describe("personas and journeys", () => {
  it("creates, edits, copies and deletes a persona, and undoes the deletion", async () => {
    const id = addPersona("Maya");
    editPersona(id, { role: "Working parent", goals: ["Save time"] });
    const journeyId = addBlankJourney({
      personaId: id,
      title: "Weekly shop",
      stageNames: STAGE_NAMES,
      laneNames: LANE_NAMES,
    });
    await addFutureState(journeyId, "Weekly shop (future)");
    const copyId = (await copyPersona(id, "Maya (copy)"))!;
    const copies = Object.values(getWorkspace().journeys).filter((j) => j.personaId === copyId);
    expect(copies).toHaveLength(2);
    const future = copies.find((j) => j.state === "future")!;
    expect(copies.some((j) => j.id === future.currentStateId)).toBe(true);

    const removed = deletePersona(id);
    expect(getWorkspace().personas[id]).toBeUndefined();
    expect(Object.values(getWorkspace().journeys).some((j) => j.personaId === id)).toBe(false);
    restoreRemoved(removed);
    expect(getWorkspace().personas[id]!.role).toBe("Working parent");
    expect(Object.values(getWorkspace().journeys).filter((j) => j.personaId === id)).toHaveLength(
      2,
    );
  });

  it("deletes a journey and puts it back", () => {
    const id = addPersona("Maya");
    const journeyId = addBlankJourney({
      personaId: id,
      title: "Weekly shop",
      stageNames: STAGE_NAMES,
      laneNames: LANE_NAMES,
    });
    const removed = deleteJourney(journeyId);
    expect(getWorkspace().journeys[journeyId]).toBeUndefined();
    restoreRemoved(removed);
    expect(getWorkspace().journeys[journeyId]!.title).toBe("Weekly shop");
    expect(getJourney(journeyId)!.title).toBe("Weekly shop");
  });
});

describe("undoing a saved persona edit", () => {
  let time = 1_000;
  beforeEach(() => {
    time = 1_000;
    setClock(() => time);
  });
  afterEach(() => setClock(() => Date.now()));

  /** A persona with a filled-in profile, as it is before the save. */
  function maya() {
    const id = addPersona("Maya", { kind: "emoji", emoji: "🦊" });
    editPersona(id, { role: "Nurse", quote: "I shop at 3 a.m.", goals: ["Save time"] });
    return id;
  }
  const persona = (id: string) => getWorkspace().personas[id]!;

  it("says what a save did, and writes and stamps nothing when it changes nothing", () => {
    const id = maya();
    const before = persona(id);
    time = 2_000;
    expect(editPersona(id, { role: "Nurse", goals: ["Save time"] })).toBeNull();
    expect(persona(id)).toBe(before);
    const edit = editPersona(id, { role: "Night nurse", goals: ["Save time"] })!;
    expect(edit.before).toBe(before);
    expect(edit.after).toBe(persona(id));
    expect(edit.after).toMatchObject({ role: "Night nurse", updatedAt: 2_000 });
    expect(editPersona("nobody", { role: "x" })).toBeNull();
  });

  it("puts the persona back as it was before the save, in one change", () => {
    const id = maya();
    const before = persona(id);
    time = 2_000;
    const edit = editPersona(id, {
      name: "Maya K.",
      avatar: { kind: "initials", initials: "MK", color: "#0f766e" },
      goals: ["Save time", "Eat well"],
      preferredChannels: [{ kind: "standard", id: "email" }],
    })!;
    const changes: unknown[] = [];
    const stop = documentStore.subscribe((state) => changes.push(state.workspace));
    time = 3_000;
    const result = undoPersonaEdit(edit);
    stop();
    expect(changes).toHaveLength(1);
    expect(result.outcome).toBe("restored");
    const { updatedAt, ...profile } = persona(id);
    const { updatedAt: _was, ...profileBefore } = before;
    expect(profile).toEqual(profileBefore);
    // Undoing is itself an edit: the persona was last edited now.
    expect(updatedAt).toBe(3_000);
  });

  it("keeps a later edit of other fields, and puts back only what the save changed", () => {
    const id = maya();
    const edit = editPersona(id, { name: "Maya K.", role: "Night nurse" })!;
    editPersona(id, { quote: "Delivery by six, please." });
    const result = undoPersonaEdit(edit);
    expect(result.outcome).toBe("restored");
    expect(persona(id)).toMatchObject({
      name: "Maya",
      role: "Nurse",
      quote: "Delivery by six, please.",
    });
  });

  it("never loses a later change of the same field, and says which fields it kept", () => {
    const id = maya();
    const edit = editPersona(id, { name: "Maya K.", role: "Night nurse" })!;
    editPersona(id, { role: "Ward sister" });
    const result = undoPersonaEdit(edit);
    expect(result).toMatchObject({ outcome: "partly", kept: ["role"] });
    expect(persona(id)).toMatchObject({ name: "Maya", role: "Ward sister" });
  });

  it("changes nothing when everything the save changed has been changed again", () => {
    const id = maya();
    const edit = editPersona(id, { role: "Night nurse" })!;
    editPersona(id, { role: "Ward sister" });
    const workspace = getWorkspace();
    expect(undoPersonaEdit(edit).outcome).toBe("superseded");
    expect(getWorkspace()).toBe(workspace);
    // A second Undo of the same save finds nothing left to put back either.
    const again = editPersona(id, { role: "Midwife" })!;
    expect(undoPersonaEdit(again).outcome).toBe("restored");
    expect(undoPersonaEdit(again).outcome).toBe("superseded");
    expect(persona(id).role).toBe("Ward sister");
  });

  it("does not bring back a persona deleted since", () => {
    const id = maya();
    const edit = editPersona(id, { role: "Night nurse" })!;
    deletePersona(id);
    expect(undoPersonaEdit(edit).outcome).toBe("gone");
    expect(getWorkspace().personas[id]).toBeUndefined();
  });

  it("tells pictures apart by the picture, not by its size", () => {
    const id = maya();
    const first = { type: "image/png", bytes: new Uint8Array([1]) };
    const second = { type: "image/png", bytes: new Uint8Array([2]) };
    editPersona(id, { avatar: { kind: "image", image: first } });
    const edit = editPersona(id, { avatar: { kind: "image", image: second } })!;
    expect(edit).not.toBeNull();
    expect(undoPersonaEdit(edit).outcome).toBe("restored");
    expect(persona(id).avatar).toEqual({ kind: "image", image: first });
  });
});

describe("undoing an import", () => {
  function imported() {
    const here = addPersona("Maya");
    const visitor = { ...getWorkspace().personas[here]!, id: "persona-new", name: "Reza" };
    const plan = {
      personas: [visitor],
      journeys: [
        blankJourney({ id: "journey-a", personaId: here }),
        blankJourney({ id: "journey-b", personaId: "persona-new" }),
      ],
      copied: 0,
      snapshots: [],
    };
    applyImport(plan);
    return { here, plan };
  }

  it("takes back the journeys and the personas only the import brought, never one already here", () => {
    const { here, plan } = imported();
    expect(undoImport(plan)).toEqual({ kept: 0 });
    const ws = getWorkspace();
    expect(Object.keys(ws.journeys)).toEqual([]);
    expect(Object.keys(ws.personas)).toEqual([here]);
  });

  it("keeps a journey edited since the import, and its persona, and says how many it kept", () => {
    const { here, plan } = imported();
    const b = getJourney("journey-b")!;
    addCard(
      "journey-b",
      "touchpoint",
      {
        stageId: stageId(b, 0),
        laneId: laneId(b, "touchpoints"),
      },
      "Added after the import",
    );
    expect(undoImport(plan)).toEqual({ kept: 1 });
    const ws = getWorkspace();
    expect(Object.keys(ws.journeys)).toEqual(["journey-b"]);
    expect(Object.keys(ws.personas).sort()).toEqual([here, "persona-new"].sort());
  });
});
