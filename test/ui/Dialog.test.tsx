import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { Dialog, DialogCancel } from "../../src/ui/Dialog";

const ASK = {
  title: "Discard changes?",
  body: "What you changed here has not been saved.",
  discard: "Discard",
  keep: "Keep editing",
};

/** A small form in a real dialog, as the app's editors use it: a draft and a Cancel button. */
function NoteForm({ onClose }: { onClose: () => void }) {
  const [note, setNote] = useState("");
  return (
    <Dialog
      open
      title="Edit note"
      closeLabel="Close"
      onClose={onClose}
      unsaved={{ changed: note !== "", ...ASK }}
      footer={<DialogCancel>Cancel</DialogCancel>}
    >
      <label>
        Note
        <input value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
    </Dialog>
  );
}

function renderForm() {
  const onClose = vi.fn();
  render(
    <>
      <button type="button">Open the note</button>
      <NoteForm onClose={onClose} />
    </>,
  );
  const dialog = screen.getByRole("dialog", { name: "Edit note" });
  return { onClose, dialog, note: within(dialog).getByRole("textbox", { name: "Note" }) };
}

const question = () => screen.queryByRole("alertdialog", { name: "Discard changes?" });

describe("a dialog without input", () => {
  it("closes on a click on its backdrop, but not on a click inside", async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(
      <Dialog open title="Shortcuts" closeLabel="Close" onClose={onClose}>
        <p>Press ? for help.</p>
      </Dialog>,
    );
    const dialog = screen.getByRole("dialog", { name: "Shortcuts" });
    await user.click(within(dialog).getByText("Press ? for help."));
    expect(onClose).not.toHaveBeenCalled();
    await user.click(dialog);
    expect(onClose).toHaveBeenCalledOnce();
  });

  it("does not close when a press begun inside is let go on the backdrop", async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(
      <Dialog open title="Shortcuts" closeLabel="Close" onClose={onClose}>
        <p>Press ? for help.</p>
      </Dialog>,
    );
    const dialog = screen.getByRole("dialog", { name: "Shortcuts" });
    const text = within(dialog).getByText("Press ? for help.");
    await user.pointer([
      { keys: "[MouseLeft>]", target: text },
      { target: dialog },
      { keys: "[/MouseLeft]", target: dialog },
    ]);
    expect(onClose).not.toHaveBeenCalled();
  });
});

describe("a form dialog", () => {
  it("closes on a backdrop click, Escape or Cancel at once while nothing has been changed", async () => {
    const user = userEvent.setup();
    const { onClose, dialog } = renderForm();
    await user.click(dialog);
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(question()).toBeNull();
  });

  it("ignores a click on its backdrop once something has been typed", async () => {
    const user = userEvent.setup();
    const { onClose, dialog, note } = renderForm();
    await user.type(note, "Call the bank");
    await user.click(dialog);
    expect(onClose).not.toHaveBeenCalled();
    expect(question()).toBeNull();
    expect(note).toHaveValue("Call the bank");
  });

  it.each([
    ["Escape", async (user: ReturnType<typeof userEvent.setup>) => user.keyboard("{Escape}")],
    [
      "the close button",
      async (user: ReturnType<typeof userEvent.setup>) =>
        user.click(screen.getByRole("button", { name: "Close" })),
    ],
    [
      "Cancel",
      async (user: ReturnType<typeof userEvent.setup>) =>
        user.click(screen.getByRole("button", { name: "Cancel" })),
    ],
  ])("asks before %s throws changes away, and Discard closes it", async (_way, leave) => {
    const user = userEvent.setup();
    const { onClose, note } = renderForm();
    await user.type(note, "Call the bank");
    await leave(user);
    expect(onClose).not.toHaveBeenCalled();
    const ask = question()!;
    expect(ask).toHaveAccessibleDescription("What you changed here has not been saved.");
    // The question cannot be closed by mistake: its only buttons are its two answers.
    expect(
      within(ask)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Keep editing", "Discard"]);
    await user.click(within(ask).getByRole("button", { name: "Discard" }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it("goes back to the form, changes and all, on Keep editing, Escape or a backdrop click", async () => {
    const user = userEvent.setup();
    const { onClose, note } = renderForm();
    await user.type(note, "Call the bank");

    await user.keyboard("{Escape}");
    await user.click(within(question()!).getByRole("button", { name: "Keep editing" }));
    expect(question()).toBeNull();

    await user.keyboard("{Escape}");
    expect(question()).not.toBeNull();
    await user.keyboard("{Escape}");
    expect(question()).toBeNull();

    await user.click(screen.getByRole("button", { name: "Close" }));
    await user.click(question()!);
    expect(question()).toBeNull();

    expect(onClose).not.toHaveBeenCalled();
    expect(note).toHaveValue("Call the bank");
  });

  it("is answered with the keyboard alone, starting on the safe choice", async () => {
    const user = userEvent.setup();
    const { onClose, note } = renderForm();
    await user.type(note, "Call the bank");
    await user.keyboard("{Escape}");
    const ask = question()!;
    // (The browser focuses the first button as the question opens; the test DOM has no such step.)
    within(ask).getByRole("button", { name: "Keep editing" }).focus();
    await user.keyboard("{Enter}");
    expect(question()).toBeNull();
    expect(note).toHaveFocus();

    await user.keyboard("{Escape}");
    within(question()!).getByRole("button", { name: "Keep editing" }).focus();
    await user.tab();
    expect(within(question()!).getByRole("button", { name: "Discard" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(onClose).toHaveBeenCalledOnce();
  });

  it("asks no more once the changes are taken back by hand", async () => {
    const user = userEvent.setup();
    const { onClose, dialog, note } = renderForm();
    await user.type(note, "x");
    await user.clear(note);
    await user.click(dialog);
    expect(question()).toBeNull();
    expect(onClose).toHaveBeenCalledOnce();
  });
});
