import type { Translation } from "../catalogue";
import type { tableEn } from "../en/table";

/** Podróż jako tabela: jeden wiersz na kartę, z sortowaniem, filtrowaniem i edycją w miejscu. */
export const tablePl = {
  "table.open": "Tabela",
  "table.openDescription": "Każda karta jako wiersz: sortuj, filtruj i edytuj w miejscu",
  "table.title": "Tabela: {journey}",
  "table.grid": "Karty podróży {journey}",
  "table.back": "Wróć do mapy",
  "table.help":
    "Strzałki przechodzą między komórkami. Enter lub F2 edytuje komórkę; w tytule można też po prostu zacząć pisać. Enter zachowuje zmianę, Escape ją anuluje. Wybierz nazwę kolumny, by według niej posortować.",
  "table.search": "Znajdź w tabeli",
  "table.placeholder": "Znajdź karty…",
  "table.count": {
    zero: "Żadna z {total} kart nie pasuje",
    one: "1 z {total} kart",
    few: "{count} z {total} kart",
    many: "{count} z {total} kart",
    other: "{count} z {total} kart",
  },
  "table.all": {
    one: "1 karta",
    few: "{count} karty",
    many: "{count} kart",
    other: "{count} karty",
  },
  "table.noCards": "Ta podróż nie ma jeszcze kart. Dodaj je na mapie.",
  "table.noMatches": "Żadna karta nie pasuje do filtra.",
  "table.column.stage": "Etap",
  "table.column.lane": "Warstwa",
  "table.column.kind": "Rodzaj",
  "table.column.title": "Tytuł",
  "table.column.satisfaction": "Zadowolenie",
  "table.column.painPoints": "Punkty bólu",
  "table.column.metrics": "Wskaźniki",
  "table.column.channel": "Kanał",
  "table.column.owner": "Dział",
  "table.column.confidence": "Pewność",
  "table.column.votes": "Głosy",
  "table.column.map": "Mapa",
  "table.sortHint": "Sortuj według tej kolumny",
  "table.showOnMap": "Pokaż „{title}” na mapie",
  "table.edit": "Edytuj: {column}, karta „{title}”",
  "table.satisfactionValue": "{score} z 5, {label}",
  "table.painPointValue": "{text} ({severity})",
  "table.metricValue": "{metric} {value}",
  "csv.add": "Dodaj karty z pliku CSV…",
  "csv.addDescription":
    "Karty z arkusza: co najmniej kolumny Etap, Warstwa i Tytuł, tak jak zapisuje je eksport CSV Waymarka",
  "csv.added": {
    one: "Dodano 1 kartę z „{file}”. Cofnięcie ją usunie.",
    few: "Dodano {count} karty z „{file}”. Cofnięcie je usunie.",
    many: "Dodano {count} kart z „{file}”. Cofnięcie je usunie.",
    other: "Dodano {count} karty z „{file}”. Cofnięcie je usunie.",
  },
  "table.separator": "; ",
} as const satisfies Translation<typeof tableEn>;
