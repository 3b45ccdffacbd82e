import { afterEach, describe, expect, it, vi } from "vitest";
import { exitFullscreen, requestFullscreen } from "../../src/present/fullscreen";

/** A browser whose answer to the full-screen request comes when the test says. */
function browserAnswering() {
  let grant = () => {};
  Object.defineProperty(document, "fullscreenEnabled", { configurable: true, value: true });
  Object.defineProperty(document, "fullscreenElement", { configurable: true, value: null });
  Object.defineProperty(document.documentElement, "requestFullscreen", {
    configurable: true,
    value: () =>
      new Promise<void>((resolve) => {
        grant = () => {
          Object.defineProperty(document, "fullscreenElement", {
            configurable: true,
            value: document.documentElement,
          });
          resolve();
        };
      }),
  });
  const exit = vi.fn(() => Promise.resolve());
  Object.defineProperty(document, "exitFullscreen", { configurable: true, value: exit });
  return { grant: () => grant(), exit };
}

afterEach(() => {
  Reflect.deleteProperty(document, "fullscreenEnabled");
  Reflect.deleteProperty(document, "fullscreenElement");
  Reflect.deleteProperty(document, "exitFullscreen");
  Reflect.deleteProperty(document.documentElement, "requestFullscreen");
});

describe("full screen asked for, then left before the browser answered", () => {
  it("leaves full screen as soon as it is granted", async () => {
    const browser = browserAnswering();
    const asked = requestFullscreen();
    // The presentation is left (Escape) while the request is still pending.
    exitFullscreen();
    expect(browser.exit).not.toHaveBeenCalled();
    browser.grant();
    await asked;
    expect(browser.exit).toHaveBeenCalledTimes(1);
  });

  it("stays full screen when it was still wanted", async () => {
    const browser = browserAnswering();
    const asked = requestFullscreen();
    browser.grant();
    expect(await asked).toBe("granted");
    expect(browser.exit).not.toHaveBeenCalled();
  });
});
