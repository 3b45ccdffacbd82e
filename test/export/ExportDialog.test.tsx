import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { newId } from "../../src/domain";
import { ExportDialog } from "../../src/export/ExportDialog";
import { t } from "../../src/i18n";
import { replaceWorkspace } from "../../src/store";
import { groceryTemplate } from "../../src/templates";

let journeyId = "";

beforeEach(() => {
  // The sample journey every new workspace starts with.
  const { journey, persona } = groceryTemplate.build({ newId, now: 1, t });
  journeyId = journey.id;
  replaceWorkspace({ personas: { [persona.id]: persona }, journeys: { [journey.id]: journey } });
});

/** The dialog on its first settings (it remembers the last ones for the session). */
async function openDialog(user: ReturnType<typeof userEvent.setup>) {
  render(<ExportDialog journeyId={journeyId} onClose={() => undefined} />);
  const dialog = screen.getByRole("dialog", { name: "Export" });
  // The test DOM cannot load fonts: the dialog says so in the catalogue's words once it has tried, and
  // its settings still work.
  await waitFor(() =>
    expect(within(dialog).getByRole("status")).toHaveTextContent(
      "The export failed: its fonts could not be loaded. Reload the page and try again.",
    ),
  );
  await user.selectOptions(within(dialog).getByLabelText("Size"), "1920 × 1080");
  await user.selectOptions(within(dialog).getByLabelText("Scope"), "Whole journey");
  return dialog;
}

describe("the Export dialog's readability note", () => {
  it("tells the truth about the sample journey on one slide, at 1080p and at 4K alike", async () => {
    const user = userEvent.setup();
    const dialog = await openDialog(user);
    const note = within(dialog).getByRole("note");
    // toHaveTextContent folds white space, the catalogue's no-break spaces too.
    expect(note).toHaveTextContent(
      "Shown on a 1280 × 800 projector, card titles would be 6.1 px tall: too small to read.",
    );
    expect(note).toHaveTextContent(
      "3840 × 2160 is sharper, not larger: it helps only people who zoom into the image.",
    );
    expect(note).toHaveTextContent(
      "Fine as an overview; for cards people can read, add one image per stage (titles 9.5 px).",
    );
    // 4K is offered for what it is good for, and gives the same verdict once chosen.
    await user.click(within(note).getByRole("button", { name: /^3840.×.2160, to zoom into$/ }));
    expect(within(dialog).getByLabelText("Size")).toHaveValue("slide2160");
    expect(within(dialog).getByRole("note")).toHaveTextContent("would be 6.1 px tall");
    expect(
      within(within(dialog).getByRole("note")).queryByRole("button", { name: /3840/ }),
    ).toBeNull();
  });

  it("offers one image per stage, which clears the note", async () => {
    const user = userEvent.setup();
    const dialog = await openDialog(user);
    await user.click(
      within(within(dialog).getByRole("note")).getByRole("button", { name: "One image per stage" }),
    );
    expect(within(dialog).getByLabelText("Scope")).toHaveValue("eachStage");
    expect(within(dialog).queryByRole("note")).toBeNull();
  });
});
