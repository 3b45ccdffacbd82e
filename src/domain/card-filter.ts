import { elementsInJourneyOrder } from "./cells";
import { channelKey, departmentKey, worstSeverity } from "./insights";
import { actionStatusesByCard } from "./plan";
import type {
  ActionStatus,
  Confidence,
  ElementKind,
  Id,
  Journey,
  JourneyElement,
  Satisfaction,
  Severity,
} from "./types";

/**
 * Which cards of a map a person is looking for. Every part narrows: a card matches when it
 * passes each part that is set. Within a part, any of the chosen values will do (a channel of
 * Web or Email). Empty parts do not narrow.
 */
export interface CardFilter {
  /** Words to find in the title, notes, pain points and tags, whatever their case or accents. */
  text: string;
  kinds: readonly ElementKind[];
  /** Channel keys (`channelKey`), "none" for cards without one. */
  channels: readonly string[];
  /** Owner keys (`departmentKey`), "none" for cards without one. */
  owners: readonly string[];
  /** The worst severity among the card's pain points. */
  severities: readonly Severity[];
  /** "none" for cards whose confidence is not said. */
  confidence: readonly (Confidence | "none")[];
  /** Scored cards within this range, both ends included; null when not narrowed by score. */
  satisfaction: { min: Satisfaction; max: Satisfaction } | null;
  /** Only cards with at least this many votes (0: not narrowed). */
  minVotes: number;
  /** Cards with an action of the plan in one of these statuses; "none" for cards without one. */
  actions: readonly (ActionStatus | "none")[];
  /** Exactly these cards (chosen from an insight such as a heatmap cell), with what they are. */
  cards: { ids: readonly Id[]; label: string } | null;
}

export const EMPTY_FILTER: CardFilter = {
  text: "",
  kinds: [],
  channels: [],
  owners: [],
  severities: [],
  confidence: [],
  satisfaction: null,
  minVotes: 0,
  actions: [],
  cards: null,
};

/** Text folded for finding: lower case, accents and Persian/Arabic letter variants set aside. */
export function foldForSearch(text: string): string {
  return (
    text
      .normalize("NFKD")
      // Combining marks (Polish accents, Persian short vowels) do not have to be typed.
      .replace(/\p{M}/gu, "")
      // Arabic and Persian forms of the same letter (ي/ی, ك/ک); the zero-width non-joiner is
      // often left out when typing ("میخواهم" finds "می‌خواهم").
      .replace(/ي/g, "ی")
      .replace(/ك/g, "ک")
      .replace(/\u200c/g, "")
      .replace(/ł/g, "l")
      .replace(/Ł/g, "L")
      .toLocaleLowerCase()
  );
}

export function isFilterEmpty(filter: CardFilter): boolean {
  return (
    filter.text.trim() === "" &&
    !filter.kinds.length &&
    !filter.channels.length &&
    !filter.owners.length &&
    !filter.severities.length &&
    !filter.confidence.length &&
    filter.satisfaction === null &&
    filter.minVotes <= 0 &&
    !filter.actions.length &&
    filter.cards === null
  );
}

/** How many parts of the filter are set besides the text (for "Filters (2)"). */
export function activeFilterParts(filter: CardFilter): number {
  return [
    filter.kinds.length > 0,
    filter.channels.length > 0,
    filter.owners.length > 0,
    filter.severities.length > 0,
    filter.confidence.length > 0,
    filter.satisfaction !== null,
    filter.minVotes > 0,
    filter.actions.length > 0,
    filter.cards !== null,
  ].filter(Boolean).length;
}

function cardText(element: JourneyElement): string {
  return foldForSearch(
    [
      element.title,
      element.notes,
      ...element.painPoints.map((p) => p.text),
      ...element.tags,
      element.channel?.kind === "custom" ? element.channel.name : "",
      element.owner?.kind === "custom" ? element.owner.name : "",
    ].join("\n"),
  );
}

/**
 * A matcher for one filter, built once and run over every card. The journey is needed when the
 * filter asks about the action plan (which lives beside the cards).
 */
export function cardMatcher(
  filter: CardFilter,
  journey?: Journey,
): (element: JourneyElement) => boolean {
  const actions = new Set(filter.actions);
  const planned = actions.size && journey ? actionStatusesByCard(journey) : null;
  const words = foldForSearch(filter.text).split(/\s+/).filter(Boolean);
  const kinds = new Set(filter.kinds);
  const channels = new Set(filter.channels);
  const owners = new Set(filter.owners);
  const severities = new Set(filter.severities);
  const confidence = new Set(filter.confidence);
  const ids = filter.cards ? new Set(filter.cards.ids) : null;
  const { satisfaction, minVotes } = filter;
  return (element) => {
    if (ids && !ids.has(element.id)) return false;
    if (kinds.size && !kinds.has(element.kind)) return false;
    if (channels.size && !channels.has(channelKey(element.channel))) return false;
    if (owners.size && !owners.has(departmentKey(element.owner))) return false;
    if (severities.size) {
      const worst = worstSeverity(element.painPoints);
      if (!worst || !severities.has(worst)) return false;
    }
    if (confidence.size && !confidence.has(element.confidence ?? "none")) return false;
    if (satisfaction) {
      const score = element.satisfaction;
      if (score === null || score < satisfaction.min || score > satisfaction.max) return false;
    }
    if (minVotes > 0 && element.votes < minVotes) return false;
    if (planned) {
      const statuses = planned.get(element.id);
      const hit = statuses ? [...statuses].some((s) => actions.has(s)) : actions.has("none");
      if (!hit) return false;
    }
    if (words.length) {
      const text = cardText(element);
      if (!words.every((word) => text.includes(word))) return false;
    }
    return true;
  };
}

/** The cards that match, in the order a person reads the map (stage by stage, lane by lane). */
export function matchingCards(journey: Journey, filter: CardFilter): Id[] {
  const matches = cardMatcher(filter, journey);
  return elementsInJourneyOrder(journey, matches).map((element) => element.id);
}

/**
 * The journey with only the given cards (an export of what a filter finds): the arrows between
 * them, their votes and comments, and the plan's actions fixing only them. Stages and lanes stay,
 * so the map keeps its shape.
 */
export function onlyCards(journey: Journey, ids: ReadonlySet<Id>): Journey {
  const keep = <T>(records: Record<Id, T>, holds: (record: T) => boolean) =>
    Object.fromEntries(Object.entries(records).filter(([, record]) => holds(record)));
  return {
    ...journey,
    elements: keep(journey.elements, (e) => ids.has(e.id)),
    links: keep(journey.links, (l) => ids.has(l.from) && ids.has(l.to)),
    votes: keep(journey.votes, (v) => ids.has(v.elementId)),
    comments: keep(journey.comments, (c) => ids.has(c.elementId)),
    plan: Object.fromEntries(
      Object.entries(journey.plan).map(([id, action]) => [
        id,
        { ...action, cardIds: action.cardIds.filter((cardId) => ids.has(cardId)) },
      ]),
    ),
  };
}
