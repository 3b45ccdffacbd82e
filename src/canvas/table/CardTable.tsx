import { ArrowDown, ArrowUp, ArrowUpDown, MapPin } from "lucide-react";
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import {
  TABLE_COLUMNS,
  nextSort,
  type Id,
  type Journey,
  type JourneyElement,
  type TableColumn,
  type TableSort,
} from "../../domain";
import { useT } from "../../i18n";
import { KIND_ICON } from "../../ui/kinds";
import { CellEditor, EDITABLE_COLUMNS, type EditEnd } from "./CellEditor";
import { cellText } from "./cell-text";

/** The grid's columns: the card's fields, then the way to the card on the map. */
type GridColumn = TableColumn | "map";
const GRID_COLUMNS: readonly GridColumn[] = [...TABLE_COLUMNS, "map"];
const PAGE_ROWS = 10;

/**
 * Where the keyboard is in the grid: a card's row (or the header, `null`), the row's place when
 * it was chosen, and a column.
 */
interface Active {
  id: Id | null;
  row: number;
  column: number;
}

interface Editing {
  id: Id;
  column: TableColumn;
  initialText: string | null;
}

/**
 * The journey's cards as a real table (a grid, to assistive technology): one tab stop, arrow
 * keys between cells, Enter or F2 to edit a cell in place, typing to replace a title; column
 * headers sort. Cells show words, and only the cell being edited holds a control, so a
 * thousand-card journey is a table of text, not ten thousand controls.
 */
