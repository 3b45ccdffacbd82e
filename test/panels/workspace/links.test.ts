import { afterEach, describe, expect, it, vi } from "vitest";
import { followLinksAtOnce, hrefOf, parseHash } from "../../../src/app/router";
import { homeHref, journeyHref, personaHref } from "../../../src/panels/workspace/links";
import { go } from "../../../src/ui/navigation";

afterEach(() => history.replaceState(null, "", "#/"));

describe("workspace links", () => {
  it("are the app's own routes", () => {
    expect(homeHref()).toBe(hrefOf({ name: "home" }));
    expect(personaHref("p-1")).toBe(hrefOf({ name: "persona", id: "p-1" }));
    expect(journeyHref("j_2")).toBe(hrefOf({ name: "journey", id: "j_2" }));
    expect(parseHash(journeyHref("j_2"))).toEqual({ name: "journey", id: "j_2" });
  });

  it("go() adds a history entry and tells the router at once", () => {
    const heard = vi.fn();
    window.addEventListener("hashchange", heard);
    const before = history.length;
    go(personaHref("p-1"));
    expect(heard).toHaveBeenCalledOnce();
    expect(window.location.hash).toBe("#/persona/p-1");
    expect(history.length).toBe(before + 1);
    go(personaHref("p-1"));
    expect(heard).toHaveBeenCalledOnce();
    window.removeEventListener("hashchange", heard);
  });
});

describe("a link to a page of the app", () => {
  it("changes the route in the same task, and leaves a click with a modifier to the browser", () => {
    const stop = followLinksAtOnce();
    const link = document.createElement("a");
    link.href = personaHref("p-2");
    link.textContent = "Persona";
    document.body.append(link);
    const heard = vi.fn();
    window.addEventListener("hashchange", heard);
    link.click();
    expect(heard).toHaveBeenCalledOnce();
    expect(window.location.hash).toBe("#/persona/p-2");
    const withCtrl = new MouseEvent("click", { bubbles: true, cancelable: true, ctrlKey: true });
    link.dispatchEvent(withCtrl);
    expect(withCtrl.defaultPrevented).toBe(false);
    window.removeEventListener("hashchange", heard);
    link.remove();
    stop();
  });
});
