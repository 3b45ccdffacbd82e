import { useEffect, useRef } from "react";
import { useStore } from "zustand";
import { useT, type MessageKey } from "../i18n";
import { roomStore, showNotice, type RefusedBecause } from "../store";

const REFUSED: Record<RefusedBecause, MessageKey> = {
  view: "rooms.refusedView",
  contribute: "rooms.refusedContribute",
  lockedStructure: "rooms.refusedLockedStructure",
  lockedMap: "rooms.refusedLockedMap",
};

/**
 * A change this link may not make says why, once per attempt, in the one place for notices
 * (counted from when the view appeared: coming back to it repeats nothing).
 */
export function useRefusalNotices(): void {
  const t = useT();
  const refused = useStore(roomStore, (s) => s.refusedChanges);
  const because = useStore(roomStore, (s) => s.refusedBecause);
  const seen = useRef(refused);
  useEffect(() => {
    if (refused === seen.current) return;
    seen.current = refused;
    showNotice({ key: "room-refused", message: t(REFUSED[because]) });
  }, [refused, because, t]);
}
