import { useEffect, useRef, useState } from "react";
import {
  exitFullscreen,
  isFullscreen,
  requestFullscreen,
  useFullscreenOutcome,
  type FullscreenOutcome,
} from "./fullscreen";

/**
 * Full screen while presenting: whether the page is full screen now, the button's way in and
 * out, and the notice when the browser refused or has no full screen. Apart from fullscreen.ts,
 * which the editor's "Present" button loads, so the editor does not carry this.
 */
export function usePresentationFullscreen(leave: () => void): {
  fullscreen: boolean;
  toggleFullscreen: () => void;
  notice: Extract<FullscreenOutcome, "refused" | "unavailable"> | null;
  hideNotice: () => void;
} {
  const [fullscreen, setFullscreen] = useState(isFullscreen);
  const [noticeHidden, setNoticeHidden] = useState(false);
  const outcome = useFullscreenOutcome();

  // The browser's Escape leaves full screen without telling the page about the key; leaving full
  // screen that way leaves the presentation too. Leaving it with our own button does not.
  const keepPresenting = useRef(false);
  useEffect(() => {
    let was = isFullscreen();
    const onChange = () => {
      const now = isFullscreen();
      setFullscreen(now);
      if (was && !now && !keepPresenting.current) leave();
      keepPresenting.current = false;
      was = now;
    };
    document.addEventListener("fullscreenchange", onChange);
    // The "Present" click asked for full screen before this view was drawn: the browser may have
    // granted it between the first render and now, with no one listening yet.
    setFullscreen(was);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, [leave]);

  const toggleFullscreen = () => {
    if (isFullscreen()) {
      keepPresenting.current = true;
      exitFullscreen();
    } else {
      // Asked again and refused again: say so again, even if the notice was put away.
      void requestFullscreen().then((result) => {
        if (result !== "granted") setNoticeHidden(false);
      });
    }
  };

  const notice =
    !noticeHidden && (outcome === "refused" || outcome === "unavailable") ? outcome : null;
  return { fullscreen, toggleFullscreen, notice, hideNotice: () => setNoticeHidden(true) };
}