export function CardTable({
  journey,
  rows,
  sort,
  onSort,
  onShowOnMap,
  labelledBy,
  describedBy,
}: {
  journey: Journey;
  rows: readonly JourneyElement[];
  sort: TableSort | null;
  onSort: (sort: TableSort | null) => void;
  onShowOnMap: (id: Id) => void;
  labelledBy: string;
  describedBy: string;
}) {
  const t = useT();
  const [active, setActive] = useState<Active>({ id: rows[0]?.id ?? null, row: 0, column: 3 });
  const [editingState, setEditing] = useState<Editing | null>(null);
  // A card edited here and then filtered away or deleted (another tab, a person in the room,
  // undo) is no longer edited: the keyboard goes on working in the grid.
  const editing = editingState && rows.some((r) => r.id === editingState.id) ? editingState : null;
  const grid = useRef<HTMLTableElement>(null);
  /** Set by a key or a click in the grid: focus follows the active cell after the render. */
  const follow = useRef(false);

  // A row filtered away or deleted: the keyboard stays at the same height in the table.
  const rowIndex = active.id === null ? -1 : rows.findIndex((r) => r.id === active.id);
  const at = active.id !== null && rowIndex < 0 ? Math.min(active.row, rows.length - 1) : rowIndex;
  const activeId = at >= 0 ? rows[at]!.id : null;
  const activeColumn = Math.min(active.column, GRID_COLUMNS.length - 1);

  // The edited row went away with the keyboard in it: the keyboard comes back to the grid.
  const editorGone = editingState !== null && editing === null;
  useEffect(() => {
    if (editing) return;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (!follow.current && !(editorGone && lost)) return;
    follow.current = false;
    const target = grid.current?.querySelector<HTMLElement>(
      `[data-cell="${activeId === null ? "head" : CSS.escape(activeId)}:${activeColumn}"]`,
    );
    target?.focus();
    target?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [activeId, activeColumn, editing, editorGone]);

  const moveTo = (row: number, column: number) => {
    const r = Math.max(-1, Math.min(rows.length - 1, row));
    const c = Math.max(0, Math.min(GRID_COLUMNS.length - 1, column));
    follow.current = true;
    setActive({ id: r < 0 ? null : rows[r]!.id, row: r, column: c });
  };

  const startEditing = (id: Id, column: GridColumn, initialText: string | null = null) => {
    if (column === "map" || !EDITABLE_COLUMNS.has(column)) return false;
    setEditing({ id, column, initialText });
    return true;
  };

  const endEditing = (end: EditEnd) => {
    setEditing(null);
    // Enter or Escape give the keyboard back to the cell; a click elsewhere keeps it there.
    if (end !== "left") follow.current = true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (editing) return;
    const rtl = getComputedStyle(event.currentTarget).direction === "rtl";
    const forward = rtl ? "ArrowLeft" : "ArrowRight";
    const back = rtl ? "ArrowRight" : "ArrowLeft";
    const mod = event.ctrlKey || event.metaKey;
    const column = GRID_COLUMNS[activeColumn]!;
    let handled = true;
    if (event.key === "ArrowDown") moveTo(at + 1, activeColumn);
    else if (event.key === "ArrowUp") moveTo(at - 1, activeColumn);
    else if (event.key === forward) moveTo(at, activeColumn + 1);
    else if (event.key === back) moveTo(at, activeColumn - 1);
    else if (event.key === "Home") moveTo(mod ? 0 : at, 0);
    else if (event.key === "End") moveTo(mod ? rows.length - 1 : at, GRID_COLUMNS.length - 1);
    else if (event.key === "PageDown") moveTo(at + PAGE_ROWS, activeColumn);
    else if (event.key === "PageUp") moveTo(Math.max(0, at - PAGE_ROWS), activeColumn);
    else if ((event.key === "Enter" || event.key === "F2") && activeId && column !== "map")
      handled = startEditing(activeId, column);
    else if (
      activeId &&
      column === "title" &&
      event.key.length === 1 &&
      !mod &&
      !event.altKey &&
      event.key !== " "
    )
      handled = startEditing(activeId, column, event.key);
    else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const cellAt = (target: EventTarget) => {
    const cell = (target as HTMLElement).closest<HTMLElement>("[data-cell]");
    if (!cell || !grid.current?.contains(cell)) return null;
    const value = cell.dataset.cell!;
    const split = value.lastIndexOf(":");
    const id = value.slice(0, split);
    const row = id === "head" ? -1 : rows.findIndex((r) => r.id === id);
    return { id: id === "head" ? null : id, row, column: Number(value.slice(split + 1)) };
  };

  const onClick = (event: MouseEvent) => {
    const cell = cellAt(event.target);
    if (cell) setActive(cell);
  };
  const onDoubleClick = (event: MouseEvent) => {
    const cell = cellAt(event.target);
    if (cell?.id) startEditing(cell.id, GRID_COLUMNS[cell.column]!);
  };

  const tabIndex = (id: Id | null, column: number) =>
    id === activeId && column === activeColumn ? 0 : -1;

  return (
    <table
      ref={grid}
      className="card-table"
      role="grid"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-rowcount={rows.length + 1}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onDoubleClick={onDoubleClick}
    >
      <thead>
        <tr aria-rowindex={1}>
          {GRID_COLUMNS.map((column, index) => {
            const name = t(`table.column.${column}`);
            if (column === "map")
              return (
                <th key={column} scope="col" className="card-table__map-column">
                  <span data-cell={`head:${index}`} tabIndex={tabIndex(null, index)}>
                    {name}
                  </span>
                </th>
              );
            const sorted = sort?.column === column ? sort.direction : undefined;
            const SortIcon = !sorted ? ArrowUpDown : sorted === "ascending" ? ArrowUp : ArrowDown;
            return (
              <th
                key={column}
                scope="col"
                aria-sort={sorted ?? "none"}
                className={`card-table__head card-table__head--${column}`}
              >
                <button
                  type="button"
                  className="card-table__sort"
                  data-cell={`head:${index}`}
                  tabIndex={tabIndex(null, index)}
                  title={t("table.sortHint")}
                  onClick={() => onSort(nextSort(sort, column))}
                >
                  <span>{name}</span>
                  <SortIcon size={14} aria-hidden="true" className="card-table__sort-icon" />
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((element, rowNumber) => (
          <tr key={element.id} aria-rowindex={rowNumber + 2}>
            {GRID_COLUMNS.map((column, index) => {
              const key = `${element.id}:${index}`;
              const title = element.title.trim() || t("card.untitled");
              if (column === "map")
                return (
                  <td key={column} className="card-table__map-column">
                    <button
                      type="button"
                      className="icon-button"
                      data-cell={key}
                      tabIndex={tabIndex(element.id, index)}
                      aria-label={t("table.showOnMap", { title })}
                      title={t("table.showOnMap", { title })}
                      onClick={() => onShowOnMap(element.id)}
                    >
                      <MapPin size={16} aria-hidden="true" />
                    </button>
                  </td>
                );
              const edited = editing?.id === element.id && editing.column === column;
              const Cell = column === "title" ? "th" : "td";
              const editable = EDITABLE_COLUMNS.has(column);
              return (
                <Cell
                  key={column}
                  {...(column === "title" ? { scope: "row" } : {})}
                  className={`card-table__cell card-table__cell--${column}`}
                  data-cell={key}
                  tabIndex={edited ? -1 : tabIndex(element.id, index)}
                  aria-readonly={editable ? undefined : true}
                  dir={column === "title" || column === "painPoints" ? "auto" : undefined}
                >
                  {edited ? (
                    <CellEditor
                      journey={journey}
                      element={element}
                      column={column}
                      label={t("table.edit", { column: t(`table.column.${column}`), title })}
                      initialText={editing.initialText}
                      onEnd={endEditing}
                    />
                  ) : (
                    <CellContent journey={journey} element={element} column={column} />
                  )}
                </Cell>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CellContent({
  journey,
  element,
  column,
}: {
  journey: Journey;
  element: JourneyElement;
  column: TableColumn;
}) {
  const t = useT();
  const text = cellText(t, journey, column, element);
  if (column === "kind") {
    const Icon = KIND_ICON[element.kind];
    return (
      <span className="card-table__kind">
        <span
          className={`card-table__kind-icon palette__swatch palette__swatch--${element.kind}`}
          aria-hidden="true"
        >
          <Icon size={14} strokeWidth={2.4} />
        </span>
        {text}
      </span>
    );
  }
  if (column === "title" && !element.title.trim())
    return <span className="card-table__muted">{t("card.untitled")}</span>;
  return <>{text}</>;
}
