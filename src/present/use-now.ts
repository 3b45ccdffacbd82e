import { useEffect, useState } from "react";

/** The wall clock, re-read every `intervalMs` while `active` (a running timer), else left still. */
export function useNow(active: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    // A stale reading until the first tick is harmless: time before a start never counts.
    if (!active) return;
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [active, intervalMs]);
  return now;
}
