/**
 * English texts of the journey templates (src/templates). Keys: template.<template>.<part>.
 * Kept apart from the interface texts because they are long-form content.
 */
export const templatesEn = {
  // Grocery delivery for busy parents (the first-run sample)
  "template.grocery.name": "Grocery delivery for busy parents",
  "template.grocery.description":
    "A working parent orders the week's groceries on her phone, from a friend's tip to her next order, with a recipe suggestion before checkout.",
  "template.grocery.title": "Weekly grocery order on the phone",
  "template.grocery.scenario":
    "On Sunday evening, once the children are asleep, Jess orders the week's groceries on her phone for delivery on Monday after work.",
  "template.grocery.goal":
    "A full week of food delivered on time, with nothing missing or unsafe, for no more than fifteen minutes of her evening.",

  "template.grocery.persona.name": "Jess Morgan",
  "template.grocery.persona.role": "Working parent of two, project manager",
  "template.grocery.persona.quote":
    "I get ten quiet minutes after bedtime to sort the whole week's food. Don't waste them.",
  "template.grocery.persona.goal.quick":
    "Do the weekly shop in one sitting of under fifteen minutes",
  "template.grocery.persona.goal.meals": "Plan five easy dinners the whole family will eat",
  "template.grocery.persona.goal.budget": "Keep the weekly food bill within budget",
  "template.grocery.persona.need.slot": "An evening delivery slot she can count on every week",
  "template.grocery.persona.need.allergy": "Substitutions that respect her son's gluten-free diet",
  "template.grocery.persona.need.oneHand":
    "An app she can use one-handed, with constant interruptions",
  "template.grocery.persona.frustration.slots": "Evening slots that are gone by Sunday lunchtime",
  "template.grocery.persona.frustration.doorstep":
    "Finding out about substitutions at the front door",
  "template.grocery.persona.frustration.search":
    "Searching item by item for things she buys every week",
  "template.grocery.persona.notes":
    "Shops on her phone in short bursts between other tasks; her partner adds to a shared list during the week. Her younger son has coeliac disease, so gluten-free products are not optional.",

  "template.grocery.stage.awareness.description":
    "Jess hears about the service from other parents and sees an ad the same evening.",
  "template.grocery.stage.signUp": "Sign up and plan",
  "template.grocery.stage.signUp.description":
    "She installs the app, creates an account and gathers the week's list.",
  "template.grocery.stage.basket": "Fill the basket",
  "template.grocery.stage.basket.description":
    "She finds the family's usual items and a few new ones, between interruptions.",
  "template.grocery.stage.checkout": "Check out",
  "template.grocery.stage.checkout.description":
    "She reviews the basket, picks a delivery slot and pays.",
  "template.grocery.stage.delivery": "Delivery",
  "template.grocery.stage.delivery.description":
    "Monday evening: live updates, substitutions and the driver at the door.",
  "template.grocery.stage.loyalty.description":
    "Putting right what went wrong, and ordering again the next week.",

  "template.grocery.card.schoolGate": "Hears about it at the school gate",
  "template.grocery.card.schoolGate.notes":
    "Another parent mentions that the first delivery is free and that the driver carries the bags in.",
  "template.grocery.card.referralCode": "Friend's referral code",
  "template.grocery.card.referralCode.notes":
    "Shared in the class parents' chat group: £10 off the first order for both of them.",
  "template.grocery.card.socialAd": "Free first delivery ad",
  "template.grocery.card.socialAd.notes":
    "Seen in her social media feed the same evening; the landing page asks for an email address before anything else.",
  "template.grocery.pain.adPostcode": "The ad does not say which postcodes are covered",
  "template.grocery.card.channelWordOfMouth": "Word of mouth among parents",
  "template.grocery.card.thoughtSundays": "Could this free up my Sundays?",
  "template.grocery.card.oppPostcode": "Postcode checker in the ad",
  "template.grocery.card.oppPostcode.notes":
    "Let people check coverage and the next free evening slot straight from the ad, before any sign-up.",
  "template.grocery.card.noteReferral": "Referral programme: £10 each way",
  "template.grocery.card.noteReferral.notes":
    "Referrals bring in a third of new customers and have the best 90-day retention of any source.",

  "template.grocery.card.installApp": "Installs the app, checks postcode",
  "template.grocery.card.sharedList": "Copies list from family notes",
  "template.grocery.card.sharedList.notes":
    "Her partner adds to a shared notes list during the week; she retypes it item by item into the app.",
  "template.grocery.card.appStore": "App store listing",
  "template.grocery.card.appStore.notes":
    "Rated 4.6 stars; the most recent reviews complain that evening slots are hard to get.",
  "template.grocery.card.signUpForm": "Account sign-up form",
  "template.grocery.card.signUpForm.notes":
    "Seven fields and a payment card before a single product or slot is visible.",
  "template.grocery.pain.cardFirst": "Asks for card details before showing any delivery slots",
  "template.grocery.pain.passwordRules": "Password rules appear only after an error",
  "template.grocery.card.channelApp": "Mobile app (iOS and Android)",
  "template.grocery.card.thoughtCard": "Why do they need my card already?",
  "template.grocery.card.frictionSlotsHidden": "Slots hidden until sign-up",
  "template.grocery.pain.slotsHidden":
    "She cannot tell whether an evening slot is free until she has handed over her card",
  "template.grocery.card.oppSlotsFirst": "Show free slots before sign-up",
  "template.grocery.card.oppSlotsFirst.notes":
    "Preview the next free slots by postcode, and ask for an account only at checkout.",
  "template.grocery.card.noteDropOff": "38% drop-off at payment step",
  "template.grocery.card.noteDropOff.notes":
    "Sign-up funnel for the last quarter: the payment step is the largest single loss between install and first order.",

  "template.grocery.card.searchItems": "Searches items one by one",
  "template.grocery.card.reuseBasket": "Adds from last week's order",
  "template.grocery.card.productSearch": "Product search",
  "template.grocery.card.productSearch.notes":
    "Results are ranked by popularity across all shoppers, not by what this household buys.",
  "template.grocery.pain.searchKids": "Searching for yoghurt pouches shows adult yoghurts first",
  "template.grocery.pain.searchGlutenFree": "No filter for gluten-free products",
  "template.grocery.card.favourites": "Favourites and past orders",
  "template.grocery.card.favourites.notes":
    "From the second order on, last week's basket can be added in one tap, but only all of it or nothing.",
  "template.grocery.card.substitutionSettings": "Substitution preferences",
  "template.grocery.card.substitutionSettings.notes":
    "A per-item 'allow substitutes' switch; there is no way to say 'gluten-free substitutes only'.",
  "template.grocery.pain.settingsDeep": "Substitution settings are three menus deep",
  "template.grocery.card.thoughtBedtime": "Racing the bedtime clock",
  "template.grocery.card.thoughtBedtime.notes":
    "One child is still calling from upstairs; every extra screen costs her patience.",
  "template.grocery.card.frictionSearch": "Search ignores family favourites",
  "template.grocery.pain.searchRepeat": "Weekly staples have to be searched for again every time",
  "template.grocery.card.oppUsualShop": "One-tap 'usual weekly shop'",
  "template.grocery.card.oppUsualShop.notes":
    "Suggest a basket built from her last four orders, with items she can swipe away.",
  "template.grocery.card.noteRanking": "Search ranking tuned for desktop",
  "template.grocery.card.noteRanking.notes":
    "The ranking rules date from the desktop site; the app reuses them unchanged.",

  "template.grocery.card.pickSlot": "Picks the Monday 7-8 pm slot",
  "template.grocery.card.basketReview": "Basket review before payment",
  "template.grocery.card.basketReview.notes":
    "Totals, a substitutions summary and a suggestion strip: the screen where the recipe idea appears.",
  "template.grocery.card.slotPicker": "Delivery slot picker",
  "template.grocery.card.slotPicker.notes":
    "A week of slots in a grid; full slots are greyed out but still take up most of the screen.",
  "template.grocery.pain.slotsGone": "Slots after 6 pm are sold out by Sunday noon",
  "template.grocery.card.payment": "One-tap wallet payment",
  "template.grocery.card.confirmationEmail": "Order confirmation email",
  "template.grocery.card.confirmationEmail.notes":
    "Slot, total and a link to change the order until 11 pm on Sunday.",
  "template.grocery.card.thoughtFajitas": "Fajitas on Tuesday, sorted!",
  "template.grocery.card.frictionSlots": "Evening slots gone by Sunday",
  "template.grocery.pain.lateSlot":
    "The 6-7 pm slot after work is full, so she settles for one an hour later, past the children's dinner time",
  "template.grocery.card.delightRecipe": "Recipe suggestion before checkout",
  "template.grocery.card.delightRecipe.notes":
    "Her basket has chicken, peppers and wraps; the app suggests 20-minute fajitas and adds the one missing item, limes, in a tap. Tuesday's dinner is planned.",
  "template.grocery.card.oppRecurringSlot": "Reserve a recurring weekly slot",
  "template.grocery.card.oppRecurringSlot.notes":
    "Let regular customers hold the same evening slot every week, released if there is no order by Saturday.",
  "template.grocery.card.noteRecipeEngine": "Recipe engine matches baskets",
  "template.grocery.card.noteRecipeEngine.notes":
    "Compares the basket with 400 tested recipes and only suggests ones missing at most two items.",

  "template.grocery.card.trackVan": "Tracks the van on a map",
  "template.grocery.card.checkBags": "Checks the bags at the door",
  "template.grocery.card.etaPush": "Live arrival time notification",
  "template.grocery.card.etaPush.notes":
    "A one-hour window in the morning, then a 15-minute window and a van map when the driver is two stops away.",
  "template.grocery.card.substitutionsEmail": "Substitutions email at 6 pm",
  "template.grocery.card.substitutionsEmail.notes":
    "Lists three substitutes an hour before the van arrives, with no way to refuse them in advance.",
  "template.grocery.pain.glutenSwap": "Gluten-free bread replaced with ordinary bread",
  "template.grocery.pain.subsLate": "Substitutes announced too late to buy elsewhere",
  "template.grocery.card.driverHandover": "Driver hands over at the door",
  "template.grocery.card.driverHandover.notes":
    "The driver carries the bags to the kitchen and takes back the wrong bread without any fuss.",
  "template.grocery.card.channelPush": "Push notifications",
  "template.grocery.card.thoughtNotes": "Did anyone read my notes?",
  "template.grocery.card.frictionUnsafeSub": "Unsafe substitute for an allergy",
  "template.grocery.pain.allergyNote": "Her 'gluten-free only' note never reached the picker",
  "template.grocery.card.delightStickers": "Driver brings stickers for the kids",
  "template.grocery.card.oppAllergyRules": "Allergy-safe substitution rules",
  "template.grocery.card.oppAllergyRules.notes":
    "A household dietary profile that blocks unsafe substitutes at picking time, not at the door.",
  "template.grocery.card.notePickers": "Pickers miss order notes",
  "template.grocery.card.notePickers.notes":
    "Order notes are on the second screen of the pickers' handheld scanner, which most of them never open.",

  "template.grocery.card.reportWrongItem": "Reports the wrong bread",
  "template.grocery.card.refund": "Self-service refund in the app",
  "template.grocery.card.refund.notes":
    "Pick the item, pick a reason, refunded to her card; no call needed.",
  "template.grocery.card.npsSurvey": "Survey after the third order",
  "template.grocery.card.npsSurvey.notes":
    "'How likely are you to recommend us?' followed by six more questions she does not finish.",
  "template.grocery.card.referralShare": "Shares her code with parents",
  "template.grocery.card.thoughtSavedHour": "That saved me an hour",
  "template.grocery.card.delightRefund": "Refunded in under a minute",
  "template.grocery.card.oppMealPlan": "Weekly family meal plan",
  "template.grocery.card.oppMealPlan.notes":
    "Build on the recipe suggestion: five family dinners a week, each with its ingredients ready to add.",
  "template.grocery.card.noteRefundSpeed": "Refund speed predicts reordering",
  "template.grocery.card.noteRefundSpeed.notes":
    "Customers refunded the same day reorder at twice the rate of those who wait for a call back.",

  // Opening an account at a retail bank
  "template.bank.name": "Opening a bank account",
  "template.bank.description":
    "A new customer opens a current account in a retail bank's app, from comparing banks through identity checks to moving his salary.",
  "template.bank.title": "Open a current account in the app",
  "template.bank.scenario":
    "A week before his first payday at a new hospital, Sam opens a current account on his phone and moves his salary and bills to it.",
  "template.bank.goal":
    "A bank he trusts, a card that works and account details sent to payroll before payday.",

  "template.bank.persona.name": "Sam Adeyemi",
  "template.bank.persona.role": "Newly qualified nurse, switching banks",
  "template.bank.persona.quote":
    "I'll trust a bank with my salary once it shows me it won't waste my time or lose my money.",
  "template.bank.persona.goal.payday": "Have an account and a card ready before his first payday",
  "template.bank.persona.goal.switch": "Move salary and bills without missing a payment",
  "template.bank.persona.goal.insight": "See where his money goes each month",
  "template.bank.persona.need.protection":
    "Clear proof that the bank is regulated and his deposit protected",
  "template.bank.persona.need.oneGo": "Identity checks he can finish on his phone in one go",
  "template.bank.persona.need.nextStep": "Knowing what happens next, and when",
  "template.bank.persona.frustration.twice": "Being asked for the same documents twice",
  "template.bank.persona.frustration.silence": "Waiting for days without an update",
  "template.bank.persona.frustration.scams": "Calls and messages that look like scams",
  "template.bank.persona.notes":
    "Moved city for his first hospital job. Works shifts, so branch opening hours are out of the question; he does everything on his phone, often straight after a night shift.",

  "template.bank.stage.consideration.description": "Sam shortlists banks between shifts.",
  "template.bank.stage.apply": "Apply in the app",
  "template.bank.stage.apply.description":
    "Personal details, address history and consent to a credit check.",
  "template.bank.stage.verify": "Verify identity",
  "template.bank.stage.verify.description":
    "Passport photo, selfie check and, for some applicants, a review by hand.",
  "template.bank.stage.card": "Wait for the card",
  "template.bank.stage.card.description": "The account is open; the physical card is on its way.",
  "template.bank.stage.firstUse": "First use",
  "template.bank.stage.firstUse.description":
    "First payments, first alerts, first call from the bank.",
  "template.bank.stage.switch": "Switch and stay",
  "template.bank.stage.switch.description":
    "Salary and bills move across; the new bank earns a recommendation.",

  "template.bank.card.compareSites": "Compares accounts on a comparison site",
  "template.bank.card.comparisonListing": "Comparison site listing",
  "template.bank.card.comparisonListing.notes":
    "Listed third by switching bonus; the monthly fee is shown, the overdraft costs are not.",
  "template.bank.pain.feesPdf": "Overdraft fees are only in a PDF",
  "template.bank.card.accountPage": "Current account web page",
  "template.bank.card.accountPage.notes":
    "Shows the deposit protection badge and the regulator's name near the top, which is what he looks for first.",
  "template.bank.card.channelComparison": "Comparison websites",
  "template.bank.card.thoughtSafe": "Is an app-only bank safe?",
  "template.bank.card.oppFeesTable": "Plain fee table on page one",
  "template.bank.card.oppFeesTable.notes":
    "Every fee in one short table on the account page, instead of a tariff PDF.",
  "template.bank.card.noteProtection": "Protection badge lifts applications",
  "template.bank.card.noteProtection.notes":
    "An A/B test showed that placing deposit protection above the fold raised applications by 9%.",

  "template.bank.card.startsApplication": "Downloads the app, starts applying",
  "template.bank.card.applicationForm": "Application form in the app",
  "template.bank.card.applicationForm.notes":
    "Eleven screens; progress is saved, but nothing says how many are left.",
  "template.bank.pain.addressHistory": "Needs every address from the last three years",
  "template.bank.card.creditConsent": "Credit check consent screen",
  "template.bank.pain.legalText": "Two screens of legal text with no summary",
  "template.bank.pain.creditWorry": "Nothing says whether the check affects his credit score",
  "template.bank.card.channelApp": "Mobile banking app",
  "template.bank.card.thoughtCredit": "Will this hurt my credit score?",
  "template.bank.card.frictionAddress": "Three years of address history",
  "template.bank.pain.movedOften":
    "He moved four times as a student and has to dig out old postcodes from emails",
  "template.bank.card.oppSoftSearch": "Explain the soft search in one line",
  "template.bank.card.oppSoftSearch.notes":
    "'This is a soft search: it does not affect your credit score' right above the consent button.",
  "template.bank.card.noteKyc": "Know-your-customer rules from compliance",
  "template.bank.card.noteKyc.notes":
    "Address history and identity checks are legal requirements; their wording and order are ours to improve.",

  "template.bank.card.photoPassport": "Photographs his passport",
  "template.bank.card.passportCapture": "Passport photo capture",
  "template.bank.card.passportCapture.notes":
    "Customer effort score 2.8 out of 7, where 7 means very easy: the lowest of any step in the app.",
  "template.bank.pain.glare": "Glare on the photo page: rejected four times",
  "template.bank.card.selfieCheck": "Selfie liveness check",
  "template.bank.pain.dimLight": "Fails in a dim room after a night shift",
  "template.bank.card.manualReview": "Manual review holding screen",
  "template.bank.card.manualReview.notes":
    "'We're checking a few details and will be in touch.' The review took 26 hours.",
  "template.bank.pain.noEstimate": "No time estimate and no way to check progress",
  "template.bank.card.verificationChat": "Verification help in chat",
  "template.bank.card.verificationChat.notes":
    "An agent confirms that his documents are fine and the review will finish the next day.",
  "template.bank.card.thoughtPassport": "Is my passport in safe hands?",
  "template.bank.card.frictionRejected": "Photo rejected without a reason",
  "template.bank.pain.retryBlind":
    "He retries blind, tilting the passport, with no hint of what went wrong",
  "template.bank.card.frictionLimbo": "A day in review limbo",
  "template.bank.pain.payday": "Payday is six days away and nothing says how long the review takes",
  "template.bank.card.oppCameraGuidance": "Live tips in the camera view",
  "template.bank.card.oppCameraGuidance.notes":
    "Detect glare and blur while framing, and say 'tilt slightly' before the photo is taken.",
  "template.bank.card.noteManualRate": "30% of applicants reviewed by hand",
  "template.bank.card.noteManualRate.notes":
    "Most manual reviews come from unreadable photos, not from real risk signals.",

  "template.bank.card.addsWallet": "Adds virtual card to phone wallet",
  "template.bank.card.virtualCard": "Instant virtual card",
  "template.bank.card.dispatchEmail": "Card dispatch email",
  "template.bank.pain.noTracking": "No tracking, only 'three to five working days'",
  "template.bank.card.cardArrives": "Physical card arrives by post",
  "template.bank.card.cardArrives.notes":
    "In a plain envelope with no bank logo, for safety; activation is one tap in the app.",
  "template.bank.card.channelEmail": "Email notifications",
  "template.bank.card.thoughtLunch": "Good, I can already pay",
  "template.bank.card.frictionNoTracking": "No way to track the card",
  "template.bank.pain.checksPost": "He checks the post after every shift",
  "template.bank.card.delightVirtual": "Pays for lunch before the card arrives",
  "template.bank.card.delightVirtual.notes":
    "The virtual card works in his phone wallet minutes after approval; he buys lunch in the hospital canteen with it.",
  "template.bank.card.oppCardTracking": "Card delivery tracking in the app",
  "template.bank.card.notePrintBatch": "Cards printed in a nightly batch",
  "template.bank.card.notePrintBatch.notes":
    "The card supplier prints once a night; approvals after 6 pm lose a day.",

  "template.bank.card.addsPayee": "Pays rent to a new payee",
  "template.bank.card.biometricSetup": "Fingerprint login set-up",
  "template.bank.card.paymentAlert": "Instant card payment alert",
  "template.bank.card.securityCall": "Fraud check call about rent",
  "template.bank.card.securityCall.notes":
    "The £950 rent to a new payee is held, and the fraud team calls from a withheld number.",
  "template.bank.pain.scamLike": "The caller asks him to confirm details; it feels like a scam",
  "template.bank.card.channelPhone": "Fraud team phone calls",
  "template.bank.card.thoughtCall": "Is this call really my bank?",
  "template.bank.card.frictionRealOrScam": "Real bank call sounds like fraud",
  "template.bank.pain.hangsUp": "He hangs up, and the rent stays held for another day",
  "template.bank.card.delightAlert": "Alert with shop name and logo",
  "template.bank.card.oppVerifyCaller": "'Is this really us?' in the app",
  "template.bank.card.oppVerifyCaller.notes":
    "Show a live call in the app with the agent's name, so customers can check before they share anything.",
  "template.bank.card.noteFraudRule": "New payees over £500 held",
  "template.bank.card.noteFraudRule.notes":
    "Fraud rule for accounts younger than 30 days; every hold triggers an outbound call.",

  "template.bank.card.startsSwitch": "Starts the seven-day switch",
  "template.bank.card.recommends": "Recommends the bank at work",
  "template.bank.card.switchService": "Account switching service",
  "template.bank.card.switchService.notes":
    "Salary and bills move on a date he picks, and the old account closes itself.",
  "template.bank.card.bonusPaid": "Switching bonus paid",
  "template.bank.card.recommendSurvey": "In-app recommendation survey",
  "template.bank.card.recommendSurvey.notes":
    "Asked on day 30, right after a payment alert; he gives 8 out of 10.",
  "template.bank.card.thoughtPayday": "Payday landed on time",
  "template.bank.card.oppReferColleague": "Refer-a-colleague for hospital staff",
  "template.bank.card.oppReferColleague.notes":
    "Nurses on the same ward talk money during breaks; a referral reward paid to both would travel fast.",
  "template.bank.card.noteSwitchService": "Switch runs through a national service",
  "template.bank.card.noteSwitchService.notes":
    "The seven-day switch and its guarantee are run by the national switching service; we only see its status updates.",

  // A hotel stay
  "template.hotel.name": "Hotel stay",
  "template.hotel.description":
    "A conference guest books a city hotel, meets personalised offers and a smart room, and shares photos of the weekend she adds.",
  "template.hotel.title": "Conference trip with a weekend stay",
  "template.hotel.scenario":
    "Amira books three nights at a city-centre hotel for a conference, then adds two nights with her partner for the weekend.",
  "template.hotel.goal":
    "Easy working days, a weekend worth sharing, and separate invoices for her employer and for herself.",

  "template.hotel.persona.name": "Amira Haddad",
  "template.hotel.persona.role": "Events marketing manager, frequent business traveller",
  "template.hotel.persona.quote": "Remember what I like, then get out of my way.",
  "template.hotel.persona.goal.work": "Work comfortably through the conference days",
  "template.hotel.persona.goal.weekend": "Turn the trip into a weekend away with her partner",
  "template.hotel.persona.goal.costs": "Keep business and personal costs cleanly apart",
  "template.hotel.persona.need.lateArrival": "Late arrivals without queuing at a desk",
  "template.hotel.persona.need.offers": "Offers that match her plans, not a generic spa promotion",
  "template.hotel.persona.need.room": "A quiet room she can set up in a minute",
  "template.hotel.persona.frustration.emails":
    "Marketing emails that ignore what she told the hotel",
  "template.hotel.persona.frustration.tech": "Room technology that needs a manual",
  "template.hotel.persona.frustration.invoices": "Fixing invoices by email after she has left",
  "template.hotel.persona.notes":
    "Spends about 25 nights a year in hotels, mostly alone. Loves a good view and shares the best ones on social media, where about 3,000 people follow her.",

  "template.hotel.stage.book": "Book the stay",
  "template.hotel.stage.book.description": "Amira compares hotels near the venue and books direct.",
  "template.hotel.stage.beforeArrival": "Before arrival",
  "template.hotel.stage.beforeArrival.description":
    "Preferences, pre-arrival emails and the decision to add a weekend.",
  "template.hotel.stage.arrival": "Arrival and check-in",
  "template.hotel.stage.arrival.description":
    "A delayed flight, a late arrival and a key on her phone.",
  "template.hotel.stage.stay": "The stay",
  "template.hotel.stage.stay.description":
    "Conference days in a smart room, then the weekend on the rooftop.",
  "template.hotel.stage.checkOut": "Check-out",
  "template.hotel.stage.checkOut.description":
    "Leaving, and splitting the bill between work and leisure.",
  "template.hotel.stage.loyalty.description": "Photos, reviews and a reason to come back.",

  "template.hotel.card.comparesHotels": "Compares hotels near the venue",
  "template.hotel.card.partnerRate": "Conference rate booking page",
  "template.hotel.card.partnerRate.notes":
    "The code from the conference email works only by phone; online, the member rate turns out to be lower anyway.",
  "template.hotel.pain.codeRejected": "The conference rate code is refused online",
  "template.hotel.card.directBooking": "Member rate on hotel website",
  "template.hotel.card.directBooking.notes":
    "Joining the free programme takes a minute and beats the booking sites by 8%.",
  "template.hotel.card.bookingConfirmation": "Booking confirmation email",
  "template.hotel.card.channelWeb": "Hotel website",
  "template.hotel.card.thoughtDirect": "Cheaper direct? Nice surprise",
  "template.hotel.card.oppAutoRate": "Auto-apply the conference rate",
  "template.hotel.card.oppAutoRate.notes":
    "A booking link in the conference email that carries the rate, so nobody ever types a code.",
  "template.hotel.card.noteRoomBlock": "40 rooms held for the conference",
  "template.hotel.card.noteRoomBlock.notes":
    "The block is released a month before; the front desk is not told which guests came through it.",

  "template.hotel.card.addsWeekend": "Adds the weekend for two",
  "template.hotel.card.spaEmail": "Generic spa offer email",
  "template.hotel.card.spaEmail.notes":
    "A segment-wide campaign to everyone booked that month, sent three times.",
  "template.hotel.pain.ignoredPreferences": "Offers a spa day; she had asked about late check-out",
  "template.hotel.pain.sameOffer": "The same offer three times in one week",
  "template.hotel.card.preferenceForm": "Pre-arrival preferences in the app",
  "template.hotel.card.preferenceForm.notes":
    "Pillow, room temperature, high floor, arrival time: forty seconds to fill in.",
  "template.hotel.card.weekendOffer": "Weekend dinner and late check-out offer",
  "template.hotel.card.weekendOffer.notes":
    "Sent after she adds the weekend; built from her preferences and booked in two taps.",
  "template.hotel.card.channelEmail": "Hotel emails",
  "template.hotel.card.thoughtReadForm": "They actually read my form",
  "template.hotel.card.frictionGenericOffers": "Offers ignore stated preferences",
  "template.hotel.pain.whyForm": "She wonders why she filled in the form at all",
  "template.hotel.card.delightLateCheckout": "Late check-out offered unasked",
  "template.hotel.card.delightLateCheckout.notes":
    "The offer pairs dinner for two with a 2 pm Sunday check-out: exactly what she would have asked for.",
  "template.hotel.card.oppOneProfile": "One guest profile for all offers",
  "template.hotel.card.oppOneProfile.notes":
    "Campaigns read the same preferences the app collects, and skip guests who have said no.",
  "template.hotel.card.noteCrmSync": "CRM and app not in sync",
  "template.hotel.card.noteCrmSync.notes":
    "Preferences live in the app; email campaigns are planned in the CRM from booking data only.",

  "template.hotel.card.arrivesLate": "Arrives at 23:40 after a delay",
  "template.hotel.card.headsToLift": "Heads straight for the lift",
  "template.hotel.card.onlineCheckIn": "Online check-in in the app",
  "template.hotel.card.mobileKey": "Digital room key on phone",
  "template.hotel.card.mobileKey.notes":
    "Works on the room door but not on the lift reader, which guards the upper floors after 10 pm.",
  "template.hotel.pain.liftReader": "The key does not call the lift to her floor",
  "template.hotel.card.frontDesk": "Night desk issues a key card",
  "template.hotel.card.frontDesk.notes":
    "One person on the desk at night; a tour group is checking in.",
  "template.hotel.pain.queue": "Fifteen minutes in a queue behind a tour group",
  "template.hotel.card.channelDesk": "Front desk",
  "template.hotel.card.thoughtRoom": "Just let me get to my room",
  "template.hotel.card.frictionLiftKey": "Mobile key fails at the lift",
  "template.hotel.pain.backToDesk": "She queues at the desk that online check-in was meant to skip",
  "template.hotel.card.oppLiftReaders": "Phone-ready readers in every lift",
  "template.hotel.card.oppLiftReaders.notes":
    "Update or replace the two old lift readers, and test phone keys on every reader each month.",
  "template.hotel.card.noteFirmware": "Lift readers on old firmware",
  "template.hotel.card.noteFirmware.notes":
    "Two of the six lifts still run reader firmware that ignores phone keys.",

  "template.hotel.card.setsByVoice": "Sets the room by voice",
  "template.hotel.card.postsRooftop": "Posts the rooftop view",
  "template.hotel.card.roomProfile": "Room set to saved preferences",
  "template.hotel.card.roomProfile.notes":
    "Temperature, blinds and desk lamp follow her profile the moment the door opens.",
  "template.hotel.card.roomTablet": "Smart room tablet",
  "template.hotel.card.roomTablet.notes":
    "Controls lights, blinds, climate and room service from the bedside.",
  "template.hotel.pain.lightsOff": "No single button to switch off every light",
  "template.hotel.card.voiceAssistant": "Voice assistant in the room",
  "template.hotel.pain.listening": "Nothing shows when it is listening",
  "template.hotel.card.rooftopPhoto": "Rooftop bar photo spot",
  "template.hotel.card.rooftopPhoto.notes":
    "A framed view of the skyline at sunset, with the hotel's tag painted discreetly on the railing.",
  "template.hotel.card.thoughtGetsMe": "This room just gets me",
  "template.hotel.card.frictionPrivacy": "Voice assistant privacy doubts",
  "template.hotel.pain.unplugged": "Her partner unplugs it on the first night",
  "template.hotel.card.delightRoomReady": "Room already at her 20 °C",
  "template.hotel.card.delightPhoto": "Bartender takes the couple's photo",
  "template.hotel.card.delightPhoto.notes":
    "He offers before they ask and knows the best angle for the sunset; the photo becomes her most-liked post of the year.",
  "template.hotel.card.oppMuteSwitch": "Physical mute switch and privacy card",
  "template.hotel.card.oppMuteSwitch.notes":
    "A visible switch on the device and a card explaining, in plain words, what is recorded and what is not.",
  "template.hotel.card.noteSensorData": "Room sensor data kept 24 hours",
  "template.hotel.card.noteSensorData.notes":
    "Occupancy and climate readings are deleted a day after check-out; voice commands are never stored.",

  "template.hotel.card.checksOut": "Checks out in the app",
  "template.hotel.card.asksSplit": "Asks to split the bill",
  "template.hotel.card.expressCheckout": "Express check-out in the app",
  "template.hotel.card.splitInvoice": "Split invoice by email",
  "template.hotel.card.splitInvoice.notes":
    "Three emails with the front desk over two days before she gets one invoice for work and one for the weekend.",
  "template.hotel.pain.mixedInvoice": "Weekend dinner appears on the company invoice",
  "template.hotel.pain.emailFix": "Correcting it takes three emails",
  "template.hotel.card.thoughtFinance": "Now I have to email finance",
  "template.hotel.card.frictionMixedInvoice": "Work and leisure on one invoice",
  "template.hotel.pain.expenseRejected": "Finance sends her expense claim back",
  "template.hotel.card.oppSplitByDate": "Split the bill by date",
  "template.hotel.card.oppSplitByDate.notes":
    "Let guests choose which nights and extras go on which invoice, in the app, before they leave.",
  "template.hotel.card.noteManualFolio": "Invoice splits done by hand",
  "template.hotel.card.noteManualFolio.notes":
    "The property system supports one folio per stay; splits are retyped by the front desk.",

  "template.hotel.card.tagsHotel": "Tags the hotel in her photos",
  "template.hotel.card.survey": "Post-stay survey",
  "template.hotel.card.repost": "Hotel reposts her photo",
  "template.hotel.card.repost.notes":
    "The hotel asks permission in a comment first, then shares the sunset photo and credits her.",
  "template.hotel.card.channelSocial": "Social media",
  "template.hotel.card.thoughtReturn": "Coming back for a weekend",
  "template.hotel.card.delightRepost": "Repost thanks her by name",
  "template.hotel.card.oppReturnOffer": "Return offer using her preferences",
  "template.hotel.card.oppReturnOffer.notes":
    "A weekend offer for two with her room settings and late check-out already included.",
  "template.hotel.card.noteGuestPhotos": "Guest photos used with consent",
  "template.hotel.card.noteGuestPhotos.notes":
    "Reposts always ask first; approved photos feed the weekend-break campaign.",

  // A SaaS support desk, from the customer's side
  "template.saasSupport.name": "SaaS support desk",
  "template.saasSupport.description":
    "An account admin gets a failing payroll export fixed through the help centre, a chatbot, the phone line and an escalation, measured with AHT, FCR and CES.",
  "template.saasSupport.title": "Get a failing payroll export fixed",
  "template.saasSupport.scenario":
    "On Friday morning the weekly payroll export from the scheduling tool fails; Priya has until 3 pm, when payroll closes, to get it working.",
  "template.saasSupport.goal":
    "A working export before the payroll deadline, in one conversation, without repeating herself.",

  "template.saasSupport.persona.name": "Priya Nair",
  "template.saasSupport.persona.role": "Operations manager and account admin",
  "template.saasSupport.persona.quote":
    "When the payroll export breaks on a Friday, I need someone who gets it the first time.",
  "template.saasSupport.persona.goal.payroll": "Get payroll out on time every week",
  "template.saasSupport.persona.goal.selfFix": "Fix problems herself when she can",
  "template.saasSupport.persona.goal.lessChasing": "Spend less time chasing the vendor",
  "template.saasSupport.persona.need.human": "A fast route to a person when self-service fails",
  "template.saasSupport.persona.need.noRepeat": "Not having to explain the problem twice",
  "template.saasSupport.persona.need.estimates": "Honest time estimates she can pass on",
  "template.saasSupport.persona.frustration.bots": "Chatbots that loop back to the same article",
  "template.saasSupport.persona.frustration.tiers": "Being passed from tier to tier",
  "template.saasSupport.persona.frustration.closedEarly": "Tickets closed before the fix ships",
  "template.saasSupport.persona.notes":
    "Runs shift scheduling for 180 warehouse staff at a logistics company. The scheduling tool feeds payroll every Friday; a failed export means late pay for people on hourly wages.",

  "template.saasSupport.stage.problem": "Hit the problem",
  "template.saasSupport.stage.problem.description":
    "The export fails three hours before payroll closes.",
  "template.saasSupport.stage.selfService": "Try self-service",
  "template.saasSupport.stage.selfService.description":
    "Help centre and chatbot, hoping for a quick answer.",
  "template.saasSupport.stage.contact": "Contact support",
  "template.saasSupport.stage.contact.description": "A ticket by email, then the phone line.",
  "template.saasSupport.stage.troubleshoot": "Troubleshoot",
  "template.saasSupport.stage.troubleshoot.description":
    "Escalation to a tier-2 engineer and a workaround.",
  "template.saasSupport.stage.resolution": "Resolution",
  "template.saasSupport.stage.resolution.description":
    "Payroll goes out; the real fix follows on Monday.",
  "template.saasSupport.stage.followUp": "Follow-up",
  "template.saasSupport.stage.followUp.description": "Surveys, a success check-in and the renewal.",

  "template.saasSupport.card.runsExport": "Runs the Friday payroll export",
  "template.saasSupport.card.checksStatus": "Checks the status page",
  "template.saasSupport.card.exportError": "Export fails with error 500",
  "template.saasSupport.card.exportError.notes":
    "'Something went wrong (500).' No request id, no link, and the Retry button fails the same way.",
  "template.saasSupport.pain.codeOnly": "Only an error code, no next step",
  "template.saasSupport.card.statusPage": "Status page says all is fine",
  "template.saasSupport.pain.statusGreen": "All green while exports are failing",
  "template.saasSupport.card.channelWebApp": "Web app",
  "template.saasSupport.card.thoughtDeadline": "Payroll closes at 3 pm",
  "template.saasSupport.card.thoughtDeadline.notes":
    "If the export is late, 180 people on hourly wages are paid late.",
  "template.saasSupport.card.frictionGenericError": "Error with no guidance",
  "template.saasSupport.pain.whoseFault": "She cannot tell whether it is her data or their system",
  "template.saasSupport.card.oppActionableError": "Errors that give a next step",
  "template.saasSupport.card.oppActionableError.notes":
    "Say what failed and whether it is on our side, and link to a ticket already filled in with the details.",
  "template.saasSupport.card.noteTimeout": "Export times out on large teams",
  "template.saasSupport.card.noteTimeout.notes":
    "Since Tuesday's release, teams of more than 150 people hit a 30-second export time-out.",

  "template.saasSupport.card.searchesHelp": "Searches the help centre",
  "template.saasSupport.card.asksBot": "Asks the support chatbot",
  "template.saasSupport.card.helpArticle": "Help article on exports",
  "template.saasSupport.pain.oldScreenshots": "Screenshots show the old interface",
  "template.saasSupport.card.chatbot": "Support chatbot",
  "template.saasSupport.card.chatbot.notes":
    "Resolves 18% of conversations without an agent; customer effort 2.1 out of 7, where 7 means very easy.",
  "template.saasSupport.pain.botLoop": "The bot offers the same article three times",
  "template.saasSupport.card.channelChat": "Chat and chatbot",
  "template.saasSupport.card.thoughtPerson": "Just let me talk to someone",
  "template.saasSupport.card.frictionNoHuman": "No way past the bot",
  "template.saasSupport.pain.noHandoff": "'Talk to a person' is not understood",
  "template.saasSupport.card.oppHandoff": "Hand over after two failed answers",
  "template.saasSupport.card.oppHandoff.notes":
    "After two unhelpful answers, or any mention of a deadline, pass the conversation and its history to an agent.",
  "template.saasSupport.card.noteDeflection": "Bot targets reward deflection",
  "template.saasSupport.card.noteDeflection.notes":
    "The bot team is measured on deflection rate, so every hand-off counts against it.",

  "template.saasSupport.card.emailsTicket": "Emails support with screenshots",
  "template.saasSupport.card.callsSupport": "Calls the support line",
  "template.saasSupport.card.autoReply": "Ticket auto-reply",
  "template.saasSupport.pain.slaMismatch": "Promises a reply within 24 hours; payroll closes in 5",
  "template.saasSupport.card.phoneQueue": "22 minutes in the phone queue",
  "template.saasSupport.card.phoneQueue.notes":
    "Friday morning is the busiest hour of the week; there is no call-back option.",
  "template.saasSupport.pain.holdMusic": "No place in the queue, only the same music on a loop",
  "template.saasSupport.card.tier1Call": "Call with a tier-1 agent",
  "template.saasSupport.card.tier1Call.notes":
    "The agent is friendly but cannot see her emailed ticket and opens a new one. Average handling time 8.5 minutes; 58% of export issues are solved on the first contact.",
  "template.saasSupport.pain.repeatStory": "Has to repeat everything she wrote in the ticket",
  "template.saasSupport.card.channelEmail": "Ticket emails",
  "template.saasSupport.card.channelPhone": "Phone support line",
  "template.saasSupport.card.thoughtWroteItDown": "I already wrote all this down",
  "template.saasSupport.card.frictionTwice": "Telling the story twice",
  "template.saasSupport.pain.noScreenshots": "The phone agent cannot see her emailed screenshots",
  "template.saasSupport.card.oppOneTicket": "One ticket across email and phone",
  "template.saasSupport.card.oppOneTicket.notes":
    "Match callers to open tickets by phone number or email, and show the history before the agent says hello.",
  "template.saasSupport.card.noteTwoTools": "Phone and email in separate tools",
  "template.saasSupport.card.noteTwoTools.notes":
    "The phone team works in the telephony system's own ticketing; merging it is on next year's roadmap.",

  "template.saasSupport.card.sendsLog": "Sends the export log",
  "template.saasSupport.card.sharesScreen": "Shares her screen",
  "template.saasSupport.card.escalation": "Escalation to tier 2",
  "template.saasSupport.card.escalation.notes":
    "An email from a new name: 'I've picked up your case.' It asks for the screenshots she has already sent twice.",
  "template.saasSupport.pain.lostAttachments": "The handover loses her attachments",
  "template.saasSupport.card.screenShare": "Screen share with a tier-2 engineer",
  "template.saasSupport.card.screenShare.notes":
    "25 minutes on a shared screen; she rates it 5.4 out of 7 for ease, where 7 means very easy.",
  "template.saasSupport.card.workaround": "Workaround: export team by team",
  "template.saasSupport.card.workaround.notes":
    "Exporting each depot separately stays under the time-out; the engineer sends the steps in writing.",
  "template.saasSupport.card.channelScreenShare": "Screen share in the browser",
  "template.saasSupport.card.thoughtGetsIt": "Finally, someone who gets it",
  "template.saasSupport.card.delightFoundIt": "Cause found in ten minutes",
  "template.saasSupport.card.delightFoundIt.notes":
    "The engineer spots the time-out in the logs while she watches, and explains it in plain words.",
  "template.saasSupport.card.oppSwarm": "Tier 2 joins urgent first calls",
  "template.saasSupport.card.oppSwarm.notes":
    "For deadline-critical cases, an engineer joins the first call instead of waiting for an escalation.",
  "template.saasSupport.card.noteOnCall": "Friday on-call rota for tier 2",
  "template.saasSupport.card.noteOnCall.notes":
    "One engineer covers Friday mornings, the peak for payroll and scheduling exports.",

  "template.saasSupport.card.runsPayroll": "Runs payroll with the workaround",
  "template.saasSupport.card.confirmsFix": "Confirms the fix on Monday",
  "template.saasSupport.card.ticketSolved": "Ticket marked solved",
  "template.saasSupport.pain.closedEarly": "Marked solved while the bug is still open",
  "template.saasSupport.card.hotfixEmail": "Hotfix email from product",
  "template.saasSupport.card.hotfixEmail.notes":
    "On Monday a product manager writes that the fix is in release 4.12, what caused the failure and how it was tested.",
  "template.saasSupport.card.thoughtMadeIt": "Made it with minutes to spare",
  "template.saasSupport.card.frictionClosedEarly": "Solved before the fix shipped",
  "template.saasSupport.pain.reopen": "She has to reopen the ticket to get any update",
  "template.saasSupport.card.delightPersonalNote": "Personal note from the product manager",
  "template.saasSupport.card.oppLinkBug": "Link tickets to bug status",
  "template.saasSupport.card.oppLinkBug.notes":
    "Keep tickets open until the linked bug ships, and tell the customer automatically when it does.",
  "template.saasSupport.card.noteRelease": "Fixed in release 4.12",
  "template.saasSupport.card.noteRelease.notes":
    "The export now runs in the background and emails a download link when it is ready.",

  "template.saasSupport.card.answersSurvey": "Answers the effort survey",
  "template.saasSupport.card.reviewsRenewal": "Reviews the renewal quote",
  "template.saasSupport.card.cesSurvey": "Effort survey after the ticket",
  "template.saasSupport.card.cesSurvey.notes":
    "'The company made it easy to handle my issue': she answers 4 out of 7, against a desk average of 4.6, and adds two lines about the chatbot.",
  "template.saasSupport.card.successCall": "Check-in call from success manager",
  "template.saasSupport.card.successCall.notes":
    "The customer success manager has read the whole case, apologises and asks how likely she is to recommend the product.",
  "template.saasSupport.card.renewalQuote": "Renewal quote",
  "template.saasSupport.pain.priceRise": "An 8% price rise in the same month as the outage",
  "template.saasSupport.card.thoughtPeople": "Slow process, great people",
  "template.saasSupport.card.oppServiceCredit": "Offer a service credit unasked",
  "template.saasSupport.card.oppServiceCredit.notes":
    "A credit for the failed export, offered with the renewal quote, before the customer has to ask.",
  "template.saasSupport.card.noteAtRisk": "Account flagged at risk",
  "template.saasSupport.card.noteAtRisk.notes":
    "Two escalations in a quarter flag the account to the success team ahead of renewal.",
} as const;
