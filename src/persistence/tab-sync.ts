import type { Id, JourneyElement, Link, Persona } from "../domain";
import type { ChangedKeys } from "./changes";
import type { WaymarkDatabase } from "./database";
import type { JourneyRow } from "./rows";
import { checkElementRow, checkJourneyRow, checkLinkRow, checkPersonaRow } from "./validate";

const CHANNEL = "waymark-workspace";

type Message =
  | {
      tab: string;
      kind: "wrote";
      keys: ChangedKeys;
      /** Rows where the writing tab kept its own value over one this tab wrote at the same moment. */
      overridden?: number;
    }
  /** A tab opened ("hello", answered with "here") or is going away ("bye"). */
  | { tab: string; kind: "hello" | "here" | "bye" };

export interface TabSync {
  readonly tabId: string;
  announce(keys: ChangedKeys, overridden?: number): void;
  /**
   * Whether another tab of this workspace may be open. A tab that crashed never says bye, so
   * this can say yes wrongly, never no: callers use it to choose the careful way.
   */
  othersOpen(): boolean;
  /** This tab is going away (it may come back from the back-forward cache: `greet` then). */
  leave(): void;
  greet(): void;
  close(): void;
}

/**
 * Tells other tabs of this workspace which rows a save touched; they re-read just those rows.
 * Only keys travel, never data, so a tab always takes what is actually on disk. Tabs also say
 * hello and bye, so a tab knows whether it is alone.
 */
export function createTabSync(onRemote: (keys: ChangedKeys, overridden: number) => void): TabSync {
  const tabId = globalThis.crypto.randomUUID();
  if (typeof BroadcastChannel === "undefined") {
    return { tabId, announce() {}, othersOpen: () => true, leave() {}, greet() {}, close() {} };
  }
  const others = new Set<string>();
  const channel = new BroadcastChannel(CHANNEL);
  const post = (message: Message) => channel.postMessage(message);
  channel.onmessage = (event: MessageEvent<Message>) => {
    const data = event.data;
    if (!data || typeof data !== "object" || data.tab === tabId) return;
    switch (data.kind) {
      case "hello":
        others.add(data.tab);
        post({ tab: tabId, kind: "here" });
        return;
      case "here":
        others.add(data.tab);
        return;
      case "bye":
        others.delete(data.tab);
        return;
      case "wrote":
        others.add(data.tab);
        if (typeof data.keys !== "object") return;
        onRemote(data.keys, typeof data.overridden === "number" ? data.overridden : 0);
    }
  };
  post({ tab: tabId, kind: "hello" });
  return {
    tabId,
    announce(keys, overridden = 0) {
      post({ tab: tabId, kind: "wrote", keys, overridden });
    },
    othersOpen: () => others.size > 0,
    leave() {
      post({ tab: tabId, kind: "bye" });
    },
    greet() {
      post({ tab: tabId, kind: "hello" });
    },
    close() {
      channel.close();
    },
  };
}

/** What another tab wrote: each row as it is now on disk, or null where it was deleted. */
export interface RemoteRows {
  personas: Map<Id, Persona | null>;
  journeys: Map<Id, JourneyRow | null>;
  elements: Map<string, { journeyId: Id; id: Id; element: JourneyElement | null }>;
  links: Map<string, { journeyId: Id; id: Id; link: Link | null }>;
}

/** The key of a card's or link's entry in `RemoteRows`. */
export const pairKey = (journeyId: Id, id: Id) => `${journeyId}/${id}`;

/** Reads the rows another tab announced; rows that fail the schema are left out. */
export async function readRemoteRows(db: WaymarkDatabase, keys: ChangedKeys): Promise<RemoteRows> {
  const [personas, journeys, elements, links] = await db.transaction(
    "r",
    [db.personas, db.journeys, db.elements, db.links],
    () =>
      Promise.all([
        db.personas.bulkGet(keys.personas),
        db.journeys.bulkGet(keys.journeys),
        db.elements.bulkGet(keys.elements),
        db.links.bulkGet(keys.links),
      ]),
  );
  const rows: RemoteRows = {
    personas: new Map(),
    journeys: new Map(),
    elements: new Map(),
    links: new Map(),
  };
  keys.personas.forEach((id, i) => {
    const row = personas[i];
    if (!row) rows.personas.set(id, null);
    else {
      const checked = checkPersonaRow(row);
      if (checked.ok) rows.personas.set(id, checked.value);
    }
  });
  keys.journeys.forEach((id, i) => {
    const row = journeys[i];
    if (!row) rows.journeys.set(id, null);
    else {
      const checked = checkJourneyRow(row);
      if (checked.ok) rows.journeys.set(id, checked.value);
    }
  });
  keys.elements.forEach(([journeyId, id], i) => {
    const row = elements[i];
    if (!row) rows.elements.set(pairKey(journeyId, id), { journeyId, id, element: null });
    else {
      const checked = checkElementRow(row);
      if (checked.ok)
        rows.elements.set(pairKey(journeyId, id), { journeyId, id, element: checked.value });
    }
  });
  keys.links.forEach(([journeyId, id], i) => {
    const row = links[i];
    if (!row) rows.links.set(pairKey(journeyId, id), { journeyId, id, link: null });
    else {
      const checked = checkLinkRow(row);
      if (checked.ok)
        rows.links.set(pairKey(journeyId, id), { journeyId, id, link: checked.value });
    }
  });
  return rows;
}
