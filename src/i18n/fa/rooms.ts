import type { Translation } from "../catalogue";
import type { roomsEn } from "../en/rooms";

/** Texts of rooms (Persian). */
export const roomsFa = {
  "rooms.button": "اتاق",
  "rooms.buttonHint":
    "این سفر را همراه دیگران زنده ویرایش کنید: یک اتاق باز کنید و پیوندش را بفرستید",
  "rooms.dialogTitle": "کار گروهی روی این سفر",
  "rooms.close": "بستن",
  "rooms.intro":
    "اتاق این سفر را روی دستگاه همه، زنده و هم‌زمان نگه می‌دارد. هر کس یک نسخهٔ کامل دارد که بدون اینترنت هم کار می‌کند؛ تغییرها پس از بازگشت با هم ادغام می‌شوند.",
  "rooms.unavailable":
    "اتاق‌ها به سرور اتاق Waymark نیاز دارند و این نسخهٔ Waymark از چنین سروری نیامده است. نشانی یک سرور اتاق را بدهید (کسی npm start -- --host 0.0.0.0 را روی رایانه‌ای در سالن اجرا می‌کند)، یا به‌جای آن نشانی‌ای را که نشان می‌دهد باز کنید.",
  "rooms.start": "باز کردن اتاق",
  "rooms.starting": "در حال باز کردن اتاق…",
  "rooms.yourName": "نام شما در اتاق",
  "rooms.yourNameHint": "دیگران آن را کنار نشانگر و تغییرهای شما می‌بینند.",
  "rooms.linksTitle": "پیوندهای این اتاق",
  "rooms.role.edit": "ویرایش",
  "rooms.role.contribute": "مشارکت",
  "rooms.role.view": "فقط مشاهده",
  "rooms.roleHint.edit": "می‌تواند همه‌چیز را روی نقشه تغییر دهد.",
  "rooms.roleHint.contribute":
    "می‌تواند کارت بیفزاید و ویرایش کند و رأی دهد؛ نمی‌تواند مرحله یا ردیف یا کارت دیگران را حذف کند.",
  "rooms.roleHint.view": "فقط می‌تواند ببیند: برای پروژکتور دوم یا یک ذی‌نفع.",
  "rooms.linkLabel": "پیوند {role}",
  "rooms.copy": "رونوشت پیوند",
  "rooms.copyNamed": "رونوشت پیوند {role}",
  "rooms.copied": "پیوند رونوشت شد",
  "rooms.copyFailed": "مرورگر اجازهٔ رونوشت نداد. پیوند را انتخاب و رونوشت کنید.",
  "rooms.showCode": "نمایش کد QR",
  "rooms.showCodeNamed": "نمایش کد QR پیوند {role}",
  "rooms.hideCode": "پنهان کردن کد QR",
  "rooms.codeAlt": "کد QR پیوند {role}",
  "rooms.renew": "پیوند تازه",
  "rooms.renewNamed": "ساختن پیوند تازهٔ {role}؛ پیوند قبلی دیگر کار نمی‌کند",
  "rooms.renewed": "پیوند {role} تازه شد؛ پیوند قبلی دیگر اتاق را باز نمی‌کند.",
  "rooms.yourLink": "پیوند شما به این اتاق",
  "rooms.leave": "ترک اتاق",
  "rooms.leaveHint":
    "ویرایش همراه اتاق را متوقف کنید. نسخهٔ شما به‌صورت یک سفر معمولی در این مرورگر می‌ماند؛ اتاق برای دیگران ادامه دارد.",
  "rooms.left": "از اتاق بیرون آمدید. این سفر اکنون فقط در این مرورگر و از آن شماست.",
  "rooms.bar": "اتاق",
  "rooms.status.connecting": "در حال اتصال به اتاق…",
  "rooms.status.live": "زنده",
  "rooms.status.offline": {
    one: "آفلاین: یک تغییر در انتظار",
    other: "آفلاین: {count} تغییر در انتظار",
  },
  "rooms.status.offlineNone": "آفلاین: تغییرهای شما پس از بازگشت اتاق فرستاده می‌شوند",
  "rooms.status.refused": "اتاق این پیوند را نپذیرفت",
  "rooms.here": { one: "فقط شما اینجا هستید", other: "{count} نفر اینجا هستند" },
  "rooms.viewOnly": "فقط مشاهده",
  "rooms.viewOnlyHint": "این پیوند اجازهٔ دیدن می‌دهد، نه تغییر دادن.",
  "rooms.typing": "{name} در حال نوشتن است",
  "rooms.refusedView": "این پیوند فقط برای مشاهده است: چیزی تغییر نکرد.",
  "rooms.refusedContribute":
    "پیوند مشارکت کارت می‌افزاید و ویرایش می‌کند؛ نمی‌تواند مرحله، ردیف یا کارت دیگران را حذف کند.",
  "rooms.leftOut": {
    one: "یک مورد از اتاق خوانده نشد و کنار گذاشته شد",
    other: "{count} مورد از اتاق خوانده نشد و کنار گذاشته شد",
  },
  "rooms.you": "شما",
  "rooms.refusal.link-revoked":
    "کسی که اتاق را باز کرده این پیوند را عوض کرده است. پیوند تازه را از او بخواهید.",
  "rooms.refusal.no-such-room": "این اتاق روی این سرور وجود ندارد.",
  "rooms.refusal.room-full": "اتاق پر است.",
  "rooms.refusal.other": "سرور اتاق این پیوند را نپذیرفت.",
  "rooms.joinTitle": "پیوستن به اتاق",
  "rooms.join": "پیوستن به اتاق",
  "rooms.joining": "در حال باز کردن سفرِ اتاق…",
  "rooms.unreachable":
    "به سرور اتاق دسترسی نیست. بررسی کنید که در همان شبکهٔ اتاق هستید، سپس دوباره تلاش کنید.",
  "rooms.empty": "این اتاق هنوز سفری ندارد.",
  "rooms.retry": "تلاش دوباره",
  "rooms.home": "رفتن به سفرهای شما",
  "rooms.yourColor": "رنگ شما",
  "rooms.color.blue": "آبی",
  "rooms.color.red": "قرمز",
  "rooms.color.green": "سبز",
  "rooms.color.violet": "بنفش",
  "rooms.color.orange": "نارنجی",
  "rooms.color.teal": "سبزآبی",
  "rooms.color.pink": "صورتی",
  "rooms.color.olive": "زیتونی",
  "rooms.onServer": "سرور اتاق:",
  "rooms.server.label": "نشانی سرور اتاق",
  "rooms.server.hint":
    "نشانی‌ای که Waymark پس از اجرا با npm start -- --host 0.0.0.0 نشان می‌دهد، مانند http://192.168.1.20:4173.",
  "rooms.server.invalid":
    "این نشانی سرور اتاق نیست. نشانی‌ای مانند http://192.168.1.20:4173 یا wss://rooms.example.org بنویسید.",
  "rooms.server.insecure":
    "این صفحه از راه https آمده است، پس مرورگر فقط اجازهٔ اتصال به سرور اتاق امن (wss:// یا https://) را می‌دهد.",
  "rooms.server.noAnswer":
    "هیچ سرور اتاقی در این نشانی پاسخ نداد. نشانی را بررسی کنید و اینکه این دستگاه در شبکهٔ سالن باشد.",
  "rooms.server.checking": "در حال بررسی سرور…",
  "rooms.server.use": "استفاده از این سرور",
  "rooms.server.current": "اتاق‌های تازه می‌روند به",
  "rooms.server.change": "تغییر سرور",
} as const satisfies Translation<typeof roomsEn>;
