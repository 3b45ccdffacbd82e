import type { Translation } from "../catalogue";
import type { insightsEn } from "../en/insights";

/** جست‌وجو و پالایش نقشه، و آنچه نقشه نشان می‌دهد (بینش‌ها). */
export const insightsFa = {
  "filter.open": "جست‌وجو و پالایش",
  "filter.openDescription":
    "کارت‌ها را با واژه‌هایشان پیدا کنید، یا نقشه را بر پایه نوع، کانال، واحد مسئول و دیگر ویژگی‌ها محدود کنید",
  "filter.bar": "جست‌وجو و پالایش",
  "filter.search": "جست‌وجو در نقشه",
  "filter.placeholder": "جست‌وجوی کارت‌ها…",
  "filter.facets": "پالایه‌ها",
  "filter.facetsCount": "پالایه‌ها ({count})",
  "filter.matches": {
    zero: "هیچ‌یک از {total} کارت جور نیست",
    one: "یک کارت از {total} کارت جور است",
    other: "{count} کارت از {total} کارت جور است",
  },
  "filter.position": "{at} از {count}",
  "filter.next": "کارت جور بعدی",
  "filter.previous": "کارت جور قبلی",
  "filter.clear": "پاک کردن پالایه",
  "filter.close": "بستن جست‌وجو و پالایش",
  "filter.kind": "نوع",
  "filter.channel": "کانال",
  "filter.owner": "واحد مسئول",
  "filter.severity": "شدیدترین نقطه درد",
  "filter.confidence": "میزان اطمینان",
  "filter.satisfaction": "رضایت مشتری",
  "filter.satisfactionFrom": "از",
  "filter.satisfactionTo": "تا",
  "filter.votes": "رأی‌ها",
  "filter.withVotes": "فقط کارت‌های دارای رأی",
  "filter.noChannel": "بدون کانال",
  "filter.noOwner": "بدون واحد مسئول",
  "filter.notSaid": "مشخص نشده",
  "filter.cards": "فقط: {label}",
  "filter.cardsRemove": "نمایش دوباره همه کارت‌ها",
} as const satisfies Translation<typeof insightsEn>;
