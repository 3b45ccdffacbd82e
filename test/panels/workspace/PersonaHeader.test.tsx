import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { createFutureState, createPersona } from "../../../src/domain";
import { PersonaHeader } from "../../../src/panels/workspace/PersonaHeader";
import { defaultSession, replaceWorkspace, sessionStore } from "../../../src/store";
import { blankJourney, sequentialIds } from "../../helpers/factories";

beforeEach(() => {
  const maya = {
    ...createPersona("p-maya", "Maya", 1_000),
    role: "Night nurse",
    quote: "I shop at 3 a.m.",
    goals: ["Save time", "Eat well"],
  };
  const shop = { ...blankJourney({ id: "j-shop", personaId: maya.id }), title: "Weekly shop" };
  const future = {
    ...createFutureState(shop, sequentialIds("f"), "Weekly shop (future)", 2_000),
    id: "j-future",
  };
  replaceWorkspace({
    personas: { [maya.id]: maya },
    journeys: { [shop.id]: shop, [future.id]: future },
  });
  sessionStore.setState(defaultSession());
});

describe("the persona header on a journey", () => {
  it("shows who the journey is for: avatar, name, quote and goals", () => {
    render(<PersonaHeader journeyId="j-shop" />);
    const header = screen.getByRole("region", { name: "Persona" });
    expect(within(header).getByRole("link", { name: "Maya" })).toHaveAttribute(
      "href",
      "#/persona/p-maya",
    );
    expect(header).toHaveTextContent("Night nurse");
    expect(header).toHaveTextContent("I shop at 3 a.m.");
    expect(
      within(header)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Save time", "Eat well"]);
    expect(header).toHaveTextContent("Current state");
  });

  it("links a future state to the current state it was made from", () => {
    render(<PersonaHeader journeyId="j-future" />);
    const header = screen.getByRole("region", { name: "Persona" });
    expect(header).toHaveTextContent("Future state of Weekly shop");
    expect(within(header).getByRole("link", { name: "Weekly shop" })).toHaveAttribute(
      "href",
      "#/journey/j-shop",
    );
  });

  it("folds to one line and back, remembering the choice in the session", async () => {
    const user = userEvent.setup();
    render(<PersonaHeader journeyId="j-shop" />);
    const toggle = screen.getByRole("button", { name: "Hide persona details" });
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    await user.click(toggle);
    expect(sessionStore.getState().personaHeaderCollapsed).toBe(true);
    const header = screen.getByRole("region", { name: "Persona" });
    expect(header).not.toHaveTextContent("I shop at 3 a.m.");
    expect(within(header).queryByRole("listitem")).not.toBeInTheDocument();
    expect(within(header).getByRole("link", { name: "Maya" })).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Show persona details" }));
    expect(sessionStore.getState().personaHeaderCollapsed).toBe(false);
    expect(header).toHaveTextContent("I shop at 3 a.m.");
  });
});
