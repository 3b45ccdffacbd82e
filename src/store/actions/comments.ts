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
import { sessionStore } from "../session";

/**
 * Comments on cards. Each is written as this browser: in a room under the name others see there,
 * alone under no name (the interface says "You" to its writer).
 */
function writer(journeyId: Id): { author: string; authorId: string } {
  const { presence, rooms, browserId } = sessionStore.getState();
  const inRoom = rooms[journeyId] !== undefined;
  return { author: inRoom ? (presence?.name ?? "") : "", authorId: browserId };
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

export function editCardComment(journeyId: Id, commentId: Id, text: string): void {
  const body = text.trim();
  if (!body) return;
  const at = now();
  changeJourney(journeyId, (j) => {
    editComment(j, commentId, sessionStore.getState().browserId, body, at);
  });
}

export function deleteCardComment(journeyId: Id, commentId: Id): void {
  changeJourney(journeyId, (j) => {
    deleteComment(j, commentId, sessionStore.getState().browserId);
  });
}

export function resolveCommentThread(journeyId: Id, firstId: Id, resolved: boolean): void {
  changeJourney(journeyId, (j) => {
    resolveThread(j, firstId, resolved);
  });
}

/** Whether this browser wrote a comment (and so may edit or delete it). */
export const isOwnComment = (comment: CardComment): boolean =>
  comment.authorId === sessionStore.getState().browserId;
