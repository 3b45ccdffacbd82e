import type { Translation } from "../catalogue";
import type { templatesEn } from "../en/templates";

/**
 * Persian texts of the journey templates (src/templates), localised for Iran: Iranian personas,
 * prices in toman, Friday as the weekend, Iranian apps, banking and payment habits.
 */
export const templatesFa = {
  // Grocery delivery for busy parents (the first-run sample)
  "template.grocery.name": "خرید آنلاین سوپرمارکت برای والدین پرمشغله",
  "template.grocery.description":
    "مادری شاغل خرید هفتگی خانه را با گوشی سفارش می‌دهد؛ از توصیه یک دوست تا سفارش بعدی، با پیشنهاد یک دستور پخت پیش از پرداخت.",
  "template.grocery.title": "سفارش هفتگی سوپرمارکت با گوشی",
  "template.grocery.scenario":
    "جمعه شب، وقتی بچه‌ها خوابیدند، سارا خرید هفته را با گوشی سفارش می‌دهد تا شنبه بعد از کار تحویل بگیرد.",
  "template.grocery.goal":
    "خوراک کامل یک هفته که سر وقت برسد، بی‌کم‌وکاست و بدون هیچ قلم ناایمن، با صرف حداکثر پانزده دقیقه از وقت شبش.",

  "template.grocery.persona.name": "سارا محمدی",
  "template.grocery.persona.role": "مادر شاغل با دو فرزند، مدیر پروژه",
  "template.grocery.persona.quote":
    "بعد از خوابیدن بچه‌ها ده دقیقه وقت آزاد دارم که خرید کل هفته رو ردیف کنم. هدرش ندید.",
  "template.grocery.persona.goal.quick": "خرید هفته را یک‌جا و در کمتر از پانزده دقیقه تمام کند",
  "template.grocery.persona.goal.meals": "پنج شام ساده برنامه‌ریزی کند که همه اهل خانه بخورند",
  "template.grocery.persona.goal.budget": "خرج خوراک هفته از بودجه بیرون نزند",
  "template.grocery.persona.need.slot": "بازه ارسال عصری که هر هفته بشود رویش حساب کرد",
  "template.grocery.persona.need.allergy": "جایگزین‌هایی که رژیم بدون گلوتن پسرش را رعایت کنند",
  "template.grocery.persona.need.oneHand":
    "اپی که با یک دست و با وقفه‌های مدام هم بشود با آن کار کرد",
  "template.grocery.persona.frustration.slots": "بازه‌های عصر که تا ظهر جمعه پر می‌شوند",
  "template.grocery.persona.frustration.doorstep": "باخبر شدن از جایگزین‌ها دم در",
  "template.grocery.persona.frustration.search": "جست‌وجوی تک‌تک اقلامی که هر هفته می‌خرد",
  "template.grocery.persona.notes":
    "در فاصله کارهای دیگر و در فرصت‌های کوتاه با گوشی خرید می‌کند؛ همسرش در طول هفته اقلام لازم را در چت خانوادگی می‌نویسد. پسر کوچکش سلیاک دارد، پس محصولات بدون گلوتن برایشان اختیاری نیست.",

  "template.grocery.stage.awareness.description":
    "سارا از والدین دیگر درباره این سرویس می‌شنود و همان شب تبلیغش را هم می‌بیند.",
  "template.grocery.stage.signUp": "ثبت‌نام و برنامه‌ریزی",
  "template.grocery.stage.signUp.description":
    "اپ را نصب می‌کند، حساب می‌سازد و فهرست خرید هفته را جمع‌وجور می‌کند.",
  "template.grocery.stage.basket": "پر کردن سبد",
  "template.grocery.stage.basket.description":
    "لابه‌لای وقفه‌ها، اقلام همیشگی خانواده و چند قلم تازه را پیدا می‌کند.",
  "template.grocery.stage.checkout": "تکمیل خرید",
  "template.grocery.stage.checkout.description":
    "سبد را مرور می‌کند، بازه ارسال را انتخاب می‌کند و پرداخت می‌کند.",
  "template.grocery.stage.delivery": "تحویل",
  "template.grocery.stage.delivery.description":
    "شنبه عصر: خبرهای لحظه‌ای، جایگزین‌ها و پیک دم در.",
  "template.grocery.stage.loyalty.description": "جبران آنچه خراب شد، و سفارش دوباره هفته بعد.",

  "template.grocery.card.schoolGate": "دم در مدرسه درباره‌اش می‌شنود",
  "template.grocery.card.schoolGate.notes":
    "یکی دیگر از والدین می‌گوید ارسال سفارش اول رایگان است و پیک خریدها را تا دم واحد بالا می‌آورد.",
  "template.grocery.card.referralCode": "کد معرف یک دوست",
  "template.grocery.card.referralCode.notes":
    "در گروه اولیای کلاس دست‌به‌دست شده: ۱۰۰ هزار تومان تخفیف سفارش اول برای هر دو نفر.",
  "template.grocery.card.socialAd": "تبلیغ ارسال رایگان سفارش اول",
  "template.grocery.card.socialAd.notes":
    "همان شب در اینستاگرام دیده؛ صفحه فرود پیش از هر چیز شماره موبایل می‌خواهد.",
  "template.grocery.pain.adPostcode": "تبلیغ نمی‌گوید کدام محله‌ها تحت پوشش هستند",
  "template.grocery.card.channelWordOfMouth": "تبلیغ دهان‌به‌دهان میان والدین",
  "template.grocery.card.thoughtSundays": "یعنی جمعه‌هام آزاد می‌شه؟",
  "template.grocery.card.oppPostcode": "بررسی محدوده ارسال در خود تبلیغ",
  "template.grocery.card.oppPostcode.notes":
    "افراد بتوانند پیش از هر ثبت‌نامی، پوشش محله‌شان و نزدیک‌ترین بازه خالی عصر را مستقیم از تبلیغ ببینند.",
  "template.grocery.card.noteReferral": "طرح معرفی: ۱۰۰ هزار تومان برای هر طرف",
  "template.grocery.card.noteReferral.notes":
    "یک‌سوم مشتریان جدید از راه معرفی می‌آیند و ماندگاری ۹۰ روزه‌شان از همه منابع جذب بهتر است.",

  "template.grocery.card.installApp": "اپ را نصب و محدوده ارسال را چک می‌کند",
  "template.grocery.card.sharedList": "فهرست را از چت خانوادگی کپی می‌کند",
  "template.grocery.card.sharedList.notes":
    "همسرش در طول هفته اقلام را در چت خانوادگی می‌نویسد؛ سارا آن‌ها را یکی‌یکی در اپ تایپ می‌کند.",
  "template.grocery.card.appStore": "صفحه اپ در کافه‌بازار",
  "template.grocery.card.appStore.notes":
    "امتیاز ۴٫۶ از ۵؛ تازه‌ترین نظرها گله دارند که بازه‌های عصر به‌سختی گیر می‌آید.",
  "template.grocery.card.signUpForm": "فرم ساخت حساب",
  "template.grocery.card.signUpForm.notes":
    "هفت فیلد و ثبت کارت بانکی، پیش از آنکه حتی یک کالا یا بازه ارسال دیده شود.",
  "template.grocery.pain.cardFirst":
    "پیش از نشان دادن بازه‌های ارسال، مشخصات کارت بانکی را می‌خواهد",
  "template.grocery.pain.passwordRules": "شرایط رمز عبور فقط بعد از خطا نشان داده می‌شود",
  "template.grocery.card.channelApp": "اپلیکیشن موبایل (اندروید و iOS)",
  "template.grocery.card.thoughtCard": "چرا از همین الان کارتم رو می‌خوان؟",
  "template.grocery.card.frictionSlotsHidden": "بازه‌ها تا ثبت‌نام پنهان‌اند",
  "template.grocery.pain.slotsHidden": "تا کارتش را ثبت نکند، نمی‌فهمد بازه خالی عصر هست یا نه",
  "template.grocery.card.oppSlotsFirst": "نمایش بازه‌های خالی پیش از ثبت‌نام",
  "template.grocery.card.oppSlotsFirst.notes":
    "نزدیک‌ترین بازه‌های خالی را بر اساس محله نشان دهیم و ساخت حساب را فقط هنگام پرداخت بخواهیم.",
  "template.grocery.card.noteDropOff": "۳۸٪ ریزش در گام پرداخت",
  "template.grocery.card.noteDropOff.notes":
    "قیف ثبت‌نام در سه‌ماهه گذشته: گام پرداخت بزرگ‌ترین ریزش در کل مسیر نصب تا اولین سفارش است.",

  "template.grocery.card.searchItems": "اقلام را یکی‌یکی جست‌وجو می‌کند",
  "template.grocery.card.reuseBasket": "از سفارش هفته قبل اضافه می‌کند",
  "template.grocery.card.productSearch": "جست‌وجوی کالا",
  "template.grocery.card.productSearch.notes":
    "نتایج بر اساس محبوبیت میان همه خریداران مرتب می‌شوند، نه بر اساس آنچه همین خانواده می‌خرد.",
  "template.grocery.pain.searchKids": "جست‌وجوی «ماست بچه» اول ماست‌های دبه‌ای بزرگ را نشان می‌دهد",
  "template.grocery.pain.searchGlutenFree": "فیلتری برای محصولات بدون گلوتن نیست",
  "template.grocery.card.favourites": "علاقه‌مندی‌ها و سفارش‌های قبلی",
  "template.grocery.card.favourites.notes":
    "از سفارش دوم به بعد، سبد هفته قبل با یک لمس اضافه می‌شود، اما یا همه‌اش یا هیچ.",
  "template.grocery.card.substitutionSettings": "تنظیمات جایگزینی کالا",
  "template.grocery.card.substitutionSettings.notes":
    "برای هر قلم یک کلید «جایگزین مجاز است»؛ هیچ راهی برای گفتن «فقط جایگزین بدون گلوتن» نیست.",
  "template.grocery.pain.settingsDeep": "تنظیمات جایگزینی زیر سه منوی تودرتو پنهان است",
  "template.grocery.card.thoughtBedtime": "مسابقه با ساعت خواب بچه‌ها",
  "template.grocery.card.thoughtBedtime.notes":
    "یکی از بچه‌ها هنوز از اتاقش صدایش می‌کند؛ هر صفحه اضافه کمی دیگر از صبرش را می‌گیرد.",
  "template.grocery.card.frictionSearch": "جست‌وجو اقلام همیشگی خانواده را نمی‌شناسد",
  "template.grocery.pain.searchRepeat": "اقلام ثابت هر هفته را باید هر بار از نو جست‌وجو کرد",
  "template.grocery.card.oppUsualShop": "«خرید همیشگی هفته» با یک لمس",
  "template.grocery.card.oppUsualShop.notes":
    "سبدی از روی چهار سفارش آخرش پیشنهاد دهیم که بتواند هر قلمش را با کشیدن انگشت حذف کند.",
  "template.grocery.card.noteRanking": "رتبه‌بندی جست‌وجو مخصوص دسکتاپ",
  "template.grocery.card.noteRanking.notes":
    "قواعد رتبه‌بندی از زمان سایت دسکتاپ مانده‌اند و اپ همان‌ها را بی‌تغییر به کار می‌برد.",

  "template.grocery.card.pickSlot": "بازه شنبه ۷ تا ۸ شب را انتخاب می‌کند",
  "template.grocery.card.basketReview": "مرور سبد پیش از پرداخت",
  "template.grocery.card.basketReview.notes":
    "جمع مبلغ، خلاصه جایگزین‌ها و نوار پیشنهادها: همان صفحه‌ای که ایده دستور پخت در آن ظاهر می‌شود.",
  "template.grocery.card.slotPicker": "انتخاب بازه ارسال",
  "template.grocery.card.slotPicker.notes":
    "جدولی از بازه‌های یک هفته؛ بازه‌های پر خاکستری‌اند، اما هنوز بیشتر صفحه را می‌گیرند.",
  "template.grocery.pain.slotsGone": "بازه‌های بعد از ۶ عصر تا ظهر جمعه پر می‌شوند",
  "template.grocery.card.payment": "پرداخت یک‌لمسی با کیف پول",
  "template.grocery.card.confirmationEmail": "ایمیل تأیید سفارش",
  "template.grocery.card.confirmationEmail.notes":
    "بازه ارسال، مبلغ کل و لینکی برای تغییر سفارش تا ساعت ۱۱ شب جمعه.",
  "template.grocery.card.thoughtFajitas": "جوجه تابه‌ای یکشنبه، ردیف شد!",
  "template.grocery.card.frictionSlots": "بازه‌های عصر تا جمعه پر می‌شوند",
  "template.grocery.pain.lateSlot":
    "بازه ۶ تا ۷ بعد از کار پر است؛ به بازه یک ساعت بعد رضایت می‌دهد، دیرتر از وقت شام بچه‌ها",
  "template.grocery.card.delightRecipe": "پیشنهاد دستور پخت پیش از پرداخت",
  "template.grocery.card.delightRecipe.notes":
    "در سبدش مرغ، پیاز و گوجه هست؛ اپ «جوجه تابه‌ای ۲۰ دقیقه‌ای» را پیشنهاد می‌دهد و تنها قلم جاافتاده، لیمو ترش، را با یک لمس اضافه می‌کند. شام یکشنبه برنامه‌ریزی شد.",
  "template.grocery.card.oppRecurringSlot": "رزرو بازه ثابت هفتگی",
  "template.grocery.card.oppRecurringSlot.notes":
    "مشتریان همیشگی بتوانند هر هفته همان بازه عصر را نگه دارند؛ اگر تا پنجشنبه سفارشی ثبت نشد، بازه آزاد شود.",
  "template.grocery.card.noteRecipeEngine": "موتور دستور پخت، سبد را می‌سنجد",
  "template.grocery.card.noteRecipeEngine.notes":
    "سبد را با ۴۰۰ دستور پخت امتحان‌شده مقایسه می‌کند و فقط آن‌هایی را پیشنهاد می‌دهد که حداکثر دو قلم کم دارند.",

  "template.grocery.card.trackVan": "مسیر پیک را روی نقشه دنبال می‌کند",
  "template.grocery.card.checkBags": "کیسه‌ها را دم در وارسی می‌کند",
  "template.grocery.card.etaPush": "اعلان لحظه‌ای زمان رسیدن",
  "template.grocery.card.etaPush.notes":
    "صبح یک بازه یک‌ساعته، و وقتی پیک دو مقصد با او فاصله دارد، بازه ۱۵ دقیقه‌ای و نقشه مسیر.",
  "template.grocery.card.substitutionsEmail": "ایمیل جایگزین‌ها ساعت ۶ عصر",
  "template.grocery.card.substitutionsEmail.notes":
    "یک ساعت پیش از رسیدن پیک، سه جایگزین را فهرست می‌کند، بی‌آنکه بشود از قبل ردشان کرد.",
  "template.grocery.pain.glutenSwap": "نان بدون گلوتن با نان تست معمولی جایگزین شده",
  "template.grocery.pain.subsLate":
    "جایگزین‌ها آن‌قدر دیر اعلام می‌شوند که دیگر نمی‌شود از جای دیگری خرید",
  "template.grocery.card.driverHandover": "پیک خرید را دم در تحویل می‌دهد",
  "template.grocery.card.driverHandover.notes":
    "پیک کیسه‌ها را تا دم واحد بالا می‌آورد و نان اشتباه را بی‌دردسر پس می‌گیرد.",
  "template.grocery.card.channelPush": "اعلان‌های اپ",
  "template.grocery.card.thoughtNotes": "کسی اصلاً توضیحاتم رو خوند؟",
  "template.grocery.card.frictionUnsafeSub": "جایگزین ناایمن برای حساسیت غذایی",
  "template.grocery.pain.allergyNote": "توضیح «فقط بدون گلوتن» هیچ‌وقت به دست جمع‌آور سفارش نرسید",
  "template.grocery.card.delightStickers": "پیک برای بچه‌ها برچسب می‌آورد",
  "template.grocery.card.oppAllergyRules": "قواعد جایگزینی ایمن برای حساسیت‌ها",
  "template.grocery.card.oppAllergyRules.notes":
    "پروفایل رژیم غذایی خانواده که جایگزین‌های ناایمن را همان هنگام جمع‌آوری سفارش متوقف کند، نه دم در.",
  "template.grocery.card.notePickers": "جمع‌آورها توضیحات سفارش را نمی‌بینند",
  "template.grocery.card.notePickers.notes":
    "توضیحات سفارش در صفحه دوم بارکدخوان دستی جمع‌آورهاست که بیشترشان هیچ‌وقت بازش نمی‌کنند.",

  "template.grocery.card.reportWrongItem": "نان اشتباه را گزارش می‌دهد",
  "template.grocery.card.refund": "بازگشت وجه در خود اپ",
  "template.grocery.card.refund.notes":
    "کالا را انتخاب می‌کند، دلیل را انتخاب می‌کند و مبلغ به کارتش برمی‌گردد؛ بی‌نیاز به تماس.",
  "template.grocery.card.npsSurvey": "نظرسنجی بعد از سفارش سوم",
  "template.grocery.card.npsSurvey.notes":
    "«چقدر احتمال دارد ما را به دیگران پیشنهاد کنید؟» و بعد شش سؤال دیگر که تا آخر جوابشان نمی‌دهد.",
  "template.grocery.card.referralShare": "کدش را برای والدین دیگر می‌فرستد",
  "template.grocery.card.thoughtSavedHour": "یه ساعت از وقتم آزاد شد",
  "template.grocery.card.delightRefund": "بازگشت وجه در کمتر از یک دقیقه",
  "template.grocery.card.oppMealPlan": "برنامه غذایی هفتگی خانواده",
  "template.grocery.card.oppMealPlan.notes":
    "ادامه پیشنهاد دستور پخت: پنج شام خانوادگی در هفته، هرکدام با موادش آماده افزودن به سبد.",
  "template.grocery.card.noteRefundSpeed": "سرعت بازگشت وجه، خرید دوباره را پیش‌بینی می‌کند",
  "template.grocery.card.noteRefundSpeed.notes":
    "مشتریانی که همان روز پولشان برمی‌گردد، دو برابرِ کسانی که منتظر تماس می‌مانند دوباره سفارش می‌دهند.",

  // Opening an account at a retail bank
  "template.bank.name": "افتتاح حساب بانکی",
  "template.bank.description":
    "مشتری تازه‌ای در اپ یک بانک حساب غیرحضوری باز می‌کند؛ از مقایسه بانک‌ها و احراز هویت تا انتقال حقوقش.",
  "template.bank.title": "افتتاح حساب غیرحضوری در اپ",
  "template.bank.scenario":
    "یک هفته مانده به اولین حقوقش در بیمارستان جدید، امیر با گوشی حساب باز می‌کند و حقوق و قبض‌هایش را به آن منتقل می‌کند.",
  "template.bank.goal":
    "بانکی که به آن اعتماد دارد، کارتی که کار می‌کند، و شماره شبایی که پیش از روز حقوق به امور مالی بیمارستان رسیده باشد.",

  "template.bank.persona.name": "امیر نوروزی",
  "template.bank.persona.role": "پرستار تازه‌کار که بانکش را عوض می‌کند",
  "template.bank.persona.quote":
    "حقوقم رو به بانکی می‌سپرم که نشون بده وقتم رو تلف نمی‌کنه و پولم هم گم نمی‌شه.",
  "template.bank.persona.goal.payday": "پیش از اولین حقوق، حساب و کارتش آماده باشد",
  "template.bank.persona.goal.switch": "حقوق و قبض‌ها را بدون جا انداختن هیچ پرداختی منتقل کند",
  "template.bank.persona.goal.insight": "ببیند پولش هر ماه کجا خرج می‌شود",
  "template.bank.persona.need.protection":
    "نشانه‌ای روشن که بانک مجوز بانک مرکزی دارد و سپرده‌اش تضمین شده است",
  "template.bank.persona.need.oneGo": "احراز هویتی که یک‌جا با گوشی تمام شود",
  "template.bank.persona.need.nextStep": "اینکه بداند قدم بعد چیست و کی",
  "template.bank.persona.frustration.twice": "دوباره خواستن همان مدارک",
  "template.bank.persona.frustration.silence": "روزها انتظار بدون هیچ خبری",
  "template.bank.persona.frustration.scams": "تماس‌ها و پیامک‌هایی که شبیه کلاهبرداری‌اند",
  "template.bank.persona.notes":
    "برای اولین کارش در بیمارستان از شیراز به تهران آمده. شیفتی کار می‌کند، پس ساعت کاری شعبه‌ها به کارش نمی‌آید؛ همه کارها را با گوشی انجام می‌دهد، اغلب درست بعد از شیفت شب.",

  "template.bank.stage.consideration.description":
    "امیر بین دو شیفت، چند بانک را سبک‌سنگین می‌کند.",
  "template.bank.stage.apply": "درخواست در اپ",
  "template.bank.stage.apply.description":
    "اطلاعات شخصی، سابقه نشانی و رضایت به استعلام اعتبارسنجی.",
  "template.bank.stage.verify": "احراز هویت",
  "template.bank.stage.verify.description":
    "عکس کارت ملی، ویدیوی سلفی و برای بعضی متقاضیان، بررسی دستی.",
  "template.bank.stage.card": "انتظار برای کارت",
  "template.bank.stage.card.description": "حساب باز شده؛ کارت فیزیکی در راه است.",
  "template.bank.stage.firstUse": "اولین استفاده",
  "template.bank.stage.firstUse.description":
    "اولین پرداخت‌ها، اولین اعلان‌ها، اولین تماس از بانک.",
  "template.bank.stage.switch": "انتقال و ماندگاری",
  "template.bank.stage.switch.description":
    "حقوق و قبض‌ها منتقل می‌شوند؛ بانک جدید توصیه او را به دست می‌آورد.",

  "template.bank.card.compareSites": "حساب‌ها را در سایت‌های مقایسه‌ای می‌سنجد",
  "template.bank.card.comparisonListing": "فهرست سایت مقایسه‌ای",
  "template.bank.card.comparisonListing.notes":
    "بر اساس هدیه افتتاح حساب سوم شده؛ کارمزد صدور کارت را نشان می‌دهد، اما کارمزد خدمات اعتباری را نه.",
  "template.bank.pain.feesPdf": "کارمزد خدمات اعتباری فقط در یک فایل PDF آمده",
  "template.bank.card.accountPage": "صفحه معرفی حساب در سایت",
  "template.bank.card.accountPage.notes":
    "نشان صندوق ضمانت سپرده‌ها و مجوز بانک مرکزی نزدیک بالای صفحه است؛ همان چیزی که او اول دنبالش می‌گردد.",
  "template.bank.card.channelComparison": "سایت‌های مقایسه‌ای",
  "template.bank.card.thoughtSafe": "بانکی که فقط اپه، امنه؟",
  "template.bank.card.oppFeesTable": "جدول ساده کارمزدها در صفحه اول",
  "template.bank.card.oppFeesTable.notes":
    "همه کارمزدها در یک جدول کوتاه در صفحه حساب، به‌جای فایل PDF تعرفه‌ها.",
  "template.bank.card.noteProtection": "نشان ضمانت، درخواست‌ها را بیشتر کرد",
  "template.bank.card.noteProtection.notes":
    "یک آزمون A/B نشان داد که آوردن نشان ضمانت سپرده به بالای صفحه، پیش از اسکرول، درخواست‌ها را ۹٪ بیشتر کرد.",

  "template.bank.card.startsApplication": "اپ را نصب می‌کند و درخواست را شروع می‌کند",
  "template.bank.card.applicationForm": "فرم درخواست در اپ",
  "template.bank.card.applicationForm.notes":
    "یازده صفحه؛ پیشرفت ذخیره می‌شود، اما هیچ‌جا نمی‌گوید چند صفحه مانده.",
  "template.bank.pain.addressHistory": "نشانی‌های سه سال اخیر را با کد پستی می‌خواهد",
  "template.bank.card.creditConsent": "صفحه رضایت به اعتبارسنجی",
  "template.bank.pain.legalText": "دو صفحه متن حقوقی، بدون خلاصه",
  "template.bank.pain.creditWorry":
    "هیچ‌جا نمی‌گوید این استعلام روی رتبه اعتباری‌اش اثر دارد یا نه",
  "template.bank.card.channelApp": "اپ همراه‌بانک",
  "template.bank.card.thoughtCredit": "این رتبه اعتباری‌ام رو خراب نمی‌کنه؟",
  "template.bank.card.frictionAddress": "سه سال سابقه نشانی",
  "template.bank.pain.movedOften":
    "دوران دانشجویی چهار بار خانه عوض کرده و باید کد پستی‌های قدیمی را از لابه‌لای قراردادهای اجاره پیدا کند",
  "template.bank.card.oppSoftSearch": "توضیح یک‌خطی درباره استعلام",
  "template.bank.card.oppSoftSearch.notes":
    "«این استعلام فقط برای مشاهده است و روی رتبه اعتباری شما اثری ندارد»، درست بالای دکمه رضایت.",
  "template.bank.card.noteKyc": "قواعد شناسایی مشتری از واحد تطبیق",
  "template.bank.card.noteKyc.notes":
    "سابقه نشانی و احراز هویت الزام قانونی‌اند؛ اما متن و ترتیبشان در اختیار ماست تا بهترش کنیم.",

  "template.bank.card.photoPassport": "از کارت ملی‌اش عکس می‌گیرد",
  "template.bank.card.passportCapture": "عکس‌برداری از کارت ملی",
  "template.bank.card.passportCapture.notes":
    "شاخص تلاش مشتری (CES) ۲٫۸ از ۷، که ۷ یعنی خیلی آسان: پایین‌ترین امتیاز میان همه گام‌های اپ.",
  "template.bank.pain.glare": "انعکاس نور روی کارت: چهار بار رد شد",
  "template.bank.card.selfieCheck": "احراز هویت با ویدیوی سلفی",
  "template.bank.pain.dimLight": "بعد از شیفت شب، در اتاق کم‌نور رد می‌شود",
  "template.bank.card.manualReview": "صفحه انتظار بررسی دستی",
  "template.bank.card.manualReview.notes":
    "«در حال بررسی چند مورد هستیم و با شما تماس می‌گیریم.» بررسی ۲۶ ساعت طول کشید.",
  "template.bank.pain.noEstimate": "نه زمان تقریبی، نه راهی برای پیگیری وضعیت",
  "template.bank.card.verificationChat": "راهنمایی احراز هویت در چت",
  "template.bank.card.verificationChat.notes":
    "کارشناس تأیید می‌کند که مدارکش مشکلی ندارد و بررسی فردا تمام می‌شود.",
  "template.bank.card.thoughtPassport": "اطلاعات کارت ملی‌ام جاش امنه؟",
  "template.bank.card.frictionRejected": "رد شدن عکس بدون دلیل",
  "template.bank.pain.retryBlind":
    "کورکورانه دوباره امتحان می‌کند و کارت را کج و راست می‌کند، بی‌آنکه بداند اشکال کجاست",
  "template.bank.card.frictionLimbo": "یک روز بلاتکلیفی در بررسی",
  "template.bank.pain.payday": "شش روز تا حقوق مانده و هیچ‌جا نمی‌گوید بررسی چقدر طول می‌کشد",
  "template.bank.card.oppCameraGuidance": "راهنمایی زنده در نمای دوربین",
  "template.bank.card.oppCameraGuidance.notes":
    "هنگام کادربندی، انعکاس نور و تاری را تشخیص دهیم و پیش از گرفتن عکس بگوییم «کارت را کمی کج کنید».",
  "template.bank.card.noteManualRate": "۳۰٪ متقاضیان بررسی دستی می‌شوند",
  "template.bank.card.noteManualRate.notes":
    "بیشتر بررسی‌های دستی به خاطر عکس‌های ناخواناست، نه نشانه‌های واقعی ریسک.",

  "template.bank.card.addsWallet": "کارت مجازی را به اپ پرداخت گوشی اضافه می‌کند",
  "template.bank.card.virtualCard": "کارت مجازی فوری",
  "template.bank.card.dispatchEmail": "ایمیل ارسال کارت",
  "template.bank.pain.noTracking": "بدون کد رهگیری، فقط «سه تا پنج روز کاری»",
  "template.bank.card.cardArrives": "کارت فیزیکی با پست می‌رسد",
  "template.bank.card.cardArrives.notes":
    "در پاکتی ساده و بی‌لوگو، برای امنیت؛ فعال‌سازی با یک لمس در اپ.",
  "template.bank.card.channelEmail": "اعلان‌های ایمیلی",
  "template.bank.card.thoughtLunch": "خوبه، از همین حالا می‌تونم پرداخت کنم",
  "template.bank.card.frictionNoTracking": "راهی برای رهگیری کارت نیست",
  "template.bank.pain.checksPost": "بعد از هر شیفت سراغ مرسوله را از نگهبان ساختمان می‌گیرد",
  "template.bank.card.delightVirtual": "پرداخت ناهار پیش از رسیدن کارت",
  "template.bank.card.delightVirtual.notes":
    "کارت مجازی چند دقیقه بعد از تأیید حساب در اپ پرداخت گوشی‌اش کار می‌کند؛ با آن ناهار سر شیفتش را از یک اپ سفارش غذا می‌خرد.",
  "template.bank.card.oppCardTracking": "رهگیری ارسال کارت در اپ",
  "template.bank.card.notePrintBatch": "چاپ کارت‌ها در نوبت شبانه",
  "template.bank.card.notePrintBatch.notes":
    "تأمین‌کننده کارت شبی یک بار چاپ می‌کند؛ تأییدهای بعد از ساعت ۶ عصر یک روز عقب می‌افتند.",

  "template.bank.card.addsPayee": "اجاره را به حساب صاحبخانه واریز می‌کند",
  "template.bank.card.biometricSetup": "فعال‌سازی ورود با اثر انگشت",
  "template.bank.card.paymentAlert": "اعلان فوری پرداخت با کارت",
  "template.bank.card.securityCall": "تماس امنیتی درباره اجاره",
  "template.bank.card.securityCall.notes":
    "واریز ۱۲ میلیون تومانی اجاره به گیرنده جدید متوقف شده و تیم مقابله با کلاهبرداری از یک شماره ناشناس تماس می‌گیرد.",
  "template.bank.pain.scamLike": "تماس‌گیرنده می‌خواهد اطلاعاتش را تأیید کند؛ درست مثل کلاهبردارها",
  "template.bank.card.channelPhone": "تماس‌های تیم مقابله با کلاهبرداری",
  "template.bank.card.thoughtCall": "این واقعاً بانک خودمه؟",
  "template.bank.card.frictionRealOrScam": "تماس واقعی بانک، شبیه کلاهبرداری",
  "template.bank.pain.hangsUp": "تلفن را قطع می‌کند و اجاره یک روز دیگر متوقف می‌ماند",
  "template.bank.card.delightAlert": "اعلان با نام و لوگوی فروشگاه",
  "template.bank.card.oppVerifyCaller": "«واقعاً ما هستیم؟» در اپ",
  "template.bank.card.oppVerifyCaller.notes":
    "تماس در جریان را با نام کارشناس در اپ نشان دهیم تا مشتری پیش از دادن هر اطلاعاتی مطمئن شود.",
  "template.bank.card.noteFraudRule": "توقف واریز بالای ۱۰ میلیون به گیرنده جدید",
  "template.bank.card.noteFraudRule.notes":
    "قاعده ضدکلاهبرداری برای حساب‌های کمتر از ۳۰ روز؛ هر توقف یک تماس خروجی به دنبال دارد.",

  "template.bank.card.startsSwitch": "انتقال حقوق و قبض‌ها را شروع می‌کند",
  "template.bank.card.recommends": "بانک را به همکارانش پیشنهاد می‌کند",
  "template.bank.card.switchService": "سرویس انتقال حقوق و قبض‌ها",
  "template.bank.card.switchService.notes":
    "حقوق و قبض‌ها از تاریخی که خودش انتخاب می‌کند منتقل می‌شوند و نامه معرفی شبا برای امور مالی بیمارستان خودکار صادر می‌شود.",
  "template.bank.card.bonusPaid": "هدیه انتقال حقوق واریز شد",
  "template.bank.card.recommendSurvey": "نظرسنجی توصیه در اپ",
  "template.bank.card.recommendSurvey.notes":
    "روز سی‌ام، درست بعد از یک اعلان پرداخت پرسیده می‌شود؛ امیر ۸ از ۱۰ می‌دهد.",
  "template.bank.card.thoughtPayday": "حقوقم سر وقت نشست",
  "template.bank.card.oppReferColleague": "معرفی همکار برای کادر بیمارستان",
  "template.bank.card.oppReferColleague.notes":
    "پرستارهای یک بخش موقع استراحت درباره پول حرف می‌زنند؛ جایزه معرفی برای هر دو نفر، سریع دست‌به‌دست می‌شود.",
  "template.bank.card.noteSwitchService": "انتقال قبض‌ها از راه سامانه ملی شاپرک",
  "template.bank.card.noteSwitchService.notes":
    "انتقال قبض‌ها از طریق سامانه پرداخت مستقیم شاپرک انجام می‌شود؛ ما فقط به‌روزرسانی‌های وضعیتش را می‌بینیم.",

  // A hotel stay
  "template.hotel.name": "اقامت در هتل",
  "template.hotel.description":
    "مهمانی که برای همایش آمده، هتلی در مرکز شهر رزرو می‌کند، با پیشنهادهای شخصی‌سازی‌شده و اتاق هوشمند روبه‌رو می‌شود و از آخر هفته‌ای که به سفر اضافه می‌کند عکس منتشر می‌کند.",
  "template.hotel.title": "سفر کاری همایش به‌همراه آخر هفته",
  "template.hotel.scenario":
    "نگار برای یک همایش سه شب در هتلی در مرکز اصفهان رزرو می‌کند و بعد دو شب آخر هفته را هم با همسرش به آن اضافه می‌کند.",
  "template.hotel.goal":
    "روزهای کاری راحت، آخر هفته‌ای که ارزش به اشتراک گذاشتن داشته باشد، و فاکتورهای جدا برای شرکت و برای خودش.",

  "template.hotel.persona.name": "نگار فرهمند",
  "template.hotel.persona.role": "مدیر بازاریابی رویدادها، اهل سفرهای کاری پرتکرار",
  "template.hotel.persona.quote":
    "چیزهایی رو که دوست دارم یادتون بمونه، بعدش دیگه کاری به کارم نداشته باشید.",
  "template.hotel.persona.goal.work": "روزهای همایش را راحت کار کند",
  "template.hotel.persona.goal.weekend": "سفر را با همسرش به یک آخر هفته دونفره تبدیل کند",
  "template.hotel.persona.goal.costs": "هزینه‌های کاری و شخصی را کاملاً جدا نگه دارد",
  "template.hotel.persona.need.lateArrival": "رسیدن دیروقت بدون صف ایستادن پشت میز پذیرش",
  "template.hotel.persona.need.offers": "پیشنهادهایی متناسب با برنامه‌اش، نه تبلیغ عمومی اسپا",
  "template.hotel.persona.need.room": "اتاقی آرام که در یک دقیقه بتواند تنظیمش کند",
  "template.hotel.persona.frustration.emails":
    "ایمیل‌های تبلیغاتی که حرف‌هایی را که به هتل زده نادیده می‌گیرند",
  "template.hotel.persona.frustration.tech": "فناوری اتاق که دفترچه راهنما لازم دارد",
  "template.hotel.persona.frustration.invoices": "اصلاح فاکتورها با ایمیل، بعد از ترک هتل",
  "template.hotel.persona.notes":
    "سالی حدود ۲۵ شب در هتل می‌ماند، بیشتر تنها. عاشق منظره خوب است و بهترین‌ها را در اینستاگرام می‌گذارد، جایی که حدود ۳ هزار نفر دنبالش می‌کنند.",

  "template.hotel.stage.book": "رزرو اقامت",
  "template.hotel.stage.book.description":
    "نگار هتل‌های نزدیک محل همایش را مقایسه می‌کند و مستقیم از خود هتل رزرو می‌کند.",
  "template.hotel.stage.beforeArrival": "پیش از ورود",
  "template.hotel.stage.beforeArrival.description":
    "ترجیحات، ایمیل‌های پیش از ورود و تصمیم به اضافه کردن آخر هفته.",
  "template.hotel.stage.arrival": "ورود و پذیرش",
  "template.hotel.stage.arrival.description": "پرواز تأخیری، رسیدن دیروقت و کلید اتاق روی گوشی.",
  "template.hotel.stage.stay": "اقامت",
  "template.hotel.stage.stay.description":
    "روزهای همایش در اتاق هوشمند، بعد آخر هفته در کافه روف‌گاردن.",
  "template.hotel.stage.checkOut": "تسویه و تخلیه اتاق",
  "template.hotel.stage.checkOut.description": "رفتن، و تفکیک صورت‌حساب میان کار و تفریح.",
  "template.hotel.stage.loyalty.description": "عکس‌ها، نظرها و دلیلی برای برگشتن.",

  "template.hotel.card.comparesHotels": "هتل‌های نزدیک محل همایش را مقایسه می‌کند",
  "template.hotel.card.partnerRate": "صفحه رزرو با نرخ همایش",
  "template.hotel.card.partnerRate.notes":
    "کدِ ایمیل همایش فقط تلفنی پذیرفته می‌شود؛ در رزرو آنلاین هم معلوم می‌شود نرخ اعضا در هر حال ارزان‌تر است.",
  "template.hotel.pain.codeRejected": "کد نرخ همایش در رزرو آنلاین پذیرفته نمی‌شود",
  "template.hotel.card.directBooking": "نرخ اعضا در سایت هتل",
  "template.hotel.card.directBooking.notes":
    "عضویت رایگان در باشگاه مشتریان یک دقیقه طول می‌کشد و ۸٪ از سایت‌های رزرو ارزان‌تر درمی‌آید.",
  "template.hotel.card.bookingConfirmation": "ایمیل تأیید رزرو",
  "template.hotel.card.channelWeb": "وب‌سایت هتل",
  "template.hotel.card.thoughtDirect": "مستقیم ارزون‌تره؟ چه خوب!",
  "template.hotel.card.oppAutoRate": "اعمال خودکار نرخ همایش",
  "template.hotel.card.oppAutoRate.notes":
    "لینک رزروی در ایمیل همایش که نرخ را با خودش بیاورد، تا هیچ‌کس مجبور به وارد کردن کد نشود.",
  "template.hotel.card.noteRoomBlock": "۴۰ اتاق برای همایش کنار گذاشته شده",
  "template.hotel.card.noteRoomBlock.notes":
    "این سهمیه یک ماه قبل آزاد می‌شود؛ به پذیرش گفته نمی‌شود کدام مهمان‌ها از این راه آمده‌اند.",

  "template.hotel.card.addsWeekend": "آخر هفته دونفره را اضافه می‌کند",
  "template.hotel.card.spaEmail": "ایمیل عمومی پیشنهاد اسپا",
  "template.hotel.card.spaEmail.notes":
    "کمپینی برای کل یک بخش از مشتریان، یعنی همه کسانی که آن ماه رزرو داشتند، که سه بار فرستاده شده.",
  "template.hotel.pain.ignoredPreferences":
    "روز اسپا پیشنهاد می‌دهد؛ او درباره تخلیه دیرتر اتاق پرسیده بود",
  "template.hotel.pain.sameOffer": "یک پیشنهاد، سه بار در یک هفته",
  "template.hotel.card.preferenceForm": "ترجیحات پیش از ورود در اپ",
  "template.hotel.card.preferenceForm.notes":
    "بالش، دمای اتاق، طبقه بالا، ساعت رسیدن: چهل ثانیه برای پر کردن.",
  "template.hotel.card.weekendOffer": "پیشنهاد شام آخر هفته و تخلیه دیرتر",
  "template.hotel.card.weekendOffer.notes":
    "بعد از اضافه کردن آخر هفته فرستاده می‌شود؛ بر اساس ترجیحاتش ساخته شده و با دو لمس رزرو می‌شود.",
  "template.hotel.card.channelEmail": "ایمیل‌های هتل",
  "template.hotel.card.thoughtReadForm": "پس واقعاً فرمم رو خوندن",
  "template.hotel.card.frictionGenericOffers": "پیشنهادها ترجیحات اعلام‌شده را نادیده می‌گیرند",
  "template.hotel.pain.whyForm": "از خودش می‌پرسد اصلاً چرا فرم را پر کرده",
  "template.hotel.card.delightLateCheckout": "تخلیه دیرتر، بی‌آنکه بخواهد",
  "template.hotel.card.delightLateCheckout.notes":
    "پیشنهاد، شام دونفره را با تخلیه اتاق ساعت ۲ بعدازظهر جمعه همراه کرده: دقیقاً همان چیزی که خودش می‌خواست بخواهد.",
  "template.hotel.card.oppOneProfile": "یک پروفایل مهمان برای همه پیشنهادها",
  "template.hotel.card.oppOneProfile.notes":
    "کمپین‌ها همان ترجیحاتی را بخوانند که اپ جمع می‌کند و مهمان‌هایی را که «نه» گفته‌اند کنار بگذارند.",
  "template.hotel.card.noteCrmSync": "CRM و اپ همگام نیستند",
  "template.hotel.card.noteCrmSync.notes":
    "ترجیحات در اپ ثبت می‌شوند؛ کمپین‌های ایمیلی فقط با داده‌های رزرو در CRM برنامه‌ریزی می‌شوند.",

  "template.hotel.card.arrivesLate": "با تأخیر پرواز، ساعت ۲۳:۴۰ می‌رسد",
  "template.hotel.card.headsToLift": "یک‌راست به طرف آسانسور می‌رود",
  "template.hotel.card.onlineCheckIn": "پذیرش آنلاین در اپ",
  "template.hotel.card.mobileKey": "کلید دیجیتال اتاق روی گوشی",
  "template.hotel.card.mobileKey.notes":
    "در اتاق را باز می‌کند، اما کارت‌خوان آسانسور را نه؛ همان کارت‌خوانی که بعد از ساعت ۱۰ شب دسترسی به طبقه‌های بالا را کنترل می‌کند.",
  "template.hotel.pain.liftReader": "کلید، آسانسور را به طبقه‌اش نمی‌برد",
  "template.hotel.card.frontDesk": "پذیرش شب کارت اتاق می‌دهد",
  "template.hotel.card.frontDesk.notes":
    "شب فقط یک نفر پشت میز پذیرش است و یک تور گردشگری در حال ثبت ورود است.",
  "template.hotel.pain.queue": "پانزده دقیقه صف پشت سر یک تور گردشگری",
  "template.hotel.card.channelDesk": "میز پذیرش",
  "template.hotel.card.thoughtRoom": "فقط بذارید برسم به اتاقم",
  "template.hotel.card.frictionLiftKey": "کلید دیجیتال در آسانسور کار نمی‌کند",
  "template.hotel.pain.backToDesk":
    "در صف همان میزی می‌ایستد که قرار بود پذیرش آنلاین از آن معافش کند",
  "template.hotel.card.oppLiftReaders": "کارت‌خوان سازگار با گوشی در همه آسانسورها",
  "template.hotel.card.oppLiftReaders.notes":
    "دو کارت‌خوان قدیمی آسانسور را به‌روز یا تعویض کنیم و کلیدهای گوشی را هر ماه روی همه کارت‌خوان‌ها آزمایش کنیم.",
  "template.hotel.card.noteFirmware": "فریمور قدیمی کارت‌خوان‌های آسانسور",
  "template.hotel.card.noteFirmware.notes":
    "دو تا از شش آسانسور هنوز کارت‌خوانی با فریمور قدیمی دارند که کلید گوشی را نمی‌شناسد.",

  "template.hotel.card.setsByVoice": "اتاق را با صدا تنظیم می‌کند",
  "template.hotel.card.postsRooftop": "منظره روف‌گاردن را پست می‌کند",
  "template.hotel.card.roomProfile": "اتاق طبق ترجیحات ذخیره‌شده",
  "template.hotel.card.roomProfile.notes":
    "دما، پرده‌ها و چراغ میز، همان لحظه باز شدن در، طبق پروفایلش تنظیم می‌شوند.",
  "template.hotel.card.roomTablet": "تبلت هوشمند اتاق",
  "template.hotel.card.roomTablet.notes": "کنترل چراغ‌ها، پرده‌ها، دما و سرویس اتاق از کنار تخت.",
  "template.hotel.pain.lightsOff": "هیچ دکمه‌ای برای خاموش کردن همه چراغ‌ها با هم نیست",
  "template.hotel.card.voiceAssistant": "دستیار صوتی در اتاق",
  "template.hotel.pain.listening": "هیچ نشانه‌ای نیست که کی دارد گوش می‌دهد",
  "template.hotel.card.rooftopPhoto": "نقطه عکاسی کافه روف‌گاردن",
  "template.hotel.card.rooftopPhoto.notes":
    "قابی از منظره اصفهان تا کوه صفه هنگام غروب، با هشتگ هتل که با ظرافت روی نرده نقش بسته.",
  "template.hotel.card.thoughtGetsMe": "این اتاق دقیقاً منو می‌فهمه",
  "template.hotel.card.frictionPrivacy": "تردید درباره حریم خصوصی دستیار صوتی",
  "template.hotel.pain.unplugged": "همسرش همان شب اول از برق می‌کشدش",
  "template.hotel.card.delightRoomReady": "اتاق از قبل روی ۲۰ درجه دلخواهش",
  "template.hotel.card.delightPhoto": "باریستا از زوج عکس می‌گیرد",
  "template.hotel.card.delightPhoto.notes":
    "پیش از آنکه بخواهند پیشنهاد می‌دهد و بهترین زاویه غروب را می‌شناسد؛ این عکس پرلایک‌ترین پست سال نگار می‌شود.",
  "template.hotel.card.oppMuteSwitch": "کلید قطع میکروفون و کارت حریم خصوصی",
  "template.hotel.card.oppMuteSwitch.notes":
    "کلیدی پیدا روی دستگاه و کارتی که به زبان ساده توضیح دهد چه چیزی ضبط می‌شود و چه چیزی نه.",
  "template.hotel.card.noteSensorData": "داده حسگرهای اتاق تا ۲۴ ساعت می‌ماند",
  "template.hotel.card.noteSensorData.notes":
    "داده‌های حضور در اتاق و دما یک روز بعد از تخلیه پاک می‌شوند؛ فرمان‌های صوتی هرگز ذخیره نمی‌شوند.",

  "template.hotel.card.checksOut": "در اپ تسویه‌حساب می‌کند",
  "template.hotel.card.asksSplit": "تفکیک صورت‌حساب را می‌خواهد",
  "template.hotel.card.expressCheckout": "تسویه سریع در اپ",
  "template.hotel.card.splitInvoice": "تفکیک فاکتور با ایمیل",
  "template.hotel.card.splitInvoice.notes":
    "سه ایمیل با پذیرش در طول دو روز، تا یک فاکتور برای کار و یکی برای آخر هفته بگیرد.",
  "template.hotel.pain.mixedInvoice": "شام آخر هفته در فاکتور رسمی شرکت آمده",
  "template.hotel.pain.emailFix": "اصلاحش سه ایمیل طول می‌کشد",
  "template.hotel.card.thoughtFinance": "حالا باید به امور مالی ایمیل بزنم",
  "template.hotel.card.frictionMixedInvoice": "کار و تفریح در یک فاکتور",
  "template.hotel.pain.expenseRejected": "امور مالی درخواست هزینه‌اش را برگشت می‌زند",
  "template.hotel.card.oppSplitByDate": "تفکیک صورت‌حساب بر اساس تاریخ",
  "template.hotel.card.oppSplitByDate.notes":
    "مهمان‌ها پیش از رفتن، در اپ انتخاب کنند کدام شب‌ها و خدمات اضافه در کدام فاکتور بیاید.",
  "template.hotel.card.noteManualFolio": "تفکیک فاکتورها دستی انجام می‌شود",
  "template.hotel.card.noteManualFolio.notes":
    "سیستم مدیریت هتل برای هر اقامت فقط یک صورت‌حساب دارد؛ تفکیک‌ها را پذیرش دوباره تایپ می‌کند.",

  "template.hotel.card.tagsHotel": "هتل را در عکس‌هایش تگ می‌کند",
  "template.hotel.card.survey": "نظرسنجی بعد از اقامت",
  "template.hotel.card.repost": "هتل عکسش را بازنشر می‌کند",
  "template.hotel.card.repost.notes":
    "هتل اول در یک کامنت اجازه می‌گیرد، بعد عکس غروب را با ذکر نام او منتشر می‌کند.",
  "template.hotel.card.channelSocial": "شبکه‌های اجتماعی",
  "template.hotel.card.thoughtReturn": "یه آخر هفته دیگه برمی‌گردیم",
  "template.hotel.card.delightRepost": "بازنشری که با اسم از او تشکر می‌کند",
  "template.hotel.card.oppReturnOffer": "پیشنهاد بازگشت بر اساس ترجیحاتش",
  "template.hotel.card.oppReturnOffer.notes":
    "پیشنهاد یک آخر هفته دونفره که تنظیمات اتاق و تخلیه دیرترش از قبل در آن لحاظ شده است.",
  "template.hotel.card.noteGuestPhotos": "عکس مهمان‌ها فقط با رضایت خودشان",
  "template.hotel.card.noteGuestPhotos.notes":
    "برای بازنشر همیشه اول اجازه می‌گیریم؛ عکس‌های تأییدشده به کمپین سفرهای آخر هفته می‌روند.",

  // A SaaS support desk, from the customer's side
  "template.saasSupport.name": "پشتیبانی نرم‌افزار ابری (SaaS)",
  "template.saasSupport.description":
    "ادمین حساب یک سازمان، خرابی خروجی حقوق را از راه مرکز راهنما، چت‌بات، پشتیبانی تلفنی و ارجاع به سطح بالاتر حل می‌کند؛ با سنجش AHT، FCR و CES.",
  "template.saasSupport.title": "رفع خرابی خروجی حقوق",
  "template.saasSupport.scenario":
    "چهارشنبه صبح، آخرین روز کاری ماه، خروجی کارکرد ماهانه از سامانه شیفت‌بندی خطا می‌دهد؛ لیلا تا ساعت ۳ بعدازظهر که لیست حقوق بسته می‌شود فرصت دارد درستش کند.",
  "template.saasSupport.goal":
    "خروجی سالم پیش از مهلت بستن حقوق، در یک گفت‌وگو و بدون تکرار دوباره ماجرا.",

  "template.saasSupport.persona.name": "لیلا مرادی",
  "template.saasSupport.persona.role": "مدیر عملیات و ادمین حساب",
  "template.saasSupport.persona.quote":
    "وقتی خروجی حقوق آخر ماه خراب می‌شه، یکی رو می‌خوام که همون بار اول بفهمه چی می‌گم.",
  "template.saasSupport.persona.goal.payroll": "حقوق هر ماه سر وقت پرداخت شود",
  "template.saasSupport.persona.goal.selfFix": "هر جا بتواند، مشکل را خودش حل کند",
  "template.saasSupport.persona.goal.lessChasing": "وقت کمتری صرف پیگیری از شرکت نرم‌افزاری کند",
  "template.saasSupport.persona.need.human":
    "راهی سریع به یک آدم واقعی، وقتی خودخدمتی جواب نمی‌دهد",
  "template.saasSupport.persona.need.noRepeat": "مجبور نباشد مشکل را دو بار توضیح بدهد",
  "template.saasSupport.persona.need.estimates":
    "زمان‌های تقریبی صادقانه که بتواند به بقیه هم بگوید",
  "template.saasSupport.persona.frustration.bots": "چت‌بات‌هایی که مدام به همان مقاله برمی‌گردند",
  "template.saasSupport.persona.frustration.tiers": "پاس‌کاری شدن از یک سطح پشتیبانی به سطح دیگر",
  "template.saasSupport.persona.frustration.closedEarly":
    "تیکت‌هایی که پیش از انتشار اصلاحیه بسته می‌شوند",
  "template.saasSupport.persona.notes":
    "شیفت‌بندی ۱۸۰ نیروی انبار را در یک شرکت پخش اداره می‌کند. سامانه شیفت‌بندی هر ماه کارکرد را برای حقوق و دستمزد می‌فرستد؛ خروجی خراب یعنی تأخیر در حقوق کسانی که بر اساس ساعت کار مزد می‌گیرند.",

  "template.saasSupport.stage.problem": "برخورد با مشکل",
  "template.saasSupport.stage.problem.description":
    "خروجی سه ساعت پیش از بسته شدن لیست حقوق خطا می‌دهد.",
  "template.saasSupport.stage.selfService": "امتحان خودخدمتی",
  "template.saasSupport.stage.selfService.description":
    "مرکز راهنما و چت‌بات، به امید یک جواب سریع.",
  "template.saasSupport.stage.contact": "تماس با پشتیبانی",
  "template.saasSupport.stage.contact.description": "یک تیکت با ایمیل، بعد خط تلفن.",
  "template.saasSupport.stage.troubleshoot": "عیب‌یابی",
  "template.saasSupport.stage.troubleshoot.description": "ارجاع به مهندس سطح ۲ و یک راه‌حل موقت.",
  "template.saasSupport.stage.resolution": "حل مشکل",
  "template.saasSupport.stage.resolution.description":
    "حقوق پرداخت می‌شود؛ اصلاح اصلی شنبه می‌رسد.",
  "template.saasSupport.stage.followUp": "پیگیری",
  "template.saasSupport.stage.followUp.description":
    "نظرسنجی‌ها، تماس موفقیت مشتری و تمدید قرارداد.",

  "template.saasSupport.card.runsExport": "خروجی حقوق آخر ماه را می‌گیرد",
  "template.saasSupport.card.checksStatus": "صفحه وضعیت سرویس را چک می‌کند",
  "template.saasSupport.card.exportError": "خروجی با خطای ۵۰۰ متوقف می‌شود",
  "template.saasSupport.card.exportError.notes":
    "«مشکلی پیش آمد (۵۰۰).» نه شناسه درخواستی، نه لینکی، و دکمه «تلاش دوباره» هم همان خطا را می‌دهد.",
  "template.saasSupport.pain.codeOnly": "فقط یک کد خطا، بدون قدم بعدی",
  "template.saasSupport.card.statusPage": "صفحه وضعیت می‌گوید همه‌چیز روبه‌راه است",
  "template.saasSupport.pain.statusGreen": "همه‌چیز سبز است، در حالی که خروجی‌ها خطا می‌دهند",
  "template.saasSupport.card.channelWebApp": "نسخه تحت وب",
  "template.saasSupport.card.thoughtDeadline": "لیست حقوق ساعت ۳ بسته می‌شه",
  "template.saasSupport.card.thoughtDeadline.notes":
    "اگر خروجی دیر شود، حقوق ۱۸۰ نفری که ساعتی مزد می‌گیرند دیر پرداخت می‌شود.",
  "template.saasSupport.card.frictionGenericError": "خطا بدون هیچ راهنمایی",
  "template.saasSupport.pain.whoseFault": "نمی‌فهمد مشکل از داده‌های خودش است یا از سیستم آن‌ها",
  "template.saasSupport.card.oppActionableError": "خطاهایی که قدم بعد را می‌گویند",
  "template.saasSupport.card.oppActionableError.notes":
    "بگوییم چه چیزی خراب شده و آیا مشکل از سمت ماست، و لینک تیکتی بدهیم که جزئیاتش از قبل پر شده باشد.",
  "template.saasSupport.card.noteTimeout": "تایم‌اوت خروجی در تیم‌های بزرگ",
  "template.saasSupport.card.noteTimeout.notes":
    "از نسخه یکشنبه، خروجی تیم‌های بیش از ۱۵۰ نفر به تایم‌اوت ۳۰ ثانیه‌ای می‌خورد.",

  "template.saasSupport.card.searchesHelp": "در مرکز راهنما جست‌وجو می‌کند",
  "template.saasSupport.card.asksBot": "از چت‌بات پشتیبانی می‌پرسد",
  "template.saasSupport.card.helpArticle": "مقاله راهنمای خروجی گرفتن",
  "template.saasSupport.pain.oldScreenshots": "تصویرهای مقاله رابط کاربری قدیمی را نشان می‌دهند",
  "template.saasSupport.card.chatbot": "چت‌بات پشتیبانی",
  "template.saasSupport.card.chatbot.notes":
    "۱۸٪ گفت‌وگوها را بدون کارشناس حل می‌کند؛ شاخص تلاش مشتری ۲٫۱ از ۷، که ۷ یعنی خیلی آسان.",
  "template.saasSupport.pain.botLoop": "بات سه بار همان مقاله را پیشنهاد می‌دهد",
  "template.saasSupport.card.channelChat": "چت و چت‌بات",
  "template.saasSupport.card.thoughtPerson": "فقط بذارید با یه آدم حرف بزنم",
  "template.saasSupport.card.frictionNoHuman": "هیچ راهی برای رد شدن از بات نیست",
  "template.saasSupport.pain.noHandoff": "بات عبارت «صحبت با کارشناس» را نمی‌فهمد",
  "template.saasSupport.card.oppHandoff": "واگذاری به کارشناس بعد از دو جواب ناموفق",
  "template.saasSupport.card.oppHandoff.notes":
    "بعد از دو جواب بی‌فایده، یا هر اشاره‌ای به مهلت، گفت‌وگو با سابقه‌اش به یک کارشناس سپرده شود.",
  "template.saasSupport.card.noteDeflection": "هدف تیم بات: ارجاع کمتر به کارشناس",
  "template.saasSupport.card.noteDeflection.notes":
    "تیم بات را با نرخ ارجاع‌ندادن به کارشناس می‌سنجند، پس هر واگذاری به ضررش حساب می‌شود.",

  "template.saasSupport.card.emailsTicket": "با اسکرین‌شات به پشتیبانی ایمیل می‌زند",
  "template.saasSupport.card.callsSupport": "با خط پشتیبانی تماس می‌گیرد",
  "template.saasSupport.card.autoReply": "پاسخ خودکار تیکت",
  "template.saasSupport.pain.slaMismatch":
    "وعده پاسخ تا ۲۴ ساعت؛ لیست حقوق ۵ ساعت دیگر بسته می‌شود",
  "template.saasSupport.card.phoneQueue": "۲۲ دقیقه در صف تلفن",
  "template.saasSupport.card.phoneQueue.notes":
    "صبح آخرین روز کاری ماه شلوغ‌ترین ساعت ماه است؛ امکان ثبت درخواست تماس هم وجود ندارد.",
  "template.saasSupport.pain.holdMusic":
    "نه جایگاهی در صف اعلام می‌شود، نه چیزی جز همان موسیقی انتظار تکراری",
  "template.saasSupport.card.tier1Call": "تماس با کارشناس سطح ۱",
  "template.saasSupport.card.tier1Call.notes":
    "کارشناس خوش‌برخورد است، اما تیکت ایمیلی او را نمی‌بیند و تیکت تازه‌ای باز می‌کند. متوسط زمان رسیدگی ۸٫۵ دقیقه؛ ۵۸٪ مشکلات خروجی در اولین تماس حل می‌شوند.",
  "template.saasSupport.pain.repeatStory": "باید هر آنچه در تیکت نوشته بود دوباره تعریف کند",
  "template.saasSupport.card.channelEmail": "ایمیل‌های تیکت",
  "template.saasSupport.card.channelPhone": "خط تلفن پشتیبانی",
  "template.saasSupport.card.thoughtWroteItDown": "من که همه اینا رو نوشته بودم",
  "template.saasSupport.card.frictionTwice": "تعریف کردن ماجرا برای بار دوم",
  "template.saasSupport.pain.noScreenshots":
    "کارشناس تلفنی اسکرین‌شات‌هایی را که ایمیل کرده نمی‌بیند",
  "template.saasSupport.card.oppOneTicket": "یک تیکت برای ایمیل و تلفن",
  "template.saasSupport.card.oppOneTicket.notes":
    "تماس‌گیرنده را از روی شماره تلفن یا ایمیل به تیکت‌های باز وصل کنیم و سابقه را پیش از سلام کارشناس نشان دهیم.",
  "template.saasSupport.card.noteTwoTools": "تلفن و ایمیل در دو ابزار جدا",
  "template.saasSupport.card.noteTwoTools.notes":
    "تیم تلفن در سیستم تیکت خودِ سامانه تلفنی کار می‌کند؛ ادغام آن در نقشه راه سال بعد است.",

  "template.saasSupport.card.sendsLog": "لاگ خروجی را می‌فرستد",
  "template.saasSupport.card.sharesScreen": "صفحه‌اش را به اشتراک می‌گذارد",
  "template.saasSupport.card.escalation": "ارجاع به سطح ۲",
  "template.saasSupport.card.escalation.notes":
    "ایمیلی از یک اسم تازه: «پرونده شما را تحویل گرفتم.» و همان اسکرین‌شات‌هایی را می‌خواهد که او دو بار فرستاده است.",
  "template.saasSupport.pain.lostAttachments": "در واگذاری پرونده، پیوست‌هایش گم می‌شوند",
  "template.saasSupport.card.screenShare": "اشتراک صفحه با مهندس سطح ۲",
  "template.saasSupport.card.screenShare.notes":
    "۲۵ دقیقه روی صفحه مشترک؛ به آسانی کار نمره ۵٫۴ از ۷ می‌دهد، که ۷ یعنی خیلی آسان.",
  "template.saasSupport.card.workaround": "راه‌حل موقت: خروجی تیم‌به‌تیم",
  "template.saasSupport.card.workaround.notes":
    "گرفتن خروجی هر انبار به‌طور جداگانه زیر حد تایم‌اوت می‌ماند؛ مهندس گام‌ها را مکتوب می‌فرستد.",
  "template.saasSupport.card.channelScreenShare": "اشتراک صفحه در مرورگر",
  "template.saasSupport.card.thoughtGetsIt": "بالاخره یکی که می‌فهمه",
  "template.saasSupport.card.delightFoundIt": "پیدا شدن علت در ده دقیقه",
  "template.saasSupport.card.delightFoundIt.notes":
    "مهندس جلوی چشم او تایم‌اوت را در لاگ‌ها پیدا می‌کند و به زبان ساده توضیحش می‌دهد.",
  "template.saasSupport.card.oppSwarm": "حضور سطح ۲ در اولین تماس‌های فوری",
  "template.saasSupport.card.oppSwarm.notes":
    "برای پرونده‌هایی که مهلتشان حیاتی است، یک مهندس به‌جای انتظار برای ارجاع، از همان تماس اول وارد شود.",
  "template.saasSupport.card.noteOnCall": "کشیک سطح ۲ در روزهای آخر ماه",
  "template.saasSupport.card.noteOnCall.notes":
    "یک مهندس صبح‌های آخر ماه را پوشش می‌دهد؛ اوج خروجی‌های حقوق و شیفت‌بندی.",

  "template.saasSupport.card.runsPayroll": "با راه‌حل موقت لیست حقوق را می‌بندد",
  "template.saasSupport.card.confirmsFix": "شنبه اصلاح را تأیید می‌کند",
  "template.saasSupport.card.ticketSolved": "تیکت «حل‌شده» علامت می‌خورد",
  "template.saasSupport.pain.closedEarly": "با اینکه باگ هنوز باز است، «حل‌شده» علامت خورده",
  "template.saasSupport.card.hotfixEmail": "ایمیل اصلاح فوری از تیم محصول",
  "template.saasSupport.card.hotfixEmail.notes":
    "شنبه یک مدیر محصول می‌نویسد که اصلاح در نسخه ۴.۱۲ آمده، علت خرابی چه بوده و چطور آزمایش شده است.",
  "template.saasSupport.card.thoughtMadeIt": "دقیقه نود رسوندمش!",
  "template.saasSupport.card.frictionClosedEarly": "حل‌شده، پیش از انتشار اصلاح",
  "template.saasSupport.pain.reopen": "برای گرفتن هر خبری باید تیکت را دوباره باز کند",
  "template.saasSupport.card.delightPersonalNote": "پیام شخصی مدیر محصول",
  "template.saasSupport.card.oppLinkBug": "اتصال تیکت‌ها به وضعیت باگ",
  "template.saasSupport.card.oppLinkBug.notes":
    "تیکت‌ها تا انتشار اصلاح باگ مرتبط باز بمانند و همان موقع خودکار به مشتری خبر داده شود.",
  "template.saasSupport.card.noteRelease": "اصلاح در نسخه ۴.۱۲",
  "template.saasSupport.card.noteRelease.notes":
    "حالا خروجی در پس‌زمینه ساخته می‌شود و وقتی آماده شد، لینک دانلودش ایمیل می‌شود.",

  "template.saasSupport.card.answersSurvey": "به نظرسنجی میزان تلاش جواب می‌دهد",
  "template.saasSupport.card.reviewsRenewal": "پیش‌فاکتور تمدید را بررسی می‌کند",
  "template.saasSupport.card.cesSurvey": "نظرسنجی تلاش مشتری پس از تیکت",
  "template.saasSupport.card.cesSurvey.notes":
    "«شرکت رسیدگی به مشکلم را آسان کرد»: ۴ از ۷ می‌دهد، در برابر میانگین ۴٫۶ کل پشتیبانی، و دو خط هم درباره چت‌بات می‌نویسد.",
  "template.saasSupport.card.successCall": "تماس پیگیری مدیر موفقیت مشتری",
  "template.saasSupport.card.successCall.notes":
    "مدیر موفقیت مشتری کل پرونده را خوانده، عذرخواهی می‌کند و می‌پرسد چقدر احتمال دارد محصول را به دیگران پیشنهاد کند.",
  "template.saasSupport.card.renewalQuote": "پیش‌فاکتور تمدید",
  "template.saasSupport.pain.priceRise": "افزایش ۳۰٪ قیمت، در همان ماهی که سرویس از کار افتاد",
  "template.saasSupport.card.thoughtPeople": "روندشون کنده، ولی آدماشون عالی‌ان",
  "template.saasSupport.card.oppServiceCredit": "اعتبار جبرانی، بی‌آنکه مشتری بخواهد",
  "template.saasSupport.card.oppServiceCredit.notes":
    "اعتباری بابت خروجی خراب که همراه پیش‌فاکتور تمدید پیشنهاد شود، پیش از آنکه مشتری مجبور به درخواستش شود.",
  "template.saasSupport.card.noteAtRisk": "حساب در فهرست «در معرض ریزش»",
  "template.saasSupport.card.noteAtRisk.notes":
    "دو ارجاع در یک سه‌ماهه، حساب را پیش از تمدید برای تیم موفقیت مشتری علامت‌گذاری می‌کند.",
} as const satisfies Translation<typeof templatesEn>;
