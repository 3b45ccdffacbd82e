import type { Translation } from "../catalogue";
import type { prioritiesEn } from "../en/priorities";

/** اولویت‌ها: فرصت‌ها بر پایه اثر و تلاش روی ماتریس سنجیده می‌شوند. */
export const prioritiesFa = {
  "priorities.open": "اولویت‌ها",
  "priorities.openDescription":
    "فرصت‌ها را بر پایه اثر و تلاش بسنجید: بردهای سریع، شرط‌های بزرگ، کارهای پرکننده و چاه‌های پول",
  "priorities.title": "اولویت‌ها: {journey}",
  "priorities.back": "بازگشت به نقشه",
  "priorities.matrix": "ماتریس فرصت‌ها",
  "priorities.help":
    "کارت را به جای اثر و تلاشش بکشید، یا آن را انتخاب کنید و با کلیدهای جهت جابه‌جا کنید (بالا: اثر بیشتر، به سوی انتهای سطر: تلاش بیشتر). نقطه‌های بزرگ‌تر رأی بیشتری دارند. Enter کارت را روی نقشه نشان می‌دهد.",
  "priorities.withFriction": "نقاط اصطکاک را هم بسنج",
  "priorities.impact": "اثر",
  "priorities.effort": "تلاش",
  "priorities.more": "بیشتر",
  "priorities.less": "کمتر",
  "priorities.cell": "اثر {impact}، تلاش {effort}",
  "priorities.item": "{kind}: {title}. اثر {impact}، تلاش {effort}: {quadrant}. {votes}",
  "priorities.votes": { zero: "بدون رأی", one: "یک رأی", other: "{count} رأی" },
  "priorities.quadrant.quickWins": "بردهای سریع",
  "priorities.quadrant.bigBets": "شرط‌های بزرگ",
  "priorities.quadrant.fillIns": "کارهای پرکننده",
  "priorities.quadrant.moneyPits": "چاه‌های پول",
  "priorities.quadrantHint.quickWins": "اثر زیاد، تلاش کم: اول این‌ها را انجام دهید.",
  "priorities.quadrantHint.bigBets": "اثر زیاد، تلاش زیاد: برایشان برنامه بریزید.",
  "priorities.quadrantHint.fillIns": "اثر کم، تلاش کم: هر وقت فرصت شد.",
  "priorities.quadrantHint.moneyPits": "اثر کم، تلاش زیاد: دوباره فکر کنید.",
  "priorities.none": "هنوز هیچ.",
  "priorities.unplaced": "هنوز سنجیده نشده",
  "priorities.unplacedHint":
    "یکی را انتخاب کنید تا در میانه ماتریس قرار گیرد، سپس جابه‌جایش کنید؛ یا آن را روی ماتریس بکشید.",
  "priorities.place": "سنجیدن «{title}»",
  "priorities.empty":
    "این سفر هنوز فرصتی ندارد. فرصت‌ها را روی نقشه (لایه فرصت‌ها) اضافه کنید و سپس این‌جا بسنجید.",
  "priorities.moved": "«{title}»: اثر {impact}، تلاش {effort}، {quadrant}",
  "inspector.impact": "اثر (۱ تا ۵)",
  "inspector.effort": "تلاش (۱ تا ۵)",
  "rating.1": "۱، خیلی کم",
  "rating.2": "۲، کم",
  "rating.3": "۳، متوسط",
  "rating.4": "۴، زیاد",
  "rating.5": "۵، خیلی زیاد",
} as const satisfies Translation<typeof prioritiesEn>;
