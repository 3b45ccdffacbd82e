import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { produce } from "immer";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetFullscreenOutcome } from "../../src/present/fullscreen";
import { PresentButton } from "../../src/present/PresentButton";
import { PresentView } from "../../src/present/PresentView";
import {
  defaultSession,
  replaceWorkspace,
  sessionStore,
  timerRemaining,
  getJourney,
} from "../../src/store";
import { blankJourney, withCard, workspaceWith } from "../helpers/factories";

const J = "journey-1";

beforeEach(() => {
  replaceWorkspace(
    workspaceWith(
      produce(blankJourney(), (j) => {
        withCard(j, { id: "a", stage: 0, title: "Instagram ad", satisfaction: 4 });
        withCard(j, { id: "b", stage: 1, title: "Checkout page", votes: 2 });
      }),
    ),
  );
  sessionStore.setState(defaultSession());
});
afterEach(() => {
  Reflect.deleteProperty(document, "fullscreenElement");
  Reflect.deleteProperty(document, "fullscreenEnabled");
  Reflect.deleteProperty(document.documentElement, "requestFullscreen");
  // Unmounted first: the outcome is shared state, and a mounted view would re-render outside act.
  cleanup();
  resetFullscreenOutcome();
  // The step shown is kept in the history entry (for a reload); each test starts a fresh one.
  history.replaceState(null, "", "/");
});

function present() {
  const onLeave = vi.fn();
  render(<PresentView journeyId={J} onLeave={onLeave} />);
  const where = () => screen.getByText(/^(Overview|Stage \d of \d)$/).textContent;
  return { onLeave, where };
}

/** Enters presentation as the toolbar's "Present" does, then shows the view its route shows. */
async function presentFromTheToolbar(user: ReturnType<typeof userEvent.setup>) {
  render(<PresentButton journeyId={J} />);
  await user.click(screen.getByRole("button", { name: "Present" }));
  cleanup();
  return present();
}

/** What the browser's Fullscreen API says: whether it is there, and how it answers a request. */
function browserFullscreen(enabled: boolean, answer: () => Promise<void>) {
  const request = vi.fn(answer);
  Object.defineProperty(document, "fullscreenEnabled", { configurable: true, value: enabled });
  Object.defineProperty(document.documentElement, "requestFullscreen", {
    configurable: true,
    value: request,
  });
  return request;
}

