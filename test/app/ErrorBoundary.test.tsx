import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ErrorBoundary } from "../../src/app/ErrorBoundary";

function Crash({ message }: { message: string }): never {
  throw new Error(message);
}

function renderCrash(message: string) {
  vi.spyOn(console, "error").mockImplementation(() => {});
  render(
    <ErrorBoundary onDownloadBackup={async () => {}}>
      <Crash message={message} />
    </ErrorBoundary>,
  );
  return screen.getByRole("alert");
}

describe("the error screen", () => {
  it("says what failed in plain words and offers a backup and a reload", () => {
    const alert = renderCrash("Cannot read properties of undefined");
    expect(alert).toHaveTextContent("Waymark hit an unexpected problem");
    expect(alert).toHaveTextContent("What failed: Cannot read properties of undefined");
    expect(screen.getByRole("button", { name: "Download a backup" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Reload" })).toBeVisible();
  });

  it("says the app was updated meanwhile when a view's code is gone from the server", () => {
    const alert = renderCrash(
      "Failed to fetch dynamically imported module: http://127.0.0.1/assets/ExportDialog-1a2b.js",
    );
    expect(alert).toHaveTextContent("Waymark was updated while this tab was open");
    expect(alert).not.toHaveTextContent("unexpected problem");
    expect(screen.getByRole("button", { name: "Reload" })).toBeVisible();
  });
});
