import type { Translation } from "../catalogue";
import type { exportEn } from "../en/export";

/** Texts of the export area (Persian). */
export const exportFa = {
  "export.button": "خروجی",
  "export.buttonHint": "خروجی گرفتن از این سفر به‌صورت تصویر، اسلایدها یا فایل CSV",
  "export.title": "خروجی",
  "export.close": "بستن",

  "export.format": "قالب",
  "export.format.png": "PNG",
  "export.format.jpeg": "JPEG",
  "export.format.svg": "SVG",
  "export.size": "اندازه",
  "export.size.slide1080": "۱۹۲۰ × ۱۰۸۰",
  "export.size.slide2160": "۳۸۴۰ × ۲۱۶۰",
  "export.size.fit": "متناسب با محتوا",
  "export.scope": "محدوده",
  "export.scope.journey": "کل سفر",
  "export.scope.stage": "یک مرحله",
  "export.scope.eachStage": "هر مرحله در یک تصویر جداگانه",
  "export.stage": "مرحله",
  "export.background": "پس‌زمینه",
  "export.background.white": "سفید",
  "export.background.transparent": "شفاف",
  "export.background.dark": "تیره (پروژکتور)",
  "export.background.jpegHint": "JPEG شفافیت ندارد: سفید یا تیره را انتخاب کنید.",
  "export.include": "نمایش در تصویر",
  "export.personaHeader": "سربرگ پرسونا",
  "export.personaHeader.none": "این سفر پرسونایی برای نمایش ندارد.",
  "export.legend": "راهنمای انواع کارت",
  "export.emotionCurve": "منحنی احساسات",
  "export.comments": "تعداد نظرها روی کارت‌ها",

  "export.preview": "پیش‌نمایش",
  "export.preview.alt": "پیش‌نمایش تصویر خروجی",
  "export.preview.outlines": {
    one: "یک کارت: اینجا به شکل مستطیل ساده، در فایل کامل",
    other: "{count} کارت: اینجا به شکل مستطیل ساده، در فایل کامل",
  },
  "export.preview.firstOf": {
    one: "یک تصویر، یک مرحله.",
    other: "نمایش اولین تصویر از {count} تصویر، یکی برای هر مرحله.",
  },
  "export.preview.pixels": "{width} × {height} پیکسل",
  "export.preview.vector": "تصویر برداری، {width} × {height}",

  // No-break spaces keep "۱۲۸۰ × ۸۰۰" and "۳۸۴۰ × ۲۱۶۰" on one line.
  "export.unreadable.slide":
    "روی پروژکتوری با وضوح ۱۲۸۰\u00a0×\u00a0۸۰۰، ارتفاع عنوان کارت‌ها {px}\u00a0پیکسل می‌شود: برای خواندن خیلی کوچک است.",
  "export.unreadable.fit":
    "سقف تعداد پیکسل‌ها، ارتفاع عنوان کارت‌ها را در این تصویر به {px}\u00a0پیکسل می‌رساند: برای خواندن خیلی کم است.",
  "export.unreadable.sharper":
    "۳۸۴۰\u00a0×\u00a0۲۱۶۰ تصویر را واضح‌تر می‌کند، نه بزرگ‌تر: فقط به کسانی کمک می‌کند که روی تصویر بزرگ‌نمایی می‌کنند.",
  "export.unreadable.use4k": "۳۸۴۰\u00a0×\u00a0۲۱۶۰، برای بزرگ‌نمایی",
  "export.unreadable.overview":
    "به‌عنوان نمای کلی مناسب است؛ برای کارت‌هایی که خوانا باشند، برای هر مرحله هم یک تصویر اضافه کنید (عنوان‌ها {px}\u00a0پیکسل).",
  "export.unreadable.tooFull": {
    one: "یک مرحله بیش از آن کارت دارد که یک اسلاید بتواند در اندازه خوانا نشان دهد: برای تحویل آن به‌صورت فایلی که روی آن بزرگ‌نمایی می‌کنند، تصویر را متناسب با محتوا کنید.",
    other:
      "{count} مرحله بیش از آن کارت دارند که یک اسلاید بتواند در اندازه خوانا نشان دهد: برای تحویل آن‌ها به‌صورت فایل‌هایی که روی آن‌ها بزرگ‌نمایی می‌کنند، تصویرها را متناسب با محتوا کنید.",
  },
  "export.unreadable.stageTooFull":
    "این مرحله بیش از آن کارت دارد که یک اسلاید بتواند در اندازه خوانا نشان دهد: برای تحویل آن به‌صورت فایلی که روی آن بزرگ‌نمایی می‌کنند، تصویر را متناسب با محتوا کنید.",
  "export.unreadable.perStage": "یک تصویر برای هر مرحله",
  "export.unreadable.useFit": "متناسب با محتوا",
  "export.capped":
    "در مقیاس {requested}× این تصویر به {wanted} میلیون پیکسل نیاز دارد، بیش از آنچه برخی مرورگرها می‌توانند رسم کنند ({limit} میلیون)؛ بنابراین در مقیاس {ratio}× رسم می‌شود.",

  "export.copy": "کپی در کلیپ‌بورد",
  "export.copyHint": "یک PNG از تصویر با تنظیمات بالا کپی می‌کند",
  "export.copy.eachStage": "برای کپی تصویر، کل سفر یا یک مرحله را انتخاب کنید.",
  "export.download": "دانلود",
  "export.downloadDeck": "دانلود اسلایدها (فایل پاورپوینت)",
  "export.downloadCsv": "دانلود CSV",
  "export.otherFormats": "اسلاید و صفحه‌گسترده",

  "export.progress": "در حال خروجی گرفتن",
  "export.progress.fonts": "در حال آماده‌سازی فونت‌ها…",
  "export.progress.image": "در حال رسم تصویر {number} از {count}…",
  "export.progress.deck": "در حال ساخت اسلایدها…",
  "export.progress.csv": "در حال نوشتن CSV…",
  "export.cancel": "انصراف",

  "export.done.images": {
    one: "تصویر دانلود شد.",
    other: "{count} تصویر دانلود شد.",
  },
  "export.done.deck": "اسلایدها دانلود شد.",
  "export.done.csv": "فایل CSV دانلود شد.",
  "export.copied": "تصویر در کلیپ‌بورد کپی شد.",
  "export.copy.unsupported":
    "این مرورگر به صفحه‌های وب اجازه نمی‌دهد تصویر را در کلیپ‌بورد بگذارند. به‌جای آن، PNG را دانلود کنید.",
  "export.copy.denied":
    "مرورگر اجازه کپی تصویر را نداد. به‌جای آن، PNG را دانلود کنید، یا به این سایت اجازه دسترسی به کلیپ‌بورد بدهید.",
  "export.cancelled": "خروجی گرفتن لغو شد.",
  "export.failed":
    "خروجی گرفتن ناموفق بود. دوباره تلاش کنید؛ اگر باز هم ناموفق بود، قالب دیگری یا اندازه کوچک‌تری را امتحان کنید.",
  "export.error.noCanvas":
    "خروجی گرفتن ناموفق بود: این مرورگر نتوانست بومی (canvas) برای رسم تصویر بسازد. SVG به آن نیازی ندارد.",
  "export.error.drawFailed":
    "خروجی گرفتن ناموفق بود: مرورگر نتوانست تصویر را رسم کند. اندازه کوچک‌تر یا SVG را امتحان کنید.",
  "export.error.encodeFailed":
    "خروجی گرفتن ناموفق بود: مرورگر نتوانست تصویر را در این قالب ذخیره کند. قالب دیگری را امتحان کنید.",
  "export.error.noTextMeasure":
    "خروجی گرفتن ناموفق بود: این مرورگر نمی‌تواند اندازه متن را بسنجد، که برای چیدمان تصویر لازم است.",
  "export.error.fontsUnavailable":
    "خروجی گرفتن ناموفق بود: فونت‌های آن بارگذاری نشد. صفحه را دوباره بارگذاری کنید و باز هم امتحان کنید.",

  "export.fileName.journey": "سفر",
  "export.fileName.stage": "مرحله",

  "export.poster.stageOf": "مرحله {number} از {count}",
  "export.poster.goals": "اهداف",
  "export.poster.quote": "«{quote}»",
  "export.poster.hiddenCards": {
    one: "یک کارت در این لایه جمع‌شده",
    other: "{count} کارت در این لایه جمع‌شده",
  },
  "export.legend.satisfaction": "رضایت",
  "export.legend.painPoints": "نقاط درد",
  "export.legend.votes": "رأی‌ها",

  "export.deck.persona": "این سفر برای چه کسی است",
  "export.deck.goals": "اهداف",
  "export.deck.needs": "نیازها",
  "export.deck.frustrations": "نارضایتی‌ها",
  "export.deck.map": "کل سفر",
  "export.deck.topPainPoints": "مهم‌ترین نقاط درد",
  "export.deck.noPainPoints": "هیچ نقطه دردی برای این سفر ثبت نشده است.",
  "export.deck.column.painPoint": "نقطه درد",
  "export.deck.column.severity": "شدت",
  "export.deck.column.card": "محل",
  "export.deck.column.stage": "مرحله",
  "export.deck.column.votes": "رأی‌ها",
  "export.onlyMatches": "فقط کارت‌هایی که پالایهٔ نقشه می‌یابد ({count} از {total})",
  "export.deck.insights": "آنچه نقشه می‌گوید",
  "export.deck.satisfactionAxis": "رضایت (۱ تا ۵)",
  "export.deck.stageSatisfaction": "{stage}: {average}",
  "export.deck.plan": "برنامهٔ اقدام",
  "export.deck.planPage": "برنامهٔ اقدام ({page} از {pages})",
  "export.deck.column.target": "هدف",
  "export.deck.notesHeading": "نقاط درد به تفکیک مرحله",
  "export.deck.notesNone": "موردی ثبت نشده",
  // A card may have no votes, and Persian counts 0 as "one": keep {count} in both forms.
  "export.deck.notesItem": {
    one: "{text} ({severity}؛ روی «{card}»؛ {count} رأی)",
    other: "{text} ({severity}؛ روی «{card}»؛ {count} رأی)",
  },

  "export.csv.stage": "مرحله",
  "export.csv.lane": "لایه",
  "export.csv.kind": "نوع",
  "export.csv.title": "عنوان",
  "export.csv.satisfaction": "رضایت",
  "export.csv.painPoints": "نقاط درد",
  "export.csv.confidence": "میزان اطمینان",
  "export.csv.impact": "اثر",
  "export.csv.effort": "تلاش",
  "export.csv.links": "پیکان‌ها به",
  "export.csv.link": "{kind}: {title}",
  "export.csv.channel": "کانال",
  "export.csv.owner": "واحد مسئول",
  "export.csv.votes": "رأی‌ها",
  "export.csv.painPoint": "{text} ({severity})",
} as const satisfies Translation<typeof exportEn>;
