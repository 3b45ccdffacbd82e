import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Notices } from "../../src/app/Notices";
import { ACTION_NOTICE_MS, dismissNotice, noticesStore, showNotice } from "../../src/store";

/** The notices component as the app shows it, after a button standing for the page. */
function renderNotices() {
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
  render(
    <>
      <button type="button">Delete journey</button>
      <Notices />
    </>,
  );
  return { user, region: screen.getByRole("status") };
}

function deleted(run = vi.fn()) {
  act(() => {
    showNotice({ message: "Deleted “Weekly shop”.", action: { label: "Undo", run } });
  });
  return run;
}

function wait(ms: number): void {
  act(() => void vi.advanceTimersByTime(ms));
}

beforeEach(() => {
  // Testing Library waits on a real 0 ms timeout after each event; letting the fake clock follow
  // the real one lets it fire. The real milliseconds that pass are nothing beside these seconds.
  vi.useFakeTimers({ shouldAdvanceTime: true });
  for (const n of noticesStore.getState().notices) dismissNotice(n.id);
});
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

describe("the undo notice", () => {
  it("goes away by itself when nobody is on it", () => {
    const { region } = renderNotices();
    deleted();
    expect(within(region).getByRole("button", { name: "Undo" })).toBeVisible();
    wait(ACTION_NOTICE_MS);
    expect(within(region).queryByRole("button", { name: "Undo" })).not.toBeInTheDocument();
  });

  it("tells a screen reader how to reach it", () => {
    const { region } = renderNotices();
    deleted();
    expect(region).toHaveTextContent("Deleted “Weekly shop”.UndoPress F8 to reach it.");
    expect(within(region).getByRole("button", { name: "Undo" })).toHaveAttribute(
      "aria-keyshortcuts",
      "F8",
    );
  });

  it("waits while the pointer is over it, and goes on after", async () => {
    const { user, region } = renderNotices();
    const undo = deleted();
    const button = within(region).getByRole("button", { name: "Undo" });
    wait(ACTION_NOTICE_MS - 1_000);
    await user.hover(button);
    wait(5 * 60_000);
    expect(button).toBeInTheDocument();
    await user.unhover(button);
    wait(4_000);
    await user.click(within(region).getByRole("button", { name: "Undo" }));
    expect(undo).toHaveBeenCalledOnce();
    expect(within(region).queryByRole("button", { name: "Undo" })).not.toBeInTheDocument();
  });

  it("waits while focus is in it, moving between its buttons, and goes on after", async () => {
    const { user, region } = renderNotices();
    deleted();
    const page = screen.getByRole("button", { name: "Delete journey" });
    page.focus();
    await user.tab();
    expect(within(region).getByRole("button", { name: "Undo" })).toHaveFocus();
    wait(5 * 60_000);
    await user.tab();
    expect(within(region).getByRole("button", { name: "Dismiss" })).toHaveFocus();
    wait(5 * 60_000);
    expect(within(region).getByRole("button", { name: "Undo" })).toBeVisible();

    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(page).toHaveFocus();
    wait(ACTION_NOTICE_MS);
    expect(within(region).queryByRole("button", { name: "Undo" })).not.toBeInTheDocument();
  });

  it("is reached with F8 from anywhere, and focus goes back once it is used", async () => {
    const { user, region } = renderNotices();
    const undo = deleted();
    const page = screen.getByRole("button", { name: "Delete journey" });
    page.focus();
    await user.keyboard("{F8}");
    expect(within(region).getByRole("button", { name: "Undo" })).toHaveFocus();
    wait(5 * 60_000);
    await user.keyboard("{Enter}");
    expect(undo).toHaveBeenCalledOnce();
    expect(within(region).queryByRole("button", { name: "Undo" })).not.toBeInTheDocument();
    expect(page).toHaveFocus();
  });

  it("is dismissed with Escape or its button, without undoing", async () => {
    const { user, region } = renderNotices();
    const undo = deleted();
    const page = screen.getByRole("button", { name: "Delete journey" });
    page.focus();
    await user.keyboard("{F8}");
    await user.keyboard("{Escape}");
    expect(within(region).queryByRole("button", { name: "Undo" })).not.toBeInTheDocument();
    expect(page).toHaveFocus();

    deleted(undo);
    await user.click(within(region).getByRole("button", { name: "Dismiss" }));
    expect(within(region).queryByRole("button", { name: "Undo" })).not.toBeInTheDocument();
    expect(undo).not.toHaveBeenCalled();
  });

  it("leaves F8 alone when there is no notice", async () => {
    const { user } = renderNotices();
    const page = screen.getByRole("button", { name: "Delete journey" });
    page.focus();
    await user.keyboard("{F8}");
    expect(page).toHaveFocus();
  });
});
