import type { CardComment, Id, Journey, Timestamp } from "./types";

/**
 * Comment threads on cards. Operations are Immer-style recipes; who may do what (only a comment's
 * writer edits or deletes it) is checked here too, so no caller can forget it.
 */

export interface CommentThread {
  first: CardComment;
  replies: CardComment[];
}

const byTime = (a: CardComment, b: CardComment) =>
  a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A card's threads, oldest first, each with its replies in the order they were written. */
export function threadsOf(journey: Journey, elementId: Id): CommentThread[] {
  const firsts: CardComment[] = [];
  const replies = new Map<Id, CardComment[]>();
  for (const comment of Object.values(journey.comments)) {
    if (comment.elementId !== elementId) continue;
    if (comment.replyTo === null) firsts.push(comment);
    else replies.set(comment.replyTo, [...(replies.get(comment.replyTo) ?? []), comment]);
  }
  return firsts.sort(byTime).map((first) => ({
    first,
    replies: (replies.get(first.id) ?? []).sort(byTime),
  }));
}

/** Comments still under discussion per card (resolved threads do not count), for the map's badge. */
export function openCommentCounts(journey: Journey): Map<Id, number> {
  const resolved = new Set<Id>();
  for (const comment of Object.values(journey.comments))
    if (comment.replyTo === null && comment.resolved) resolved.add(comment.id);
  const counts = new Map<Id, number>();
  for (const comment of Object.values(journey.comments)) {
    const thread = comment.replyTo ?? comment.id;
    if (resolved.has(thread) || !journey.comments[thread]) continue;
    counts.set(comment.elementId, (counts.get(comment.elementId) ?? 0) + 1);
  }
  return counts;
}

/** Adds a comment on an existing card (a reply to an existing thread). Returns whether it did. */
export function addComment(journey: Journey, comment: CardComment): boolean {
  if (!journey.elements[comment.elementId] || journey.comments[comment.id]) return false;
  if (comment.replyTo !== null) {
    const first = journey.comments[comment.replyTo];
    if (!first || first.replyTo !== null || first.elementId !== comment.elementId) return false;
  }
  journey.comments[comment.id] = comment;
  return true;
}

/** Changes the text of one's own comment. */
export function editComment(
  journey: Journey,
  id: Id,
  authorId: string,
  text: string,
  at: Timestamp,
): boolean {
  const comment = journey.comments[id];
  if (!comment || comment.authorId !== authorId || comment.text === text) return false;
  comment.text = text;
  comment.editedAt = at;
  return true;
}

/** Deletes one's own comment; deleting a thread's first comment deletes the thread. */
export function deleteComment(journey: Journey, id: Id, authorId: string): boolean {
  const comment = journey.comments[id];
  if (!comment || comment.authorId !== authorId) return false;
  delete journey.comments[id];
  if (comment.replyTo === null)
    for (const reply of Object.values(journey.comments))
      if (reply.replyTo === id) delete journey.comments[reply.id];
  return true;
}

/** Resolves or reopens a thread (anyone who may edit the map may). */
export function resolveThread(journey: Journey, firstId: Id, resolved: boolean): boolean {
  const first = journey.comments[firstId];
  if (!first || first.replyTo !== null || first.resolved === resolved) return false;
  first.resolved = resolved;
  return true;
}

/** Removes the comments on these cards (they are being removed). */
export function removeCommentsOf(journey: Journey, elementIds: ReadonlySet<Id>): void {
  for (const comment of Object.values(journey.comments))
    if (elementIds.has(comment.elementId)) delete journey.comments[comment.id];
}
