import type { Translation } from "../catalogue";
import type { coreEn } from "../en/core";

/** The shell, navigation, storage and errors; the domain's vocabulary (Polish). */
export const corePl = {
  "app.name": "Waymark",
  "app.tagline": "Mapy podróży klienta",
  "app.skipToContent": "Przejdź do treści",
  "app.mainLandmark": "Obszar roboczy",
  "app.toolbar": "Pasek narzędzi podróży",
  "app.loading": "Otwieranie obszaru roboczego…",

  "kind.touchpoint": "Punkt styku",
  "kind.channel": "Kanał",
  "kind.frictionPoint": "Punkt tarcia",
  "kind.momentOfDelight": "Chwila radości",
  "kind.customerAction": "Działanie klienta",
  "kind.thought": "Myśl lub uczucie",
  "kind.opportunity": "Szansa",
  "kind.note": "Notatka",

  "lane.actions": "Działania klienta",
  "lane.touchpoints": "Punkty styku",
  "lane.channels": "Kanały",
  "lane.thoughts": "Myśli i uczucia",
  "lane.emotionCurve": "Krzywa emocji",
  "lane.frictionPoints": "Punkty tarcia",
  "lane.momentsOfDelight": "Chwile radości",
  "lane.opportunities": "Szanse",
  "lane.backstage": "Zaplecze",
  "lane.custom": "Własna warstwa",

  "stage.awareness": "Świadomość",
  "stage.consideration": "Rozważanie",
  "stage.purchase": "Zakup",
  "stage.onboarding": "Wdrożenie i korzystanie",
  "stage.support": "Wsparcie",
  "stage.loyalty": "Lojalność i rekomendacje",

  "channel.web": "Strona internetowa",
  "channel.mobileApp": "Aplikacja mobilna",
  "channel.email": "E-mail",
  "channel.phone": "Telefon lub infolinia",
  "channel.chat": "Czat lub chatbot",
  "channel.socialMedia": "Media społecznościowe",
  "channel.physicalStore": "Sklep stacjonarny",
  "channel.advertising": "Reklama",
  "channel.wordOfMouth": "Poczta pantoflowa",

  "department.marketing": "Marketing",
  "department.sales": "Sprzedaż",
  "department.product": "Produkt",
  "department.customerService": "Obsługa klienta",

  "severity.low": "Niska",
  "severity.medium": "Średnia",
  "severity.high": "Wysoka",

  "confidence.assumed": "Założenie",
  "confidence.partlyBacked": "Częściowo potwierdzone",
  "confidence.validated": "Potwierdzone",

  "linkKind.flow": "Przepływ",
  "linkKind.relates": "Powiązanie",
  "linkKind.causes": "Przyczyna",

  // Adverbs, not adjectives: "niezadowolony/niezadowolona" would need the persona's gender.
  "satisfaction.1": "Bardzo źle",
  "satisfaction.2": "Źle",
  "satisfaction.3": "Neutralnie",
  "satisfaction.4": "Dobrze",
  "satisfaction.5": "Bardzo dobrze",

  "journeyState.current": "Stan obecny",
  "journeyState.future": "Stan docelowy",

  "persona.recoveredName": "Odzyskana persona",

  "nav.workspace": "Obszar roboczy",
  "nav.breadcrumbs": "Jesteś tutaj",
  "notice.dismiss": "Zamknij",
  "notice.undo": "Cofnij",
  "dialog.close": "Zamknij",
  "dialog.cancel": "Anuluj",

  "home.title": "Persony i podróże",
  "persona.untitled": "Persona bez nazwy",
  "persona.journeys": "Podróże",
  "journey.untitled": "Podróż bez tytułu",
  "journey.canvas": "Mapa podróży klienta",

  "notFound.title": "Nic tu nie ma",
  "notFound.body":
    "Tej persony lub podróży nie ma w tym obszarze roboczym. Mogła zostać usunięta albo link pochodzi z innej przeglądarki.",
  "notFound.home": "Przejdź do obszaru roboczego",

  "toolbar.undo": "Cofnij",
  "toolbar.redo": "Ponów",

  "menu.label": "Menu główne",
  "menu.import": "Importuj plik Waymark…",
  "menu.exportJourney": "Eksportuj tę podróż do pliku",
  "menu.exportWorkspace": "Eksportuj obszar roboczy do pliku",
  "menu.theme": "Motyw",
  "menu.language": "Język",
  "theme.system": "Jak w systemie",
  "theme.light": "Jasny",
  "theme.dark": "Ciemny",
  "theme.projector": "Projektor (wysoki kontrast)",

  "save.loading": "Otwieranie…",
  "save.saved": "Zapisano",
  "save.pending": "Niezapisane zmiany",
  "save.saving": "Zapisywanie…",
  "save.failed": "Nie zapisano",
  "save.memoryOnly": "Nie zapisano: tylko w tej karcie przeglądarki",

  "storage.unavailable":
    "Waymark nie może niczego zapisać w tej przeglądarce ({detail}). Dopóki nie pobierzesz swojej pracy, istnieje ona tylko w tej karcie przeglądarki: pobierz kopię zapasową, zanim zamkniesz kartę.",
  "storage.quotaExceeded":
    "Pamięć tej przeglądarki jest pełna, więc ostatnie zmiany nie zostały zapisane. Na razie są bezpieczne w tej karcie przeglądarki: pobierz kopię zapasową, a potem zwolnij trochę miejsca.",
  "storage.newerVersion":
    "W innej karcie przeglądarki otwarto nowszą wersję Waymark, więc ta karta przestała zapisywać, aby chronić twoje dane. Pobierz kopię zapasową ostatnich zmian, a potem odśwież stronę.",
  "storage.olderVersion":
    "Waymark czeka, aż zamkniesz inną kartę przeglądarki ze starszą wersją Waymark, aby bezpiecznie zaktualizować zapisaną pracę. Zamknij lub odśwież tamtą kartę, a ta otworzy się sama.",
  "storage.writeFailed":
    "Nie udało się zapisać ostatnich zmian ({detail}). Są przechowywane w tej karcie przeglądarki, a Waymark ponawia próby.",
  "storage.quarantined": {
    one: "Jeden uszkodzony element przeniesiono do kwarantanny, aby reszta twojej pracy mogła się otworzyć.",
    few: "{count} uszkodzone elementy przeniesiono do kwarantanny, aby reszta twojej pracy mogła się otworzyć.",
    many: "{count} uszkodzonych elementów przeniesiono do kwarantanny, aby reszta twojej pracy mogła się otworzyć.",
    other:
      "{count} uszkodzonego elementu przeniesiono do kwarantanny, aby reszta twojej pracy mogła się otworzyć.",
  },
  "storage.quarantined.persona": "Persona „{label}”",
  "storage.quarantined.journey": "Podróż „{label}”",
  "storage.quarantined.card": "Karta „{label}”",
  "storage.quarantined.link": "Strzałka między kartami",
  "storage.quarantined.stage": "Etap „{label}”",
  "storage.quarantined.lane": "Warstwa „{label}”",
  "storage.quarantined.vote": "Głos na karcie",
  "storage.quarantined.comment": "Komentarz do karty",
  "storage.quarantined.action": "Działanie z planu",
  "storage.quarantined.target": "Cel podróży",
  "storage.quarantined.metric": "Wskaźnik „{label}”",
  "storage.quarantined.round": "Runda głosowania",
  "storage.quarantined.update": "Zmiana, której nie udało się odczytać",
  "storage.quarantined.unnamed": "bez nazwy",
  "storage.quarantined.download": "Pobierz",
  "storage.quarantined.discard": "Odrzuć",
  "storage.recreated":
    "Dane Waymark zapisane w tej przeglądarce zostały usunięte, gdy aplikacja była otwarta. Wszystko, co było w tej karcie przeglądarki, zapisano ponownie; podróży, które nie były tu otwarte, nie dało się odzyskać z tej karty.",
  "storage.backupReminder":
    "Gdy zabraknie miejsca, ta przeglądarka może usunąć zapisaną pracę, a nie masz jeszcze kopii zapasowej z tego tygodnia.",
  "storage.persistent": "Pamięć przeglądarki: dane chronione przed usunięciem",
  "storage.notPersistent": "Pamięć przeglądarki: przeglądarka może usunąć dane",
  "storage.unknown": "Pamięć przeglądarki: stan nieznany",

  "import.done": {
    one: "Zaimportowano jedną podróż.",
    few: "Zaimportowano {count} podróże.",
    many: "Zaimportowano {count} podróży.",
    other: "Zaimportowano {count} podróży.",
  },
  // Said after "import.done" when the file held journeys that are already in the workspace.
  "import.copies": {
    one: "Jedna już tu była, więc dodano ją jako kopię.",
    few: "{count} już tu były, więc dodano je jako kopie.",
    many: "{count} już tu było, więc dodano je jako kopie.",
    other: "{count} już tu było, więc dodano je jako kopie.",
  },
  // Not just "Cofnij": the toolbar's Undo is on the same page, and a screen reader lists both.
  "import.undo": "Cofnij import",
  "import.undone": "Cofnięto import.",
  "import.keptEdited": {
    one: "Zachowano jedną podróż zmienioną po imporcie.",
    few: "Zachowano {count} podróże zmienione po imporcie.",
    many: "Zachowano {count} podróży zmienionych po imporcie.",
    other: "Zachowano {count} podróży zmienionych po imporcie.",
  },
  "import.error.title": "Nie udało się zaimportować pliku „{file}”.",
  "import.error.tooLarge": "Ma {size}, a Waymark otwiera pliki do {limit}.",
  "import.error.unreadable": "Nie udało się go odczytać jako tekstu.",
  "import.error.notWaymark": "To nie jest plik Waymark.",
  "import.error.empty": "Jest pusty.",
  "import.error.incomplete":
    "Zaczyna się jak plik Waymark, ale jest niepełny lub uszkodzony, być może przez nieukończone pobieranie lub kopiowanie. Spróbuj wyeksportować lub pobrać go jeszcze raz.",
  "import.error.newerVersion":
    "Powstał w nowszej wersji Waymark (format {version}; ta wersja otwiera formaty do {supported}). Zaktualizuj Waymark, aby go otworzyć.",
  "import.error.damaged": "Jest uszkodzony: {problem}.",
  "import.error.nothingChanged": "W obszarze roboczym nic się nie zmieniło.",

  "offline.ready": "Działa offline: wszystko jest na tym urządzeniu",
  "offline.updateAvailable":
    "Dostępna aktualizacja: nowa wersja Waymark jest gotowa. Najpierw zapiszemy twoją pracę, a potem strona się odświeży.",
  "offline.updatedElsewhere":
    "Waymark został zaktualizowany w innej karcie przeglądarki. Odśwież tę kartę, gdy zechcesz: najpierw zapiszemy twoją pracę.",
  "offline.updateBlocked":
    "Nie udało się zapisać ostatnich zmian w tej przeglądarce, więc odświeżenie strony teraz oznaczałoby ich utratę. Najpierw pobierz kopię zapasową.",
  "offline.reload": "Zaktualizuj i odśwież",
  "offline.reloadAnyway": "Odśwież mimo to",

  "error.title": "Coś poszło nie tak",
  "error.explanation":
    "Waymark napotkał nieoczekiwany problem i zatrzymał ten widok, aby niczego nie uszkodzić. Praca zapisana do tej pory jest bezpieczna w tej przeglądarce.",
  "error.updatedMeanwhile":
    "Waymark został zaktualizowany, gdy ta karta przeglądarki była otwarta, a ten widok pochodzi ze starej wersji. Odśwież stronę, aby pracować dalej w nowej: praca zapisana do tej pory jest bezpieczna w tej przeglądarce.",
  "error.details": "Co nie zadziałało: {message}",
  "error.downloadBackup": "Pobierz kopię zapasową",
  "error.reload": "Odśwież",
  "error.backupFailed": "Nie udało się utworzyć kopii zapasowej: {message}",
  "command.palette": "Znajdź polecenie",
  "snapshot.keepFailed":
    "Nie udało się zachować migawki (pamięć przeglądarki odmówiła); zmiana została wprowadzona i wciąż można ją cofnąć.",
} as const satisfies Translation<typeof coreEn>;
