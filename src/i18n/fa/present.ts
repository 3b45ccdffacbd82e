import type { Translation } from "../catalogue";
import type { presentEn } from "../en/present";

/** Texts of the present area: presentation mode and the workshop tools (Persian). */
export const presentFa = {
  "present.button": "ارائه",
  "present.hint": "ارائه تمام‌صفحه این سفر، مرحله به مرحله",
  "present.label": "ارائه: {title}",
  "present.controls": "ارائه",
  "present.overview": "نمای کلی",
  // The Persian map runs right to left: the next stage is towards the left.
  "present.overviewHint": "← یا Page Down: مرحله بعد · Esc: خروج",
  "present.overviewLabel": {
    one: "کل سفر: {stages} مرحله، {count} کارت",
    other: "کل سفر: {stages} مرحله، {count} کارت",
  },
  "present.stageOf": "مرحله {number} از {count}",
  "present.goToStage": "مرحله {number}: {name}",
  "present.previous": "مرحله قبل",
  "present.next": "مرحله بعد",
  "present.leave": "خروج",
  "present.leaveHint": "خروج از ارائه و بازگشت به ویرایشگر (Esc)",
  "present.fullscreen": "تمام‌صفحه",
  "present.fullscreenRefused":
    "مرورگر اجازه نمایش تمام‌صفحه را نداد، بنابراین ارائه همین پنجره را پر می‌کند. دکمه «تمام‌صفحه» یا کلید تمام‌صفحه مرورگرتان (F11) را امتحان کنید.",
  "present.fullscreenUnavailable":
    "این مرورگر نمی‌تواند تمام‌صفحه ارائه دهد، بنابراین ارائه همین پنجره را پر می‌کند.",
  "present.noticeOk": "تأیید",
  "present.spotlight": "تمرکز",
  "present.spotlightHint": "کم‌رنگ کردن همه‌چیز جز مرحله فعلی",
  "present.spotlightLane": "تمرکز روی لایه",
  "present.allLanes": "همه لایه‌ها",
  "present.stageSummary": "درباره این مرحله",
  "present.cards": { zero: "بدون کارت", one: "یک کارت", other: "{count} کارت" },
  "present.averageSatisfaction": "رضایت {score} از ۵",
  "present.painPoints": { one: "یک نقطه درد", other: "{count} نقطه درد" },
  "present.emptyStage": "هنوز چیزی در این مرحله نیست.",
  "present.more": "ادامه در پایین",
  "present.emotionLabel": "منحنی احساسات در این مرحله: {sequence}",
  "present.emotionUnscored":
    "منحنی احساسات: هنوز به هیچ نقطه تماسی در این مرحله امتیاز داده نشده است",
  "present.voteOn": "رأی‌های {title}",

  "workshop.tools": "ابزارهای کارگاه",

  "timer.roomLabel": "زمان‌سنج اتاق، در دست تسهیل‌گر",
  "timer.label": "زمان‌سنج",
  "timer.readout": "زمان باقی‌مانده",
  "timer.start": "شروع زمان‌سنج",
  "timer.pause": "توقف زمان‌سنج",
  "timer.reset": "بازنشانی زمان‌سنج",
  "timer.settings": "تنظیمات زمان‌سنج",
  "timer.minutes": "دقیقه",
  "timer.minutesHint": "از ۱ تا ۱۸۰. با Enter زمان‌سنج شروع می‌شود.",
  "timer.minutesInvalid": "دقیقه باید عددی صحیح از ۱ تا ۱۸۰ باشد.",
  "timer.sound": "پخش صدا در پایان",
  "timer.timeUp": "زمان تمام شد",

  "voting.round": "دور رأی‌گیری",
  "voting.roundHint": "رأی‌گیری نقطه‌ای: هر شرکت‌کننده تعدادی نقطه رأی روی کارت‌ها می‌گذارد",
  "voting.setupTitle": "شروع دور رأی‌گیری",
  "voting.setupIntro":
    "شرکت‌کنندگان به نوبت رأی می‌دهند: یک کارت را انتخاب کنید و V را بزنید تا یک نقطه رأی روی آن بگذارید (Shift+V آن را پس می‌گیرد)، سپس نوبت را به شرکت‌کننده بعدی بدهید.",
  "voting.dots": "نقطه رأی برای هر شرکت‌کننده",
  "voting.participants": "شرکت‌کنندگان",
  "voting.invalid":
    "تعداد نقطه رأی باید از ۱ تا {dots} و تعداد شرکت‌کنندگان از ۱ تا {people} باشد.",
  "voting.clear": {
    one: "شروع از صفر: برداشتن تنها رأیی که از قبل روی کارت‌هاست",
    other: "شروع از صفر: برداشتن {count} رأیی که از قبل روی کارت‌هاست",
  },
  "voting.keysHint": "دکمه‌های + و − در پنل جزئیات هم حساب می‌شوند.",
  "voting.cancel": "انصراف",
  "voting.start": "شروع دور",
  "voting.cast": "{count} از {total} نقطه رأی داده شد",
  "voting.participant": "شرکت‌کننده {number} از {count}",
  "voting.dotsLeft": {
    zero: "نقطه رأیی باقی نمانده",
    one: "{count} نقطه رأی باقی مانده",
    other: "{count} نقطه رأی باقی مانده",
  },
  "voting.howTo": "یک کارت را انتخاب کنید و V را بزنید، یا از دکمه + در پنل جزئیات استفاده کنید.",
  "voting.noDotsLeft":
    "این شرکت‌کننده همه نقطه‌های رأی خود را داده است. «شرکت‌کننده بعدی» را انتخاب کنید.",
  "voting.lastDone": "همه نقطه‌های رأی داده شد. برای دیدن رتبه‌بندی، دور را به پایان برسانید.",
  "voting.voted": {
    zero: "رأیی روی {title} باقی نماند",
    one: "{count} رأی روی {title}",
    other: "{count} رأی روی {title}",
  },
  "voting.notTheirs": "در دور رأی‌گیری، هر شرکت‌کننده فقط می‌تواند نقطه‌های رأی خودش را پس بگیرد.",
  "voting.next": "شرکت‌کننده بعدی",
  "voting.finish": "پایان و نمایش رأی‌ها",
  "voting.end": "پایان دور",
  "voting.mode": "شرکت‌کنندگان چطور رأی می‌دهند",
  "voting.mode.private": "هر کس روی دستگاه خودش",
  "voting.mode.privateHint":
    "هر کس در اتاق نقطه‌های رأی را روی گوشی یا لپ‌تاپ خودش می‌گیرد. تا وقتی شما رأی‌ها را آشکار نکنید، کسی نقطه‌های دیگران را نمی‌بیند.",
  "voting.mode.turns": "به نوبت روی همین دستگاه",
  "voting.hiddenUntilReveal": "پنهان تا آشکار شدن",
  "voting.yourDots": "نقطه‌های رأی شما",
  "voting.allDotsUsed":
    "همه نقطه‌های رأی‌تان را استفاده کرده‌اید. یکی را پس بگیرید تا روی کارت دیگری بگذارید.",
  "voting.yourDotsCount": {
    zero: "هیچ‌یک از نقطه‌های شما",
    one: "{count} نقطه از شما",
    other: "{count} نقطه از شما",
  },
  "voting.yourDotsOn": {
    zero: "هیچ نقطه‌ای از شما روی {title} نیست",
    one: "{count} نقطه از شما روی {title}",
    other: "{count} نقطه از شما روی {title}",
  },
  "voting.needName":
    "برای رأی دادن نامتان را در اتاق وارد کنید: نقطه‌های هر کس با نامش شمرده می‌شود.",
  "voting.finishedCount": {
    zero: "هنوز هیچ‌کس از {people} نفر همه نقطه‌هایش را استفاده نکرده",
    one: "{count} نفر از {people} نفر همه نقطه‌هایش را استفاده کرده",
    other: "{count} نفر از {people} نفر همه نقطه‌هایشان را استفاده کرده‌اند",
  },
  "voting.people": "رأی‌دهندگان",
  "voting.personDone": "همه نقطه‌هایش را استفاده کرده",
  "voting.personVoting": "هنوز رأی می‌دهد",
  "voting.reveal": "آشکار کردن رأی‌ها",
  "voting.revealWaits": "تسهیل‌گر رأی‌ها را آشکار می‌کند.",
  "voting.revealed": "رأی‌ها آشکار شدند.",

  "votes.title": "رأی‌ها",
  "votes.hint":
    "نقاط درد، نقاط اصطکاک و فرصت‌هایی که بیشترین رأی را گرفته‌اند، و همه کارت‌های دیگری که رأی دارند",
  "votes.painPoints": "نقاط درد",
  "votes.frictionPoints": "نقاط اصطکاک",
  "votes.opportunities": "فرصت‌ها",
  "votes.others": "کارت‌های دیگر با رأی",
  "votes.none": "هنوز رأیی اینجا نیست.",
  "votes.empty":
    "هنوز رأیی داده نشده است. برای رأی دادن، یک کارت را انتخاب کنید و V را بزنید، یا یک دور رأی‌گیری را شروع کنید.",
  "votes.onCard": "روی {card}",
  "votes.count": { zero: "بدون رأی", one: "{count} رأی", other: "{count} رأی" },
  "votes.painPointName": {
    one: "{rank}. {title}، روی {card}: {count} رأی",
    other: "{rank}. {title}، روی {card}: {count} رأی",
  },
  "votes.cardName": {
    one: "{rank}. {title}: {count} رأی",
    other: "{rank}. {title}: {count} رأی",
  },
  "votes.otherCardName": {
    one: "{rank}. {title}، {kind}: {count} رأی",
    other: "{rank}. {title}، {kind}: {count} رأی",
  },
} as const satisfies Translation<typeof presentEn>;
