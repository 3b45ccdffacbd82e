import type { Message } from "../catalogue";

/** Finding and filtering the map, and what the map shows back (insights). */
export const insightsEn = {
  "filter.open": "Find and filter",
  "filter.openDescription":
    "Find cards by their words, or narrow the map by kind, channel, owner and more",
  "filter.bar": "Find and filter",
  "filter.search": "Find on the map",
  "filter.placeholder": "Find cards…",
  "filter.facets": "Filters",
  "filter.facetsCount": "Filters ({count})",
  "filter.matches": {
    zero: "No card of {total} matches",
    one: "1 of {total} cards matches",
    other: "{count} of {total} cards match",
  },
  "filter.position": "{at} of {count}",
  "filter.next": "Next match",
  "filter.previous": "Previous match",
  "filter.clear": "Clear the filter",
  "filter.close": "Close find and filter",
  "filter.kind": "Kind",
  "filter.channel": "Channel",
  "filter.owner": "Owner department",
  "filter.severity": "Worst pain point",
  "filter.confidence": "Confidence",
  "filter.satisfaction": "Satisfaction",
  "filter.satisfactionFrom": "From",
  "filter.satisfactionTo": "To",
  "filter.votes": "Votes",
  "filter.withVotes": "Only cards with votes",
  "filter.noChannel": "No channel",
  "filter.noOwner": "No owner",
  "filter.notSaid": "Not said",
  "filter.cards": "Only: {label}",
  "filter.cardsRemove": "Show all cards again",
} as const satisfies Record<string, Message>;