describe("presentation mode", () => {
  it("opens on the overview and walks the stages with the keys clickers send", async () => {
    const user = userEvent.setup();
    const { where } = present();
    expect(where()).toBe("Overview");
    await user.keyboard("{ArrowRight}");
    expect(where()).toBe("Stage 1 of 6");
    expect(screen.getByRole("heading", { level: 2, name: "awareness" })).toBeInTheDocument();
    await user.keyboard("{PageDown}");
    expect(where()).toBe("Stage 2 of 6");
    await user.keyboard(" ");
    expect(where()).toBe("Stage 3 of 6");
    await user.keyboard("{Shift>} {/Shift}");
    expect(where()).toBe("Stage 2 of 6");
    await user.keyboard("{PageUp}{ArrowLeft}");
    expect(where()).toBe("Overview");
    await user.keyboard("{End}");
    expect(where()).toBe("Stage 6 of 6");
    await user.keyboard("{ArrowRight}");
    expect(where()).toBe("Stage 6 of 6");
    await user.keyboard("{Home}");
    expect(where()).toBe("Overview");
  });

  it("says where it is in a live region, with a dot per step", async () => {
    const user = userEvent.setup();
    present();
    const live = screen.getByText("Overview", { selector: "strong" }).closest("[aria-live]");
    expect(live).toHaveAttribute("aria-live", "polite");
    await user.click(screen.getByRole("button", { name: "Stage 3: purchase" }));
    expect(live).toHaveTextContent("Stage 3 of 6");
    expect(screen.getByRole("button", { name: "Stage 3: purchase" })).toHaveAttribute(
      "aria-current",
      "step",
    );
  });

  it("presses a focused button with Space instead of stepping twice", async () => {
    const user = userEvent.setup();
    const { where } = present();
    screen.getByRole("button", { name: "Next stage" }).focus();
    await user.keyboard(" ");
    expect(where()).toBe("Stage 1 of 6");
    await user.keyboard("{Enter}");
    expect(where()).toBe("Stage 2 of 6");
  });

  it("goes on from the same stage after a reload, and starts at the overview once left", async () => {
    const user = userEvent.setup();
    const first = present();
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(first.where()).toBe("Stage 2 of 6");
    cleanup();
    const reloaded = present();
    expect(reloaded.where()).toBe("Stage 2 of 6");
    await user.keyboard("{Escape}");
    cleanup();
    expect(present().where()).toBe("Overview");
  });

  it("leaves with Escape, and when the browser leaves full screen", async () => {
    const user = userEvent.setup();
    const first = present();
    await user.keyboard("{Escape}");
    expect(first.onLeave).toHaveBeenCalledTimes(1);

    document.body.innerHTML = "";
    const second = present();
    Object.defineProperty(document, "fullscreenElement", {
      configurable: true,
      get: () => document.documentElement,
    });
    act(() => void document.dispatchEvent(new Event("fullscreenchange")));
    expect(second.onLeave).not.toHaveBeenCalled();
    Object.defineProperty(document, "fullscreenElement", { configurable: true, get: () => null });
    act(() => void document.dispatchEvent(new Event("fullscreenchange")));
    expect(second.onLeave).toHaveBeenCalledTimes(1);
  });

  it("leaves keys typed in the timer's minutes alone", async () => {
    const user = userEvent.setup();
    const { where, onLeave } = present();
    await user.click(screen.getByRole("button", { name: "Timer settings" }));
    const minutes = screen.getByRole("textbox", { name: "Minutes" });
    await user.clear(minutes);
    await user.type(minutes, "2");
    expect(sessionStore.getState().timer.durationMs).toBe(120_000);
    await user.keyboard("{ArrowRight}{Enter}");
    expect(where()).toBe("Overview");
    expect(timerRemaining(sessionStore.getState().timer, Date.now())).toBeGreaterThan(100_000);
    expect(sessionStore.getState().timer.startedAt).not.toBeNull();
    // Escape closes the settings first, and only then leaves.
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("textbox", { name: "Minutes" })).toBeNull();
    expect(onLeave).not.toHaveBeenCalled();
  });

  it("votes on a card chosen on a slide, with V and with the buttons", async () => {
    const user = userEvent.setup();
    present();
    await user.keyboard("{ArrowRight}{ArrowRight}");
    const card = screen.getByRole("button", { name: "Touchpoint: Checkout page" });
    await user.click(card);
    expect(card).toHaveAttribute("aria-pressed", "true");
    await user.keyboard("v");
    expect(getJourney(J)!.elements.b!.votes).toBe(3);
    await user.keyboard("{Shift>}V{/Shift}");
    expect(getJourney(J)!.elements.b!.votes).toBe(2);
    const box = screen.getByRole("group", { name: "Votes on Checkout page" });
    await user.click(within(box).getByRole("button", { name: "Add a vote" }));
    expect(within(box).getByText("3 votes")).toBeInTheDocument();
  });

  it("dims other lanes when one is chosen for the spotlight", async () => {
    const user = userEvent.setup();
    present();
    await user.keyboard("{ArrowRight}");
    const slide = screen.getByRole("region", { name: "awareness" });
    const lane = within(slide).getByRole("region", { name: "touchpoints" });
    expect(lane).not.toHaveClass("lane-block--dim");
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Spotlight lane" }),
      "emotionCurve",
    );
    expect(lane).toHaveClass("lane-block--dim");
    const spotlight = screen.getByRole("button", { name: "Spotlight" });
    expect(spotlight).toHaveAttribute("aria-pressed", "true");
    await user.click(spotlight);
    expect(spotlight).toHaveAttribute("aria-pressed", "false");
    fireEvent.keyDown(window, { key: "ArrowRight" });
    expect(screen.getByText("Stage 2 of 6")).toBeInTheDocument();
  });

  it("gives the clicker's keys back once a lane is picked from the list", async () => {
    const user = userEvent.setup();
    const { where, onLeave } = present();
    await user.keyboard("{ArrowRight}");
    const lanes = screen.getByRole("combobox", { name: "Spotlight lane" });
    await user.selectOptions(lanes, "touchpoints");
    expect(lanes).not.toHaveFocus();
    await user.keyboard("{ArrowRight}{PageDown}");
    expect(where()).toBe("Stage 3 of 6");
    await user.keyboard("{PageUp}");
    expect(where()).toBe("Stage 2 of 6");
    expect(lanes).toHaveDisplayValue("touchpoints");
    await user.keyboard("{Escape}");
    expect(onLeave).toHaveBeenCalledTimes(1);
  });

  it("leaves the arrows to a person choosing a lane with the keys, and Page Down and Escape present", async () => {
    const user = userEvent.setup();
    const { where, onLeave } = present();
    const lanes = screen.getByRole("combobox", { name: "Spotlight lane" });
    await user.click(lanes);
    expect(lanes).toHaveFocus();
    await user.keyboard("{ArrowDown}{ArrowUp}");
    expect(where()).toBe("Overview");
    expect(lanes).toHaveFocus();
    await user.keyboard("{PageDown}");
    expect(where()).toBe("Stage 1 of 6");
    expect(lanes).not.toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(where()).toBe("Stage 2 of 6");

    await user.click(lanes);
    await user.keyboard("{Escape}");
    expect(onLeave).toHaveBeenCalledTimes(1);
  });

  it("takes Enter on the lane list as the choice made, and steps again after it", async () => {
    const user = userEvent.setup();
    const { where } = present();
    const lanes = screen.getByRole("combobox", { name: "Spotlight lane" });
    await user.click(lanes);
    await user.keyboard("{Enter}");
    expect(where()).toBe("Overview");
    expect(lanes).not.toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(where()).toBe("Stage 1 of 6");
  });

  describe("when full screen is not to be had", () => {
    const refused =
      "The browser did not allow full screen, so the presentation fills this window. Try the Full screen button, or your browser's full screen key (F11).";
    const unavailable =
      "This browser cannot present full screen, so the presentation fills this window.";

    it("presents in the window and says so when the browser refuses", async () => {
      const request = browserFullscreen(true, () =>
        Promise.reject(new TypeError("Permissions check failed")),
      );
      const user = userEvent.setup();
      const { where, onLeave } = await presentFromTheToolbar(user);
      const notice = await screen.findByRole("status");
      expect(notice).toHaveTextContent(refused);
      expect(request).toHaveBeenCalledTimes(1);
      expect(document.fullscreenElement ?? null).toBeNull();

      // Still the whole presentation, not full screen, and the keys walk it.
      expect(screen.getByRole("region", { name: "Presentation: Order groceries" })).toBeVisible();
      expect(screen.getByRole("button", { name: "Full screen" })).toHaveAttribute(
        "aria-pressed",
        "false",
      );
      await user.keyboard("{ArrowRight}");
      expect(where()).toBe("Stage 1 of 6");

      // OK puts the notice away; asking again with the button, and refused again, says so again.
      await user.click(within(notice).getByRole("button", { name: "OK" }));
      expect(screen.queryByRole("status")).toBeNull();
      await user.click(screen.getByRole("button", { name: "Full screen" }));
      expect(await screen.findByRole("status")).toHaveTextContent(refused);
      expect(request).toHaveBeenCalledTimes(2);
      expect(where()).toBe("Stage 1 of 6");
      await user.keyboard("{Escape}");
      expect(onLeave).toHaveBeenCalledTimes(1);
    });

    it("presents in the window and says so when the browser has no full screen", async () => {
      const request = browserFullscreen(false, () => Promise.resolve());
      const user = userEvent.setup();
      const { where } = await presentFromTheToolbar(user);
      expect(await screen.findByRole("status")).toHaveTextContent(unavailable);
      expect(request).not.toHaveBeenCalled();
      expect(screen.getByRole("region", { name: "Presentation: Order groceries" })).toBeVisible();
      expect(screen.getByRole("button", { name: "Full screen" })).toHaveAttribute(
        "aria-pressed",
        "false",
      );
      await user.keyboard("{PageDown}{PageDown}");
      expect(where()).toBe("Stage 2 of 6");
    });
  });
});
