import { departmentKey } from "./insights";
import {
  ACTION_STATUSES,
  CARDS_PER_ACTION,
  STANDARD_DEPARTMENTS,
  type ActionStatus,
  type DepartmentRef,
  type Id,
  type Journey,
  type PlanAction,
  type Timestamp,
} from "./types";
import { isInMetricRange } from "./metrics";

/**
 * The action plan: what a team will do about a journey's cards. Operations are Immer-style
 * recipes on the journey; an action keeps pointing at the cards it fixes, and a card removed
 * from the map leaves the action (the work may still be planned) without it.
 */

/** The fields a person edits on an action (everything but its id and when it was made). */
export type ActionChanges = Partial<Omit<PlanAction, "id" | "createdAt">>;

/** A calendar day as the plan stores it. */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar day written `YYYY-MM-DD` (2026-02-30 is not). */
export function isCalendarDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/** Today in the person's own time zone, as the plan writes days. */
export function calendarDay(now: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An action still to be done whose day has passed. Days compare as text (`YYYY-MM-DD`). */
export function isOverdue(action: PlanAction, today: string): boolean {
  return action.status !== "done" && action.due !== null && action.due < today;
}

/** A new action made from a card: its title, its owner, and the card as the first it fixes. */
export function actionFromCard(
  journey: Journey,
  cardId: Id,
  id: Id,
  now: Timestamp,
): PlanAction | null {
  const card = journey.elements[cardId];
  if (!card) return null;
  return {
    id,
    title: card.title,
    notes: "",
    status: "idea",
    owner: card.owner ? { ...card.owner } : null,
    due: null,
    target: null,
    cardIds: [cardId],
    createdAt: now,
  };
}

/** Adds an action; its cards must be the journey's. Returns whether it did. */
export function addAction(journey: Journey, action: PlanAction): boolean {
  if (journey.plan[action.id]) return false;
  const cardIds = unique(action.cardIds).filter((id) => journey.elements[id]);
  if (cardIds.length > CARDS_PER_ACTION || !validTarget(journey, action.target)) return false;
  journey.plan[action.id] = { ...action, cardIds };
  return true;
}

/** Changes an action's fields; cards not on the map are left out. Returns whether it did. */
export function updateAction(journey: Journey, id: Id, changes: ActionChanges): boolean {
  const action = journey.plan[id];
  if (!action) return false;
  if (changes.due !== undefined && changes.due !== null && !isCalendarDay(changes.due))
    return false;
  if (changes.target !== undefined && !validTarget(journey, changes.target)) return false;
  if (changes.cardIds !== undefined && unique(changes.cardIds).length > CARDS_PER_ACTION)
    return false;
  if (changes.title !== undefined) action.title = changes.title;
  if (changes.notes !== undefined) action.notes = changes.notes;
  if (changes.status !== undefined) action.status = changes.status;
  if (changes.owner !== undefined) action.owner = changes.owner ? { ...changes.owner } : null;
  if (changes.due !== undefined) action.due = changes.due;
  if (changes.target !== undefined) action.target = changes.target ? { ...changes.target } : null;
  if (changes.cardIds !== undefined)
    action.cardIds = unique(changes.cardIds).filter((cardId) => journey.elements[cardId]);
  return true;
}

export function removeAction(journey: Journey, id: Id): boolean {
  if (!journey.plan[id]) return false;
  delete journey.plan[id];
  return true;
}

/** Takes removed cards out of the actions that fixed them (the actions stay). */
export function forgetCardsInPlan(journey: Journey, cardIds: ReadonlySet<Id>): void {
  for (const action of Object.values(journey.plan)) {
    if (action.cardIds.some((id) => cardIds.has(id)))
      action.cardIds = action.cardIds.filter((id) => !cardIds.has(id));
  }
}

/** A target within its metric's range (what files and documents accept), or none. */
function validTarget(journey: Journey, target: PlanAction["target"]): boolean {
  return target === null || isInMetricRange(journey, target.metric, target.value);
}

function unique(ids: readonly Id[]): Id[] {
  return [...new Set(ids)];
}

/** Actions in the order a board lists them: due first (soonest first), then oldest first. */
export function byDueThenMade(a: PlanAction, b: PlanAction): number {
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The actions fixing a card, in board order. */
export function actionsOfCard(journey: Journey, cardId: Id): PlanAction[] {
  return Object.values(journey.plan)
    .filter((action) => action.cardIds.includes(cardId))
    .sort(byDueThenMade);
}

/** For each card with actions, the statuses of its actions (what the map's filter asks about). */
export function actionStatusesByCard(journey: Journey): Map<Id, Set<ActionStatus>> {
  const statuses = new Map<Id, Set<ActionStatus>>();
  for (const action of Object.values(journey.plan)) {
    for (const cardId of action.cardIds) {
      let set = statuses.get(cardId);
      if (!set) statuses.set(cardId, (set = new Set()));
      set.add(action.status);
    }
  }
  return statuses;
}

/** One row of the board: a department (or none), its actions by status. */
export interface PlanBoardRow {
  /** `departmentKey` of the owner, or "none". */
  key: string;
  owner: DepartmentRef | null;
  columns: Record<ActionStatus, PlanAction[]>;
  total: number;
}

export interface PlanBoard {
  rows: PlanBoardRow[];
  /** How many actions each status holds, over every department. */
  totals: Record<ActionStatus, number>;
}

const emptyColumns = (): Record<ActionStatus, PlanAction[]> => ({
  idea: [],
  planned: [],
  inProgress: [],
  done: [],
});

/**
 * The plan as a board: a row per owner department (standard ones in their usual order, then the
 * team's own by name, then actions nobody owns yet), a column per status.
 */
export function planBoard(journey: Journey, actions?: readonly PlanAction[]): PlanBoard {
  const rows = new Map<string, PlanBoardRow>();
  const totals: Record<ActionStatus, number> = { idea: 0, planned: 0, inProgress: 0, done: 0 };
  for (const action of actions ?? Object.values(journey.plan)) {
    const key = action.owner ? departmentKey(action.owner) : "none";
    let row = rows.get(key);
    if (!row) {
      row = { key, owner: action.owner, columns: emptyColumns(), total: 0 };
      rows.set(key, row);
    }
    row.columns[action.status].push(action);
    row.total += 1;
    totals[action.status] += 1;
  }
  for (const row of rows.values())
    for (const status of ACTION_STATUSES) row.columns[status].sort(byDueThenMade);
  const rank = (row: PlanBoardRow): [number, number, string] => {
    if (!row.owner) return [2, 0, ""];
    if (row.owner.kind === "standard") return [0, STANDARD_DEPARTMENTS.indexOf(row.owner.id), ""];
    return [1, 0, row.owner.name.toLocaleLowerCase()];
  };
  const ordered = [...rows.values()].sort((a, b) => {
    const [ga, ia, na] = rank(a);
    const [gb, ib, nb] = rank(b);
    return ga - gb || ia - ib || (na < nb ? -1 : na > nb ? 1 : 0);
  });
  return { rows: ordered, totals };
}

/** Every action in board order: by status, then due day, then when made. */
export function actionsInPlanOrder(journey: Journey): PlanAction[] {
  return Object.values(journey.plan).sort(
    (a, b) =>
      ACTION_STATUSES.indexOf(a.status) - ACTION_STATUSES.indexOf(b.status) || byDueThenMade(a, b),
  );
}
