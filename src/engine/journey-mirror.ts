import type * as Y from "yjs";
import type { Journey } from "../domain";
import type { DamagedRecord } from "./damage";
import { ROOT, cardOfRatingKey, journeyRoots, type JourneyRoots } from "./journey-doc";
import {
  assembleJourney,
  readCard,
  readLink,
  readMeta,
  readPlacement,
  readRawJourney,
  readRound,
  readAction,
  readTarget,
  readComment,
  readVote,
  type RawJourney,
} from "./journey-read";
import { measureKeysByCard, readAim, readGoal, readMetricDef } from "./journey-metrics";

type RootName = (typeof ROOT)[keyof typeof ROOT];

/** What one transaction touched: whole roots, and the keys of records within the keyed ones. */
export interface Touched<R extends string> {
  roots: Set<R>;
  keys: Map<R, Set<string>>;
}

/** Finds which root, and which record of it, each changed type belongs to. */
export function touchedBy<R extends string>(
  transaction: Y.Transaction,
  rootNames: Map<unknown, R>,
): Touched<R> {
  const touched: Touched<R> = { roots: new Set(), keys: new Map() };
  const addKey = (root: R, key: string) => {
    const keys = touched.keys.get(root);
    if (keys) keys.add(key);
    else touched.keys.set(root, new Set([key]));
  };
  for (const [type, changedKeys] of transaction.changed) {
    // Walks up from the changed type to the root map it sits in (a root has no parent item).
    let current: { _item: Y.Item | null } = type;
    let recordKey: string | null = null;
    while (current._item) {
      recordKey = current._item.parentSub;
      current = current._item.parent as { _item: Y.Item | null };
    }
    const root = rootNames.get(current);
    if (!root) continue;
    touched.roots.add(root);
    if (recordKey !== null) addKey(root, recordKey);
    else for (const key of changedKeys) if (key !== null) addKey(root, key);
  }
  return touched;
}

/**
 * Keeps a journey read from its document, re-reading after each transaction only the records it
 * touched; the journey keeps the identity of everything else.
 */
export class JourneyMirror {
  readonly roots: JourneyRoots;
  private readonly rootNames: Map<unknown, RootName>;
  private raw: RawJourney;
  journey: Journey | null;
  /** Records the last transaction touched that did not read (left out, or kept as before). */
  unreadInLast = 0;

  constructor(
    readonly doc: Y.Doc,
    damaged: DamagedRecord[],
  ) {
    this.roots = journeyRoots(doc);
    this.rootNames = new Map(
      (Object.keys(this.roots) as (keyof JourneyRoots)[]).map((name) => [
        this.roots[name],
        ROOT[name],
      ]),
    );
    this.raw = readRawJourney(doc, damaged);
    this.journey = assembleJourney(this.raw, null);
  }

  /**
   * Takes a transaction in; returns whether the journey changed. A record that does not read
   * (it arrived in part: an update it depends on has not come yet) keeps what it read before,
   * until the rest arrives; one that never read is left out meanwhile.
   */
  update(transaction: Y.Transaction): boolean {
    const touched = touchedBy(transaction, this.rootNames);
    if (touched.roots.size === 0) return false;
    const unread: DamagedRecord[] = [];
    const raw = { ...this.raw };
    const roots = this.roots;
    if (touched.roots.has(ROOT.stages) || touched.roots.has(ROOT.lanes))
      raw.placement = readPlacement(roots, unread, raw.placement);
    if (touched.roots.has(ROOT.round)) {
      const round = readRound(roots, unread);
      raw.round = round === undefined ? this.raw.round : round;
    }
    if (
      touched.roots.has(ROOT.journey) ||
      touched.roots.has(ROOT.edited) ||
      touched.roots.has(ROOT.round) ||
      raw.placement !== this.raw.placement
    ) {
      const meta = readMeta(roots, raw.placement, raw.round, unread);
      raw.meta =
        meta ??
        (this.raw.meta && {
          ...this.raw.meta,
          stages: raw.placement.stages,
          lanes: raw.placement.lanes,
          votingRound: raw.round,
        });
    }
    const reread = <T>(
      keys: Set<string> | undefined,
      records: Map<string, T>,
      map: Y.Map<unknown>,
      read: (id: string, value: never) => T | null,
    ): Map<string, T> => {
      if (!keys) return records;
      const next = new Map(records);
      for (const id of keys) {
        const value = map.get(id);
        if (value === undefined) {
          next.delete(id);
          continue;
        }
        const record = read(id, value as never);
        if (record) next.set(id, record);
      }
      return next;
    };
    // A card's ratings and figures beyond the classic ones live apart (ROOT.ratings,
    // ROOT.measures): a touched one rereads its card.
    const apart = [
      ...(touched.keys.get(ROOT.ratings) ?? []),
      ...(touched.keys.get(ROOT.measures) ?? []),
    ];
    const cardKeys = apart.length
      ? new Set([...(touched.keys.get(ROOT.cards) ?? []), ...apart.map(cardOfRatingKey)])
      : touched.keys.get(ROOT.cards);
    const measureKeys = cardKeys?.size ? measureKeysByCard(roots.measures) : null;
    raw.cards = reread(cardKeys, raw.cards, roots.cards as Y.Map<unknown>, (id, entry) =>
      readCard(id, entry, roots, unread, measureKeys?.get(id) ?? []),
    );
    raw.links = reread(touched.keys.get(ROOT.links), raw.links, roots.links, (id, value) =>
      readLink(id, value, unread),
    );
    raw.votes = reread(touched.keys.get(ROOT.votes), raw.votes, roots.votes, (id, value) =>
      readVote(id, value, unread),
    );
    raw.comments = reread(
      touched.keys.get(ROOT.comments),
      raw.comments,
      roots.comments as Y.Map<unknown>,
      (id, entry) => readComment(id, entry, unread),
    );
    raw.targets = reread(touched.keys.get(ROOT.targets), raw.targets, roots.targets, (key, value) =>
      readTarget(key, value, unread),
    );
    raw.goals = reread(touched.keys.get(ROOT.goals), raw.goals, roots.goals, (key, value) =>
      readGoal(key, value, unread),
    );
    raw.aims = reread(touched.keys.get(ROOT.aims), raw.aims, roots.aims, (id, value) =>
      readAim(id, value, unread),
    );
    raw.metricDefs = reread(
      touched.keys.get(ROOT.metricDefs),
      raw.metricDefs,
      roots.metricDefs,
      (id, value) => readMetricDef(id, value, unread),
    );
    raw.plan = reread(
      touched.keys.get(ROOT.plan),
      raw.plan,
      roots.plan as Y.Map<unknown>,
      (id, entry) => readAction(id, entry, unread),
    );
    this.raw = raw;
    this.unreadInLast = unread.length;
    const next = assembleJourney(raw, this.journey);
    if (next === this.journey) return false;
    this.journey = next;
    return true;
  }
}
