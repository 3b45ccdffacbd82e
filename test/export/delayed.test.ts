import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PROGRESS_DELAY_MS, useDelayedFlag } from "../../src/export/delayed";

describe("progress shown only for exports over 300 ms", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("stays hidden for work that ends sooner", () => {
    const { result, rerender } = renderHook(({ busy }) => useDelayedFlag(busy), {
      initialProps: { busy: true },
    });
    act(() => {
      vi.advanceTimersByTime(PROGRESS_DELAY_MS - 1);
    });
    expect(result.current).toBe(false);
    rerender({ busy: false });
    act(() => {
      vi.advanceTimersByTime(PROGRESS_DELAY_MS);
    });
    expect(result.current).toBe(false);
  });

  it("appears at 300 ms and goes as soon as the work ends", () => {
    const { result, rerender } = renderHook(({ busy }) => useDelayedFlag(busy), {
      initialProps: { busy: true },
    });
    expect(PROGRESS_DELAY_MS).toBe(300);
    act(() => {
      vi.advanceTimersByTime(PROGRESS_DELAY_MS);
    });
    expect(result.current).toBe(true);
    rerender({ busy: false });
    expect(result.current).toBe(false);
    // A second export starts hidden again.
    rerender({ busy: true });
    expect(result.current).toBe(false);
  });
});
