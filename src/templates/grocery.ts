import { TemplateBuilder, channel, owner } from "./builder";
import type { JourneyTemplate } from "./types";

/**
 * Grocery delivery for busy parents: the first-run sample. A working parent orders the week's
 * food on her phone; the emotion curve dips at sign-up, slot choice and an unsafe substitution,
 * and peaks at the recipe suggestion before checkout and at the doorstep.
 */
export const groceryTemplate: JourneyTemplate = {
  id: "grocery",
  name: "template.grocery.name",
  description: "template.grocery.description",
  build(context) {
    const b = new TemplateBuilder(context, {
      title: "template.grocery.title",
      scenario: "template.grocery.scenario",
      goal: "template.grocery.goal",
    });
    const app = channel("mobileApp");
    const email = channel("email");
    const marketing = owner("marketing");
    const product = owner("product");
    const service = owner("customerService");

    // 1. Awareness
    const awareness = b.stage("stage.awareness", {
      description: "template.grocery.stage.awareness.description",
    });
    b.card({
      kind: "customerAction",
      stage: awareness,
      lane: "actions",
      title: "template.grocery.card.schoolGate",
      notes: "template.grocery.card.schoolGate.notes",
    });
    b.card({
      kind: "touchpoint",
      stage: awareness,
      lane: "touchpoints",
      title: "template.grocery.card.referralCode",
      notes: "template.grocery.card.referralCode.notes",
      satisfaction: 4,
      channel: channel("wordOfMouth"),
      owner: marketing,
      confidence: "validated",
    });
    b.card({
      kind: "touchpoint",
      stage: awareness,
      lane: "touchpoints",
      title: "template.grocery.card.socialAd",
      notes: "template.grocery.card.socialAd.notes",
      satisfaction: 3,
      channel: channel("socialMedia"),
      owner: marketing,
      painPoints: [{ text: "template.grocery.pain.adPostcode", severity: "low" }],
    });
    b.card({
      kind: "channel",
      stage: awareness,
      lane: "channels",
      title: "template.grocery.card.channelWordOfMouth",
      channel: channel("wordOfMouth"),
    });
    b.card({
      kind: "thought",
      stage: awareness,
      lane: "thoughts",
      title: "template.grocery.card.thoughtSundays",
    });
    b.card({
      kind: "opportunity",
      stage: awareness,
      lane: "opportunities",
      title: "template.grocery.card.oppPostcode",
      notes: "template.grocery.card.oppPostcode.notes",
      owner: marketing,
      votes: 2,
      confidence: "assumed",
    });
    b.card({
      kind: "note",
      stage: awareness,
      lane: "backstage",
      title: "template.grocery.card.noteReferral",
      notes: "template.grocery.card.noteReferral.notes",
      owner: marketing,
      confidence: "validated",
    });

    // 2. Sign up and plan
    const signUp = b.stage("template.grocery.stage.signUp", {
      description: "template.grocery.stage.signUp.description",
    });
    b.card({
      kind: "customerAction",
      stage: signUp,
      lane: "actions",
      title: "template.grocery.card.installApp",
    });
    b.card({
      kind: "customerAction",
      stage: signUp,
      lane: "actions",
      title: "template.grocery.card.sharedList",
      notes: "template.grocery.card.sharedList.notes",
    });
    b.card({
      kind: "touchpoint",
      stage: signUp,
      lane: "touchpoints",
      title: "template.grocery.card.appStore",
      notes: "template.grocery.card.appStore.notes",
      satisfaction: 3,
      channel: app,
      owner: marketing,
    });
    const signUpForm = b.card({
      kind: "touchpoint",
      stage: signUp,
      lane: "touchpoints",
      title: "template.grocery.card.signUpForm",
      notes: "template.grocery.card.signUpForm.notes",
      satisfaction: 2,
      channel: app,
      owner: product,
      painPoints: [
        { text: "template.grocery.pain.cardFirst", severity: "high" },
        { text: "template.grocery.pain.passwordRules", severity: "low" },
      ],
      metrics: { csat: 58 },
      confidence: "validated",
      votes: 4,
    });
    b.card({
      kind: "channel",
      stage: signUp,
      lane: "channels",
      title: "template.grocery.card.channelApp",
      channel: app,
    });
    b.card({
      kind: "thought",
      stage: signUp,
      lane: "thoughts",
      title: "template.grocery.card.thoughtCard",
    });
    const slotsHidden = b.card({
      kind: "frictionPoint",
      stage: signUp,
      lane: "frictionPoints",
      title: "template.grocery.card.frictionSlotsHidden",
      painPoints: [{ text: "template.grocery.pain.slotsHidden", severity: "high" }],
      votes: 5,
      confidence: "validated",
    });
    b.link(slotsHidden, signUpForm, "causes");
    const slotsFirst = b.card({
      kind: "opportunity",
      stage: signUp,
      lane: "opportunities",
      title: "template.grocery.card.oppSlotsFirst",
      notes: "template.grocery.card.oppSlotsFirst.notes",
      owner: product,
      votes: 5,
      confidence: "partlyBacked",
    });
    b.link(slotsFirst, slotsHidden, "relates");
    b.card({
      kind: "note",
      stage: signUp,
      lane: "backstage",
      title: "template.grocery.card.noteDropOff",
      notes: "template.grocery.card.noteDropOff.notes",
      owner: product,
      confidence: "validated",
    });

    // 3. Fill the basket
    const basket = b.stage("template.grocery.stage.basket", {
      description: "template.grocery.stage.basket.description",
      columns: 2,
    });
    b.card({
      kind: "customerAction",
      stage: basket,
      lane: "actions",
      title: "template.grocery.card.searchItems",
    });
    b.card({
      kind: "customerAction",
      stage: basket,
      lane: "actions",
      title: "template.grocery.card.reuseBasket",
    });
    const search = b.card({
      kind: "touchpoint",
      stage: basket,
      lane: "touchpoints",
      title: "template.grocery.card.productSearch",
      notes: "template.grocery.card.productSearch.notes",
      satisfaction: 2,
      channel: app,
      owner: product,
      painPoints: [
        { text: "template.grocery.pain.searchKids", severity: "medium" },
        { text: "template.grocery.pain.searchGlutenFree", severity: "medium" },
      ],
      votes: 3,
    });
    b.card({
      kind: "touchpoint",
      stage: basket,
      lane: "touchpoints",
      title: "template.grocery.card.favourites",
      notes: "template.grocery.card.favourites.notes",
      satisfaction: 4,
      channel: app,
      owner: product,
    });
    b.card({
      kind: "touchpoint",
      stage: basket,
      lane: "touchpoints",
      title: "template.grocery.card.substitutionSettings",
      notes: "template.grocery.card.substitutionSettings.notes",
      satisfaction: 3,
      channel: app,
      owner: product,
      painPoints: [{ text: "template.grocery.pain.settingsDeep", severity: "low" }],
    });
    b.card({
      kind: "channel",
      stage: basket,
      lane: "channels",
      title: "template.grocery.card.channelApp",
      channel: app,
    });
    b.card({
      kind: "thought",
      stage: basket,
      lane: "thoughts",
      title: "template.grocery.card.thoughtBedtime",
      notes: "template.grocery.card.thoughtBedtime.notes",
    });
    const searchFriction = b.card({
      kind: "frictionPoint",
      stage: basket,
      lane: "frictionPoints",
      title: "template.grocery.card.frictionSearch",
      painPoints: [{ text: "template.grocery.pain.searchRepeat", severity: "medium" }],
      votes: 3,
      confidence: "partlyBacked",
    });
    b.link(searchFriction, search, "relates");
    b.card({
      kind: "opportunity",
      stage: basket,
      lane: "opportunities",
      title: "template.grocery.card.oppUsualShop",
      notes: "template.grocery.card.oppUsualShop.notes",
      owner: product,
      votes: 4,
      confidence: "assumed",
    });
    b.card({
      kind: "note",
      stage: basket,
      lane: "backstage",
      title: "template.grocery.card.noteRanking",
      notes: "template.grocery.card.noteRanking.notes",
      owner: product,
    });

    // 4. Check out
    const checkout = b.stage("template.grocery.stage.checkout", {
      description: "template.grocery.stage.checkout.description",
      columns: 2,
    });
    b.card({
      kind: "customerAction",
      stage: checkout,
      lane: "actions",
      title: "template.grocery.card.pickSlot",
    });
    const basketReview = b.card({
      kind: "touchpoint",
      stage: checkout,
      lane: "touchpoints",
      title: "template.grocery.card.basketReview",
      notes: "template.grocery.card.basketReview.notes",
      satisfaction: 5,
      channel: app,
      owner: product,
      metrics: { csat: 91 },
      confidence: "validated",
    });
    const slotPicker = b.card({
      kind: "touchpoint",
      stage: checkout,
      lane: "touchpoints",
      title: "template.grocery.card.slotPicker",
      notes: "template.grocery.card.slotPicker.notes",
      satisfaction: 2,
      channel: app,
      owner: product,
      painPoints: [{ text: "template.grocery.pain.slotsGone", severity: "high" }],
      metrics: { csat: 54 },
      votes: 5,
    });
    b.card({
      kind: "touchpoint",
      stage: checkout,
      lane: "touchpoints",
      title: "template.grocery.card.payment",
      satisfaction: 4,
      channel: app,
      owner: product,
    });
    b.card({
      kind: "touchpoint",
      stage: checkout,
      lane: "touchpoints",
      title: "template.grocery.card.confirmationEmail",
      notes: "template.grocery.card.confirmationEmail.notes",
      satisfaction: 4,
      channel: email,
      owner: marketing,
    });
    b.card({
      kind: "channel",
      stage: checkout,
      lane: "channels",
      title: "template.grocery.card.channelApp",
      channel: app,
    });
    b.card({
      kind: "thought",
      stage: checkout,
      lane: "thoughts",
      title: "template.grocery.card.thoughtFajitas",
    });
    const slotsFriction = b.card({
      kind: "frictionPoint",
      stage: checkout,
      lane: "frictionPoints",
      title: "template.grocery.card.frictionSlots",
      painPoints: [{ text: "template.grocery.pain.lateSlot", severity: "high" }],
      votes: 6,
      confidence: "validated",
    });
    b.link(slotsFriction, slotPicker, "causes");
    const recipe = b.card({
      kind: "momentOfDelight",
      stage: checkout,
      lane: "momentsOfDelight",
      title: "template.grocery.card.delightRecipe",
      notes: "template.grocery.card.delightRecipe.notes",
      votes: 6,
      confidence: "validated",
    });
    b.link(recipe, basketReview, "relates");
    const recurringSlot = b.card({
      kind: "opportunity",
      stage: checkout,
      lane: "opportunities",
      title: "template.grocery.card.oppRecurringSlot",
      notes: "template.grocery.card.oppRecurringSlot.notes",
      owner: product,
      votes: 5,
      confidence: "partlyBacked",
    });
    b.link(recurringSlot, slotsFriction, "relates");
    b.card({
      kind: "note",
      stage: checkout,
      lane: "backstage",
      title: "template.grocery.card.noteRecipeEngine",
      notes: "template.grocery.card.noteRecipeEngine.notes",
      owner: product,
    });

    // 5. Delivery
    const delivery = b.stage("template.grocery.stage.delivery", {
      description: "template.grocery.stage.delivery.description",
      columns: 2,
    });
    b.card({
      kind: "customerAction",
      stage: delivery,
      lane: "actions",
      title: "template.grocery.card.trackVan",
    });
    b.card({
      kind: "customerAction",
      stage: delivery,
      lane: "actions",
      title: "template.grocery.card.checkBags",
    });
    b.card({
      kind: "touchpoint",
      stage: delivery,
      lane: "touchpoints",
      title: "template.grocery.card.etaPush",
      notes: "template.grocery.card.etaPush.notes",
      satisfaction: 4,
      channel: app,
      owner: service,
    });
    const substitutions = b.card({
      kind: "touchpoint",
      stage: delivery,
      lane: "touchpoints",
      title: "template.grocery.card.substitutionsEmail",
      notes: "template.grocery.card.substitutionsEmail.notes",
      satisfaction: 1,
      channel: email,
      owner: service,
      painPoints: [
        { text: "template.grocery.pain.glutenSwap", severity: "high" },
        { text: "template.grocery.pain.subsLate", severity: "medium" },
      ],
      metrics: { csat: 31 },
      votes: 6,
      confidence: "validated",
    });
    const handover = b.card({
      kind: "touchpoint",
      stage: delivery,
      lane: "touchpoints",
      title: "template.grocery.card.driverHandover",
      notes: "template.grocery.card.driverHandover.notes",
      satisfaction: 5,
      owner: service,
    });
    b.card({
      kind: "channel",
      stage: delivery,
      lane: "channels",
      title: "template.grocery.card.channelPush",
      channel: app,
    });
    b.card({
      kind: "thought",
      stage: delivery,
      lane: "thoughts",
      title: "template.grocery.card.thoughtNotes",
    });
    const unsafeSub = b.card({
      kind: "frictionPoint",
      stage: delivery,
      lane: "frictionPoints",
      title: "template.grocery.card.frictionUnsafeSub",
      painPoints: [{ text: "template.grocery.pain.allergyNote", severity: "high" }],
      votes: 6,
      confidence: "validated",
    });
    b.link(unsafeSub, substitutions, "causes");
    const stickers = b.card({
      kind: "momentOfDelight",
      stage: delivery,
      lane: "momentsOfDelight",
      title: "template.grocery.card.delightStickers",
      votes: 3,
      confidence: "assumed",
    });
    b.link(stickers, handover, "relates");
    const allergyRules = b.card({
      kind: "opportunity",
      stage: delivery,
      lane: "opportunities",
      title: "template.grocery.card.oppAllergyRules",
      notes: "template.grocery.card.oppAllergyRules.notes",
      owner: product,
      votes: 6,
      confidence: "partlyBacked",
    });
    b.link(allergyRules, unsafeSub, "relates");
    b.card({
      kind: "note",
      stage: delivery,
      lane: "backstage",
      title: "template.grocery.card.notePickers",
      notes: "template.grocery.card.notePickers.notes",
      owner: service,
      confidence: "partlyBacked",
    });

    // 6. Loyalty and advocacy
    const loyalty = b.stage("stage.loyalty", {
      description: "template.grocery.stage.loyalty.description",
    });
    b.card({
      kind: "customerAction",
      stage: loyalty,
      lane: "actions",
      title: "template.grocery.card.reportWrongItem",
    });
    const refund = b.card({
      kind: "touchpoint",
      stage: loyalty,
      lane: "touchpoints",
      title: "template.grocery.card.refund",
      notes: "template.grocery.card.refund.notes",
      satisfaction: 4,
      channel: app,
      owner: service,
      metrics: { csat: 84 },
    });
    b.card({
      kind: "touchpoint",
      stage: loyalty,
      lane: "touchpoints",
      title: "template.grocery.card.npsSurvey",
      notes: "template.grocery.card.npsSurvey.notes",
      satisfaction: 3,
      channel: email,
      owner: marketing,
      metrics: { nps: 32 },
    });
    b.card({
      kind: "touchpoint",
      stage: loyalty,
      lane: "touchpoints",
      title: "template.grocery.card.referralShare",
      satisfaction: 5,
      channel: channel("wordOfMouth"),
      owner: marketing,
    });
    b.card({
      kind: "channel",
      stage: loyalty,
      lane: "channels",
      title: "template.grocery.card.channelWordOfMouth",
      channel: channel("wordOfMouth"),
    });
    b.card({
      kind: "thought",
      stage: loyalty,
      lane: "thoughts",
      title: "template.grocery.card.thoughtSavedHour",
    });
    const quickRefund = b.card({
      kind: "momentOfDelight",
      stage: loyalty,
      lane: "momentsOfDelight",
      title: "template.grocery.card.delightRefund",
      votes: 4,
      confidence: "partlyBacked",
    });
    b.link(quickRefund, refund, "relates");
    b.card({
      kind: "opportunity",
      stage: loyalty,
      lane: "opportunities",
      title: "template.grocery.card.oppMealPlan",
      notes: "template.grocery.card.oppMealPlan.notes",
      owner: marketing,
      votes: 3,
      confidence: "assumed",
    });
    b.card({
      kind: "note",
      stage: loyalty,
      lane: "backstage",
      title: "template.grocery.card.noteRefundSpeed",
      notes: "template.grocery.card.noteRefundSpeed.notes",
      owner: service,
      confidence: "partlyBacked",
    });

    return b.build({
      name: "template.grocery.persona.name",
      avatar: { kind: "emoji", emoji: "👩‍👧‍👦" },
      role: "template.grocery.persona.role",
      quote: "template.grocery.persona.quote",
      goals: [
        "template.grocery.persona.goal.quick",
        "template.grocery.persona.goal.meals",
        "template.grocery.persona.goal.budget",
      ],
      needs: [
        "template.grocery.persona.need.slot",
        "template.grocery.persona.need.allergy",
        "template.grocery.persona.need.oneHand",
      ],
      frustrations: [
        "template.grocery.persona.frustration.slots",
        "template.grocery.persona.frustration.doorstep",
        "template.grocery.persona.frustration.search",
      ],
      preferredChannels: [app, email, channel("wordOfMouth")],
      notes: "template.grocery.persona.notes",
    });
  },
};
