import type { Translation } from "../catalogue";
import type { exportEn } from "../en/export";

/** Texts of the export area (Polish). */
export const exportPl = {
  "export.button": "Eksportuj",
  "export.buttonHint": "Eksportuj obraz, prezentację slajdów lub plik CSV tej podróży",
  "export.title": "Eksport",
  "export.close": "Zamknij",

  "export.format": "Format",
  "export.format.png": "PNG",
  "export.format.jpeg": "JPEG",
  "export.format.svg": "SVG",
  "export.size": "Rozmiar",
  "export.size.slide1080": "1920 × 1080",
  "export.size.slide2160": "3840 × 2160",
  "export.size.fit": "Dopasowany do zawartości",
  "export.scope": "Zakres",
  "export.scope.journey": "Cała podróż",
  "export.scope.stage": "Jeden etap",
  "export.scope.eachStage": "Każdy etap jako osobny obraz",
  "export.stage": "Etap",
  "export.background": "Tło",
  "export.background.white": "Białe",
  "export.background.transparent": "Przezroczyste",
  "export.background.dark": "Ciemne (projektor)",
  "export.background.jpegHint": "JPEG nie obsługuje przezroczystości: wybierz białe lub ciemne.",
  "export.include": "Uwzględnij",
  "export.personaHeader": "Nagłówek persony",
  "export.personaHeader.none": "Ta podróż nie ma persony do pokazania.",
  "export.legend": "Legenda rodzajów kart",
  "export.emotionCurve": "Krzywa emocji",
  "export.comments": "Liczba komentarzy na kartach",

  "export.preview": "Podgląd",
  "export.preview.alt": "Podgląd eksportowanego obrazu",
  "export.preview.outlines": {
    one: "Jedna karta: tu jako prosty prostokąt, w pliku w całości",
    few: "{count} karty: tu jako proste prostokąty, w pliku w całości",
    many: "{count} kart: tu jako proste prostokąty, w pliku w całości",
    other: "{count} karty: tu jako proste prostokąty, w pliku w całości",
  },
  "export.preview.firstOf": {
    one: "Jeden obraz, jeden etap.",
    few: "Podgląd pierwszego z {count} obrazów, po jednym na etap.",
    many: "Podgląd pierwszego z {count} obrazów, po jednym na etap.",
    other: "Podgląd pierwszego z {count} obrazu, po jednym na etap.",
  },
  "export.preview.pixels": "{width} × {height} px",
  "export.preview.vector": "Obraz wektorowy, {width} × {height}",

  // No-break spaces keep "1280 × 800", "3840 × 2160" and "{px} px" on one line.
  "export.unreadable.slide":
    "Na projektorze 1280\u00a0×\u00a0800 tytuły kart miałyby {px}\u00a0px wysokości: za mało, by dało się je przeczytać.",
  "export.unreadable.fit":
    "Przez limit pikseli tytuły kart mają na tym obrazie {px}\u00a0px wysokości: za mało, by dało się je przeczytać.",
  "export.unreadable.sharper":
    "3840\u00a0×\u00a02160 daje obraz ostrzejszy, nie większy: pomoże tylko osobom, które będą go powiększać.",
  "export.unreadable.use4k": "3840\u00a0×\u00a02160, do powiększania",
  "export.unreadable.overview":
    "Wystarczy jako przegląd; aby dało się czytać karty, dodaj po jednym obrazie na etap (tytuły {px}\u00a0px).",
  "export.unreadable.tooFull": {
    one: "Jeden etap ma więcej kart, niż slajd może czytelnie pokazać: aby przekazać go jako plik do powiększania, dopasuj obraz do zawartości.",
    few: "{count} etapy mają więcej kart, niż slajd może czytelnie pokazać: aby przekazać je jako pliki do powiększania, dopasuj obrazy do zawartości.",
    many: "{count} etapów ma więcej kart, niż slajd może czytelnie pokazać: aby przekazać je jako pliki do powiększania, dopasuj obrazy do zawartości.",
    other:
      "{count} etapu ma więcej kart, niż slajd może czytelnie pokazać: aby przekazać je jako pliki do powiększania, dopasuj obrazy do zawartości.",
  },
  "export.unreadable.stageTooFull":
    "Ten etap ma więcej kart, niż slajd może czytelnie pokazać: aby przekazać go jako plik do powiększania, dopasuj obraz do zawartości.",
  "export.unreadable.perStage": "Jeden obraz na etap",
  "export.unreadable.useFit": "Dopasuj do zawartości",
  "export.capped":
    "W skali {requested}× ten obraz wymagałby {wanted} mln pikseli, więcej, niż niektóre przeglądarki potrafią narysować ({limit} mln), więc zostanie narysowany w skali {ratio}×.",

  "export.copy": "Kopiuj do schowka",
  "export.copyHint": "Kopiuje obraz PNG z powyższymi ustawieniami",
  "export.copy.eachStage": "Aby skopiować obraz, wybierz całą podróż lub jeden etap.",
  "export.download": "Pobierz",
  "export.downloadDeck": "Pobierz prezentację slajdów (.pptx)",
  "export.downloadCsv": "Pobierz CSV",
  "export.otherFormats": "Slajdy i arkusze kalkulacyjne",

  "export.progress": "Eksportowanie",
  "export.progress.fonts": "Przygotowywanie czcionek…",
  "export.progress.image": "Rysowanie obrazu {number} z {count}…",
  "export.progress.deck": "Tworzenie prezentacji slajdów…",
  "export.progress.csv": "Zapisywanie pliku CSV…",
  "export.cancel": "Anuluj",

  "export.done.images": {
    one: "Pobrano obraz.",
    few: "Pobrano {count} obrazy.",
    many: "Pobrano {count} obrazów.",
    other: "Pobrano {count} obrazu.",
  },
  "export.done.deck": "Pobrano prezentację slajdów.",
  "export.done.csv": "Pobrano plik CSV.",
  "export.copied": "Skopiowano obraz do schowka.",
  "export.copy.unsupported":
    "Ta przeglądarka nie pozwala stronom internetowym umieszczać obrazów w schowku. Zamiast tego pobierz plik PNG.",
  "export.copy.denied":
    "Przeglądarka nie pozwoliła skopiować obrazu. Pobierz plik PNG albo zezwól tej witrynie na dostęp do schowka.",
  "export.cancelled": "Anulowano eksport.",
  "export.failed":
    "Eksport się nie powiódł. Spróbuj ponownie; jeśli znowu się nie uda, wybierz inny format lub mniejszy rozmiar.",
  "export.error.noCanvas":
    "Eksport się nie powiódł: ta przeglądarka nie mogła utworzyć obszaru do rysowania obrazu. SVG go nie potrzebuje.",
  "export.error.drawFailed":
    "Eksport się nie powiódł: przeglądarka nie mogła narysować obrazu. Wybierz mniejszy rozmiar albo SVG.",
  "export.error.encodeFailed":
    "Eksport się nie powiódł: przeglądarka nie mogła zapisać obrazu w tym formacie. Wybierz inny format.",
  "export.error.noTextMeasure":
    "Eksport się nie powiódł: ta przeglądarka nie potrafi mierzyć tekstu, a bez tego nie da się rozmieścić elementów obrazu.",
  "export.error.fontsUnavailable":
    "Eksport się nie powiódł: nie udało się wczytać czcionek. Odśwież stronę i spróbuj ponownie.",

  "export.fileName.journey": "podróż",
  "export.fileName.stage": "etap",

  "export.poster.stageOf": "Etap {number} z {count}",
  "export.poster.goals": "Cele",
  "export.poster.quote": "„{quote}”",
  "export.poster.hiddenCards": {
    one: "Jedna karta w tej zwiniętej warstwie",
    few: "{count} karty w tej zwiniętej warstwie",
    many: "{count} kart w tej zwiniętej warstwie",
    other: "{count} karty w tej zwiniętej warstwie",
  },
  "export.legend.satisfaction": "Zadowolenie",
  "export.legend.painPoints": "Punkty bólu",
  "export.legend.votes": "Głosy",

  "export.deck.persona": "Dla kogo jest ta podróż",
  "export.deck.goals": "Cele",
  "export.deck.needs": "Potrzeby",
  "export.deck.frustrations": "Frustracje",
  "export.deck.map": "Cała podróż",
  "export.deck.topPainPoints": "Najważniejsze punkty bólu",
  "export.deck.noPainPoints": "W tej podróży nie odnotowano punktów bólu.",
  "export.deck.column.painPoint": "Punkt bólu",
  "export.deck.column.severity": "Dotkliwość",
  "export.deck.column.card": "Gdzie",
  "export.deck.column.stage": "Etap",
  "export.deck.column.votes": "Głosy",
  "export.onlyMatches": "Tylko karty znalezione przez filtr mapy ({count} z {total})",
  "export.deck.insights": "Co mówi mapa",
  "export.deck.satisfactionAxis": "Zadowolenie (1–5)",
  "export.deck.stageSatisfaction": "{stage}: {average}",
  "export.deck.plan": "Plan działań",
  "export.deck.planPage": "Plan działań ({page} z {pages})",
  "export.deck.column.target": "Cel",
  "export.deck.notesHeading": "Punkty bólu według etapów",
  "export.deck.notesNone": "brak",
  "export.deck.notesItem": {
    one: "{text} ({severity}; karta „{card}”; jeden głos)",
    few: "{text} ({severity}; karta „{card}”; {count} głosy)",
    many: "{text} ({severity}; karta „{card}”; {count} głosów)",
    other: "{text} ({severity}; karta „{card}”; {count} głosu)",
  },

  "export.csv.stage": "Etap",
  "export.csv.lane": "Warstwa",
  "export.csv.kind": "Rodzaj",
  "export.csv.title": "Tytuł",
  "export.csv.satisfaction": "Zadowolenie",
  "export.csv.painPoints": "Punkty bólu",
  "export.csv.confidence": "Pewność",
  "export.csv.impact": "Wpływ",
  "export.csv.effort": "Nakład pracy",
  "export.csv.links": "Strzałki do",
  "export.csv.link": "{kind}: {title}",
  "export.csv.channel": "Kanał",
  "export.csv.owner": "Dział odpowiedzialny",
  "export.csv.votes": "Głosy",
  "export.csv.painPoint": "{text} ({severity})",
} as const satisfies Translation<typeof exportEn>;
