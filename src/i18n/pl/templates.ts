import type { Translation } from "../catalogue";
import type { templatesEn } from "../en/templates";

/**
 * Szablony podróży klienta (src/templates) po polsku. Klucze: template.<szablon>.<część>.
 * Treści są zlokalizowane (imiona, złotówki, BLIK, BIK, KNF, faktury), a nie tłumaczone dosłownie.
 */
export const templatesPl = {
  // Dostawa zakupów dla zapracowanych rodziców (przykład przy pierwszym uruchomieniu)
  "template.grocery.name": "Dostawa zakupów dla zapracowanych rodziców",
  "template.grocery.description":
    "Pracująca mama zamawia w telefonie zakupy na cały tydzień: od polecenia znajomej po kolejne zamówienie, z podpowiedzią przepisu przed płatnością.",
  "template.grocery.title": "Cotygodniowe zakupy spożywcze w telefonie",
  "template.grocery.scenario":
    "W niedzielę wieczorem, kiedy dzieci już śpią, Kasia zamawia w telefonie zakupy na cały tydzień z dostawą w poniedziałek po pracy.",
  "template.grocery.goal":
    "Jedzenie na cały tydzień dostarczone na czas, bez braków i bez niczego, co może zaszkodzić synowi, w najwyżej kwadrans jej wieczoru.",

  "template.grocery.persona.name": "Kasia Wróbel",
  "template.grocery.persona.role": "Mama dwójki dzieci, kierowniczka projektów",
  "template.grocery.persona.quote":
    "Kiedy dzieci zasną, mam dziesięć minut spokoju, żeby ogarnąć jedzenie na cały tydzień. Nie marnujcie ich.",
  "template.grocery.persona.goal.quick":
    "Zrobić cotygodniowe zakupy za jednym podejściem, w mniej niż kwadrans",
  "template.grocery.persona.goal.meals": "Zaplanować pięć prostych obiadów, które zje cała rodzina",
  "template.grocery.persona.goal.budget": "Zmieścić tygodniowe zakupy w budżecie",
  "template.grocery.persona.need.slot": "Wieczorny termin dostawy, na który może liczyć co tydzień",
  "template.grocery.persona.need.allergy": "Zamienniki zgodne z bezglutenową dietą syna",
  "template.grocery.persona.need.oneHand":
    "Aplikacja, którą obsłuży jedną ręką, mimo ciągłych przerw",
  "template.grocery.persona.frustration.slots":
    "Wieczorne terminy wyprzedane przed niedzielnym obiadem",
  "template.grocery.persona.frustration.doorstep":
    "O zamiennikach dowiaduje się dopiero w drzwiach",
  "template.grocery.persona.frustration.search":
    "Każdy produkt kupowany co tydzień trzeba wyszukać od nowa",
  "template.grocery.persona.notes":
    "Robi zakupy w telefonie w krótkich zrywach, między innymi obowiązkami; w ciągu tygodnia partner dopisuje produkty do wspólnej listy. Młodszy syn ma celiakię, więc produkty bezglutenowe to konieczność, a nie wybór.",

  "template.grocery.stage.awareness.description":
    "Kasia słyszy o usłudze od innych rodziców, a tego samego wieczoru widzi reklamę.",
  "template.grocery.stage.signUp": "Rejestracja i plan",
  "template.grocery.stage.signUp.description":
    "Instaluje aplikację, zakłada konto i zbiera listę zakupów na tydzień.",
  "template.grocery.stage.basket": "Wybór produktów",
  "template.grocery.stage.basket.description":
    "Szuka tego, co rodzina zwykle kupuje, i kilku nowości, co chwilę odrywana od telefonu.",
  "template.grocery.stage.checkout": "Finalizacja zamówienia",
  "template.grocery.stage.checkout.description":
    "Przegląda koszyk, wybiera termin dostawy i płaci.",
  "template.grocery.stage.delivery": "Dostawa",
  "template.grocery.stage.delivery.description":
    "Poniedziałkowy wieczór: powiadomienia na bieżąco, zamienniki i kierowca w drzwiach.",
  "template.grocery.stage.loyalty.description":
    "Naprawienie tego, co poszło nie tak, i kolejne zamówienie w następnym tygodniu.",

  "template.grocery.card.schoolGate": "Słyszy o usłudze pod szkołą",
  "template.grocery.card.schoolGate.notes":
    "Inna mama wspomina, że pierwsza dostawa jest za darmo, a kierowca wnosi torby do mieszkania.",
  "template.grocery.card.referralCode": "Kod polecający od znajomej",
  "template.grocery.card.referralCode.notes":
    "Wrzucony na klasową grupę rodziców na Messengerze: 30 zł rabatu na pierwsze zamówienie dla obu stron.",
  "template.grocery.card.socialAd": "Reklama darmowej pierwszej dostawy",
  "template.grocery.card.socialAd.notes":
    "Widzi ją tego samego wieczoru w mediach społecznościowych; strona docelowa na dzień dobry prosi o adres e-mail.",
  "template.grocery.pain.adPostcode": "Z reklamy nie wiadomo, pod które kody pocztowe dowożą",
  "template.grocery.card.channelWordOfMouth": "Poczta pantoflowa wśród rodziców",
  "template.grocery.card.thoughtSundays": "Odzyskam wolne soboty?",
  "template.grocery.card.oppPostcode": "Sprawdzanie kodu pocztowego w reklamie",
  "template.grocery.card.oppPostcode.notes":
    "Pozwolić sprawdzić zasięg i najbliższy wolny termin wieczorny prosto z reklamy, jeszcze przed rejestracją.",
  "template.grocery.card.noteReferral": "Program poleceń: 30 zł dla obu stron",
  "template.grocery.card.noteReferral.notes":
    "Polecenia dają jedną trzecią nowych klientów i najlepszą retencję po 90 dniach spośród wszystkich źródeł.",

  "template.grocery.card.installApp": "Instaluje aplikację, sprawdza kod pocztowy",
  "template.grocery.card.sharedList": "Przepisuje listę z rodzinnych notatek",
  "template.grocery.card.sharedList.notes":
    "W ciągu tygodnia partner dopisuje produkty do wspólnej listy w notatkach; ona przepisuje ją do aplikacji pozycja po pozycji.",
  "template.grocery.card.appStore": "Strona aplikacji w sklepie",
  "template.grocery.card.appStore.notes":
    "Ocena 4,6; w najnowszych opiniach ludzie narzekają, że trudno złapać wieczorny termin dostawy.",
  "template.grocery.card.signUpForm": "Formularz zakładania konta",
  "template.grocery.card.signUpForm.notes":
    "Siedem pól i dane karty płatniczej, zanim widać choć jeden produkt czy termin dostawy.",
  "template.grocery.pain.cardFirst": "Prosi o dane karty, zanim pokaże jakikolwiek termin dostawy",
  "template.grocery.pain.passwordRules": "Wymagania dotyczące hasła widać dopiero po błędzie",
  "template.grocery.card.channelApp": "Aplikacja mobilna (iOS i Android)",
  "template.grocery.card.thoughtCard": "Po co im już teraz moja karta?",
  "template.grocery.card.frictionSlotsHidden": "Terminy ukryte do rejestracji",
  "template.grocery.pain.slotsHidden":
    "Nie wie, czy jest wolny wieczorny termin, dopóki nie poda danych karty",
  "template.grocery.card.oppSlotsFirst": "Wolne terminy przed rejestracją",
  "template.grocery.card.oppSlotsFirst.notes":
    "Pokazać najbliższe wolne terminy dla kodu pocztowego, a o założenie konta prosić dopiero przy finalizacji zamówienia.",
  "template.grocery.card.noteDropOff": "38% rezygnacji na kroku płatności",
  "template.grocery.card.noteDropOff.notes":
    "Lejek rejestracji z ostatniego kwartału: krok płatności to największa pojedyncza strata między instalacją a pierwszym zamówieniem.",

  "template.grocery.card.searchItems": "Szuka produktów jeden po drugim",
  "template.grocery.card.reuseBasket": "Dodaje z zeszłotygodniowego zamówienia",
  "template.grocery.card.productSearch": "Wyszukiwarka produktów",
  "template.grocery.card.productSearch.notes":
    "Wyniki są układane według popularności wśród wszystkich klientów, a nie według tego, co kupuje ta rodzina.",
  "template.grocery.pain.searchKids":
    "Na hasło „jogurt w tubce” najpierw wyskakują jogurty dla dorosłych",
  "template.grocery.pain.searchGlutenFree": "Brak filtra „bez glutenu”",
  "template.grocery.card.favourites": "Ulubione i poprzednie zamówienia",
  "template.grocery.card.favourites.notes":
    "Od drugiego zamówienia zeszłotygodniowy koszyk można dodać jednym dotknięciem, ale tylko w całości albo wcale.",
  "template.grocery.card.substitutionSettings": "Ustawienia zamienników",
  "template.grocery.card.substitutionSettings.notes":
    "Przełącznik „zgoda na zamiennik” przy każdym produkcie; nie da się ustawić „tylko zamienniki bezglutenowe”.",
  "template.grocery.pain.settingsDeep": "Ustawienia zamienników są ukryte trzy poziomy w głąb menu",
  "template.grocery.card.thoughtBedtime": "Wyścig z czasem przed snem",
  "template.grocery.card.thoughtBedtime.notes":
    "Jedno z dzieci wciąż woła z pokoju; każdy kolejny ekran kosztuje ją resztki cierpliwości.",
  "template.grocery.card.frictionSearch": "Wyszukiwarka nie zna ulubionych",
  "template.grocery.pain.searchRepeat": "Podstawowe produkty trzeba co tydzień wyszukiwać od nowa",
  "template.grocery.card.oppUsualShop": "„Stałe zakupy” jednym dotknięciem",
  "template.grocery.card.oppUsualShop.notes":
    "Proponować koszyk złożony z czterech ostatnich zamówień, z którego zbędne produkty usuwa się przesunięciem palca.",
  "template.grocery.card.noteRanking": "Ranking wyników ustawiony pod komputer",
  "template.grocery.card.noteRanking.notes":
    "Reguły rankingu pochodzą jeszcze ze strony na komputery; aplikacja używa ich bez zmian.",

  "template.grocery.card.pickSlot": "Wybiera poniedziałek, 19:00–20:00",
  "template.grocery.card.basketReview": "Podsumowanie koszyka przed płatnością",
  "template.grocery.card.basketReview.notes":
    "Kwota do zapłaty, lista zamienników i pasek z podpowiedziami: to na tym ekranie pojawia się pomysł na danie.",
  "template.grocery.card.slotPicker": "Wybór terminu dostawy",
  "template.grocery.card.slotPicker.notes":
    "Siatka terminów na cały tydzień; niedostępne terminy są wyszarzone, ale i tak zajmują większość ekranu.",
  "template.grocery.pain.slotsGone": "Terminy po 18:00 znikają do niedzieli w południe",
  "template.grocery.card.payment": "Szybka płatność BLIKIEM",
  "template.grocery.card.confirmationEmail": "E-mail z potwierdzeniem zamówienia",
  "template.grocery.card.confirmationEmail.notes":
    "Termin, kwota i link do zmiany zamówienia do niedzieli do 23:00.",
  "template.grocery.card.thoughtFajitas": "Tortille we wtorek z głowy!",
  "template.grocery.card.frictionSlots": "Wieczorne terminy znikają do niedzieli",
  "template.grocery.pain.lateSlot":
    "Termin 18:00–19:00 zaraz po pracy jest zajęty, więc bierze godzinę później, już po kolacji dzieci",
  "template.grocery.card.delightRecipe": "Podpowiedź przepisu przed płatnością",
  "template.grocery.card.delightRecipe.notes":
    "W koszyku ma kurczaka, paprykę i placki tortilla; aplikacja proponuje tortille z kurczakiem w 20 minut i jednym dotknięciem dodaje jedyny brakujący składnik: limonki. Wtorkowy obiad zaplanowany.",
  "template.grocery.card.oppRecurringSlot": "Stały termin co tydzień",
  "template.grocery.card.oppRecurringSlot.notes":
    "Pozwolić stałym klientom trzymać co tydzień ten sam wieczorny termin, zwalniany, jeśli do soboty nie złożą zamówienia.",
  "template.grocery.card.noteRecipeEngine": "Silnik przepisów dopasowuje koszyki",
  "template.grocery.card.noteRecipeEngine.notes":
    "Porównuje koszyk z 400 sprawdzonymi przepisami i proponuje tylko te, do których brakuje najwyżej dwóch składników.",

  "template.grocery.card.trackVan": "Śledzi auto dostawcze na mapie",
  "template.grocery.card.checkBags": "Sprawdza torby w drzwiach",
  "template.grocery.card.etaPush": "Powiadomienie o godzinie przyjazdu",
  "template.grocery.card.etaPush.notes":
    "Rano godzinne okno dostawy, a gdy kierowcy zostają przed nią dwa adresy, 15-minutowe okno i mapa z autem.",
  "template.grocery.card.substitutionsEmail": "E-mail o zamiennikach o 18:00",
  "template.grocery.card.substitutionsEmail.notes":
    "Wymienia trzy zamienniki godzinę przed przyjazdem auta, bez możliwości wcześniejszej odmowy.",
  "template.grocery.pain.glutenSwap": "Chleb bezglutenowy zamieniony na zwykły",
  "template.grocery.pain.subsLate": "Zamienniki podane za późno, żeby kupić coś gdzie indziej",
  "template.grocery.card.driverHandover": "Kierowca przekazuje zakupy w drzwiach",
  "template.grocery.card.driverHandover.notes":
    "Kierowca wnosi torby do kuchni i bez żadnych ceregieli zabiera z powrotem niewłaściwy chleb.",
  "template.grocery.card.channelPush": "Powiadomienia push",
  "template.grocery.card.thoughtNotes": "Czy ktoś w ogóle czytał moje uwagi?",
  "template.grocery.card.frictionUnsafeSub": "Zamiennik groźny przy alergii",
  "template.grocery.pain.allergyNote":
    "Jej uwaga „tylko bezglutenowe” nie dotarła do kompletującego",
  "template.grocery.card.delightStickers": "Kierowca ma naklejki dla dzieci",
  "template.grocery.card.oppAllergyRules": "Reguły zamienników bezpieczne dla alergików",
  "template.grocery.card.oppAllergyRules.notes":
    "Profil żywieniowy domowników, który blokuje niebezpieczne zamienniki już przy kompletowaniu zamówienia, a nie dopiero w drzwiach.",
  "template.grocery.card.notePickers": "Kompletujący nie widzą uwag",
  "template.grocery.card.notePickers.notes":
    "Uwagi do zamówienia są na drugim ekranie skanera, którego większość kompletujących nigdy nie otwiera.",

  "template.grocery.card.reportWrongItem": "Zgłasza niewłaściwy chleb",
  "template.grocery.card.refund": "Samodzielny zwrot w aplikacji",
  "template.grocery.card.refund.notes":
    "Wybiera produkt i powód, pieniądze wracają na konto; nie trzeba nigdzie dzwonić.",
  "template.grocery.card.npsSurvey": "Ankieta po trzecim zamówieniu",
  "template.grocery.card.npsSurvey.notes":
    "„Jak prawdopodobne jest, że polecisz nas znajomym?”, a po nim jeszcze sześć pytań, których już nie kończy.",
  "template.grocery.card.referralShare": "Wysyła swój kod innym rodzicom",
  "template.grocery.card.thoughtSavedHour": "Zaoszczędziłam godzinę",
  "template.grocery.card.delightRefund": "Zwrot w niecałą minutę",
  "template.grocery.card.oppMealPlan": "Tygodniowy plan rodzinnych obiadów",
  "template.grocery.card.oppMealPlan.notes":
    "Rozwinąć podpowiedź przepisu: pięć rodzinnych obiadów na tydzień, każdy ze składnikami gotowymi do dodania.",
  "template.grocery.card.noteRefundSpeed": "Szybki zwrot zapowiada kolejne zamówienia",
  "template.grocery.card.noteRefundSpeed.notes":
    "Klienci, którzy dostali zwrot tego samego dnia, zamawiają ponownie dwa razy częściej niż ci, którzy czekają na oddzwonienie.",

  // Zakładanie konta w banku
  "template.bank.name": "Zakładanie konta w banku",
  "template.bank.description":
    "Nowy klient zakłada konto osobiste w aplikacji banku: od porównania ofert, przez weryfikację tożsamości, po przeniesienie pensji.",
  "template.bank.title": "Założenie konta osobistego w aplikacji",
  "template.bank.scenario":
    "Tydzień przed pierwszą wypłatą w nowym szpitalu Bartek zakłada w telefonie konto osobiste i przenosi na nie pensję i stałe opłaty.",
  "template.bank.goal":
    "Bank, któremu ufa, działająca karta i numer konta przekazany do kadr przed wypłatą.",

  "template.bank.persona.name": "Bartek Nowicki",
  "template.bank.persona.role": "Świeżo upieczony pielęgniarz, zmienia bank",
  "template.bank.persona.quote":
    "Powierzę bankowi pensję, kiedy pokaże, że nie marnuje mojego czasu i nie zgubi moich pieniędzy.",
  "template.bank.persona.goal.payday": "Mieć konto i kartę przed pierwszą wypłatą",
  "template.bank.persona.goal.switch":
    "Przenieść pensję i opłaty bez przegapienia żadnej płatności",
  "template.bank.persona.goal.insight": "Co miesiąc widzieć, na co idą jego pieniądze",
  "template.bank.persona.need.protection":
    "Jasne potwierdzenie, że bank jest pod nadzorem KNF, a jego pieniądze chroni BFG",
  "template.bank.persona.need.oneGo":
    "Weryfikacja tożsamości, którą skończy w telefonie za jednym podejściem",
  "template.bank.persona.need.nextStep": "Wiedza, co będzie dalej i kiedy",
  "template.bank.persona.frustration.twice": "Prośby o te same dokumenty po dwa razy",
  "template.bank.persona.frustration.silence": "Całe dni czekania bez żadnej informacji",
  "template.bank.persona.frustration.scams": "Telefony i SMS-y, które wyglądają na oszustwo",
  "template.bank.persona.notes":
    "Przeprowadził się do innego miasta do pierwszej pracy w szpitalu. Pracuje na zmiany, więc godziny otwarcia placówek nie wchodzą w grę; wszystko załatwia w telefonie, często zaraz po nocnym dyżurze.",

  "template.bank.stage.consideration.description":
    "Bartek między dyżurami wybiera kilka banków do porównania.",
  "template.bank.stage.apply": "Wniosek w aplikacji",
  "template.bank.stage.apply.description":
    "Dane osobowe, historia adresów i zgoda na sprawdzenie w BIK.",
  "template.bank.stage.verify": "Weryfikacja tożsamości",
  "template.bank.stage.verify.description":
    "Zdjęcie dowodu osobistego, selfie, a u części klientów ręczna weryfikacja.",
  "template.bank.stage.card": "Oczekiwanie na kartę",
  "template.bank.stage.card.description": "Konto jest już otwarte; karta fizyczna jest w drodze.",
  "template.bank.stage.firstUse": "Pierwsze dni z kontem",
  "template.bank.stage.firstUse.description":
    "Pierwsze płatności, pierwsze powiadomienia, pierwszy telefon z banku.",
  "template.bank.stage.switch": "Przeniesienie i polecenie",
  "template.bank.stage.switch.description":
    "Pensja i opłaty przechodzą do nowego banku, a ten zasługuje na polecenie.",

  "template.bank.card.compareSites": "Porównuje konta w porównywarce",
  "template.bank.card.comparisonListing": "Oferta w porównywarce",
  "template.bank.card.comparisonListing.notes":
    "Trzecia na liście według premii za założenie konta; opłata za prowadzenie konta jest podana, koszty limitu w koncie już nie.",
  "template.bank.pain.feesPdf": "Koszty limitu tylko w PDF-ie z tabelą opłat",
  "template.bank.card.accountPage": "Strona konta osobistego",
  "template.bank.card.accountPage.notes":
    "Blisko góry widać znak gwarancji BFG i informację o nadzorze KNF, a tego Bartek szuka najpierw.",
  "template.bank.card.channelComparison": "Porównywarki internetowe",
  "template.bank.card.thoughtSafe": "Czy bank tylko w aplikacji jest bezpieczny?",
  "template.bank.card.oppFeesTable": "Czytelna tabela opłat na stronie",
  "template.bank.card.oppFeesTable.notes":
    "Wszystkie opłaty w jednej krótkiej tabeli na stronie konta zamiast PDF-u z tabelą opłat i prowizji.",
  "template.bank.card.noteProtection": "Znak BFG zwiększa liczbę wniosków",
  "template.bank.card.noteProtection.notes":
    "Test A/B pokazał, że informacja o gwarancji BFG na pierwszym ekranie strony zwiększyła liczbę wniosków o 9%.",

  "template.bank.card.startsApplication": "Pobiera aplikację, zaczyna wniosek",
  "template.bank.card.applicationForm": "Formularz wniosku w aplikacji",
  "template.bank.card.applicationForm.notes":
    "Jedenaście ekranów; postęp się zapisuje, ale nigdzie nie widać, ile jeszcze zostało.",
  "template.bank.pain.addressHistory": "Wymaga wszystkich adresów z ostatnich trzech lat",
  "template.bank.card.creditConsent": "Zgoda na sprawdzenie w BIK",
  "template.bank.pain.legalText": "Dwa ekrany tekstu prawnego bez streszczenia",
  "template.bank.pain.creditWorry": "Nic nie mówi, czy zapytanie obniży jego ocenę w BIK",
  "template.bank.card.channelApp": "Aplikacja mobilna banku",
  "template.bank.card.thoughtCredit": "Czy to nie obniży mojej oceny w BIK?",
  "template.bank.card.frictionAddress": "Adresy z trzech lat wstecz",
  "template.bank.pain.movedOften":
    "Na studiach cztery razy zmieniał stancję i teraz szuka starych kodów pocztowych w e-mailach",
  "template.bank.card.oppSoftSearch": "Jedno zdanie o zapytaniu do BIK",
  "template.bank.card.oppSoftSearch.notes":
    "„To nie jest zapytanie kredytowe i nie obniży Twojej oceny w BIK” tuż nad przyciskiem zgody.",
  "template.bank.card.noteKyc": "Wymogi KYC od działu compliance",
  "template.bank.card.noteKyc.notes":
    "Dane adresowe i weryfikacja tożsamości to wymóg przepisów AML; ich brzmienie i kolejność możemy poprawić.",

  "template.bank.card.photoPassport": "Fotografuje dowód osobisty",
  "template.bank.card.passportCapture": "Zdjęcie dowodu osobistego",
  "template.bank.card.passportCapture.notes":
    "Ocena wysiłku klienta (CES) 2,8 na 7, gdzie 7 oznacza „bardzo łatwo”: najgorszy wynik ze wszystkich kroków w aplikacji.",
  "template.bank.pain.glare": "Odblask na dowodzie: zdjęcie odrzucone cztery razy",
  "template.bank.card.selfieCheck": "Selfie i test żywotności",
  "template.bank.pain.dimLight": "Nie przechodzi w ciemnym pokoju po nocnym dyżurze",
  "template.bank.card.manualReview": "Ekran oczekiwania na ręczną weryfikację",
  "template.bank.card.manualReview.notes":
    "„Sprawdzamy jeszcze kilka informacji i wkrótce się odezwiemy”. Weryfikacja trwała 26 godzin.",
  "template.bank.pain.noEstimate": "Ani szacowanego czasu, ani sposobu, by sprawdzić postęp",
  "template.bank.card.verificationChat": "Pomoc w weryfikacji na czacie",
  "template.bank.card.verificationChat.notes":
    "Konsultant potwierdza, że dokumenty są w porządku, a weryfikacja skończy się następnego dnia.",
  "template.bank.card.thoughtPassport": "Czy mój dowód jest w dobrych rękach?",
  "template.bank.card.frictionRejected": "Zdjęcie odrzucone bez podania przyczyny",
  "template.bank.pain.retryBlind":
    "Próbuje na ślepo, przechylając dowód, bez żadnej wskazówki, co jest nie tak",
  "template.bank.card.frictionLimbo": "Doba w zawieszeniu",
  "template.bank.pain.payday": "Do wypłaty sześć dni, a nic nie mówi, ile potrwa weryfikacja",
  "template.bank.card.oppCameraGuidance": "Wskazówki na żywo w aparacie",
  "template.bank.card.oppCameraGuidance.notes":
    "Wykrywać odblaski i rozmazanie już podczas kadrowania i podpowiadać „przechyl lekko”, zanim zrobi się zdjęcie.",
  "template.bank.card.noteManualRate": "30% wniosków weryfikowanych ręcznie",
  "template.bank.card.noteManualRate.notes":
    "Większość ręcznych weryfikacji wynika z nieczytelnych zdjęć, a nie z prawdziwych sygnałów ryzyka.",

  "template.bank.card.addsWallet": "Dodaje kartę wirtualną do portfela w telefonie",
  "template.bank.card.virtualCard": "Karta wirtualna od ręki",
  "template.bank.card.dispatchEmail": "E-mail o wysyłce karty",
  "template.bank.pain.noTracking": "Bez śledzenia przesyłki, tylko „od 3 do 5 dni roboczych”",
  "template.bank.card.cardArrives": "Karta przychodzi pocztą",
  "template.bank.card.cardArrives.notes":
    "W zwykłej kopercie bez logo banku, dla bezpieczeństwa; aktywacja jednym dotknięciem w aplikacji.",
  "template.bank.card.channelEmail": "Powiadomienia e-mail",
  "template.bank.card.thoughtLunch": "Dobra, już mogę płacić",
  "template.bank.card.frictionNoTracking": "Nie da się śledzić karty",
  "template.bank.pain.checksPost": "Po każdym dyżurze zagląda do skrzynki pocztowej",
  "template.bank.card.delightVirtual": "Płaci za obiad, zanim przyjdzie karta",
  "template.bank.card.delightVirtual.notes":
    "Karta wirtualna działa w portfelu w telefonie kilka minut po akceptacji wniosku; Bartek płaci nią za obiad w szpitalnym bufecie.",
  "template.bank.card.oppCardTracking": "Śledzenie przesyłki z kartą w aplikacji",
  "template.bank.card.notePrintBatch": "Karty drukowane raz na dobę",
  "template.bank.card.notePrintBatch.notes":
    "Dostawca kart drukuje raz na noc; wnioski zaakceptowane po 18:00 tracą dzień.",

  "template.bank.card.addsPayee": "Przelewa czynsz nowemu odbiorcy",
  "template.bank.card.biometricSetup": "Ustawia logowanie odciskiem palca",
  "template.bank.card.paymentAlert": "Natychmiastowe powiadomienie o płatności kartą",
  "template.bank.card.securityCall": "Telefon z banku w sprawie czynszu",
  "template.bank.card.securityCall.notes":
    "Przelew 2400 zł czynszu do nowego odbiorcy zostaje wstrzymany, a dział bezpieczeństwa dzwoni z numeru zastrzeżonego.",
  "template.bank.pain.scamLike":
    "Rozmówca prosi o potwierdzenie danych; brzmi jak oszustwo „na pracownika banku”",
  "template.bank.card.channelPhone": "Telefony z działu bezpieczeństwa",
  "template.bank.card.thoughtCall": "Czy to naprawdę dzwoni mój bank?",
  "template.bank.card.frictionRealOrScam": "Prawdziwy bank brzmi jak oszust",
  "template.bank.pain.hangsUp": "Rozłącza się, a przelew czynszu czeka kolejny dzień",
  "template.bank.card.delightAlert": "Powiadomienie z nazwą i logo sklepu",
  "template.bank.card.oppVerifyCaller": "„Czy to naprawdę my?” w aplikacji",
  "template.bank.card.oppVerifyCaller.notes":
    "Pokazywać w aplikacji trwające połączenie z imieniem konsultanta, żeby klient mógł je sprawdzić, zanim cokolwiek poda.",
  "template.bank.card.noteFraudRule": "Blokada: nowy odbiorca, ponad 2000 zł",
  "template.bank.card.noteFraudRule.notes":
    "Reguła antyfraudowa dla kont młodszych niż 30 dni; każde wstrzymanie przelewu uruchamia telefon do klienta.",

  "template.bank.card.startsSwitch": "Zleca przeniesienie rachunku",
  "template.bank.card.recommends": "Poleca bank w pracy",
  "template.bank.card.switchService": "Usługa przeniesienia rachunku",
  "template.bank.card.switchService.notes":
    "Pensja i opłaty przechodzą w wybranym przez niego dniu, a stare konto zamyka się samo.",
  "template.bank.card.bonusPaid": "Premia za założenie konta wypłacona",
  "template.bank.card.recommendSurvey": "Ankieta NPS w aplikacji",
  "template.bank.card.recommendSurvey.notes":
    "Wyświetlona 30. dnia, zaraz po powiadomieniu o płatności; Bartek daje 8 na 10.",
  "template.bank.card.thoughtPayday": "Wypłata przyszła na czas",
  "template.bank.card.oppReferColleague": "„Poleć znajomemu” dla personelu szpitala",
  "template.bank.card.oppReferColleague.notes":
    "Pielęgniarki i pielęgniarze z jednego oddziału rozmawiają o pieniądzach na przerwach; premia za polecenie dla obu stron szybko by się rozeszła.",
  "template.bank.card.noteSwitchService": "Przeniesienie według procedury ustawowej",
  "template.bank.card.noteSwitchService.notes":
    "Terminy i zasady przeniesienia rachunku wyznacza ustawa, a przebieg zależy też od starego banku; widzimy tylko kolejne statusy.",

  // Pobyt w hotelu
  "template.hotel.name": "Pobyt w hotelu",
  "template.hotel.description":
    "Uczestniczka konferencji rezerwuje hotel w centrum miasta, dostaje spersonalizowane oferty i inteligentny pokój, a potem dzieli się zdjęciami z dołożonego weekendu.",
  "template.hotel.title": "Wyjazd na konferencję z weekendem",
  "template.hotel.scenario":
    "Marta rezerwuje trzy noce w hotelu w centrum Warszawy na czas konferencji, a potem dokłada dwie noce z partnerem na weekend.",
  "template.hotel.goal":
    "Wygodne dni pracy, weekend, którym warto się pochwalić, i osobne rozliczenie: faktura dla pracodawcy i rachunek prywatny.",

  "template.hotel.persona.name": "Marta Sikora",
  "template.hotel.persona.role": "Menedżerka marketingu eventowego, często w delegacjach",
  "template.hotel.persona.quote": "Zapamiętajcie, co lubię, i nie wchodźcie mi w drogę.",
  "template.hotel.persona.goal.work": "Wygodnie pracować w dni konferencji",
  "template.hotel.persona.goal.weekend": "Zamienić wyjazd w weekend we dwoje z partnerem",
  "template.hotel.persona.goal.costs": "Trzymać koszty służbowe i prywatne osobno",
  "template.hotel.persona.need.lateArrival": "Późny przyjazd bez stania w kolejce do recepcji",
  "template.hotel.persona.need.offers": "Oferty pasujące do jej planów, a nie ogólna promocja spa",
  "template.hotel.persona.need.room": "Cichy pokój, który ustawi pod siebie w minutę",
  "template.hotel.persona.frustration.emails":
    "E-maile marketingowe, które ignorują to, co powiedziała hotelowi",
  "template.hotel.persona.frustration.tech": "Technika w pokoju, do której trzeba instrukcji",
  "template.hotel.persona.frustration.invoices": "Poprawianie faktur mailowo już po wyjeździe",
  "template.hotel.persona.notes":
    "Spędza w hotelach około 25 nocy w roku, zwykle sama. Uwielbia dobre widoki i najlepszymi dzieli się na Instagramie, gdzie obserwuje ją około 3000 osób.",

  "template.hotel.stage.book": "Rezerwacja",
  "template.hotel.stage.book.description":
    "Marta porównuje hotele blisko miejsca konferencji i rezerwuje bezpośrednio.",
  "template.hotel.stage.beforeArrival": "Przed przyjazdem",
  "template.hotel.stage.beforeArrival.description":
    "Preferencje, e-maile przed przyjazdem i decyzja o dołożeniu weekendu.",
  "template.hotel.stage.arrival": "Przyjazd i zameldowanie",
  "template.hotel.stage.arrival.description": "Opóźniony lot, późny przyjazd i klucz w telefonie.",
  "template.hotel.stage.stay": "Pobyt",
  "template.hotel.stage.stay.description":
    "Dni konferencji w inteligentnym pokoju, a potem weekend i bar na dachu.",
  "template.hotel.stage.checkOut": "Wymeldowanie",
  "template.hotel.stage.checkOut.description":
    "Wyjazd i podział rachunku na część służbową i prywatną.",
  "template.hotel.stage.loyalty.description": "Zdjęcia, opinie i powód, żeby wrócić.",

  "template.hotel.card.comparesHotels": "Porównuje hotele blisko konferencji",
  "template.hotel.card.partnerRate": "Rezerwacja ze stawką konferencyjną",
  "template.hotel.card.partnerRate.notes":
    "Kod z e-maila od organizatorów działa tylko przez telefon; w sieci cena dla członków programu i tak okazuje się niższa.",
  "template.hotel.pain.codeRejected": "Kod stawki konferencyjnej odrzucany online",
  "template.hotel.card.directBooking": "Cena klubowa na stronie hotelu",
  "template.hotel.card.directBooking.notes":
    "Dołączenie do bezpłatnego programu zajmuje minutę, a cena jest o 8% niższa niż w serwisach rezerwacyjnych.",
  "template.hotel.card.bookingConfirmation": "E-mail z potwierdzeniem rezerwacji",
  "template.hotel.card.channelWeb": "Strona hotelu",
  "template.hotel.card.thoughtDirect": "Bezpośrednio taniej? Miłe zaskoczenie",
  "template.hotel.card.oppAutoRate": "Stawka konferencyjna automatycznie",
  "template.hotel.card.oppAutoRate.notes":
    "Link do rezerwacji w e-mailu konferencyjnym, który sam przenosi stawkę, żeby nikt nie musiał wpisywać kodu.",
  "template.hotel.card.noteRoomBlock": "Pula 40 pokoi dla konferencji",
  "template.hotel.card.noteRoomBlock.notes":
    "Pula jest zwalniana miesiąc przed konferencją; recepcja nie wie, którzy goście z niej skorzystali.",

  "template.hotel.card.addsWeekend": "Dokłada weekend we dwoje",
  "template.hotel.card.spaEmail": "Ogólna oferta spa e-mailem",
  "template.hotel.card.spaEmail.notes":
    "Kampania do całego segmentu, czyli do wszystkich z rezerwacją w tym miesiącu, wysłana trzy razy.",
  "template.hotel.pain.ignoredPreferences":
    "Proponuje dzień w spa, a ona pytała o późne wymeldowanie",
  "template.hotel.pain.sameOffer": "Ta sama oferta trzy razy w jednym tygodniu",
  "template.hotel.card.preferenceForm": "Preferencje przed przyjazdem w aplikacji",
  "template.hotel.card.preferenceForm.notes":
    "Poduszka, temperatura w pokoju, wysokie piętro, godzina przyjazdu: czterdzieści sekund wypełniania.",
  "template.hotel.card.weekendOffer": "Oferta: kolacja i późne wymeldowanie",
  "template.hotel.card.weekendOffer.notes":
    "Wysłana, gdy Marta dokłada weekend; przygotowana na podstawie jej preferencji, rezerwacja dwoma dotknięciami.",
  "template.hotel.card.channelEmail": "E-maile z hotelu",
  "template.hotel.card.thoughtReadForm": "Naprawdę przeczytali mój formularz",
  "template.hotel.card.frictionGenericOffers": "Oferty pomijają podane preferencje",
  "template.hotel.pain.whyForm": "Zastanawia się, po co w ogóle wypełniała formularz",
  "template.hotel.card.delightLateCheckout": "Późne wymeldowanie bez proszenia",
  "template.hotel.card.delightLateCheckout.notes":
    "Oferta łączy kolację we dwoje z wymeldowaniem w niedzielę o 14:00: dokładnie o to by poprosiła.",
  "template.hotel.card.oppOneProfile": "Jeden profil gościa dla wszystkich ofert",
  "template.hotel.card.oppOneProfile.notes":
    "Kampanie korzystają z tych samych preferencji, które zbiera aplikacja, i pomijają gości, którzy odmówili.",
  "template.hotel.card.noteCrmSync": "CRM i aplikacja niezsynchronizowane",
  "template.hotel.card.noteCrmSync.notes":
    "Preferencje są w aplikacji, a kampanie e-mailowe planuje się w CRM wyłącznie na podstawie danych z rezerwacji.",

  "template.hotel.card.arrivesLate": "Przyjeżdża o 23:40 po opóźnieniu",
  "template.hotel.card.headsToLift": "Idzie prosto do windy",
  "template.hotel.card.onlineCheckIn": "Zameldowanie online w aplikacji",
  "template.hotel.card.mobileKey": "Cyfrowy klucz do pokoju w telefonie",
  "template.hotel.card.mobileKey.notes":
    "Otwiera drzwi pokoju, ale nie działa na czytniku w windzie, który po 22:00 pilnuje wyższych pięter.",
  "template.hotel.pain.liftReader": "Klucz nie wzywa windy na jej piętro",
  "template.hotel.card.frontDesk": "Nocna recepcja wydaje kartę-klucz",
  "template.hotel.card.frontDesk.notes":
    "W nocy na recepcji jest jedna osoba, a właśnie melduje się wycieczka.",
  "template.hotel.pain.queue": "Kwadrans w kolejce za wycieczką",
  "template.hotel.card.channelDesk": "Recepcja",
  "template.hotel.card.thoughtRoom": "Chcę już tylko do pokoju",
  "template.hotel.card.frictionLiftKey": "Klucz w telefonie nie działa w windzie",
  "template.hotel.pain.backToDesk":
    "Stoi w kolejce do recepcji, którą zameldowanie online miało ominąć",
  "template.hotel.card.oppLiftReaders": "Czytniki na telefon w każdej windzie",
  "template.hotel.card.oppLiftReaders.notes":
    "Zaktualizować albo wymienić dwa stare czytniki w windach i co miesiąc testować klucze w telefonie na każdym czytniku.",
  "template.hotel.card.noteFirmware": "Stare oprogramowanie czytników w windach",
  "template.hotel.card.noteFirmware.notes":
    "Dwie z sześciu wind mają czytniki ze starym oprogramowaniem, które ignoruje klucze w telefonie.",

  "template.hotel.card.setsByVoice": "Ustawia pokój głosem",
  "template.hotel.card.postsRooftop": "Publikuje widok z dachu",
  "template.hotel.card.roomProfile": "Pokój ustawiony według zapisanych preferencji",
  "template.hotel.card.roomProfile.notes":
    "Temperatura, rolety i lampka na biurku dostosowują się do jej profilu, gdy tylko otworzy drzwi.",
  "template.hotel.card.roomTablet": "Tablet do sterowania pokojem",
  "template.hotel.card.roomTablet.notes":
    "Światło, rolety, klimatyzacja i room service prosto z łóżka.",
  "template.hotel.pain.lightsOff": "Nie ma jednego przycisku, który gasi wszystkie światła",
  "template.hotel.card.voiceAssistant": "Asystent głosowy w pokoju",
  "template.hotel.pain.listening": "Nic nie pokazuje, kiedy słucha",
  "template.hotel.card.rooftopPhoto": "Miejsce na zdjęcie w barze na dachu",
  "template.hotel.card.rooftopPhoto.notes":
    "Kadr na panoramę Warszawy z Pałacem Kultury o zachodzie słońca, z dyskretnie namalowanym na balustradzie tagiem hotelu.",
  "template.hotel.card.thoughtGetsMe": "Ten pokój mnie rozumie",
  "template.hotel.card.frictionPrivacy": "Wątpliwości co do prywatności asystenta",
  "template.hotel.pain.unplugged": "Partner odłącza go od prądu już pierwszej nocy",
  "template.hotel.card.delightRoomReady": "W pokoju już jej ulubione 20 °C",
  "template.hotel.card.delightPhoto": "Barman robi im wspólne zdjęcie",
  "template.hotel.card.delightPhoto.notes":
    "Proponuje, zanim poproszą, i zna najlepsze ujęcie na zachód słońca; zdjęcie staje się jej najchętniej lajkowanym postem w roku.",
  "template.hotel.card.oppMuteSwitch": "Wyłącznik mikrofonu i karta o prywatności",
  "template.hotel.card.oppMuteSwitch.notes":
    "Widoczny przełącznik na urządzeniu i karta, która prostymi słowami wyjaśnia, co jest nagrywane, a co nie.",
  "template.hotel.card.noteSensorData": "Dane z czujników tylko przez dobę",
  "template.hotel.card.noteSensorData.notes":
    "Odczyty obecności i klimatu są usuwane dobę po wymeldowaniu; polecenia głosowe nigdy nie są zapisywane.",

  "template.hotel.card.checksOut": "Wymeldowuje się w aplikacji",
  "template.hotel.card.asksSplit": "Prosi o podział rachunku",
  "template.hotel.card.expressCheckout": "Ekspresowe wymeldowanie w aplikacji",
  "template.hotel.card.splitInvoice": "Podział faktury przez e-mail",
  "template.hotel.card.splitInvoice.notes":
    "Trzy e-maile z recepcją w ciągu dwóch dni, zanim dostaje fakturę na firmę za dni pracy i osobny rachunek za weekend.",
  "template.hotel.pain.mixedInvoice": "Weekendowa kolacja na fakturze firmowej",
  "template.hotel.pain.emailFix": "Poprawka wymaga trzech e-maili",
  "template.hotel.card.thoughtFinance": "Teraz muszę pisać do księgowości",
  "template.hotel.card.frictionMixedInvoice": "Praca i wypoczynek na jednej fakturze",
  "template.hotel.pain.expenseRejected": "Księgowość odsyła jej rozliczenie delegacji",
  "template.hotel.card.oppSplitByDate": "Podział rachunku według dat",
  "template.hotel.card.oppSplitByDate.notes":
    "Pozwolić gościom jeszcze przed wyjazdem wybrać w aplikacji, które noce i dodatki trafiają na którą fakturę.",
  "template.hotel.card.noteManualFolio": "Faktury dzielone ręcznie",
  "template.hotel.card.noteManualFolio.notes":
    "System hotelowy obsługuje jeden rachunek na pobyt; podział recepcja przepisuje ręcznie.",

  "template.hotel.card.tagsHotel": "Oznacza hotel na zdjęciach",
  "template.hotel.card.survey": "Ankieta po pobycie",
  "template.hotel.card.repost": "Hotel udostępnia jej zdjęcie",
  "template.hotel.card.repost.notes":
    "Hotel najpierw pyta w komentarzu o zgodę, potem udostępnia zdjęcie z zachodem słońca i oznacza autorkę.",
  "template.hotel.card.channelSocial": "Media społecznościowe",
  "template.hotel.card.thoughtReturn": "Wrócimy tu na weekend",
  "template.hotel.card.delightRepost": "Repost z podziękowaniem po imieniu",
  "template.hotel.card.oppReturnOffer": "Oferta powrotu z jej preferencjami",
  "template.hotel.card.oppReturnOffer.notes":
    "Weekendowa oferta dla dwojga z jej ustawieniami pokoju i późnym wymeldowaniem w cenie.",
  "template.hotel.card.noteGuestPhotos": "Zdjęcia gości tylko za zgodą",
  "template.hotel.card.noteGuestPhotos.notes":
    "Przed repostem zawsze pytamy o zgodę; zatwierdzone zdjęcia trafiają do kampanii weekendowych wyjazdów.",

  // Wsparcie techniczne w firmie SaaS, z perspektywy klienta
  "template.saasSupport.name": "Wsparcie techniczne SaaS",
  "template.saasSupport.description":
    "Administratorka konta doprowadza do naprawy eksportu do płac przez centrum pomocy, chatbota, infolinię i eskalację; do tego wskaźniki AHT, FCR i CES.",
  "template.saasSupport.title": "Naprawa nieudanego eksportu do płac",
  "template.saasSupport.scenario":
    "W piątek rano cotygodniowy eksport godzin z systemu grafików do płac kończy się błędem; Joanna ma czas do 15:00, kiedy zamyka się lista płac.",
  "template.saasSupport.goal":
    "Działający eksport przed zamknięciem listy płac, w jednej rozmowie i bez powtarzania wszystkiego od nowa.",

  "template.saasSupport.persona.name": "Joanna Kaczmarek",
  "template.saasSupport.persona.role": "Kierowniczka operacyjna i administratorka konta",
  "template.saasSupport.persona.quote":
    "Kiedy w piątek wysypuje się eksport do płac, potrzebuję kogoś, kto zrozumie za pierwszym razem.",
  "template.saasSupport.persona.goal.payroll": "Co tydzień zamknąć płace na czas",
  "template.saasSupport.persona.goal.selfFix": "Samodzielnie rozwiązywać problemy, kiedy się da",
  "template.saasSupport.persona.goal.lessChasing": "Tracić mniej czasu na ściganie dostawcy",
  "template.saasSupport.persona.need.human": "Szybka droga do człowieka, kiedy samoobsługa zawodzi",
  "template.saasSupport.persona.need.noRepeat": "Nie tłumaczyć problemu dwa razy",
  "template.saasSupport.persona.need.estimates":
    "Uczciwe szacunki czasu, które może przekazać dalej",
  "template.saasSupport.persona.frustration.bots":
    "Chatboty, które w kółko odsyłają do tego samego artykułu",
  "template.saasSupport.persona.frustration.tiers":
    "Przerzucanie z jednej linii wsparcia do drugiej",
  "template.saasSupport.persona.frustration.closedEarly":
    "Zgłoszenia zamykane przed wdrożeniem poprawki",
  "template.saasSupport.persona.notes":
    "Układa grafiki zmian dla 180 pracowników magazynu w firmie logistycznej. System grafików co piątek zasila płace; nieudany eksport oznacza spóźnioną wypłatę dla osób na stawce godzinowej.",

  "template.saasSupport.stage.problem": "Problem",
  "template.saasSupport.stage.problem.description":
    "Eksport nie działa trzy godziny przed zamknięciem listy płac.",
  "template.saasSupport.stage.selfService": "Samoobsługa",
  "template.saasSupport.stage.selfService.description":
    "Centrum pomocy i chatbot, w nadziei na szybką odpowiedź.",
  "template.saasSupport.stage.contact": "Kontakt ze wsparciem",
  "template.saasSupport.stage.contact.description": "Zgłoszenie e-mailem, potem infolinia.",
  "template.saasSupport.stage.troubleshoot": "Diagnoza",
  "template.saasSupport.stage.troubleshoot.description":
    "Eskalacja do inżyniera drugiej linii i obejście problemu.",
  "template.saasSupport.stage.resolution": "Rozwiązanie",
  "template.saasSupport.stage.resolution.description":
    "Płace wychodzą na czas; właściwa poprawka przychodzi w poniedziałek.",
  "template.saasSupport.stage.followUp": "Po zgłoszeniu",
  "template.saasSupport.stage.followUp.description":
    "Ankiety, rozmowa z opiekunką klienta i odnowienie umowy.",

  "template.saasSupport.card.runsExport": "Uruchamia piątkowy eksport do płac",
  "template.saasSupport.card.checksStatus": "Sprawdza stronę statusu",
  "template.saasSupport.card.exportError": "Eksport kończy się błędem 500",
  "template.saasSupport.card.exportError.notes":
    "„Coś poszło nie tak (500)”. Bez identyfikatora żądania, bez linku, a przycisk „Spróbuj ponownie” kończy się tym samym błędem.",
  "template.saasSupport.pain.codeOnly": "Tylko kod błędu, bez wskazówki, co dalej",
  "template.saasSupport.card.statusPage": "Strona statusu: wszystko działa",
  "template.saasSupport.pain.statusGreen": "Wszystko na zielono, a eksporty nie działają",
  "template.saasSupport.card.channelWebApp": "Aplikacja w przeglądarce",
  "template.saasSupport.card.thoughtDeadline": "Lista płac zamyka się o 15:00",
  "template.saasSupport.card.thoughtDeadline.notes":
    "Jeśli eksport się spóźni, 180 osób na stawce godzinowej dostanie wypłatę z opóźnieniem.",
  "template.saasSupport.card.frictionGenericError": "Błąd bez żadnych wskazówek",
  "template.saasSupport.pain.whoseFault": "Nie wie, czy to wina jej danych, czy ich systemu",
  "template.saasSupport.card.oppActionableError": "Błędy, które podpowiadają, co dalej",
  "template.saasSupport.card.oppActionableError.notes":
    "Mówić, co się nie udało i czy problem leży po naszej stronie, i dawać link do zgłoszenia z już wypełnionymi szczegółami.",
  "template.saasSupport.card.noteTimeout": "Limit czasu eksportu w dużych zespołach",
  "template.saasSupport.card.noteTimeout.notes":
    "Od wtorkowego wdrożenia eksport dla zespołów powyżej 150 osób przekracza 30-sekundowy limit czasu.",

  "template.saasSupport.card.searchesHelp": "Przeszukuje centrum pomocy",
  "template.saasSupport.card.asksBot": "Pyta chatbota",
  "template.saasSupport.card.helpArticle": "Artykuł pomocy o eksportach",
  "template.saasSupport.pain.oldScreenshots": "Zrzuty ekranu pokazują stary interfejs",
  "template.saasSupport.card.chatbot": "Chatbot wsparcia",
  "template.saasSupport.card.chatbot.notes":
    "Rozwiązuje 18% rozmów bez konsultanta; ocena wysiłku klienta 2,1 na 7, gdzie 7 oznacza „bardzo łatwo”.",
  "template.saasSupport.pain.botLoop": "Bot trzy razy proponuje ten sam artykuł",
  "template.saasSupport.card.channelChat": "Czat i chatbot",
  "template.saasSupport.card.thoughtPerson": "Dajcie mi po prostu porozmawiać z człowiekiem",
  "template.saasSupport.card.frictionNoHuman": "Nie da się ominąć bota",
  "template.saasSupport.pain.noHandoff": "Bot nie rozumie „chcę rozmawiać z konsultantem”",
  "template.saasSupport.card.oppHandoff": "Przekazanie po dwóch chybionych odpowiedziach",
  "template.saasSupport.card.oppHandoff.notes":
    "Po dwóch nieprzydatnych odpowiedziach albo przy każdej wzmiance o terminie przekazywać rozmowę razem z historią konsultantowi.",
  "template.saasSupport.card.noteDeflection": "Cele bota premiują samoobsługę",
  "template.saasSupport.card.noteDeflection.notes":
    "Zespół bota jest rozliczany z odsetka rozmów zakończonych bez konsultanta, więc każde przekazanie do człowieka obniża jego wynik.",

  "template.saasSupport.card.emailsTicket": "Wysyła zgłoszenie ze zrzutami ekranu",
  "template.saasSupport.card.callsSupport": "Dzwoni na infolinię",
  "template.saasSupport.card.autoReply": "Automatyczna odpowiedź na zgłoszenie",
  "template.saasSupport.pain.slaMismatch":
    "Obiecuje odpowiedź w ciągu 24 godzin, a lista płac zamyka się za 5",
  "template.saasSupport.card.phoneQueue": "22 minuty w kolejce na infolinii",
  "template.saasSupport.card.phoneQueue.notes":
    "Piątkowy poranek to najbardziej oblegana godzina tygodnia; nie ma opcji oddzwonienia.",
  "template.saasSupport.pain.holdMusic":
    "Żadnej informacji o miejscu w kolejce, tylko ta sama melodyjka w kółko",
  "template.saasSupport.card.tier1Call": "Rozmowa z konsultantem pierwszej linii",
  "template.saasSupport.card.tier1Call.notes":
    "Konsultant jest miły, ale nie widzi jej zgłoszenia wysłanego e-mailem i zakłada nowe. Średni czas obsługi 8,5 minuty; 58% problemów z eksportem rozwiązuje się przy pierwszym kontakcie.",
  "template.saasSupport.pain.repeatStory": "Musi powtórzyć wszystko, co opisała w zgłoszeniu",
  "template.saasSupport.card.channelEmail": "Zgłoszenia e-mailem",
  "template.saasSupport.card.channelPhone": "Infolinia wsparcia",
  "template.saasSupport.card.thoughtWroteItDown": "Przecież już to wszystko opisałam",
  "template.saasSupport.card.frictionTwice": "Wszystko trzeba opowiedzieć dwa razy",
  "template.saasSupport.pain.noScreenshots":
    "Konsultant na infolinii nie widzi zrzutów ekranu, które wysłała e-mailem",
  "template.saasSupport.card.oppOneTicket": "Jedno zgłoszenie dla e-maila i telefonu",
  "template.saasSupport.card.oppOneTicket.notes":
    "Dopasowywać dzwoniących do otwartych zgłoszeń po numerze telefonu lub adresie e-mail i pokazywać historię, zanim konsultant powie „dzień dobry”.",
  "template.saasSupport.card.noteTwoTools": "Telefon i e-mail w osobnych narzędziach",
  "template.saasSupport.card.noteTwoTools.notes":
    "Zespół telefoniczny pracuje we wbudowanym module zgłoszeń systemu telefonicznego; połączenie obu jest w planach na przyszły rok.",

  "template.saasSupport.card.sendsLog": "Wysyła log eksportu",
  "template.saasSupport.card.sharesScreen": "Udostępnia ekran",
  "template.saasSupport.card.escalation": "Eskalacja do drugiej linii",
  "template.saasSupport.card.escalation.notes":
    "E-mail od nowej osoby: „Przejąłem Pani sprawę”. I prośba o zrzuty ekranu, które wysłała już dwa razy.",
  "template.saasSupport.pain.lostAttachments": "Przy przekazaniu sprawy giną jej załączniki",
  "template.saasSupport.card.screenShare": "Wspólny ekran z inżynierem drugiej linii",
  "template.saasSupport.card.screenShare.notes":
    "25 minut na wspólnym ekranie; łatwość ocenia na 5,4 na 7, gdzie 7 oznacza „bardzo łatwo”.",
  "template.saasSupport.card.workaround": "Obejście: eksport magazyn po magazynie",
  "template.saasSupport.card.workaround.notes":
    "Eksport każdego magazynu osobno mieści się w limicie czasu; inżynier przesyła kolejne kroki na piśmie.",
  "template.saasSupport.card.channelScreenShare": "Udostępnianie ekranu w przeglądarce",
  "template.saasSupport.card.thoughtGetsIt": "Nareszcie ktoś, kto rozumie",
  "template.saasSupport.card.delightFoundIt": "Przyczyna znaleziona w dziesięć minut",
  "template.saasSupport.card.delightFoundIt.notes":
    "Inżynier na jej oczach znajduje w logach przekroczony limit czasu i tłumaczy to prostymi słowami.",
  "template.saasSupport.card.oppSwarm": "Druga linia od razu przy pilnych sprawach",
  "template.saasSupport.card.oppSwarm.notes":
    "W sprawach z nieprzekraczalnym terminem inżynier dołącza już do pierwszej rozmowy, zamiast czekać na eskalację.",
  "template.saasSupport.card.noteOnCall": "Piątkowe dyżury drugiej linii",
  "template.saasSupport.card.noteOnCall.notes":
    "W piątki rano dyżuruje jeden inżynier: to szczyt eksportów do płac i grafików.",

  "template.saasSupport.card.runsPayroll": "Zamyka płace dzięki obejściu",
  "template.saasSupport.card.confirmsFix": "Potwierdza poprawkę w poniedziałek",
  "template.saasSupport.card.ticketSolved": "Zgłoszenie oznaczone jako rozwiązane",
  "template.saasSupport.pain.closedEarly":
    "Oznaczone jako rozwiązane, choć błąd wciąż jest otwarty",
  "template.saasSupport.card.hotfixEmail": "E-mail o poprawce od zespołu produktu",
  "template.saasSupport.card.hotfixEmail.notes":
    "W poniedziałek menedżer produktu pisze, że poprawka weszła w wersji 4.12, co spowodowało awarię i jak poprawkę przetestowano.",
  "template.saasSupport.card.thoughtMadeIt": "Zdążyłam w ostatniej chwili",
  "template.saasSupport.card.frictionClosedEarly": "Rozwiązane przed wdrożeniem poprawki",
  "template.saasSupport.pain.reopen":
    "Musi ponownie otworzyć zgłoszenie, żeby dostać jakąkolwiek informację",
  "template.saasSupport.card.delightPersonalNote": "Osobista wiadomość od menedżera produktu",
  "template.saasSupport.card.oppLinkBug": "Zgłoszenia powiązane ze statusem błędu",
  "template.saasSupport.card.oppLinkBug.notes":
    "Trzymać zgłoszenia otwarte, dopóki poprawka powiązanego błędu nie zostanie wdrożona, i wtedy automatycznie informować klienta.",
  "template.saasSupport.card.noteRelease": "Naprawione w wersji 4.12",
  "template.saasSupport.card.noteRelease.notes":
    "Eksport działa teraz w tle, a gdy plik jest gotowy, przychodzi e-mail z linkiem do pobrania.",

  "template.saasSupport.card.answersSurvey": "Wypełnia ankietę o wysiłku",
  "template.saasSupport.card.reviewsRenewal": "Przegląda ofertę odnowienia",
  "template.saasSupport.card.cesSurvey": "Ankieta o wysiłku po zgłoszeniu",
  "template.saasSupport.card.cesSurvey.notes":
    "„Firma ułatwiła mi załatwienie sprawy”: odpowiada 4 na 7 przy średniej działu 4,6 i dopisuje dwa zdania o czatbocie.",
  "template.saasSupport.card.successCall": "Telefon od opiekunki klienta",
  "template.saasSupport.card.successCall.notes":
    "Opiekunka klienta z zespołu Customer Success przeczytała całą historię sprawy, przeprasza i pyta, na ile Joanna poleciłaby produkt.",
  "template.saasSupport.card.renewalQuote": "Oferta odnowienia umowy",
  "template.saasSupport.pain.priceRise": "Podwyżka o 8% w tym samym miesiącu co awaria",
  "template.saasSupport.card.thoughtPeople": "Procesy wolne, ludzie świetni",
  "template.saasSupport.card.oppServiceCredit": "Rekompensata bez proszenia",
  "template.saasSupport.card.oppServiceCredit.notes":
    "Rabat za nieudany eksport, zaproponowany razem z ofertą odnowienia, zanim klient musi o niego prosić.",
  "template.saasSupport.card.noteAtRisk": "Konto zagrożone odejściem",
  "template.saasSupport.card.noteAtRisk.notes":
    "Dwie eskalacje w jednym kwartale oznaczają konto dla zespołu Customer Success jako zagrożone jeszcze przed odnowieniem.",
} as const satisfies Translation<typeof templatesEn>;
