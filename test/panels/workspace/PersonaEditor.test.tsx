import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { AVATAR_COLORS, createPersona, emptyWorkspace } from "../../../src/domain";
import { firstGrapheme } from "../../../src/panels/workspace/AvatarPicker";
import { PersonaEditor } from "../../../src/panels/workspace/PersonaEditor";
import { customChannelsOf, linesOf } from "../../../src/panels/workspace/PersonaListFields";
import { getWorkspace, replaceWorkspace } from "../../../src/store";

beforeEach(() => replaceWorkspace(emptyWorkspace()));

const personas = () => Object.values(getWorkspace().personas);

function renderEditor(props: Partial<Parameters<typeof PersonaEditor>[0]> = {}) {
  const onClose = vi.fn();
  const onSaved = vi.fn();
  render(<PersonaEditor onClose={onClose} onSaved={onSaved} {...props} />);
  const dialog = screen.getByRole("dialog");
  return { onClose, onSaved, dialog, user: userEvent.setup() };
}

describe("the persona editor", () => {
  it("will not create a persona without a name, and says why", async () => {
    const { dialog, user, onClose } = renderEditor();
    const name = within(dialog).getByRole("textbox", { name: "Name" });
    await user.type(name, "   ");
    await user.click(within(dialog).getByRole("button", { name: "Create persona" }));
    expect(personas()).toHaveLength(0);
    expect(onClose).not.toHaveBeenCalled();
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(name).toHaveAccessibleDescription("Give the persona a name.");
    expect(name).toHaveFocus();

    await user.type(name, "Maya");
    expect(name).not.toHaveAttribute("aria-invalid");
  });

  it("creates a persona with everything that was filled in", async () => {
    const { dialog, user, onSaved, onClose } = renderEditor();
    const box = (name: string) => within(dialog).getByRole("textbox", { name });
    await user.type(box("Name"), "  Maya Kowalska ");
    await user.type(box("Role or segment"), "Nurse on night shifts");
    await user.type(box("Quote"), "I shop at 3 a.m.");
    await user.type(box("Goals"), "Save time{Enter}{Enter}  Eat well  {Enter}");
    await user.type(box("Needs"), "Late delivery slots");
    await user.type(box("Frustrations"), "Slots gone by noon");
    await user.click(within(dialog).getByRole("checkbox", { name: "Mobile app" }));
    await user.click(within(dialog).getByRole("checkbox", { name: "Email" }));
    await user.type(box("Other channels"), "Podcasts, email, Podcasts ,  Radio");
    await user.type(box("Notes"), "Met in Gdańsk.");
    await user.click(within(dialog).getByRole("button", { name: "🧑‍🎓" }));
    await user.click(within(dialog).getByRole("button", { name: "Create persona" }));

    const [persona] = personas();
    expect(persona).toMatchObject({
      name: "Maya Kowalska",
      role: "Nurse on night shifts",
      quote: "I shop at 3 a.m.",
      goals: ["Save time", "Eat well"],
      needs: ["Late delivery slots"],
      frustrations: ["Slots gone by noon"],
      notes: "Met in Gdańsk.",
      avatar: { kind: "emoji", emoji: "🧑‍🎓" },
      preferredChannels: [
        { kind: "standard", id: "mobileApp" },
        { kind: "standard", id: "email" },
        { kind: "custom", name: "Podcasts" },
        { kind: "custom", name: "Radio" },
      ],
    });
    expect(onSaved).toHaveBeenCalledWith(persona!.id);
    expect(onClose).toHaveBeenCalled();
  });

  it("gives an initials avatar the name's initials unless other letters are typed", async () => {
    const { dialog, user } = renderEditor();
    await user.type(within(dialog).getByRole("textbox", { name: "Name" }), "zofia nowak");
    await user.click(within(dialog).getByRole("radio", { name: "Initials" }));
    await user.click(within(dialog).getByRole("radio", { name: "Teal" }));
    await user.click(within(dialog).getByRole("button", { name: "Create persona" }));
    expect(personas()[0]!.avatar).toEqual({
      kind: "initials",
      initials: "ZN",
      color: AVATAR_COLORS[3],
    });
  });

  it("edits a persona in place and keeps what was not touched", async () => {
    const persona = {
      ...createPersona("p-1", "Maya", 1_000),
      goals: ["Save time"],
      preferredChannels: [{ kind: "custom" as const, name: "Radio" }],
    };
    replaceWorkspace({ personas: { [persona.id]: persona }, journeys: {} });
    const { dialog, user } = renderEditor({ persona });
    expect(within(dialog).getByRole("textbox", { name: "Goals" })).toHaveValue("Save time");
    expect(within(dialog).getByRole("textbox", { name: "Other channels" })).toHaveValue("Radio");
    expect(within(dialog).getByRole("radio", { name: "Initials" })).toBeChecked();
    const name = within(dialog).getByRole("textbox", { name: "Name" });
    await user.clear(name);
    await user.type(name, "Maya K.");
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));
    expect(personas()).toHaveLength(1);
    expect(getWorkspace().personas["p-1"]).toMatchObject({
      name: "Maya K.",
      goals: ["Save time"],
      preferredChannels: [{ kind: "custom", name: "Radio" }],
      // The initials followed the new name, as they were never typed by hand.
      avatar: { kind: "initials", initials: "MK" },
    });
  });

  it.each(["Cancel", "Close"])(
    "works on a draft: %s leaves the persona exactly as it was",
    async (button) => {
      const persona = {
        ...createPersona("p-1", "Maya", 1_000),
        quote: "I shop at 3 a.m.",
        goals: ["Save time"],
      };
      replaceWorkspace({ personas: { [persona.id]: persona }, journeys: {} });
      const stored = getWorkspace().personas["p-1"];
      const { dialog, user, onClose, onSaved } = renderEditor({ persona });
      const box = (name: string) => within(dialog).getByRole("textbox", { name });
      await user.clear(box("Name"));
      await user.type(box("Name"), "Somebody else");
      await user.type(box("Quote"), " Or never.");
      await user.type(box("Goals"), "{Enter}Eat well");
      await user.click(within(dialog).getByRole("checkbox", { name: "Email" }));
      await user.click(within(dialog).getByRole("radio", { name: "Emoji" }));
      await user.click(within(dialog).getByRole("button", { name: "🧑‍🎓" }));
      // Nothing reaches the workspace while the editor is open.
      expect(getWorkspace().personas["p-1"]).toBe(stored);

      await user.click(within(dialog).getByRole("button", { name: button }));
      // There are changes, so it asks before throwing them away.
      expect(onClose).not.toHaveBeenCalled();
      const ask = screen.getByRole("alertdialog", { name: "Discard changes?" });
      await user.click(within(ask).getByRole("button", { name: "Discard" }));
      expect(onClose).toHaveBeenCalledOnce();
      expect(onSaved).not.toHaveBeenCalled();
      expect(getWorkspace().personas["p-1"]).toBe(stored);
    },
  );

  it("keeps a long edit through a stray click beside it, and asks before Escape drops it", async () => {
    const persona = createPersona("p-1", "Maya", 1_000);
    replaceWorkspace({ personas: { [persona.id]: persona }, journeys: {} });
    const { dialog, user, onClose } = renderEditor({ persona });
    const quote = within(dialog).getByRole("textbox", { name: "Quote" });
    await user.type(quote, "I shop at 3 a.m., when the house is quiet.");
    await user.click(dialog);
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.queryByRole("alertdialog")).toBeNull();

    await user.keyboard("{Escape}");
    const ask = screen.getByRole("alertdialog", { name: "Discard changes?" });
    expect(ask).toHaveAccessibleDescription("What you changed here has not been saved.");
    await user.click(within(ask).getByRole("button", { name: "Keep editing" }));
    expect(quote).toHaveValue("I shop at 3 a.m., when the house is quiet.");
    expect(quote).toHaveFocus();
    expect(onClose).not.toHaveBeenCalled();
  });

  it("closes at once when nothing was changed, even after a change taken back", async () => {
    const persona = createPersona("p-1", "Maya", 1_000);
    replaceWorkspace({ personas: { [persona.id]: persona }, journeys: {} });
    const { dialog, user, onClose } = renderEditor({ persona });
    await user.click(within(dialog).getByRole("checkbox", { name: "Email" }));
    await user.click(within(dialog).getByRole("checkbox", { name: "Email" }));
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(onClose).toHaveBeenCalledOnce();
  });

  it("refuses a text file named .png with a plain reason and keeps the dialog open", async () => {
    const { dialog, user } = renderEditor();
    await user.type(within(dialog).getByRole("textbox", { name: "Name" }), "Maya");
    await user.click(within(dialog).getByRole("radio", { name: "Picture" }));
    const upload = within(dialog).getByLabelText("Upload a picture…");
    await user.upload(upload, new File(["milk, eggs"], "notes.png", { type: "image/png" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "“notes.png” is not a picture. Choose a PNG, JPEG, WebP, GIF or AVIF image.",
    );
    await user.click(within(dialog).getByRole("button", { name: "Create persona" }));
    expect(within(dialog).getByRole("alert")).toHaveTextContent(
      "Upload a picture, or choose an emoji or initials.",
    );
    expect(personas()).toHaveLength(0);
  });

  it("refuses a picture over 10 MB, giving its size", async () => {
    const { dialog, user } = renderEditor();
    await user.click(within(dialog).getByRole("radio", { name: "Picture" }));
    const big = new File([new Uint8Array(12.5 * 1024 * 1024)], "holiday.jpg", {
      type: "image/jpeg",
    });
    await user.upload(within(dialog).getByLabelText("Upload a picture…"), big);
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "“holiday.jpg” is 12.5 MB; a picture can be up to 10 MB.",
    );
  });
});

describe("reading the editor's fields", () => {
  it("makes lists from lines", () => {
    expect(linesOf(" a \n\n b\r\nc ")).toEqual(["a", "b", "c"]);
    expect(linesOf("x\n".repeat(150))).toHaveLength(100);
  });

  it("makes custom channels from a comma list, without repeats or standard names", () => {
    expect(customChannelsOf("Radio, radio, Web ,، پادکست", ["Web"])).toEqual([
      { kind: "custom", name: "Radio" },
      { kind: "custom", name: "پادکست" },
    ]);
  });

  it("keeps one emoji as a person sees it", () => {
    expect(firstGrapheme(" 👩🏽‍💻 and more")).toBe("👩🏽‍💻");
    expect(firstGrapheme("  ")).toBe("");
  });
});
