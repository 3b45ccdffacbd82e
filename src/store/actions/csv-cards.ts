import {
  FREE_VOTER,
  addElement,
  addLink,
  addVote,
  foldForSearch,
  newId,
  carryMetricInto,
  type Id,
  type JourneyElement,
  type LinkKind,
} from "../../domain";
import { changeJourney, getWorkspace, now } from "../document";

/** A card brought in from a CSV row (see format/csv-cards.ts), with its votes and arrows. */
export interface IncomingCard {
  element: JourneyElement;
  votes: number;
  links: { kind: LinkKind; toTitle: string }[];
}

/**
 * Adds cards read from a CSV file to a journey, each at the end of its cell in the file's order,
 * with its votes (one entry of that weight, as a file's counts arrive) and its arrows to cards of
 * the same file named by title. One undo step.
 */
export function addCardsFromCsv(journeyId: Id, cards: readonly IncomingCard[]): boolean {
  const at = now();
  return changeJourney(journeyId, (j) => {
    const byTitle = new Map<string, Id>();
    // The custom metrics the cards give figures for come into the journey with them.
    const library = getWorkspace().metrics;
    for (const { element } of cards)
      for (const metric of Object.keys(element.metrics)) carryMetricInto(j, library, metric);
    for (const { element } of cards) {
      addElement(j, element, { stageId: element.stageId, laneId: element.laneId });
      const title = foldForSearch(element.title.trim());
      if (title && !byTitle.has(title)) byTitle.set(title, element.id);
    }
    for (const { element, votes, links } of cards) {
      if (votes > 0)
        addVote(j, { id: newId(), elementId: element.id, by: FREE_VOTER, at, weight: votes });
      for (const link of links) {
        const to = byTitle.get(foldForSearch(link.toTitle));
        if (to && to !== element.id) addLink(j, newId(), element.id, to, link.kind);
      }
    }
  });
}
