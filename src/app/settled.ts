import { useEffect, useState } from "react";

type Marked<T> = Promise<T> & { status?: "fulfilled" | "rejected"; value?: T };
type Outcome<T> =
  { promise: Promise<T>; ok: true; value: T } | { promise: Promise<T>; ok: false; reason: unknown };

/**
 * What a promise resolved to, or undefined while it is pending; a rejection is thrown to the
 * error boundary. Unlike React's `use`, nothing suspends: React holds back the reveal of a
 * suspended view until 300 ms after its fallback showed, which alone made a map take 300 ms to
 * open. Here the view appears in the commit after the promise settles. A promise marked settled
 * (see `once` in RouteView) is read at once, with no render in between.
 */
export function useSettled<T>(promise: Promise<T>): T | undefined {
  const marked = promise as Marked<T>;
  const [outcome, setOutcome] = useState<Outcome<T> | null>(null);
  useEffect(() => {
    if (marked.status === "fulfilled") return;
    let current = true;
    promise.then(
      (value) => current && setOutcome({ promise, ok: true, value }),
      (reason: unknown) => current && setOutcome({ promise, ok: false, reason }),
    );
    return () => {
      current = false;
    };
  }, [promise, marked]);
  if (marked.status === "fulfilled") return marked.value;
  if (outcome?.promise !== promise) return undefined;
  if (!outcome.ok) throw outcome.reason;
  return outcome.value;
}

/**
 * A module (or any promise) fetched on first use, then shared. Once it has arrived it is marked
 * settled (as React's `use` marks one), so `useSettled` reads it at once, with no render in
 * between. A failed fetch (offline before the first visit) is not kept, so it may be retried.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | null = null;
  return () => {
    if (!promise) {
      const loading = load();
      loading.then(
        (value) => Object.assign(loading, { status: "fulfilled", value }),
        () => {
          promise = null;
        },
      );
      promise = loading;
    }
    return promise;
  };
}
