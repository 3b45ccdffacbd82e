import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPersona } from "../../../src/domain";
import { Notices } from "../../../src/app/Notices";
import { PersonaView } from "../../../src/panels/workspace/PersonaView";
import {
  editPersona,
  getWorkspace,
  noticesStore,
  replaceWorkspace,
  getJourney,
} from "../../../src/store";
import { blankJourney } from "../../helpers/factories";

beforeEach(() => {
  const maya = { ...createPersona("p-maya", "Maya", 1_000), goals: ["Save time"] };
  const shop = { ...blankJourney({ id: "j-shop", personaId: maya.id }), title: "Weekly shop" };
  replaceWorkspace({ personas: { [maya.id]: maya }, journeys: { [shop.id]: shop } });
  noticesStore.setState({ notices: [] });
  history.replaceState(null, "", "#/persona/p-maya");
});
afterEach(() => history.replaceState(null, "", "#/"));

/** Runs the action of the latest notice, as its button would. */
function runNoticeAction(label: string) {
  const notice = noticesStore.getState().notices.at(-1)!;
  expect(notice.action?.label).toBe(label);
  notice.action!.run();
  return notice;
}

async function journeyAction(
  user: ReturnType<typeof userEvent.setup>,
  title: string,
  item: string,
) {
  await user.click(screen.getByRole("button", { name: `Actions for ${title}` }));
  await user.click(screen.getByRole("menuitem", { name: item }));
}

