import { BoxIndex, type CardBox, type Id } from "../domain";

/**
 * Hands back the list it handed out last when a new one holds the same items, so React Flow
 * (which rebuilds its lookups for every new list of arrows) and the components that read it
 * redo nothing after an edit that changed no arrow, a keystroke in a title for one.
 */
export class SameList<T> {
  private last: T[] | null = null;

  keep(next: T[]): T[] {
    const last = this.last;
    if (last && last.length === next.length && last.every((item, i) => item === next[i]))
      return last;
    this.last = next;
    return next;
  }
}

/**
 * The index of where cards are drawn, kept while no card moved or changed size: every arrow's
 * hit area is worked out against it, so a new index (after any edit) redid them all.
 */
export class SameCardBoxes {
  private last: { boxes: ReadonlyMap<Id, CardBox>; index: BoxIndex<CardBox> } | null = null;

  index(boxes: ReadonlyMap<Id, CardBox>): BoxIndex<CardBox> {
    const last = this.last;
    if (last && (last.boxes === boxes || samePlaces(last.boxes, boxes))) {
      this.last = { boxes, index: last.index };
      return last.index;
    }
    const index = new BoxIndex(boxes.values());
    this.last = { boxes, index };
    return index;
  }
}

function samePlaces(a: ReadonlyMap<Id, CardBox>, b: ReadonlyMap<Id, CardBox>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, box] of b) {
    const was = a.get(id);
    if (
      !was ||
      was.x !== box.x ||
      was.y !== box.y ||
      was.width !== box.width ||
      was.height !== box.height
    )
      return false;
  }
  return true;
}
