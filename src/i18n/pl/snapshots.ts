import type { Translation } from "../catalogue";
import type { snapshotsEn } from "../en/snapshots";

/** Migawki: podróż zachowana taka, jaka była, porównana z obecną, przywrócona. */
export const snapshotsPl = {
  "snapshot.open": "Migawki",
  "snapshot.openDescription":
    "Zachowaj podróż taką, jaka jest teraz, porównaj ją z tamtą i przywróć",
  "snapshot.title": "Migawki: {journey}",
  "snapshot.back": "Wróć do mapy",
  "snapshot.take": "Zrób migawkę",
  "snapshot.name": "Nazwa migawki",
  "snapshot.namePlaceholder": "Przed warsztatem",
  "snapshot.taken": "Zachowano migawkę „{name}”.",
  "snapshot.list": "Zachowane migawki",
  "snapshot.none":
    "Nie ma jeszcze migawek. Zrób ją przed dużą zmianą. Migawka zapisuje się też sama przed dodaniem kart z pliku CSV, przed pierwszym udostępnieniem podróży w pokoju i przed przywróceniem innej migawki.",
  "snapshot.reason.manual": "{name}",
  "snapshot.reason.beforeCsv": "Przed kartami z {name}",
  "snapshot.reason.beforeRoom": "Przed pokojem",
  "snapshot.reason.beforeRestore": "Przed przywróceniem „{name}”",
  "snapshot.auto": "zapisana samoczynnie",
  "snapshot.cards": {
    zero: "bez kart",
    one: "1 karta",
    few: "{count} karty",
    many: "{count} kart",
    other: "{count} karty",
  },
  "snapshot.restore": "Przywróć w tej podróży",
  "snapshot.restoreCopy": "Przywróć jako kopię",
  "snapshot.delete": "Usuń migawkę",
  "snapshot.restored":
    "Podróż jest znów taka jak w „{name}”. Cofnięcie to odwróci, a podróż sprzed chwili też zachowano jako migawkę.",
  "snapshot.copied": "Z migawki powstała podróż „{title}”.",
  "snapshot.copyTitle": "{journey} ({name})",
  "snapshot.deleted": "Usunięto migawkę „{name}”.",
  "snapshot.compared": "Wtedy i teraz",
  "snapshot.same": "Od tamtej pory nic się nie zmieniło.",
  "snapshot.added": {
    one: "dodano 1 kartę",
    few: "dodano {count} karty",
    many: "dodano {count} kart",
    other: "dodano {count} karty",
  },
  "snapshot.removed": {
    one: "usunięto 1 kartę",
    few: "usunięto {count} karty",
    many: "usunięto {count} kart",
    other: "usunięto {count} karty",
  },
  "snapshot.changed": {
    one: "zmieniono 1 kartę",
    few: "zmieniono {count} karty",
    many: "zmieniono {count} kart",
    other: "zmieniono {count} karty",
  },
  "snapshot.scores": "Zmiany zadowolenia",
  "snapshot.metrics": "Zmiany wskaźników",
  "snapshot.stagesAdded": "Dodane etapy",
  "snapshot.stagesRemoved": "Usunięte etapy",
  "snapshot.fieldsChanged": "{title}: {fields}",
  "snapshot.move": "{title}: {from} → {to}",
  "snapshot.metricMove": "{title}, {metric}: {from} → {to}",
  "snapshot.notScored": "bez oceny",
  "snapshot.curves": "Krzywa emocji wtedy i teraz",
  "snapshot.then": "Wtedy: {name}",
  "snapshot.now": "Teraz",
  "snapshot.loading": "Czytam migawkę…",
  "snapshot.unreadable":
    "Tej migawki nie da się odczytać: zapisała ją nowsza wersja Waymark albo jest uszkodzona.",
  "snapshot.failed":
    "To się nie udało: pamięć przeglądarki nie odpowiedziała, więc nic nie zostało zmienione.",
} as const satisfies Translation<typeof snapshotsEn>;
