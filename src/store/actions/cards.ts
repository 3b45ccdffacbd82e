import {
  addElement,
  addLink,
  addPainPoint,
  changeLinkKind,
  createElement,
  duplicateElements,
  moveElements,
  newId,
  pasteElements,
  removeElements,
  removeLinks,
  removePainPoint,
  updateElement,
  updatePainPoint,
  type CellTarget,
  type ElementChanges,
  type ElementClipboard,
  type ElementKind,
  type Id,
  type LinkKind,
  type Severity,
} from "../../domain";
import { changeJourney } from "../document";

/** Card actions, named verb + noun. Each is one undo step unless it says otherwise. */

export function addCard(
  journeyId: Id,
  kind: ElementKind,
  target: CellTarget,
  title = "",
): Id | null {
  const id = newId();
  const changed = changeJourney(journeyId, (j) =>
    addElement(j, createElement(id, kind, target.stageId, target.laneId, title), target),
  );
  return changed ? id : null;
}

/** Typing in one field of one card is one undo step per pause. */
export function updateCard(
  journeyId: Id,
  elementId: Id,
  changes: ElementChanges,
  field?: string,
): void {
  changeJourney(journeyId, (j) => updateElement(j, elementId, changes), {
    coalesce: field ? `card:${elementId}:${field}` : undefined,
  });
}

export function moveCards(journeyId: Id, elementIds: readonly Id[], target: CellTarget): void {
  changeJourney(journeyId, (j) => moveElements(j, elementIds, target));
}

export function removeCards(journeyId: Id, elementIds: readonly Id[]): void {
  changeJourney(journeyId, (j) => removeElements(j, elementIds));
}

export function duplicateCards(journeyId: Id, elementIds: readonly Id[]): Id[] {
  let created: Id[] = [];
  changeJourney(journeyId, (j) => {
    created = duplicateElements(j, elementIds, newId);
  });
  return created;
}

export function pasteCards(journeyId: Id, clipboard: ElementClipboard, fallback: CellTarget): Id[] {
  let created: Id[] = [];
  changeJourney(journeyId, (j) => {
    created = pasteElements(j, clipboard, fallback, newId);
  });
  return created;
}

export function addCardPainPoint(
  journeyId: Id,
  elementId: Id,
  text = "",
  severity: Severity = "medium",
): Id {
  const id = newId();
  changeJourney(journeyId, (j) => addPainPoint(j, elementId, { id, text, severity }));
  return id;
}

export function updateCardPainPoint(
  journeyId: Id,
  elementId: Id,
  painPointId: Id,
  changes: { text?: string; severity?: Severity },
): void {
  changeJourney(journeyId, (j) => updatePainPoint(j, elementId, painPointId, changes), {
    coalesce: changes.text !== undefined ? `pain:${painPointId}` : undefined,
  });
}

export function removeCardPainPoint(journeyId: Id, elementId: Id, painPointId: Id): void {
  changeJourney(journeyId, (j) => removePainPoint(j, elementId, painPointId));
}

export function linkCards(journeyId: Id, from: Id, to: Id, kind: LinkKind = "flow"): Id | null {
  const id = newId();
  let added = false;
  changeJourney(journeyId, (j) => {
    added = addLink(j, id, from, to, kind);
  });
  return added ? id : null;
}

export function changeLink(journeyId: Id, linkId: Id, kind: LinkKind): void {
  changeJourney(journeyId, (j) => changeLinkKind(j, linkId, kind));
}

export function removeCardLinks(journeyId: Id, linkIds: readonly Id[]): void {
  changeJourney(journeyId, (j) => removeLinks(j, linkIds));
}

/** Removes cards and links together as one undo step (Delete on a mixed selection). */
export function removeSelection(
  journeyId: Id,
  elementIds: readonly Id[],
  linkIds: readonly Id[],
): void {
  changeJourney(journeyId, (j) => {
    removeLinks(j, linkIds);
    removeElements(j, elementIds);
  });
}
