import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { produce } from "immer";
import { beforeEach, describe, expect, it } from "vitest";
import { Inspector } from "../../src/panels/inspector/Inspector";
import { openEditor, redo, replaceWorkspace, selectCards, undo, getJourney } from "../../src/store";
import { blankJourney, withCard, workspaceWith } from "../helpers/factories";

const J = "journey-1";
const element = () => getJourney(J)!.elements.a!;

beforeEach(() => {
  replaceWorkspace(
    workspaceWith(
      produce(blankJourney(), (j) => void withCard(j, { id: "a", title: "Checkout page" })),
    ),
  );
  openEditor("other");
  openEditor(J);
  selectCards(["a"]);
});

describe("the inspector", () => {
  it("is a region named Inspector that edits the selected card's title as you type", async () => {
    render(<Inspector journeyId={J} />);
    const region = screen.getByRole("region", { name: "Inspector" });
    const title = within(region).getByRole("textbox", { name: "Title" });
    await userEvent.clear(title);
    await userEvent.type(title, "Pay");
    expect(element().title).toBe("Pay");
    undo(J);
    expect(element().title).toBe("Checkout page");
    redo(J);
    expect(element().title).toBe("Pay");
  });

  it("scores with a radio group named by numbers, operable by keyboard, and clears the score", async () => {
    render(<Inspector journeyId={J} />);
    const group = screen.getByRole("radiogroup", { name: "Satisfaction" });
    const radios = within(group).getAllByRole("radio");
    expect(radios.map((r) => r.getAttribute("aria-label"))).toEqual([
      "1 Very unhappy",
      "2 Unhappy",
      "3 Neutral",
      "4 Happy",
      "5 Very happy",
    ]);
    await userEvent.click(within(group).getByRole("radio", { name: /^2 / }));
    expect(element().satisfaction).toBe(2);
    await userEvent.keyboard("{ArrowRight}");
    expect(element().satisfaction).toBe(3);
    await userEvent.click(screen.getByRole("button", { name: "Clear score" }));
    expect(element().satisfaction).toBeNull();
  });

  it("keeps an out-of-range metric in the box with a plain message, and never stores it", () => {
    render(<Inspector journeyId={J} />);
    const nps = screen.getByRole("textbox", { name: "NPS" });
    fireEvent.change(nps, { target: { value: "150" } });
    expect(screen.getByRole("alert")).toHaveTextContent("NPS is a whole number from −100 to 100.");
    expect(nps).toHaveAttribute("aria-invalid", "true");
    expect(nps).toHaveValue("150");
    expect(element().metrics.nps).toBeUndefined();
    fireEvent.change(nps, { target: { value: "-30" } });
    expect(screen.queryByRole("alert")).toBeNull();
    expect(element().metrics.nps).toBe(-30);
  });

  it("shows a metric's stored figure again after undo and redo, and keeps a typed 5,5", () => {
    render(<Inspector journeyId={J} />);
    const nps = screen.getByRole("textbox", { name: "NPS" });
    fireEvent.change(nps, { target: { value: "20" } });
    expect(element().metrics.nps).toBe(20);
    act(() => void undo(J));
    expect(element().metrics.nps).toBeUndefined();
    expect(nps).toHaveValue("");
    act(() => void redo(J));
    expect(nps).toHaveValue("20");
    const ces = screen.getByRole("textbox", { name: "CES (1–7)" });
    fireEvent.change(ces, { target: { value: "5,5" } });
    expect(element().metrics.ces).toBe(5.5);
    expect(ces).toHaveValue("5,5");
  });

  it("offers the channels already on this map first, standard and custom alike", () => {
    replaceWorkspace(
      workspaceWith(
        produce(blankJourney(), (j) => {
          withCard(j, { id: "a", title: "Checkout page" });
          withCard(j, { id: "b", title: "Receipt", channel: { kind: "standard", id: "email" } });
          withCard(j, { id: "c", title: "Kiosk", channel: { kind: "custom", name: "Kiosk" } });
        }),
      ),
    );
    render(<Inspector journeyId={J} />);
    const channel = screen.getByRole("combobox", { name: "Channel" });
    const onMap = within(channel).getByRole("group", { name: "On this map" });
    expect(
      within(onMap)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Email", "Kiosk"]);
    // Each channel once: Email is on the map, so the standard list does not repeat it.
    const names = within(channel)
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(names.filter((name) => name === "Email")).toHaveLength(1);
    expect(names).toContain("Web");
    fireEvent.change(channel, { target: { value: "standard:email" } });
    expect(element().channel).toEqual({ kind: "standard", id: "email" });
    expect(channel).toHaveDisplayValue("Email");
  });

  it("lists the cards an arrow can go to by stage, so two alike are told apart", async () => {
    replaceWorkspace(
      workspaceWith(
        produce(blankJourney(), (j) => {
          withCard(j, { id: "a", title: "Checkout page" });
          withCard(j, { id: "w1", kind: "channel", lane: "channels", stage: 0, title: "Web" });
          withCard(j, { id: "w2", kind: "channel", lane: "channels", stage: 2, title: "Web" });
        }),
      ),
    );
    render(<Inspector journeyId={J} />);
    const target = screen.getByRole("combobox", { name: "Draw an arrow to" });
    const stages = getJourney(J)!.stages;
    for (const index of [0, 2]) {
      // The choices are listed once the page is idle.
      const group = await within(target).findByRole("group", {
        name: `Stage ${index + 1}: ${stages[index]!.name}`,
      });
      expect(within(group).getByRole("option", { name: "Channel: Web" })).toBeInTheDocument();
    }
  });

  it("adds, edits and removes a pain point with its severity", async () => {
    render(<Inspector journeyId={J} />);
    await userEvent.click(screen.getByRole("button", { name: "Add pain point" }));
    const text = screen.getByRole("textbox", { name: "Pain point" });
    expect(text).toHaveFocus();
    await userEvent.type(text, "Hidden fee");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Severity" }), "high");
    expect(element().painPoints).toMatchObject([{ text: "Hidden fee", severity: "high" }]);
    await userEvent.click(screen.getByRole("button", { name: "Remove pain point “Hidden fee”" }));
    expect(element().painPoints).toEqual([]);
  });

  it("edits the journey itself when nothing is selected", async () => {
    selectCards([]);
    render(<Inspector journeyId={J} />);
    const title = screen.getByRole("textbox", { name: "Journey title" });
    await userEvent.clear(title);
    await userEvent.type(title, "Weekly shop");
    expect(getJourney(J)!.title).toBe("Weekly shop");
  });
});
