import { describe, expect, it, vi } from "vitest";
import { bindingMatches, CommandRegistry, formatKeys, type Command } from "../../src/ui/commands";

const key = (init: KeyboardEventInit & { key: string }, target?: EventTarget) => {
  const event = new KeyboardEvent("keydown", { bubbles: true, cancelable: true, ...init });
  if (target) target.dispatchEvent(event);
  return event;
};

describe("a key binding", () => {
  it("takes a letter with its modifiers exactly, Shift included", () => {
    expect(bindingMatches({ key: "z", mod: true }, key({ key: "z", ctrlKey: true }))).toBe(true);
    expect(bindingMatches({ key: "z", mod: true }, key({ key: "z", metaKey: true }))).toBe(true);
    expect(
      bindingMatches({ key: "z", mod: true }, key({ key: "Z", ctrlKey: true, shiftKey: true })),
    ).toBe(false);
    expect(
      bindingMatches(
        { key: "z", mod: true, shift: true },
        key({ key: "Z", ctrlKey: true, shiftKey: true }),
      ),
    ).toBe(true);
    expect(bindingMatches({ key: "v" }, key({ key: "v", altKey: true }))).toBe(false);
  });

  it("takes a symbol whether or not the layout needs Shift for it", () => {
    expect(bindingMatches({ key: "+" }, key({ key: "+", shiftKey: true }))).toBe(true);
    expect(bindingMatches({ key: "+" }, key({ key: "+" }))).toBe(true);
    expect(bindingMatches({ key: "?" }, key({ key: "?", shiftKey: true }))).toBe(true);
  });

  it("takes a letter by its Latin key on a Persian layout", () => {
    expect(
      bindingMatches({ key: "z", mod: true }, key({ key: "ظ", code: "KeyZ", ctrlKey: true })),
    ).toBe(true);
  });
});

describe("keys as the shortcuts list shows them", () => {
  it("reads modifiers, arrows and alternatives", () => {
    expect(
      formatKeys([
        { key: "z", mod: true, shift: true },
        { key: "y", mod: true },
      ]),
    ).toBe("Ctrl + Shift + Z, Ctrl + Y");
    const arrows = ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown"];
    expect(formatKeys(arrows.map((k) => ({ key: k, alt: true })))).toBe("Alt + ← → ↑ ↓");
    expect(formatKeys(arrows.map((k) => ({ key: k })))).toBe("← → ↑ ↓");
    expect(formatKeys([{ key: "Escape" }, { key: "Delete" }], "، ")).toBe("Esc، Delete");
  });
});

describe("the command registry", () => {
  const command = (over: Partial<Command> & Pick<Command, "id">): Command => ({
    label: "toolbar.undo",
    scope: "page",
    run: vi.fn(),
    ...over,
  });

  it("runs the command a key is bound to, only while it applies and is registered", () => {
    const registry = new CommandRegistry();
    let applies = false;
    const copy = command({ id: "copy", keys: [{ key: "c", mod: true }], when: () => applies });
    const unregister = registry.register([copy]);
    expect(registry.dispatchPageKey(key({ key: "c", ctrlKey: true }))).toBe(false);
    applies = true;
    const event = key({ key: "c", ctrlKey: true });
    expect(registry.dispatchPageKey(event)).toBe(true);
    expect(event.defaultPrevented).toBe(true);
    expect(copy.run).toHaveBeenCalledTimes(1);
    unregister();
    expect(registry.all()).toEqual([]);
    expect(registry.dispatchPageKey(key({ key: "c", ctrlKey: true }))).toBe(false);
  });

  it("puts a command bound to the key before one that takes any letter", () => {
    const registry = new CommandRegistry();
    const type = command({ id: "type", scope: "map", takesKey: (e) => e.key.length === 1 });
    const zoom = command({ id: "zoom", scope: "map", keys: [{ key: "+" }] });
    registry.register([type, zoom]);
    expect(registry.commandFor(key({ key: "+" }), "map")?.id).toBe("zoom");
    expect(registry.commandFor(key({ key: "a" }), "map")?.id).toBe("type");
    expect(registry.commandFor(key({ key: "a" }), "page")).toBeUndefined();
  });

  it("leaves typing in a field alone, but for undo in a journey's field and the palette", () => {
    const registry = new CommandRegistry();
    const undo = command({ id: "undo", keys: [{ key: "z", mod: true }], inFields: "journey" });
    const help = command({ id: "help", keys: [{ key: "?" }] });
    const palette = command({ id: "palette", keys: [{ key: "k", mod: true }], inFields: "any" });
    registry.register([undo, help, palette]);
    document.body.innerHTML = `
      <input id="search">
      <div data-undo="journey"><input id="title"></div>
      <dialog open><button id="in-dialog"></button></dialog>`;
    const search = document.getElementById("search")!;
    const title = document.getElementById("title")!;
    const press = (init: KeyboardEventInit & { key: string }, target: Element) => {
      let ran = false;
      target.addEventListener(
        "keydown",
        (e) => (ran = registry.dispatchPageKey(e as KeyboardEvent)),
        {
          once: true,
        },
      );
      key(init, target);
      return ran;
    };
    expect(press({ key: "?" }, search)).toBe(false);
    expect(press({ key: "z", ctrlKey: true }, search)).toBe(false);
    expect(press({ key: "z", ctrlKey: true }, title)).toBe(true);
    expect(press({ key: "k", ctrlKey: true }, search)).toBe(true);
    expect(press({ key: "?" }, document.getElementById("in-dialog")!)).toBe(false);
    expect(press({ key: "?" }, document.body)).toBe(true);
    expect(undo.run).toHaveBeenCalledTimes(1);
    expect(palette.run).toHaveBeenCalledTimes(1);
    expect(help.run).toHaveBeenCalledTimes(1);
  });
});
