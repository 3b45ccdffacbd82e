import type { Translation } from "../catalogue";
import type { metricsEn } from "../en/metrics";

/** Biblioteka wskaźników: standardowe wskaźniki z ich skalami i wskaźniki zespołu. */
export const metricsPl = {
  "metric.cesEffort": "CES – wysiłek (1–5)",
  "metric.cesEffort.hint": "Ile wysiłku to kosztowało; 1 to bardzo mało (im mniej, tym lepiej)",
  "metric.cesEffort.error": "CES – wysiłek to ocena od 1 do 5.",
  "metric.frt": "FRT (sekundy)",
  "metric.frt.hint": "Średni czas pierwszej odpowiedzi w pełnych sekundach",
  "metric.frt.error": "FRT to liczba pełnych sekund, 0 lub więcej.",
  "metric.unknown": "Wskaźnik niezdefiniowany tutaj",
  "metric.custom.hint": "Od {min} do {max}, {better}",
  "metric.custom.hintWhole": "Liczby całkowite od {min} do {max}, {better}",
  "metric.custom.error": "{metric} to liczba od {min} do {max}.",
  "metric.custom.errorWhole": "{metric} to liczba całkowita od {min} do {max}.",
  "metric.higherIsBetter": "im więcej, tym lepiej",
  "metric.lowerIsBetter": "im mniej, tym lepiej",
  "metrics.library": "Biblioteka wskaźników",
  "metrics.library.open": "Biblioteka wskaźników…",
  "metrics.library.intro":
    "Wskaźniki, dla których karty mogą podawać wartości, we wszystkich podróżach tego obszaru roboczego. Wybierz, które z nich proponują szczegóły każdej karty; wartość, którą karta już ma, zawsze jest widoczna.",
  "metrics.standard": "Wskaźniki standardowe",
  "metrics.custom": "Twoje wskaźniki",
  "metrics.column.metric": "Wskaźnik",
  "metrics.column.scale": "Skala",
  "metrics.column.onCards": "Na kartach",
  "metrics.onCards": "Proponuj {metric} na kartach",
  "metrics.scale": "od {min} do {max}, {better}",
  "metrics.scaleWhole": "liczby całkowite od {min} do {max}, {better}",
  "metrics.custom.none":
    "Nie ma jeszcze własnych wskaźników. Dodaj je poniżej: nazwa, jednostka i skala.",
  "metrics.add": "Dodaj wskaźnik",
  "metrics.name": "Nazwa",
  "metrics.namePlaceholder": "Czekanie w oddziale",
  "metrics.unit": "Jednostka (opcjonalnie)",
  "metrics.unitPlaceholder": "min",
  "metrics.min": "Najniższa wartość",
  "metrics.max": "Najwyższa wartość",
  "metrics.whole": "Tylko liczby całkowite",
  "metrics.better": "Który koniec skali jest lepszy",
  "metrics.create": "Dodaj wskaźnik",
  "metrics.created": "Dodano „{metric}”: szczegóły każdej karty go teraz proponują.",
  "metrics.invalid":
    "Nadaj wskaźnikowi nazwę i podaj najniższą wartość mniejszą od najwyższej (w granicach miliarda w obie strony).",
  "metrics.rename": "Nazwa wskaźnika {metric}",
  "metrics.unitOf": "Jednostka wskaźnika {metric}",
  "metrics.betterOf": "Który koniec skali {metric} jest lepszy",
  "metrics.remove": "Usuń {metric}",
  "metrics.removed":
    "Usunięto „{metric}” z biblioteki. Podróże, które podały jego wartości, zachowują je.",
  "metrics.rangeFixed": "Zakres wskaźnika zostaje taki, jaki był: podano już w nim wartości.",
} as const satisfies Translation<typeof metricsEn>;
