import type { Message } from "../catalogue";

/** The journey as a table: one row per card, sortable, filterable and editable in place. */
export const tableEn = {
  "table.open": "Table",
  "table.openDescription": "Every card as a row: sort, filter and edit in place",
  "table.title": "Table: {journey}",
  "table.grid": "Cards of {journey}",
  "table.back": "Back to the map",
  "table.help":
    "Arrow keys move between cells. Enter or F2 edits a cell, or start typing in a title; Enter keeps the change and Escape cancels it. Choose a column's name to sort by it.",
  "table.search": "Find in the table",
  "table.placeholder": "Find cards…",
  "table.count": {
    zero: "No card of {total} matches",
    one: "1 of {total} cards",
    other: "{count} of {total} cards",
  },
  "table.all": { one: "1 card", other: "{count} cards" },
  "table.noCards": "This journey has no cards yet. Add them on the map.",
  "table.noMatches": "No card matches the filter.",
  "table.column.stage": "Stage",
  "table.column.lane": "Lane",
  "table.column.kind": "Kind",
  "table.column.title": "Title",
  "table.column.satisfaction": "Satisfaction",
  "table.column.painPoints": "Pain points",
  "table.column.metrics": "Metrics",
  "table.column.channel": "Channel",
  "table.column.owner": "Owner",
  "table.column.confidence": "Confidence",
  "table.column.votes": "Votes",
  "table.column.map": "Map",
  "table.sortHint": "Sort by this column",
  "table.showOnMap": "Show “{title}” on the map",
  "table.edit": "Edit {column} of “{title}”",
  "table.satisfactionValue": "{score} of 5, {label}",
  "table.painPointValue": "{text} ({severity})",
  "table.metricValue": "{metric} {value}",
  "csv.add": "Add cards from CSV…",
  "csv.addDescription":
    "Cards from a spreadsheet: columns Stage, Lane and Title at least, as Waymark's CSV export writes them",
  "csv.added": {
    one: "Added 1 card from “{file}”. Undo takes it back.",
    other: "Added {count} cards from “{file}”. Undo takes them back.",
  },
  "table.separator": "; ",
} as const satisfies Record<string, Message>;
