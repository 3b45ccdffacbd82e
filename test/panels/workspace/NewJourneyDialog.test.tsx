import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_LANES, createPersona } from "../../../src/domain";
import { t } from "../../../src/i18n";
import { NewJourneyDialog, createJourneyFor } from "../../../src/panels/workspace/NewJourneyDialog";
import { getWorkspace, replaceWorkspace, getJourney } from "../../../src/store";
import { TEMPLATES } from "../../../src/templates";

beforeEach(() => {
  const maya = createPersona("p-maya", "Maya", 1_000);
  replaceWorkspace({ personas: { [maya.id]: maya }, journeys: {} });
});

const journeys = () => Object.values(getWorkspace().journeys);

describe("making a journey for a persona", () => {
  it("starts a blank journey with the default stages and lanes, named in the locale", () => {
    const id = createJourneyFor("p-maya", "blank", "Return a parcel");
    const journey = getJourney(id)!;
    expect(journey).toMatchObject({
      personaId: "p-maya",
      title: "Return a parcel",
      state: "current",
    });
    expect(journey.stages.map((s) => s.name)).toEqual([
      "Awareness",
      "Consideration",
      "Purchase",
      "Onboarding and use",
      "Support",
      "Loyalty and advocacy",
    ]);
    expect(journey.lanes.map((l) => l.kind)).toEqual(DEFAULT_LANES);
    expect(journey.lanes[0]!.name).toBe("Customer actions");
    expect(journey.elements).toEqual({});
  });

  it.each(TEMPLATES.map((template) => [template.id, template] as const))(
    "takes only the journey of the %s template, for this persona",
    (id, template) => {
      const journeyId = createJourneyFor("p-maya", id, "");
      const journey = getJourney(journeyId)!;
      expect(journey.personaId).toBe("p-maya");
      expect(Object.keys(getWorkspace().personas)).toEqual(["p-maya"]);
      expect(Object.keys(journey.elements).length).toBeGreaterThanOrEqual(25);
      const built = template.build({ newId: () => "x", now: 0, t });
      expect(journey.title).toBe(built.journey.title);
    },
  );

  it("gives each new journey its own ids", () => {
    const idA = createJourneyFor("p-maya", "hotel", "A");
    const idB = createJourneyFor("p-maya", "hotel", "B");
    const a = getJourney(idA)!;
    const b = getJourney(idB)!;
    expect(a.id).not.toBe(b.id);
    const ids = (j: typeof a) => [...j.stages.map((s) => s.id), ...Object.keys(j.elements)];
    expect(ids(a).filter((x) => ids(b).includes(x))).toEqual([]);
  });
});

describe("the new journey dialog", () => {
  it("fills the title from the chosen template, until the person types their own", async () => {
    const user = userEvent.setup();
    render(<NewJourneyDialog personaId="p-maya" personaName="Maya" onClose={vi.fn()} />);
    const dialog = screen.getByRole("dialog", { name: "New journey for Maya" });
    const title = within(dialog).getByRole("textbox", { name: "Title" });
    expect(within(dialog).getByRole("radio", { name: "Blank journey" })).toBeChecked();
    expect(title).toHaveValue("");
    await user.click(within(dialog).getByRole("radio", { name: "Hotel stay" }));
    expect(title).toHaveValue("Conference trip with a weekend stay");
    await user.clear(title);
    await user.type(title, "Spa weekend");
    await user.click(within(dialog).getByRole("radio", { name: "Opening a bank account" }));
    expect(title).toHaveValue("Spa weekend");
  });

  it("needs a title for a blank journey", async () => {
    const user = userEvent.setup();
    const onCreated = vi.fn();
    render(
      <NewJourneyDialog
        personaId="p-maya"
        personaName="Maya"
        onClose={vi.fn()}
        onCreated={onCreated}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Create journey" }));
    const title = screen.getByRole("textbox", { name: "Title" });
    expect(title).toHaveAccessibleDescription("Give the journey a title.");
    expect(journeys()).toHaveLength(0);
    await user.type(title, "Return a parcel");
    await user.click(screen.getByRole("button", { name: "Create journey" }));
    expect(journeys()).toHaveLength(1);
    expect(onCreated).toHaveBeenCalledWith(journeys()[0]!.id);
  });

  it("creates from a template with the title given", async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<NewJourneyDialog personaId="p-maya" personaName="Maya" onClose={onClose} />);
    await user.click(screen.getByRole("radio", { name: "SaaS support desk" }));
    await user.click(screen.getByRole("button", { name: "Create journey" }));
    expect(journeys()).toHaveLength(1);
    expect(journeys()[0]!.title).toBe("Get a failing payroll export fixed");
    expect(onClose).toHaveBeenCalled();
  });

  it("closes on a click beside it while empty, and keeps a typed title through one", async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<NewJourneyDialog personaId="p-maya" personaName="Maya" onClose={onClose} />);
    const dialog = screen.getByRole("dialog", { name: "New journey for Maya" });
    await user.click(dialog);
    expect(onClose).toHaveBeenCalledTimes(1);

    await user.type(within(dialog).getByRole("textbox", { name: "Title" }), "Return a parcel");
    await user.click(dialog);
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.keyboard("{Escape}");
    const ask = screen.getByRole("alertdialog", { name: "Discard changes?" });
    await user.click(within(ask).getByRole("button", { name: "Keep editing" }));
    expect(within(dialog).getByRole("textbox", { name: "Title" })).toHaveValue("Return a parcel");
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
