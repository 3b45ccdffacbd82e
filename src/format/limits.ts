import { CARDS_PER_ACTION } from "../domain";

/**
 * Caps on untrusted input. They are generous for real work (the largest benchmarked journey has
 * 2,000 cards) and stop a hostile file from exhausting memory or freezing the tab.
 */
export const LIMITS = {
  // The app must always import its own backups: a CX team's workspace of 90,000 cards is about
  // 50 MB. The cap is against hostile files, far above any real one.
  fileBytes: 256 * 1024 * 1024,
  personas: 1_000,
  journeys: 2_000,
  stagesPerJourney: 60,
  lanesPerJourney: 40,
  elementsPerJourney: 10_000,
  linksPerJourney: 20_000,
  commentsPerJourney: 20_000,
  actionsPerJourney: 5_000,
  snapshots: 2_000,
  cardsPerAction: CARDS_PER_ACTION,
  painPointsPerElement: 100,
  tagsPerElement: 50,
  listItems: 100,
  shortText: 300,
  longText: 20_000,
  /** A persona picture is resized to 256 px before storing; this leaves ample room. */
  avatarDataUrlChars: 3 * 1024 * 1024,
  idChars: 64,
  nestingDepth: 32,
} as const;
