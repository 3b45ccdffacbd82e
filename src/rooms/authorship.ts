import type * as Y from "yjs";
import { ORIGIN } from "../engine";
import { roomStore } from "../store/room";

/** Where a room's journey keeps who added which card (cards from before the room have none). */
const AUTHORS_ROOT = "authors";

/**
 * Keeps the room's record of who added which card: each card this person adds is marked theirs,
 * so a contribute link can delete its own cards and no one else's. The mark is not an undo step.
 */
export function keepAuthorship(doc: Y.Doc, author: string): () => void {
  const cards = doc.getMap("cards");
  const authors = doc.getMap<string>(AUTHORS_ROOT);
  // A new function each time the record changes, so views of "my cards" redraw.
  const publish = () => roomStore.setState({ isMine: (cardId) => authors.get(cardId) === author });
  publish();
  authors.observe(publish);
  const mark = (transaction: Y.Transaction) => {
    if (transaction.origin !== ORIGIN.edit) return;
    const changed = transaction.changed.get(
      cards as unknown as Y.AbstractType<Y.YEvent<Y.Map<unknown>>>,
    );
    if (!changed) return;
    const added = [...changed].filter(
      (key): key is string => key !== null && cards.has(key) && !authors.has(key),
    );
    // After this transaction, as a write of its own.
    if (added.length)
      queueMicrotask(() =>
        doc.transact(() => {
          for (const key of added) if (!authors.has(key)) authors.set(key, author);
        }, "room"),
      );
  };
  doc.on("afterTransaction", mark);
  return () => {
    doc.off("afterTransaction", mark);
    authors.unobserve(publish);
    roomStore.setState({ isMine: () => false });
  };
}
