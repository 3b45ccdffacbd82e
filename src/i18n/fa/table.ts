import type { Translation } from "../catalogue";
import type { tableEn } from "../en/table";

/** سفر به شکل جدول: یک ردیف برای هر کارت، با مرتب‌سازی، پالایش و ویرایش در همان‌جا. */
export const tableFa = {
  "table.open": "جدول",
  "table.openDescription": "هر کارت در یک ردیف: مرتب کنید، پالایش کنید و همان‌جا ویرایش کنید",
  "table.title": "جدول: {journey}",
  "table.grid": "کارت‌های {journey}",
  "table.back": "بازگشت به نقشه",
  "table.help":
    "با کلیدهای جهت میان خانه‌ها جابه‌جا شوید. Enter یا F2 خانه را ویرایش می‌کند، یا در عنوان شروع به نوشتن کنید. Enter تغییر را نگه می‌دارد و Escape آن را لغو می‌کند. برای مرتب‌سازی، نام ستون را انتخاب کنید.",
  "table.search": "جست‌وجو در جدول",
  "table.placeholder": "جست‌وجوی کارت‌ها…",
  "table.count": {
    zero: "هیچ‌یک از {total} کارت منطبق نیست",
    one: "یک کارت از {total} کارت",
    other: "{count} کارت از {total} کارت",
  },
  "table.all": { one: "یک کارت", other: "{count} کارت" },
  "table.noCards": "این سفر هنوز کارتی ندارد. کارت‌ها را روی نقشه اضافه کنید.",
  "table.noMatches": "هیچ کارتی با پالایه منطبق نیست.",
  "table.column.stage": "مرحله",
  "table.column.lane": "لایه",
  "table.column.kind": "نوع",
  "table.column.title": "عنوان",
  "table.column.satisfaction": "رضایت",
  "table.column.painPoints": "نقاط درد",
  "table.column.metrics": "شاخص‌ها",
  "table.column.channel": "کانال",
  "table.column.owner": "واحد مسئول",
  "table.column.confidence": "میزان اطمینان",
  "table.column.votes": "رأی‌ها",
  "table.column.map": "نقشه",
  "table.sortHint": "مرتب‌سازی بر پایه این ستون",
  "table.showOnMap": "نمایش «{title}» روی نقشه",
  "table.edit": "ویرایش {column} در «{title}»",
  "table.satisfactionValue": "{score} از ۵، {label}",
  "table.painPointValue": "{text} ({severity})",
  "table.metricValue": "{metric} {value}",
  "csv.add": "افزودن کارت از فایل CSV…",
  "csv.addDescription":
    "کارت‌ها از یک صفحه‌گسترده: دست‌کم ستون‌های مرحله، لایه و عنوان، همان‌طور که خروجی CSV ویمارک می‌نویسد",
  "csv.added": {
    one: "یک کارت از «{file}» افزوده شد. واگرد آن را برمی‌دارد.",
    other: "{count} کارت از «{file}» افزوده شد. واگرد آن‌ها را برمی‌دارد.",
  },
  "table.separator": "؛ ",
} as const satisfies Translation<typeof tableEn>;
