import type { Translation } from "../catalogue";
import type { coreEn } from "../en/core";

/** The shell, navigation, storage and errors; the domain's vocabulary (Persian). */
export const coreFa = {
  "app.name": "Waymark",
  "app.tagline": "نقشه‌های سفر مشتری",
  "app.skipToContent": "رفتن به محتوای اصلی",
  "app.mainLandmark": "فضای کار",
  "app.toolbar": "نوار ابزار سفر",
  "app.loading": "در حال باز کردن فضای کار شما…",

  "kind.touchpoint": "نقطه تماس",
  "kind.channel": "کانال",
  "kind.frictionPoint": "نقطه اصطکاک",
  "kind.momentOfDelight": "لحظه خوشایند",
  "kind.customerAction": "اقدام مشتری",
  "kind.thought": "فکر یا احساس",
  "kind.opportunity": "فرصت",
  "kind.note": "یادداشت",

  "lane.actions": "اقدامات مشتری",
  "lane.touchpoints": "نقاط تماس",
  "lane.channels": "کانال‌ها",
  "lane.thoughts": "افکار و احساسات",
  "lane.emotionCurve": "منحنی احساسات",
  "lane.frictionPoints": "نقاط اصطکاک",
  "lane.momentsOfDelight": "لحظه‌های خوشایند",
  "lane.opportunities": "فرصت‌ها",
  "lane.backstage": "پشت صحنه",
  "lane.custom": "لایه سفارشی",

  "stage.awareness": "آگاهی",
  "stage.consideration": "بررسی",
  "stage.purchase": "خرید",
  "stage.onboarding": "راه‌اندازی و استفاده",
  "stage.support": "پشتیبانی",
  "stage.loyalty": "وفاداری و توصیه به دیگران",

  "channel.web": "وب",
  "channel.mobileApp": "اپلیکیشن موبایل",
  "channel.email": "ایمیل",
  "channel.phone": "تلفن یا مرکز تماس",
  "channel.chat": "چت یا چت‌بات",
  "channel.socialMedia": "شبکه‌های اجتماعی",
  "channel.physicalStore": "فروشگاه حضوری",
  "channel.advertising": "تبلیغات",
  "channel.wordOfMouth": "تبلیغ دهان‌به‌دهان",

  "department.marketing": "بازاریابی",
  "department.sales": "فروش",
  "department.product": "محصول",
  "department.customerService": "خدمات مشتری",

  "severity.low": "کم",
  "severity.medium": "متوسط",
  "severity.high": "زیاد",

  "confidence.assumed": "فرضی",
  "confidence.partlyBacked": "تا حدی تأییدشده",
  "confidence.validated": "تأییدشده",

  "linkKind.flow": "جریان",
  "linkKind.relates": "ارتباط",
  "linkKind.causes": "علت و معلول",

  "satisfaction.1": "خیلی ناراضی",
  "satisfaction.2": "ناراضی",
  "satisfaction.3": "خنثی",
  "satisfaction.4": "راضی",
  "satisfaction.5": "خیلی راضی",

  "journeyState.current": "وضعیت فعلی",
  "journeyState.future": "وضعیت آینده",

  "persona.recoveredName": "پرسونای بازیابی‌شده",

  "nav.workspace": "فضای کار",
  "nav.breadcrumbs": "شما اینجا هستید",
  "notice.dismiss": "بستن",
  "notice.undo": "واگرد",
  "dialog.close": "بستن",
  "dialog.cancel": "انصراف",

  "home.title": "پرسوناها و سفرها",
  "persona.untitled": "پرسونای بی‌نام",
  "persona.journeys": "سفرها",
  "journey.untitled": "سفر بدون عنوان",
  "journey.canvas": "نقشه سفر مشتری",

  "notFound.title": "اینجا چیزی نیست",
  "notFound.body":
    "این پرسونا یا سفر در این فضای کار وجود ندارد. ممکن است حذف شده باشد، یا پیوند از مرورگر دیگری آمده باشد.",
  "notFound.home": "رفتن به فضای کار",

  "toolbar.undo": "واگرد",
  "toolbar.redo": "انجام دوباره",

  "menu.label": "منوی اصلی",
  "menu.import": "وارد کردن فایل Waymark…",
  "menu.exportJourney": "خروجی گرفتن از این سفر به‌صورت فایل",
  "menu.exportWorkspace": "خروجی گرفتن از فضای کار به‌صورت فایل",
  "menu.theme": "پوسته",
  "menu.language": "زبان",
  "theme.system": "مطابق تنظیمات سیستم",
  "theme.light": "روشن",
  "theme.dark": "تیره",
  "theme.projector": "پروژکتور (کنتراست بالا)",

  "save.loading": "در حال باز کردن…",
  "save.saved": "ذخیره شد",
  "save.pending": "تغییرات ذخیره‌نشده",
  "save.saving": "در حال ذخیره…",
  "save.failed": "ذخیره نشد",
  "save.memoryOnly": "ذخیره نمی‌شود: فقط در این زبانه",

  "storage.unavailable":
    "Waymark نمی‌تواند چیزی را در این مرورگر ذخیره کند ({detail}). کار شما تا وقتی آن را دانلود نکنید فقط در این زبانه است: پیش از بستن زبانه، یک نسخه پشتیبان دانلود کنید.",
  "storage.quotaExceeded":
    "حافظه این مرورگر پر است، بنابراین آخرین تغییرات شما ذخیره نشده‌اند. فعلاً در این زبانه محفوظ‌اند: یک نسخه پشتیبان دانلود کنید و سپس کمی فضا آزاد کنید.",
  "storage.newerVersion":
    "نسخه جدیدتری از Waymark در زبانه دیگری باز شد، بنابراین این زبانه برای سالم ماندن داده‌های شما دیگر ذخیره نمی‌کند. از آخرین تغییرات خود نسخه پشتیبان دانلود کنید و سپس صفحه را دوباره بارگذاری کنید.",
  "storage.olderVersion":
    "Waymark منتظر بسته شدن زبانه دیگری است که نسخه قدیمی‌تری از Waymark را اجرا می‌کند، تا بتواند کارهای ذخیره‌شده شما را به‌طور ایمن به‌روز کند. آن زبانه را ببندید یا دوباره بارگذاری کنید تا این زبانه خودش باز شود.",
  "storage.writeFailed":
    "آخرین تغییرات شما ذخیره نشد ({detail}). این تغییرات در این زبانه نگه داشته شده‌اند و Waymark همچنان برای ذخیره آن‌ها تلاش می‌کند.",
  "storage.quarantined": {
    one: "یک مورد آسیب‌دیده قرنطینه شد تا بقیه کار شما باز شود.",
    other: "{count} مورد آسیب‌دیده قرنطینه شد تا بقیه کار شما باز شود.",
  },
  "storage.quarantined.persona": "پرسونای «{label}»",
  "storage.quarantined.journey": "سفر «{label}»",
  "storage.quarantined.card": "کارت «{label}»",
  "storage.quarantined.link": "یک پیکان میان کارت‌ها",
  "storage.quarantined.stage": "مرحله «{label}»",
  "storage.quarantined.lane": "لایه «{label}»",
  "storage.quarantined.vote": "یک رأی روی کارت",
  "storage.quarantined.comment": "یک نظر روی کارت",
  "storage.quarantined.action": "یک اقدام از برنامه",
  "storage.quarantined.target": "یک هدف سفر",
  "storage.quarantined.metric": "شاخص «{label}»",
  "storage.quarantined.round": "یک دور رأی‌گیری",
  "storage.quarantined.update": "تغییری که خواندنش ممکن نبود",
  "storage.quarantined.unnamed": "بدون نام",
  "storage.quarantined.download": "دانلود",
  "storage.quarantined.discard": "حذف",
  "storage.recreated":
    "داده‌های ذخیره‌شده Waymark در این مرورگر، در زمانی که برنامه باز بود، پاک شد. هر آنچه در این زبانه بود دوباره ذخیره شده است؛ سفرهایی که اینجا باز نبودند از این زبانه قابل بازیابی نبودند.",
  "storage.backupReminder":
    "این مرورگر ممکن است هنگام کمبود فضا کارهای ذخیره‌شده را پاک کند، و شما این هفته نسخه پشتیبان دانلود نکرده‌اید.",
  "storage.persistent": "حافظه: ماندگار در مرورگر",
  "storage.notPersistent": "حافظه: ممکن است مرورگر آن را پاک کند",
  "storage.unknown": "حافظه: وضعیت نامعلوم",

  "import.done": {
    one: "{count} سفر وارد شد.",
    other: "{count} سفر وارد شد.",
  },
  // Said after "import.done" when the file held journeys that are already in the workspace.
  "import.copies": {
    one: "یکی از آن‌ها از قبل اینجا بود، بنابراین به‌صورت کپی وارد شد.",
    other: "{count} مورد از قبل اینجا بودند، بنابراین به‌صورت کپی وارد شدند.",
  },
  // Not just "Undo": the toolbar's Undo is on the same page, and a screen reader lists both.
  "import.undo": "واگرد وارد کردن",
  "import.undone": "وارد کردن واگرد شد.",
  "import.keptEdited": {
    one: "یک سفر که پس از وارد کردن تغییر کرده بود، نگه داشته شد.",
    other: "{count} سفر که پس از وارد کردن تغییر کرده بودند، نگه داشته شدند.",
  },
  "import.error.title": "وارد کردن «{file}» ممکن نشد.",
  "import.error.tooLarge": "حجم آن {size} است و Waymark فایل‌هایی تا {limit} را باز می‌کند.",
  "import.error.unreadable": "نمی‌توان آن را به‌صورت متن خواند.",
  "import.error.notWaymark": "این فایل، فایل Waymark نیست.",
  "import.error.empty": "فایل خالی است.",
  "import.error.incomplete":
    "ابتدای آن شبیه فایل Waymark است، اما ناقص یا آسیب‌دیده است؛ شاید دانلود یا کپی آن کامل نشده باشد. دوباره از آن خروجی بگیرید یا آن را دوباره دانلود کنید.",
  "import.error.newerVersion":
    "با نسخه جدیدتری از Waymark ساخته شده است (قالب {version}؛ این نسخه تا قالب {supported} را باز می‌کند). برای باز کردن آن، Waymark را به‌روز کنید.",
  "import.error.damaged": "فایل آسیب دیده است: {problem}.",
  "import.error.nothingChanged": "هیچ چیزی در فضای کار شما تغییر نکرد.",

  "offline.ready": "کار به‌صورت آفلاین: همه‌چیز روی همین دستگاه است",
  "offline.updateAvailable":
    "به‌روزرسانی موجود است: نسخه جدید Waymark آماده است. ابتدا کار شما ذخیره می‌شود، سپس صفحه دوباره بارگذاری می‌شود.",
  "offline.updatedElsewhere":
    "Waymark در زبانه دیگری به‌روز شد. هر وقت آماده بودید، این زبانه را دوباره بارگذاری کنید: ابتدا کار شما ذخیره می‌شود.",
  "offline.updateBlocked":
    "آخرین تغییرات شما در این مرورگر ذخیره نشد، پس اگر الان دوباره بارگذاری کنید از دست می‌روند. ابتدا یک نسخه پشتیبان دانلود کنید.",
  "offline.reload": "به‌روزرسانی و بارگذاری دوباره",
  "offline.reloadAnyway": "با این حال، بارگذاری دوباره",

  "error.title": "مشکلی پیش آمد",
  "error.explanation":
    "Waymark با مشکلی غیرمنتظره روبه‌رو شد و این نما را متوقف کرد تا چیزی آسیب نبیند. کارهایی که تا الان ذخیره شده‌اند در این مرورگر امن هستند.",
  "error.updatedMeanwhile":
    "Waymark در مدتی که این زبانه باز بود به‌روز شد و این نما متعلق به نسخه قدیمی است. برای ادامه با نسخه جدید، صفحه را دوباره بارگذاری کنید: کارهایی که تا الان ذخیره شده‌اند در این مرورگر امن هستند.",
  "error.details": "علت خطا: {message}",
  "error.downloadBackup": "دانلود نسخه پشتیبان",
  "error.reload": "بارگذاری دوباره",
  "error.backupFailed": "ساختن نسخه پشتیبان ممکن نشد: {message}",
  "command.palette": "یافتن فرمان",
  "snapshot.keepFailed":
    "نسخه نگه داشته نشد (حافظهٔ مرورگر نپذیرفت)؛ تغییر انجام شد و همچنان با واگرد برمی‌گردد.",
} as const satisfies Translation<typeof coreEn>;
