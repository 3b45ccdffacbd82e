import type { MessageKey } from "../i18n";

/** Why a vote was not added or taken back, as every place that votes says it. */
const REFUSED = {
  noDotsLeft: "voting.noDotsLeft",
  allDotsUsed: "voting.allDotsUsed",
  notTheirs: "voting.notTheirs",
  needName: "voting.needName",
} as const satisfies Record<string, MessageKey>;

/** The message for a vote's outcome when it was refused; null when it went through. */
export function voteRefusal(outcome: string): MessageKey | null {
  return Object.hasOwn(REFUSED, outcome) ? REFUSED[outcome as keyof typeof REFUSED] : null;
}
