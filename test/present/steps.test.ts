import { describe, expect, it } from "vitest";
import {
  applyCommand,
  clampStep,
  commandForKey,
  fitBoard,
  keyOnList,
  stageAt,
  stepCount,
  stripOffset,
  type KeyLike,
} from "../../src/present/steps";

const key = (k: string, extra: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...extra,
});

describe("presentation steps", () => {
  it("has the overview then one step per stage", () => {
    expect(stepCount(6)).toBe(7);
    expect(stepCount(0)).toBe(1);
    expect(stageAt(0)).toBeNull();
    expect(stageAt(1)).toBe(0);
    expect(stageAt(6)).toBe(5);
  });

  it("walks forward and back and stops at both ends", () => {
    const walk: number[] = [];
    let step = 0;
    for (let i = 0; i < 8; i++) {
      step = applyCommand(step, "next", 3);
      walk.push(step);
    }
    expect(walk).toEqual([1, 2, 3, 3, 3, 3, 3, 3]);
    expect(applyCommand(1, "previous", 3)).toBe(0);
    expect(applyCommand(0, "previous", 3)).toBe(0);
    expect(applyCommand(2, "first", 3)).toBe(0);
    expect(applyCommand(0, "last", 3)).toBe(3);
    expect(applyCommand(2, "leave", 3)).toBe(2);
  });

  it("keeps a step within the journey when stages are removed", () => {
    expect(clampStep(9, 3)).toBe(3);
    expect(clampStep(-2, 3)).toBe(0);
    expect(clampStep(Number.NaN, 3)).toBe(0);
    expect(clampStep(2.7, 3)).toBe(2);
  });

  it("understands the keys presentation clickers send", () => {
    for (const k of ["ArrowRight", "ArrowDown", "PageDown", " ", "Enter"])
      expect(commandForKey(key(k)), k).toBe("next");
    for (const k of ["ArrowLeft", "ArrowUp", "PageUp"])
      expect(commandForKey(key(k)), k).toBe("previous");
    expect(commandForKey(key(" ", { shiftKey: true }))).toBe("previous");
    expect(commandForKey(key("Home"))).toBe("first");
    expect(commandForKey(key("End"))).toBe("last");
    expect(commandForKey(key("Escape"))).toBe("leave");
  });

  it("leaves keys with modifiers and other keys to the browser", () => {
    expect(commandForKey(key("ArrowRight", { altKey: true }))).toBeNull();
    expect(commandForKey(key("PageDown", { ctrlKey: true }))).toBeNull();
    expect(commandForKey(key("a"))).toBeNull();
    expect(commandForKey(key("F11"))).toBeNull();
  });

  it("centres a slide with its neighbours peeking in", () => {
    expect(stripOffset(0, 1000, 20, 40)).toBe(40);
    expect(stripOffset(2, 1000, 20, 40)).toBe(40 - 2040);
  });

  it("fits a board into an area without enlarging it past a limit", () => {
    expect(fitBoard({ width: 2000, height: 1000 }, { width: 1000, height: 1000 })).toEqual({
      scale: 0.5,
      x: 0,
      y: 250,
    });
    expect(fitBoard({ width: 100, height: 100 }, { width: 1000, height: 500 }, 1.5).scale).toBe(
      1.5,
    );
    expect(fitBoard({ width: 0, height: 100 }, { width: 10, height: 10 })).toEqual({
      scale: 1,
      x: 0,
      y: 0,
    });
  });

  it("leaves a closed list its own keys, and takes back the clicker's and Escape", () => {
    for (const k of ["ArrowDown", "ArrowUp", "ArrowLeft", "ArrowRight", "Home", "End", " ", "t"])
      expect(keyOnList(key(k)), k).toBe("list");
    expect(keyOnList(key("ArrowDown", { altKey: true }))).toBe("list");
    expect(keyOnList(key("Enter"))).toBe("done");
    expect(keyOnList(key("PageDown"))).toBe("present");
    expect(keyOnList(key("PageUp"))).toBe("present");
    expect(keyOnList(key("Escape"))).toBe("present");
    expect(keyOnList(key("PageDown", { ctrlKey: true }))).toBe("list");
  });
});