describe("the persona page", () => {
  it("shows the persona's profile and journeys", () => {
    render(<PersonaView personaId="p-maya" />);
    expect(screen.getByRole("heading", { level: 1, name: "Maya" })).toBeVisible();
    expect(screen.getByRole("complementary", { name: "Profile" })).toHaveTextContent("Save time");
    expect(screen.getByRole("link", { name: "Weekly shop" })).toHaveAttribute(
      "href",
      "#/journey/j-shop",
    );
  });

  it("creates a future state listed under its current state, offered only for current states", async () => {
    const user = userEvent.setup();
    render(<PersonaView personaId="p-maya" />);
    await journeyAction(user, "Weekly shop", "Create future state");
    const future = Object.values(getWorkspace().journeys).find((j) => j.state === "future")!;
    expect(future).toMatchObject({ title: "Weekly shop (future state)", currentStateId: "j-shop" });
    const links = screen.getAllByRole("link").map((a) => a.textContent);
    expect(links).toEqual(["Weekly shop", "Weekly shop (future state)"]);
    await user.click(
      screen.getByRole("button", { name: "Actions for Weekly shop (future state)" }),
    );
    expect(screen.queryByRole("menuitem", { name: "Create future state" })).not.toBeInTheDocument();
    expect(screen.getByRole("menuitem", { name: "Rename" })).toBeVisible();
  });

  it("deletes a journey and puts it back from the notice", async () => {
    const user = userEvent.setup();
    render(<PersonaView personaId="p-maya" />);
    await journeyAction(user, "Weekly shop", "Delete");
    expect(getWorkspace().journeys["j-shop"]).toBeUndefined();
    expect(screen.getByRole("heading", { name: "No journeys yet" })).toBeVisible();
    expect(noticesStore.getState().notices.at(-1)!.message).toBe("Deleted “Weekly shop”.");
    runNoticeAction("Undo");
    expect(await screen.findByRole("link", { name: "Weekly shop" })).toBeVisible();
  });

  it("puts a deleted journey back from the notice's Undo, reached by keyboard", async () => {
    const user = userEvent.setup();
    render(
      <>
        <PersonaView personaId="p-maya" />
        <Notices />
      </>,
    );
    await journeyAction(user, "Weekly shop", "Delete");
    const heading = screen.getByRole("heading", { name: /^Journeys/ });
    expect(heading).toHaveFocus();
    const notice = screen.getByRole("status");
    expect(notice).toHaveTextContent("Deleted “Weekly shop”.");
    await user.keyboard("{F8}");
    expect(within(notice).getByRole("button", { name: "Undo" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("link", { name: "Weekly shop" })).toBeVisible();
    expect(notice).toBeEmptyDOMElement();
    expect(heading).toHaveFocus();
  });

  it("asks before deleting a persona with journeys, then goes home, and undo restores both", async () => {
    const user = userEvent.setup();
    render(<PersonaView personaId="p-maya" />);
    await user.click(screen.getByRole("button", { name: "More actions for Maya" }));
    await user.click(screen.getByRole("menuitem", { name: "Delete" }));
    const confirm = screen.getByRole("alertdialog", { name: "Delete “Maya”?" });
    expect(confirm).toHaveTextContent("Its journey goes with it.");
    await user.click(within(confirm).getByRole("button", { name: "Cancel" }));
    expect(getWorkspace().personas["p-maya"]).toBeDefined();

    await user.click(screen.getByRole("button", { name: "More actions for Maya" }));
    await user.click(screen.getByRole("menuitem", { name: "Delete" }));
    await user.click(screen.getByRole("button", { name: "Delete persona and journeys" }));
    expect(getWorkspace().personas["p-maya"]).toBeUndefined();
    expect(getWorkspace().journeys["j-shop"]).toBeUndefined();
    expect(window.location.hash).toBe("#/");
    runNoticeAction("Undo");
    expect(getWorkspace().personas["p-maya"]!.goals).toEqual(["Save time"]);
    expect(getJourney("j-shop")!.title).toBe("Weekly shop");
  });

  it("reopens the editor on the saved profile after a cancelled edit", async () => {
    const user = userEvent.setup();
    render(<PersonaView personaId="p-maya" />);
    await user.click(screen.getByRole("button", { name: "Edit persona" }));
    let editor = await screen.findByRole("dialog", { name: "Edit “Maya”" });
    await user.clear(within(editor).getByRole("textbox", { name: "Goals" }));
    await user.type(within(editor).getByRole("textbox", { name: "Goals" }), "Something else");
    await user.click(within(editor).getByRole("button", { name: "Cancel" }));
    const discard = screen.getByRole("alertdialog", { name: "Discard changes?" });
    await user.click(within(discard).getByRole("button", { name: "Discard" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.getByRole("complementary", { name: "Profile" })).toHaveTextContent("Save time");

    await user.click(screen.getByRole("button", { name: "Edit persona" }));
    editor = await screen.findByRole("dialog", { name: "Edit “Maya”" });
    expect(within(editor).getByRole("textbox", { name: "Goals" })).toHaveValue("Save time");
  });

  it("renames a journey, refusing an empty title", async () => {
    const user = userEvent.setup();
    render(<PersonaView personaId="p-maya" />);
    await journeyAction(user, "Weekly shop", "Rename");
    const dialog = screen.getByRole("dialog", { name: "Rename journey" });
    const title = within(dialog).getByRole("textbox", { name: "Title" });
    await user.clear(title);
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(title).toHaveAccessibleDescription("Give the journey a title.");
    await user.type(title, "Sunday shop");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(getJourney("j-shop")!.title).toBe("Sunday shop");
  });
});

describe("undoing a saved profile", () => {
  function renderPage() {
    const user = userEvent.setup();
    render(
      <>
        <PersonaView personaId="p-maya" />
        <Notices />
      </>,
    );
    return { user, notices: screen.getByRole("status") };
  }

  async function editProfile(
    user: ReturnType<typeof userEvent.setup>,
    field: string,
    value: string,
  ) {
    await user.click(screen.getByRole("button", { name: "Edit persona" }));
    const editor = await screen.findByRole("dialog", { name: /^Edit “/ });
    const box = within(editor).getByRole("textbox", { name: field });
    await user.clear(box);
    await user.type(box, value);
    await user.click(within(editor).getByRole("button", { name: "Save changes" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  }

  const profile = () => screen.getByRole("complementary", { name: "Profile" });

  it("says the changes were saved, and Undo puts the profile back", async () => {
    const { user, notices } = renderPage();
    await editProfile(user, "Goals", "Eat well");
    expect(profile()).toHaveTextContent("Eat well");
    expect(notices).toHaveTextContent("Saved changes to Maya.");
    await user.click(within(notices).getByRole("button", { name: "Undo" }));
    expect(profile()).toHaveTextContent("Save time");
    expect(profile()).not.toHaveTextContent("Eat well");
    expect(notices).toBeEmptyDOMElement();
  });

  it("says nothing when Save changes changed nothing", async () => {
    const { user, notices } = renderPage();
    await user.click(screen.getByRole("button", { name: "Edit persona" }));
    await user.click(await screen.findByRole("button", { name: "Save changes" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(notices).toBeEmptyDOMElement();
  });

  it("offers Undo for the latest save only, in one notice", async () => {
    const { user, notices } = renderPage();
    await editProfile(user, "Name", "Maya K.");
    await editProfile(user, "Goals", "Eat well");
    expect(within(notices).getAllByRole("button", { name: "Undo" })).toHaveLength(1);
    await user.click(within(notices).getByRole("button", { name: "Undo" }));
    expect(screen.getByRole("heading", { level: 1, name: "Maya K." })).toBeVisible();
    expect(profile()).toHaveTextContent("Save time");
  });

  it("keeps what was changed elsewhere since the save, and says so", async () => {
    const { user, notices } = renderPage();
    await editProfile(user, "Goals", "Eat well");
    const undo = within(notices).getByRole("button", { name: "Undo" });
    // Another tab changes the goals again, and the quote.
    act(() => void editPersona("p-maya", { goals: ["Sleep"], quote: "Late slots, please." }));
    await user.click(undo);
    expect(profile()).toHaveTextContent("Sleep");
    expect(getWorkspace().personas["p-maya"]!.quote).toBe("Late slots, please.");
    expect(notices).toHaveTextContent(
      "Nothing to undo: everything that save changed on Maya has been changed again since.",
    );
  });

  it("puts back what was not changed since, and names the fields it kept", async () => {
    const { user, notices } = renderPage();
    await user.click(screen.getByRole("button", { name: "Edit persona" }));
    const editor = await screen.findByRole("dialog", { name: "Edit “Maya”" });
    await user.type(within(editor).getByRole("textbox", { name: "Role or segment" }), "Nurse");
    await user.type(within(editor).getByRole("textbox", { name: "Notes" }), "Met in Gdańsk.");
    await user.type(within(editor).getByRole("textbox", { name: "Goals" }), "{Enter}Eat well");
    await user.click(within(editor).getByRole("button", { name: "Save changes" }));
    act(() => void editPersona("p-maya", { role: "Midwife", notes: "Met in Gdynia." }));
    await user.click(within(notices).getByRole("button", { name: "Undo" }));
    expect(notices).toHaveTextContent(
      "Undid the save, but kept the later changes to Role or segment and Notes.",
    );
    expect(getWorkspace().personas["p-maya"]).toMatchObject({
      goals: ["Save time"],
      role: "Midwife",
      notes: "Met in Gdynia.",
    });
  });
});
