import {
  addComment,
  deleteComment,
  editComment,
  newId,
  resolveThread,
  type CardComment,
  type Id,
} from "../../domain";
import { changeJourney, now } from "../document";
import { browserId } from "../browser-id";
import { sessionStore } from "../session";

/**
 * Comments on cards. Each is written as this browser: in a room under the name others see there,
 * alone under no name (the interface says "You" to its writer).
 */
function writer(journeyId: Id): { author: string; authorId: string } {
  const { presence, rooms } = sessionStore.getState();
  const inRoom = rooms[journeyId] !== undefined;
  return { author: inRoom ? (presence?.name ?? "") : "", authorId: browserId() };
}

/** Starts a thread on a card, or replies to one. Returns the comment's id, or null if refused. */
export function addCardComment(
  journeyId: Id,
  elementId: Id,
  text: string,
  replyTo: Id | null = null,
): Id | null {
  const body = text.trim();
  if (!body) return null;
  const comment: CardComment = {
    id: newId(),
    elementId,
    replyTo,
    ...writer(journeyId),
    text: body,
    at: now(),
    editedAt: null,
    resolved: false,
  };
  let added = false;
  changeJourney(journeyId, (j) => {
    added = addComment(j, comment);
  });
  return added ? comment.id : null;
}

/** Changes one's own comment; returns whether it changed (a refused edit keeps the editor open). */
export function editCardComment(journeyId: Id, commentId: Id, text: string): boolean {
  const body = text.trim();
  if (!body) return false;
  const at = now();
  let edited = false;
  changeJourney(journeyId, (j) => {
    edited = editComment(j, commentId, browserId(), body, at);
  });
  return edited;
}

export function deleteCardComment(journeyId: Id, commentId: Id): void {
  changeJourney(journeyId, (j) => {
    deleteComment(j, commentId, browserId());
  });
}

export function resolveCommentThread(journeyId: Id, firstId: Id, resolved: boolean): void {
  changeJourney(journeyId, (j) => {
    resolveThread(j, firstId, resolved);
  });
}

/** Whether this browser wrote a comment (and so may edit or delete it). */
export const isOwnComment = (comment: CardComment): boolean => comment.authorId === browserId();
