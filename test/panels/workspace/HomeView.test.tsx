import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createFutureState,
  createPersona,
  emptyWorkspace,
  type Workspace,
} from "../../../src/domain";
import { HomeView } from "../../../src/panels/workspace/HomeView";
import {
  defaultSession,
  getWorkspace,
  replaceWorkspace,
  sessionStore,
  updateSession,
} from "../../../src/store";
import { blankJourney, sequentialIds } from "../../helpers/factories";

function workspace(): Workspace {
  const maya = { ...createPersona("p-maya", "Maya", 1_000), role: "Night nurse", updatedAt: 1_000 };
  const reza = { ...createPersona("p-reza", "Reza", 1_000), updatedAt: 5_000 };
  const shop = { ...blankJourney({ id: "j-shop", personaId: maya.id }), title: "Weekly shop" };
  const future = {
    ...createFutureState(shop, sequentialIds("f"), "Weekly shop (future state)", 2_000),
    id: "j-future",
  };
  return {
    personas: { [maya.id]: maya, [reza.id]: reza },
    journeys: { [shop.id]: shop, [future.id]: future },
  };
}

beforeEach(() => {
  replaceWorkspace(workspace());
  sessionStore.setState(defaultSession());
});
afterEach(() => history.replaceState(null, "", "#/"));

const cardNames = () =>
  screen
    .getAllByRole("link")
    .filter((a) => a.classList.contains("ws-card__name"))
    .map((a) => a.textContent);

describe("the home view", () => {
  it("shows each persona with its role, journey count and journeys with their state", () => {
    render(<HomeView />);
    expect(screen.getByRole("heading", { level: 1 }).nextElementSibling).toHaveTextContent(
      "2 personas · 2 journeys",
    );
    const maya = screen.getByRole("link", { name: "Maya" }).closest("li")!;
    expect(maya).toHaveTextContent("Night nurse");
    expect(maya).toHaveTextContent("2 journeys");
    const journeys = within(maya).getByRole("list", { name: "Journeys of Maya" });
    const rows = within(journeys).getAllByRole("listitem");
    expect(rows.map((r) => within(r).getByRole("link").textContent)).toEqual([
      "Weekly shop",
      "Weekly shop (future state)",
    ]);
    expect(rows[0]).toHaveTextContent("Current state");
    expect(rows[1]).toHaveTextContent("Future state");
    expect(within(rows[1]!).getByRole("link")).toHaveAttribute("href", "#/journey/j-future");
    expect(screen.getByRole("link", { name: "Reza" }).closest("li")).toHaveTextContent(
      "No journeys yet",
    );
  });

  it("searches persona names and journey titles, saying how many match", async () => {
    const user = userEvent.setup();
    render(<HomeView />);
    const search = screen.getByRole("searchbox", { name: "Search personas and journeys" });
    await user.type(search, "future");
    expect(cardNames()).toEqual(["Maya"]);
    expect(screen.getByRole("status")).toHaveTextContent("One persona matches “future”.");
    await user.clear(search);
    await user.type(search, "nothing like it");
    expect(
      screen.getByRole("heading", { name: "Nothing matches “nothing like it”." }),
    ).toBeVisible();
    await user.click(screen.getAllByRole("button", { name: "Clear the search" })[0]!);
    expect(cardNames()).toEqual(["Reza", "Maya"]);
  });

  it("jumps to the search box on /", async () => {
    const user = userEvent.setup();
    render(<HomeView />);
    await user.keyboard("/");
    expect(screen.getByRole("searchbox")).toHaveFocus();
    expect(screen.getByRole("searchbox")).toHaveValue("");
  });

  it("sorts by last edit or by name, and remembers the choice in the session", async () => {
    const user = userEvent.setup();
    render(<HomeView />);
    expect(cardNames()).toEqual(["Reza", "Maya"]);
    await user.selectOptions(screen.getByRole("combobox", { name: "Sort by" }), "Name");
    expect(cardNames()).toEqual(["Maya", "Reza"]);
    expect(sessionStore.getState().homeSort).toBe("name");
  });

  it("follows the sort saved in the session", () => {
    updateSession({ homeSort: "name" });
    render(<HomeView />);
    expect(screen.getByRole("combobox", { name: "Sort by" })).toHaveValue("name");
    expect(cardNames()).toEqual(["Maya", "Reza"]);
  });

  it("hands a chosen file to the importer", async () => {
    const user = userEvent.setup();
    const onImportFile = vi.fn();
    const { container } = render(<HomeView onImportFile={onImportFile} />);
    expect(screen.getByRole("button", { name: "Import" })).toBeVisible();
    const file = new File(["{}"], "team.waymark.json", { type: "application/json" });
    await user.upload(container.querySelector<HTMLInputElement>("input[type=file]")!, file);
    expect(onImportFile).toHaveBeenCalledWith(file);
  });

  it("creates a persona from New persona and opens its page", async () => {
    const user = userEvent.setup();
    render(<HomeView />);
    await user.click(screen.getByRole("button", { name: "New persona" }));
    const dialog = await screen.findByRole("dialog", { name: "New persona" });
    await user.type(within(dialog).getByRole("textbox", { name: "Name" }), "Ada");
    await user.click(within(dialog).getByRole("button", { name: "Create persona" }));
    const ada = Object.values(getWorkspace().personas).find((p) => p.name === "Ada")!;
    expect(window.location.hash).toBe(`#/persona/${ada.id}`);
  });

  it("lists five journeys on a card and links to the rest, but shows every match of a search", async () => {
    const user = userEvent.setup();
    const ws = workspace();
    for (let i = 1; i <= 6; i++) {
      const j = {
        ...blankJourney({ id: `j-extra-${i}`, personaId: "p-reza" }),
        title: `Visit ${i}`,
      };
      ws.journeys[j.id] = j;
    }
    replaceWorkspace(ws);
    render(<HomeView />);
    const reza = within(screen.getByRole("list", { name: "Journeys of Reza" }));
    expect(reza.getAllByRole("link")).toHaveLength(5);
    expect(screen.getByRole("link", { name: "1 more journey" })).toHaveAttribute(
      "href",
      "#/persona/p-reza",
    );
    await user.type(screen.getByRole("searchbox"), "visit");
    expect(
      within(screen.getByRole("list", { name: "Journeys of Reza" })).getAllByRole("link"),
    ).toHaveLength(6);
    expect(screen.queryByRole("link", { name: /more journey/ })).not.toBeInTheDocument();
  });

  it("offers a first persona when the workspace is empty", () => {
    replaceWorkspace(emptyWorkspace());
    render(<HomeView />);
    expect(screen.getByRole("heading", { name: "No personas yet" })).toBeVisible();
    expect(screen.getByRole("button", { name: "New persona" })).toBeVisible();
    expect(screen.queryByRole("searchbox")).not.toBeInTheDocument();
  });
});
