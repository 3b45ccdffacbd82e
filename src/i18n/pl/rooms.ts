import type { Translation } from "../catalogue";
import type { roomsEn } from "../en/rooms";

/** Texts of rooms (Polish). */
export const roomsPl = {
  "rooms.button": "Pokój",
  "rooms.buttonHint": "Edytuj tę podróż na żywo z innymi: otwórz pokój i udostępnij jego link",
  "rooms.dialogTitle": "Pracujcie razem nad tą podróżą",
  "rooms.close": "Zamknij",
  "rooms.intro":
    "Pokój utrzymuje tę podróż zgodną na urządzeniach wszystkich, na żywo. Każdy ma pełną kopię, która działa offline; zmiany łączą się po powrocie.",
  "rooms.unavailable":
    "Pokoje wymagają serwera pokoi Waymark, a ta kopia Waymark działa bez niego. Uruchom Waymark poleceniem npm start na komputerze w sali i otwórz adres, który wypisze.",
  "rooms.start": "Otwórz pokój",
  "rooms.starting": "Otwieram pokój…",
  "rooms.yourName": "Twoje imię w pokoju",
  "rooms.yourNameHint": "Inni widzą je przy Twoim wskaźniku i Twoich zmianach.",
  "rooms.linksTitle": "Linki do tego pokoju",
  "rooms.role.edit": "Edycja",
  "rooms.role.contribute": "Współtworzenie",
  "rooms.role.view": "Tylko podgląd",
  "rooms.roleHint.edit": "Może zmieniać wszystko na mapie.",
  "rooms.roleHint.contribute":
    "Może dodawać i edytować karty oraz głosować; nie może usuwać etapów ani ścieżek ani cudzych kart.",
  "rooms.roleHint.view": "Może tylko oglądać: na drugi projektor albo dla interesariusza.",
  "rooms.linkLabel": "Link: {role}",
  "rooms.copy": "Kopiuj link",
  "rooms.copyNamed": "Kopiuj link: {role}",
  "rooms.copied": "Skopiowano link",
  "rooms.copyFailed": "Przeglądarka nie pozwoliła skopiować. Zaznacz link i skopiuj go.",
  "rooms.showCode": "Pokaż kod QR",
  "rooms.showCodeNamed": "Pokaż kod QR linku: {role}",
  "rooms.hideCode": "Ukryj kod QR",
  "rooms.codeAlt": "Kod QR linku: {role}",
  "rooms.renew": "Nowy link",
  "rooms.renewNamed": "Utwórz nowy link ({role}); stary przestanie działać",
  "rooms.renewed": "Link ({role}) jest nowy; stary nie otwiera już pokoju.",
  "rooms.yourLink": "Twój link do tego pokoju",
  "rooms.leave": "Opuść pokój",
  "rooms.leaveHint":
    "Przestań edytować razem z pokojem. Twoja kopia zostaje w tej przeglądarce jako zwykła podróż; pokój trwa dla pozostałych.",
  "rooms.left": "Opuszczono pokój. Ta podróż jest teraz tylko Twoja w tej przeglądarce.",
  "rooms.bar": "Pokój",
  "rooms.status.connecting": "Łączę z pokojem…",
  "rooms.status.live": "Na żywo",
  "rooms.status.offline": {
    one: "Offline: czeka jedna zmiana",
    few: "Offline: czekają {count} zmiany",
    many: "Offline: czeka {count} zmian",
    other: "Offline: czeka {count} zmiany",
  },
  "rooms.status.offlineNone": "Offline: Twoje zmiany zostaną wysłane, gdy pokój wróci",
  "rooms.status.refused": "Pokój nie wpuścił tego linku",
  "rooms.here": {
    one: "Jesteś tu sam",
    few: "{count} osoby tutaj",
    many: "{count} osób tutaj",
    other: "{count} osoby tutaj",
  },
  "rooms.viewOnly": "Tylko podgląd",
  "rooms.viewOnlyHint": "Ten link pozwala oglądać, nie zmieniać.",
  "rooms.typing": "{name} pisze",
  "rooms.refusedView": "Ten link służy tylko do podglądu: nic nie zmieniono.",
  "rooms.refusedContribute":
    "Link współtworzenia pozwala dodawać i edytować karty; nie usuwa etapów, ścieżek ani cudzych kart.",
  "rooms.you": "Ty",
  "rooms.refusal.link-revoked":
    "Osoba, która otworzyła pokój, zmieniła ten link. Poproś ją o nowy.",
  "rooms.refusal.no-such-room": "Tego pokoju nie ma na tym serwerze.",
  "rooms.refusal.room-full": "Pokój jest pełny.",
  "rooms.refusal.other": "Serwer pokoi odrzucił ten link.",
  "rooms.joinTitle": "Dołączanie do pokoju",
  "rooms.joining": "Otwieram podróż z pokoju…",
  "rooms.unreachable":
    "Nie można połączyć się z serwerem pokoi. Sprawdź, czy jesteś w tej samej sieci co pokój, i spróbuj ponownie.",
  "rooms.empty": "Ten pokój nie zawiera jeszcze podróży.",
  "rooms.retry": "Spróbuj ponownie",
  "rooms.home": "Przejdź do swoich podróży",
} as const satisfies Translation<typeof roomsEn>;
