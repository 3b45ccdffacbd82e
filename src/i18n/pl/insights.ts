import type { Translation } from "../catalogue";
import type { insightsEn } from "../en/insights";

/** Wyszukiwanie i filtrowanie mapy oraz to, co mapa pokazuje (wnioski). */
export const insightsPl = {
  "filter.open": "Znajdź i filtruj",
  "filter.openDescription":
    "Znajdź karty po słowach albo zawęź mapę według rodzaju, kanału, działu i innych cech",
  "filter.bar": "Znajdź i filtruj",
  "filter.search": "Znajdź na mapie",
  "filter.placeholder": "Znajdź karty…",
  "filter.facets": "Filtry",
  "filter.facetsCount": "Filtry ({count})",
  "filter.matches": {
    zero: "Żadna z {total} kart nie pasuje",
    one: "Pasuje 1 z {total} kart",
    few: "Pasują {count} z {total} kart",
    many: "Pasuje {count} z {total} kart",
    other: "Pasuje {count} z {total} kart",
  },
  "filter.position": "{at} z {count}",
  "filter.next": "Następna pasująca karta",
  "filter.previous": "Poprzednia pasująca karta",
  "filter.clear": "Wyczyść filtr",
  "filter.close": "Zamknij wyszukiwanie i filtry",
  "filter.kind": "Rodzaj",
  "filter.channel": "Kanał",
  "filter.owner": "Dział odpowiedzialny",
  "filter.severity": "Najpoważniejszy punkt bólu",
  "filter.confidence": "Pewność",
  "filter.satisfaction": "Zadowolenie klienta",
  "filter.satisfactionFrom": "Od",
  "filter.satisfactionTo": "Do",
  "filter.votes": "Głosy",
  "filter.withVotes": "Tylko karty z głosami",
  "filter.noChannel": "Bez kanału",
  "filter.noOwner": "Bez działu",
  "filter.notSaid": "Nie określono",
  "filter.cards": "Tylko: {label}",
  "filter.cardsRemove": "Pokaż znowu wszystkie karty",
} as const satisfies Translation<typeof insightsEn>;
