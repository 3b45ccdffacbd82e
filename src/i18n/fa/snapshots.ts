import type { Translation } from "../catalogue";
import type { snapshotsEn } from "../en/snapshots";

/** نسخه‌های ذخیره‌شده: سفر همان‌طور که بود، سنجیده با اکنون، بازگردانده. */
export const snapshotsFa = {
  "snapshot.open": "نسخه‌های ذخیره‌شده",
  "snapshot.openDescription":
    "سفر را همان‌طور که اکنون هست نگه دارید، با آن زمان بسنجید و بازگردانید",
  "snapshot.title": "نسخه‌های ذخیره‌شده: {journey}",
  "snapshot.back": "بازگشت به نقشه",
  "snapshot.take": "ذخیرهٔ یک نسخه",
  "snapshot.name": "نام نسخه",
  "snapshot.namePlaceholder": "پیش از کارگاه",
  "snapshot.taken": "نسخهٔ «{name}» نگه داشته شد.",
  "snapshot.list": "نسخه‌های نگه‌داشته",
  "snapshot.none":
    "هنوز نسخه‌ای نیست. پیش از یک تغییر بزرگ یکی بگیرید. یک نسخه خودبه‌خود هم نگه داشته می‌شود: پیش از افزودن کارت‌ها از فایل CSV، پیش از نخستین هم‌رسانی سفر در اتاق و پیش از بازگرداندن نسخه‌ای دیگر.",
  "snapshot.reason.manual": "{name}",
  "snapshot.reason.beforeCsv": "پیش از کارت‌های {name}",
  "snapshot.reason.beforeRoom": "پیش از اتاق",
  "snapshot.reason.beforeRestore": "پیش از بازگرداندن «{name}»",
  "snapshot.auto": "خودبه‌خود نگه داشته شد",
  "snapshot.cards": { zero: "بی‌کارت", one: "یک کارت", other: "{count} کارت" },
  "snapshot.restore": "بازگرداندن روی همین سفر",
  "snapshot.restoreCopy": "بازگرداندن به‌صورت رونوشت",
  "snapshot.delete": "حذف نسخه",
  "snapshot.restored":
    "سفر به حالتِ «{name}» بازگشت. واگرد آن را برمی‌گرداند و سفرِ لحظه‌ای پیش هم به‌صورت نسخه نگه داشته شد.",
  "snapshot.copied": "«{title}» از این نسخه ساخته شد.",
  "snapshot.copyTitle": "{journey} ({name})",
  "snapshot.deleted": "نسخهٔ «{name}» حذف شد.",
  "snapshot.compared": "آن زمان و اکنون",
  "snapshot.same": "از آن زمان چیزی تغییر نکرده است.",
  "snapshot.added": { one: "یک کارت افزوده شد", other: "{count} کارت افزوده شد" },
  "snapshot.removed": { one: "یک کارت حذف شد", other: "{count} کارت حذف شد" },
  "snapshot.changed": { one: "یک کارت تغییر کرد", other: "{count} کارت تغییر کرد" },
  "snapshot.scores": "رضایت‌هایی که جابه‌جا شد",
  "snapshot.metrics": "شاخص‌هایی که جابه‌جا شد",
  "snapshot.stagesAdded": "مرحله‌های افزوده",
  "snapshot.stagesRemoved": "مرحله‌های حذف‌شده",
  "snapshot.fieldsChanged": "{title}: {fields}",
  "snapshot.move": "{title}: {from} ← {to}",
  "snapshot.metricMove": "{title}، {metric}: {from} ← {to}",
  "snapshot.notScored": "بی‌امتیاز",
  "snapshot.curves": "منحنی احساس آن زمان و اکنون",
  "snapshot.then": "آن زمان: {name}",
  "snapshot.now": "اکنون",
  "snapshot.loading": "در حال خواندن نسخه…",
  "snapshot.unreadable":
    "این نسخه خواندنی نیست: یا نسخهٔ تازه‌تری از Waymark آن را نوشته یا آسیب دیده است.",
  "snapshot.failed": "انجام نشد: حافظهٔ مرورگر پاسخ نداد، پس چیزی تغییر نکرد.",
} as const satisfies Translation<typeof snapshotsEn>;
