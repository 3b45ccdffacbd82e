import type { Translation } from "../catalogue";
import type { prioritiesEn } from "../en/priorities";

/** Priorytety: szanse ważone wpływem i nakładem pracy na macierzy. */
export const prioritiesPl = {
  "priorities.open": "Priorytety",
  "priorities.openDescription":
    "Zważ szanse według wpływu i nakładu pracy: szybkie zwycięstwa, duże zakłady, wypełniacze i studnie bez dna",
  "priorities.title": "Priorytety: {journey}",
  "priorities.back": "Wróć do mapy",
  "priorities.matrix": "Macierz szans",
  "priorities.help":
    "Przeciągnij kartę na jej wpływ i nakład pracy albo wybierz ją i przesuwaj strzałkami (w górę: większy wpływ, w prawo: większy nakład). Większe kropki mają więcej głosów. Enter pokazuje kartę na mapie.",
  "priorities.withFriction": "Uwzględnij też punkty tarcia",
  "priorities.impact": "Wpływ",
  "priorities.effort": "Nakład pracy",
  "priorities.more": "więcej",
  "priorities.less": "mniej",
  "priorities.cell": "Wpływ {impact}, nakład pracy {effort}",
  "priorities.item": "{kind}: {title}. Wpływ {impact}, nakład pracy {effort}: {quadrant}. {votes}",
  "priorities.votes": {
    zero: "Bez głosów",
    one: "1 głos",
    few: "{count} głosy",
    many: "{count} głosów",
    other: "{count} głosu",
  },
  "priorities.quadrant.quickWins": "Szybkie zwycięstwa",
  "priorities.quadrant.bigBets": "Duże zakłady",
  "priorities.quadrant.fillIns": "Wypełniacze",
  "priorities.quadrant.moneyPits": "Studnie bez dna",
  "priorities.quadrantHint.quickWins": "Duży wpływ, mało pracy: zrób je najpierw.",
  "priorities.quadrantHint.bigBets": "Duży wpływ, dużo pracy: zaplanuj je.",
  "priorities.quadrantHint.fillIns": "Mały wpływ, mało pracy: gdy znajdzie się czas.",
  "priorities.quadrantHint.moneyPits": "Mały wpływ, dużo pracy: zastanów się dwa razy.",
  "priorities.none": "Na razie brak.",
  "priorities.unplaced": "Jeszcze niezważone",
  "priorities.unplacedHint":
    "Wybierz kartę, by postawić ją na środku macierzy, a potem ją przesuń; albo przeciągnij ją na macierz.",
  "priorities.place": "Zważ „{title}”",
  "priorities.empty":
    "Ta podróż nie ma jeszcze szans. Dodaj je na mapie (warstwa Szanse), a potem zważ je tutaj.",
  "priorities.moved": "„{title}”: wpływ {impact}, nakład pracy {effort}, {quadrant}",
  "inspector.impact": "Wpływ (1–5)",
  "inspector.effort": "Nakład pracy (1–5)",
  "rating.1": "1, bardzo mały",
  "rating.2": "2, mały",
  "rating.3": "3, średni",
  "rating.4": "4, duży",
  "rating.5": "5, bardzo duży",
} as const satisfies Translation<typeof prioritiesEn>;
