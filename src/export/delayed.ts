import { useEffect, useState } from "react";

/** Progress for work over 300 ms: shorter work finishes before anything flickers on screen. */
export const PROGRESS_DELAY_MS = 300;

/** True once `active` has stayed true for `delayMs`; false again as soon as it is false. */
export function useDelayedFlag(active: boolean, delayMs = PROGRESS_DELAY_MS): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => {
      clearTimeout(timer);
      setShown(false);
    };
  }, [active, delayMs]);
  return active && shown;
}
