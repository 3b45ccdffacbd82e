import { TemplateBuilder, channel, owner } from "./builder";
import type { JourneyTemplate } from "./types";

/**
 * A hotel stay that starts as a conference trip and becomes a weekend away: personalised offers
 * that hit and miss, a smart room that delights until the mobile key meets the lift, and guests
 * sharing photos the hotel can celebrate.
 */
export const hotelTemplate: JourneyTemplate = {
  id: "hotel",
  name: "template.hotel.name",
  description: "template.hotel.description",
  build(context) {
    const b = new TemplateBuilder(context, {
      title: "template.hotel.title",
      scenario: "template.hotel.scenario",
      goal: "template.hotel.goal",
    });
    const app = channel("mobileApp");
    const web = channel("web");
    const email = channel("email");
    const social = channel("socialMedia");
    const marketing = owner("marketing");
    const sales = owner("sales");
    const product = owner("product");
    const service = owner("customerService");

    // 1. Book the stay
    const book = b.stage("template.hotel.stage.book", {
      description: "template.hotel.stage.book.description",
    });
    b.card({
      kind: "customerAction",
      stage: book,
      lane: "actions",
      title: "template.hotel.card.comparesHotels",
    });
    const partnerRate = b.card({
      kind: "touchpoint",
      stage: book,
      lane: "touchpoints",
      title: "template.hotel.card.partnerRate",
      notes: "template.hotel.card.partnerRate.notes",
      satisfaction: 3,
      channel: web,
      owner: sales,
      painPoints: [{ text: "template.hotel.pain.codeRejected", severity: "medium" }],
    });
    b.card({
      kind: "touchpoint",
      stage: book,
      lane: "touchpoints",
      title: "template.hotel.card.directBooking",
      notes: "template.hotel.card.directBooking.notes",
      satisfaction: 4,
      channel: web,
      owner: marketing,
    });
    b.card({
      kind: "touchpoint",
      stage: book,
      lane: "touchpoints",
      title: "template.hotel.card.bookingConfirmation",
      satisfaction: 4,
      channel: email,
      owner: marketing,
    });
    b.card({
      kind: "channel",
      stage: book,
      lane: "channels",
      title: "template.hotel.card.channelWeb",
      channel: web,
    });
    b.card({
      kind: "thought",
      stage: book,
      lane: "thoughts",
      title: "template.hotel.card.thoughtDirect",
    });
    const autoRate = b.card({
      kind: "opportunity",
      stage: book,
      lane: "opportunities",
      title: "template.hotel.card.oppAutoRate",
      notes: "template.hotel.card.oppAutoRate.notes",
      owner: sales,
      votes: 3,
      confidence: "assumed",
    });
    b.link(autoRate, partnerRate, "relates");
    b.card({
      kind: "note",
      stage: book,
      lane: "backstage",
      title: "template.hotel.card.noteRoomBlock",
      notes: "template.hotel.card.noteRoomBlock.notes",
      owner: sales,
    });

    // 2. Before arrival
    const before = b.stage("template.hotel.stage.beforeArrival", {
      description: "template.hotel.stage.beforeArrival.description",
    });
    b.card({
      kind: "customerAction",
      stage: before,
      lane: "actions",
      title: "template.hotel.card.addsWeekend",
    });
    const spaEmail = b.card({
      kind: "touchpoint",
      stage: before,
      lane: "touchpoints",
      title: "template.hotel.card.spaEmail",
      notes: "template.hotel.card.spaEmail.notes",
      satisfaction: 2,
      channel: email,
      owner: marketing,
      painPoints: [
        { text: "template.hotel.pain.ignoredPreferences", severity: "medium" },
        { text: "template.hotel.pain.sameOffer", severity: "low" },
      ],
      votes: 3,
    });
    b.card({
      kind: "touchpoint",
      stage: before,
      lane: "touchpoints",
      title: "template.hotel.card.preferenceForm",
      notes: "template.hotel.card.preferenceForm.notes",
      satisfaction: 4,
      channel: app,
      owner: product,
    });
    const weekendOffer = b.card({
      kind: "touchpoint",
      stage: before,
      lane: "touchpoints",
      title: "template.hotel.card.weekendOffer",
      notes: "template.hotel.card.weekendOffer.notes",
      satisfaction: 5,
      channel: email,
      owner: marketing,
      metrics: { csat: 94 },
      confidence: "validated",
    });
    b.card({
      kind: "channel",
      stage: before,
      lane: "channels",
      title: "template.hotel.card.channelEmail",
      channel: email,
    });
    b.card({
      kind: "thought",
      stage: before,
      lane: "thoughts",
      title: "template.hotel.card.thoughtReadForm",
    });
    const genericOffers = b.card({
      kind: "frictionPoint",
      stage: before,
      lane: "frictionPoints",
      title: "template.hotel.card.frictionGenericOffers",
      painPoints: [{ text: "template.hotel.pain.whyForm", severity: "medium" }],
      votes: 4,
      confidence: "partlyBacked",
    });
    b.link(genericOffers, spaEmail, "causes");
    const lateCheckout = b.card({
      kind: "momentOfDelight",
      stage: before,
      lane: "momentsOfDelight",
      title: "template.hotel.card.delightLateCheckout",
      notes: "template.hotel.card.delightLateCheckout.notes",
      votes: 4,
      confidence: "validated",
    });
    b.link(lateCheckout, weekendOffer, "relates");
    const oneProfile = b.card({
      kind: "opportunity",
      stage: before,
      lane: "opportunities",
      title: "template.hotel.card.oppOneProfile",
      notes: "template.hotel.card.oppOneProfile.notes",
      owner: marketing,
      votes: 5,
      confidence: "partlyBacked",
    });
    b.link(oneProfile, genericOffers, "relates");
    b.card({
      kind: "note",
      stage: before,
      lane: "backstage",
      title: "template.hotel.card.noteCrmSync",
      notes: "template.hotel.card.noteCrmSync.notes",
      owner: marketing,
      confidence: "validated",
    });

    // 3. Arrival and check-in
    const arrival = b.stage("template.hotel.stage.arrival", {
      description: "template.hotel.stage.arrival.description",
      columns: 2,
    });
    b.card({
      kind: "customerAction",
      stage: arrival,
      lane: "actions",
      title: "template.hotel.card.arrivesLate",
    });
    b.card({
      kind: "customerAction",
      stage: arrival,
      lane: "actions",
      title: "template.hotel.card.headsToLift",
    });
    b.card({
      kind: "touchpoint",
      stage: arrival,
      lane: "touchpoints",
      title: "template.hotel.card.onlineCheckIn",
      satisfaction: 4,
      channel: app,
      owner: product,
    });
    const mobileKey = b.card({
      kind: "touchpoint",
      stage: arrival,
      lane: "touchpoints",
      title: "template.hotel.card.mobileKey",
      notes: "template.hotel.card.mobileKey.notes",
      satisfaction: 1,
      channel: app,
      owner: product,
      painPoints: [{ text: "template.hotel.pain.liftReader", severity: "high" }],
      votes: 6,
      confidence: "validated",
    });
    b.card({
      kind: "touchpoint",
      stage: arrival,
      lane: "touchpoints",
      title: "template.hotel.card.frontDesk",
      notes: "template.hotel.card.frontDesk.notes",
      satisfaction: 3,
      channel: channel("physicalStore"),
      owner: service,
      painPoints: [{ text: "template.hotel.pain.queue", severity: "medium" }],
      metrics: { ahtSeconds: 300 },
    });
    b.card({
      kind: "channel",
      stage: arrival,
      lane: "channels",
      title: "template.hotel.card.channelDesk",
      channel: channel("physicalStore"),
    });
    b.card({
      kind: "thought",
      stage: arrival,
      lane: "thoughts",
      title: "template.hotel.card.thoughtRoom",
    });
    const liftKey = b.card({
      kind: "frictionPoint",
      stage: arrival,
      lane: "frictionPoints",
      title: "template.hotel.card.frictionLiftKey",
      painPoints: [{ text: "template.hotel.pain.backToDesk", severity: "high" }],
      votes: 6,
      confidence: "validated",
    });
    b.link(liftKey, mobileKey, "causes");
    const readers = b.card({
      kind: "opportunity",
      stage: arrival,
      lane: "opportunities",
      title: "template.hotel.card.oppLiftReaders",
      notes: "template.hotel.card.oppLiftReaders.notes",
      owner: product,
      votes: 4,
      confidence: "partlyBacked",
    });
    b.link(readers, liftKey, "relates");
    b.card({
      kind: "note",
      stage: arrival,
      lane: "backstage",
      title: "template.hotel.card.noteFirmware",
      notes: "template.hotel.card.noteFirmware.notes",
      owner: product,
      confidence: "validated",
    });

    // 4. The stay
    const stay = b.stage("template.hotel.stage.stay", {
      description: "template.hotel.stage.stay.description",
      columns: 2,
    });
    b.card({
      kind: "customerAction",
      stage: stay,
      lane: "actions",
      title: "template.hotel.card.setsByVoice",
    });
    b.card({
      kind: "customerAction",
      stage: stay,
      lane: "actions",
      title: "template.hotel.card.postsRooftop",
    });
    const roomProfile = b.card({
      kind: "touchpoint",
      stage: stay,
      lane: "touchpoints",
      title: "template.hotel.card.roomProfile",
      notes: "template.hotel.card.roomProfile.notes",
      satisfaction: 5,
      channel: app,
      owner: product,
    });
    b.card({
      kind: "touchpoint",
      stage: stay,
      lane: "touchpoints",
      title: "template.hotel.card.roomTablet",
      notes: "template.hotel.card.roomTablet.notes",
      satisfaction: 3,
      owner: product,
      painPoints: [{ text: "template.hotel.pain.lightsOff", severity: "medium" }],
    });
    const voice = b.card({
      kind: "touchpoint",
      stage: stay,
      lane: "touchpoints",
      title: "template.hotel.card.voiceAssistant",
      satisfaction: 2,
      owner: product,
      painPoints: [{ text: "template.hotel.pain.listening", severity: "medium" }],
      votes: 4,
    });
    const rooftop = b.card({
      kind: "touchpoint",
      stage: stay,
      lane: "touchpoints",
      title: "template.hotel.card.rooftopPhoto",
      notes: "template.hotel.card.rooftopPhoto.notes",
      satisfaction: 5,
      channel: social,
      owner: marketing,
    });
    b.card({
      kind: "thought",
      stage: stay,
      lane: "thoughts",
      title: "template.hotel.card.thoughtGetsMe",
    });
    const privacy = b.card({
      kind: "frictionPoint",
      stage: stay,
      lane: "frictionPoints",
      title: "template.hotel.card.frictionPrivacy",
      painPoints: [{ text: "template.hotel.pain.unplugged", severity: "medium" }],
      votes: 4,
      confidence: "partlyBacked",
    });
    b.link(privacy, voice, "relates");
    const roomReady = b.card({
      kind: "momentOfDelight",
      stage: stay,
      lane: "momentsOfDelight",
      title: "template.hotel.card.delightRoomReady",
      votes: 5,
      confidence: "validated",
    });
    b.link(roomReady, roomProfile, "relates");
    const couplePhoto = b.card({
      kind: "momentOfDelight",
      stage: stay,
      lane: "momentsOfDelight",
      title: "template.hotel.card.delightPhoto",
      notes: "template.hotel.card.delightPhoto.notes",
      votes: 3,
      confidence: "assumed",
    });
    b.link(couplePhoto, rooftop, "relates");
    const muteSwitch = b.card({
      kind: "opportunity",
      stage: stay,
      lane: "opportunities",
      title: "template.hotel.card.oppMuteSwitch",
      notes: "template.hotel.card.oppMuteSwitch.notes",
      owner: product,
      votes: 5,
      confidence: "assumed",
    });
    b.link(muteSwitch, privacy, "relates");
    b.card({
      kind: "note",
      stage: stay,
      lane: "backstage",
      title: "template.hotel.card.noteSensorData",
      notes: "template.hotel.card.noteSensorData.notes",
      owner: product,
    });

    // 5. Check-out
    const checkOut = b.stage("template.hotel.stage.checkOut", {
      description: "template.hotel.stage.checkOut.description",
    });
    b.card({
      kind: "customerAction",
      stage: checkOut,
      lane: "actions",
      title: "template.hotel.card.checksOut",
    });
    b.card({
      kind: "customerAction",
      stage: checkOut,
      lane: "actions",
      title: "template.hotel.card.asksSplit",
    });
    b.card({
      kind: "touchpoint",
      stage: checkOut,
      lane: "touchpoints",
      title: "template.hotel.card.expressCheckout",
      satisfaction: 4,
      channel: app,
      owner: product,
    });
    const splitInvoice = b.card({
      kind: "touchpoint",
      stage: checkOut,
      lane: "touchpoints",
      title: "template.hotel.card.splitInvoice",
      notes: "template.hotel.card.splitInvoice.notes",
      satisfaction: 2,
      channel: email,
      owner: service,
      painPoints: [
        { text: "template.hotel.pain.mixedInvoice", severity: "high" },
        { text: "template.hotel.pain.emailFix", severity: "medium" },
      ],
      metrics: { ahtSeconds: 960, fcr: 35 },
      votes: 5,
    });
    b.card({
      kind: "channel",
      stage: checkOut,
      lane: "channels",
      title: "template.hotel.card.channelEmail",
      channel: email,
    });
    b.card({
      kind: "thought",
      stage: checkOut,
      lane: "thoughts",
      title: "template.hotel.card.thoughtFinance",
    });
    const mixed = b.card({
      kind: "frictionPoint",
      stage: checkOut,
      lane: "frictionPoints",
      title: "template.hotel.card.frictionMixedInvoice",
      painPoints: [{ text: "template.hotel.pain.expenseRejected", severity: "high" }],
      votes: 5,
      confidence: "validated",
    });
    b.link(mixed, splitInvoice, "causes");
    const splitByDate = b.card({
      kind: "opportunity",
      stage: checkOut,
      lane: "opportunities",
      title: "template.hotel.card.oppSplitByDate",
      notes: "template.hotel.card.oppSplitByDate.notes",
      owner: product,
      votes: 5,
      confidence: "partlyBacked",
    });
    b.link(splitByDate, mixed, "relates");
    b.card({
      kind: "note",
      stage: checkOut,
      lane: "backstage",
      title: "template.hotel.card.noteManualFolio",
      notes: "template.hotel.card.noteManualFolio.notes",
      owner: service,
    });

    // 6. After the stay
    const after = b.stage("stage.loyalty", {
      description: "template.hotel.stage.loyalty.description",
    });
    b.card({
      kind: "customerAction",
      stage: after,
      lane: "actions",
      title: "template.hotel.card.tagsHotel",
    });
    b.card({
      kind: "touchpoint",
      stage: after,
      lane: "touchpoints",
      title: "template.hotel.card.survey",
      satisfaction: 3,
      channel: email,
      owner: marketing,
      metrics: { nps: 38, csat: 78 },
    });
    const repost = b.card({
      kind: "touchpoint",
      stage: after,
      lane: "touchpoints",
      title: "template.hotel.card.repost",
      notes: "template.hotel.card.repost.notes",
      satisfaction: 5,
      channel: social,
      owner: marketing,
    });
    b.card({
      kind: "channel",
      stage: after,
      lane: "channels",
      title: "template.hotel.card.channelSocial",
      channel: social,
    });
    b.card({
      kind: "thought",
      stage: after,
      lane: "thoughts",
      title: "template.hotel.card.thoughtReturn",
    });
    const byName = b.card({
      kind: "momentOfDelight",
      stage: after,
      lane: "momentsOfDelight",
      title: "template.hotel.card.delightRepost",
      votes: 4,
      confidence: "partlyBacked",
    });
    b.link(byName, repost, "relates");
    b.card({
      kind: "opportunity",
      stage: after,
      lane: "opportunities",
      title: "template.hotel.card.oppReturnOffer",
      notes: "template.hotel.card.oppReturnOffer.notes",
      owner: marketing,
      votes: 3,
      confidence: "assumed",
    });
    b.card({
      kind: "note",
      stage: after,
      lane: "backstage",
      title: "template.hotel.card.noteGuestPhotos",
      notes: "template.hotel.card.noteGuestPhotos.notes",
      owner: marketing,
      confidence: "validated",
    });

    return b.build({
      name: "template.hotel.persona.name",
      avatar: { kind: "emoji", emoji: "👩🏽‍💼" },
      role: "template.hotel.persona.role",
      quote: "template.hotel.persona.quote",
      goals: [
        "template.hotel.persona.goal.work",
        "template.hotel.persona.goal.weekend",
        "template.hotel.persona.goal.costs",
      ],
      needs: [
        "template.hotel.persona.need.lateArrival",
        "template.hotel.persona.need.offers",
        "template.hotel.persona.need.room",
      ],
      frustrations: [
        "template.hotel.persona.frustration.emails",
        "template.hotel.persona.frustration.tech",
        "template.hotel.persona.frustration.invoices",
      ],
      preferredChannels: [app, email, social],
      notes: "template.hotel.persona.notes",
    });
  },
};
