import { TemplateBuilder, channel, owner } from "./builder";
import type { JourneyTemplate } from "./types";

/**
 * Opening a current account at a retail bank, in its app. Trust and speed carry the story: the
 * curve falls through identity verification and a fraud-check call that sounds like a scam, and
 * rises with an instant virtual card and a smooth salary switch.
 */
export const bankTemplate: JourneyTemplate = {
  id: "bank",
  name: "template.bank.name",
  description: "template.bank.description",
  build(context) {
    const b = new TemplateBuilder(context, {
      title: "template.bank.title",
      scenario: "template.bank.scenario",
      goal: "template.bank.goal",
    });
    const app = channel("mobileApp");
    const web = channel("web");
    const email = channel("email");
    const marketing = owner("marketing");
    const product = owner("product");
    const service = owner("customerService");

    // 1. Compare banks
    const compare = b.stage("stage.consideration", {
      description: "template.bank.stage.consideration.description",
    });
    b.card({
      kind: "customerAction",
      stage: compare,
      lane: "actions",
      title: "template.bank.card.compareSites",
    });
    b.card({
      kind: "touchpoint",
      stage: compare,
      lane: "touchpoints",
      title: "template.bank.card.comparisonListing",
      notes: "template.bank.card.comparisonListing.notes",
      satisfaction: 3,
      channel: web,
      owner: marketing,
      painPoints: [{ text: "template.bank.pain.feesPdf", severity: "medium" }],
    });
    b.card({
      kind: "touchpoint",
      stage: compare,
      lane: "touchpoints",
      title: "template.bank.card.accountPage",
      notes: "template.bank.card.accountPage.notes",
      satisfaction: 4,
      channel: web,
      owner: marketing,
      confidence: "partlyBacked",
    });
    b.card({
      kind: "channel",
      stage: compare,
      lane: "channels",
      title: "template.bank.card.channelComparison",
      channel: web,
    });
    b.card({
      kind: "thought",
      stage: compare,
      lane: "thoughts",
      title: "template.bank.card.thoughtSafe",
    });
    const feesTable = b.card({
      kind: "opportunity",
      stage: compare,
      lane: "opportunities",
      title: "template.bank.card.oppFeesTable",
      impact: 4,
      effort: 1,
      notes: "template.bank.card.oppFeesTable.notes",
      owner: marketing,
      votes: 3,
      confidence: "assumed",
    });
    b.card({
      kind: "note",
      stage: compare,
      lane: "backstage",
      title: "template.bank.card.noteProtection",
      notes: "template.bank.card.noteProtection.notes",
      owner: marketing,
      confidence: "validated",
    });

    // 2. Apply in the app
    const apply = b.stage("template.bank.stage.apply", {
      description: "template.bank.stage.apply.description",
    });
    b.card({
      kind: "customerAction",
      stage: apply,
      lane: "actions",
      title: "template.bank.card.startsApplication",
    });
    const form = b.card({
      kind: "touchpoint",
      stage: apply,
      lane: "touchpoints",
      title: "template.bank.card.applicationForm",
      notes: "template.bank.card.applicationForm.notes",
      satisfaction: 3,
      channel: app,
      owner: product,
      painPoints: [{ text: "template.bank.pain.addressHistory", severity: "medium" }],
    });
    const consent = b.card({
      kind: "touchpoint",
      stage: apply,
      lane: "touchpoints",
      title: "template.bank.card.creditConsent",
      satisfaction: 2,
      channel: app,
      owner: product,
      painPoints: [
        { text: "template.bank.pain.legalText", severity: "medium" },
        { text: "template.bank.pain.creditWorry", severity: "medium" },
      ],
      votes: 3,
    });
    b.card({
      kind: "channel",
      stage: apply,
      lane: "channels",
      title: "template.bank.card.channelApp",
      channel: app,
    });
    b.card({
      kind: "thought",
      stage: apply,
      lane: "thoughts",
      title: "template.bank.card.thoughtCredit",
    });
    const address = b.card({
      kind: "frictionPoint",
      stage: apply,
      lane: "frictionPoints",
      title: "template.bank.card.frictionAddress",
      painPoints: [{ text: "template.bank.pain.movedOften", severity: "medium" }],
      votes: 3,
      confidence: "partlyBacked",
    });
    b.link(address, form, "causes");
    const softSearch = b.card({
      kind: "opportunity",
      stage: apply,
      lane: "opportunities",
      title: "template.bank.card.oppSoftSearch",
      impact: 3,
      effort: 1,
      notes: "template.bank.card.oppSoftSearch.notes",
      owner: product,
      votes: 4,
      confidence: "partlyBacked",
    });
    b.link(softSearch, consent, "relates");
    b.card({
      kind: "note",
      stage: apply,
      lane: "backstage",
      title: "template.bank.card.noteKyc",
      notes: "template.bank.card.noteKyc.notes",
      owner: product,
    });

    // 3. Verify identity
    const verify = b.stage("template.bank.stage.verify", {
      description: "template.bank.stage.verify.description",
      columns: 2,
    });
    b.card({
      kind: "customerAction",
      stage: verify,
      lane: "actions",
      title: "template.bank.card.photoPassport",
    });
    const capture = b.card({
      kind: "touchpoint",
      stage: verify,
      lane: "touchpoints",
      title: "template.bank.card.passportCapture",
      notes: "template.bank.card.passportCapture.notes",
      satisfaction: 1,
      channel: app,
      owner: product,
      painPoints: [{ text: "template.bank.pain.glare", severity: "high" }],
      metrics: { ces: 2.8 },
      votes: 5,
      confidence: "validated",
    });
    b.card({
      kind: "touchpoint",
      stage: verify,
      lane: "touchpoints",
      title: "template.bank.card.selfieCheck",
      satisfaction: 2,
      channel: app,
      owner: product,
      painPoints: [{ text: "template.bank.pain.dimLight", severity: "medium" }],
    });
    const review = b.card({
      kind: "touchpoint",
      stage: verify,
      lane: "touchpoints",
      title: "template.bank.card.manualReview",
      notes: "template.bank.card.manualReview.notes",
      satisfaction: 1,
      channel: app,
      owner: service,
      painPoints: [{ text: "template.bank.pain.noEstimate", severity: "high" }],
      votes: 4,
    });
    b.card({
      kind: "touchpoint",
      stage: verify,
      lane: "touchpoints",
      title: "template.bank.card.verificationChat",
      notes: "template.bank.card.verificationChat.notes",
      satisfaction: 4,
      channel: channel("chat"),
      owner: service,
      metrics: { ahtSeconds: 420, frtSeconds: 40, fcr: 71 },
      confidence: "validated",
    });
    b.card({
      kind: "channel",
      stage: verify,
      lane: "channels",
      title: "template.bank.card.channelApp",
      channel: app,
    });
    b.card({
      kind: "thought",
      stage: verify,
      lane: "thoughts",
      title: "template.bank.card.thoughtPassport",
    });
    const rejected = b.card({
      kind: "frictionPoint",
      stage: verify,
      lane: "frictionPoints",
      title: "template.bank.card.frictionRejected",
      painPoints: [{ text: "template.bank.pain.retryBlind", severity: "high" }],
      votes: 6,
      confidence: "validated",
    });
    b.link(rejected, capture, "causes");
    const limbo = b.card({
      kind: "frictionPoint",
      stage: verify,
      lane: "frictionPoints",
      title: "template.bank.card.frictionLimbo",
      painPoints: [{ text: "template.bank.pain.payday", severity: "high" }],
      votes: 4,
      confidence: "partlyBacked",
    });
    b.link(limbo, review, "causes");
    const guidance = b.card({
      kind: "opportunity",
      stage: verify,
      lane: "opportunities",
      title: "template.bank.card.oppCameraGuidance",
      impact: 4,
      effort: 3,
      notes: "template.bank.card.oppCameraGuidance.notes",
      owner: product,
      votes: 5,
      confidence: "partlyBacked",
    });
    b.link(guidance, rejected, "relates");
    b.card({
      kind: "note",
      stage: verify,
      lane: "backstage",
      title: "template.bank.card.noteManualRate",
      notes: "template.bank.card.noteManualRate.notes",
      owner: service,
      confidence: "validated",
    });

    // 4. Wait for the card
    const wait = b.stage("template.bank.stage.card", {
      description: "template.bank.stage.card.description",
    });
    b.card({
      kind: "customerAction",
      stage: wait,
      lane: "actions",
      title: "template.bank.card.addsWallet",
    });
    const virtualCard = b.card({
      kind: "touchpoint",
      stage: wait,
      lane: "touchpoints",
      title: "template.bank.card.virtualCard",
      satisfaction: 5,
      channel: app,
      owner: product,
    });
    const dispatch = b.card({
      kind: "touchpoint",
      stage: wait,
      lane: "touchpoints",
      title: "template.bank.card.dispatchEmail",
      satisfaction: 3,
      channel: email,
      owner: service,
      painPoints: [{ text: "template.bank.pain.noTracking", severity: "medium" }],
    });
    b.card({
      kind: "touchpoint",
      stage: wait,
      lane: "touchpoints",
      title: "template.bank.card.cardArrives",
      notes: "template.bank.card.cardArrives.notes",
      satisfaction: 4,
      owner: service,
    });
    b.card({
      kind: "channel",
      stage: wait,
      lane: "channels",
      title: "template.bank.card.channelEmail",
      channel: email,
    });
    b.card({
      kind: "thought",
      stage: wait,
      lane: "thoughts",
      title: "template.bank.card.thoughtLunch",
    });
    const noTracking = b.card({
      kind: "frictionPoint",
      stage: wait,
      lane: "frictionPoints",
      title: "template.bank.card.frictionNoTracking",
      painPoints: [{ text: "template.bank.pain.checksPost", severity: "low" }],
      votes: 2,
      confidence: "assumed",
    });
    b.link(noTracking, dispatch, "relates");
    const spendNow = b.card({
      kind: "momentOfDelight",
      stage: wait,
      lane: "momentsOfDelight",
      title: "template.bank.card.delightVirtual",
      notes: "template.bank.card.delightVirtual.notes",
      votes: 5,
      confidence: "validated",
    });
    b.link(spendNow, virtualCard, "relates");
    b.card({
      kind: "opportunity",
      stage: wait,
      lane: "opportunities",
      title: "template.bank.card.oppCardTracking",
      impact: 3,
      effort: 4,
      owner: service,
      votes: 2,
      confidence: "assumed",
    });
    b.card({
      kind: "note",
      stage: wait,
      lane: "backstage",
      title: "template.bank.card.notePrintBatch",
      notes: "template.bank.card.notePrintBatch.notes",
      owner: service,
    });

    // 5. First use
    const firstUse = b.stage("template.bank.stage.firstUse", {
      description: "template.bank.stage.firstUse.description",
    });
    b.card({
      kind: "customerAction",
      stage: firstUse,
      lane: "actions",
      title: "template.bank.card.addsPayee",
    });
    b.card({
      kind: "touchpoint",
      stage: firstUse,
      lane: "touchpoints",
      title: "template.bank.card.biometricSetup",
      satisfaction: 4,
      channel: app,
      owner: product,
    });
    const alert = b.card({
      kind: "touchpoint",
      stage: firstUse,
      lane: "touchpoints",
      title: "template.bank.card.paymentAlert",
      satisfaction: 5,
      channel: app,
      owner: product,
    });
    const call = b.card({
      kind: "touchpoint",
      stage: firstUse,
      lane: "touchpoints",
      title: "template.bank.card.securityCall",
      notes: "template.bank.card.securityCall.notes",
      satisfaction: 2,
      channel: channel("phone"),
      owner: service,
      painPoints: [{ text: "template.bank.pain.scamLike", severity: "high" }],
      metrics: { ahtSeconds: 540, frtSeconds: 190, fcr: 64 },
      votes: 5,
      confidence: "validated",
    });
    b.card({
      kind: "channel",
      stage: firstUse,
      lane: "channels",
      title: "template.bank.card.channelPhone",
      channel: channel("phone"),
    });
    b.card({
      kind: "thought",
      stage: firstUse,
      lane: "thoughts",
      title: "template.bank.card.thoughtCall",
    });
    const realOrScam = b.card({
      kind: "frictionPoint",
      stage: firstUse,
      lane: "frictionPoints",
      title: "template.bank.card.frictionRealOrScam",
      painPoints: [{ text: "template.bank.pain.hangsUp", severity: "high" }],
      votes: 6,
      confidence: "validated",
    });
    b.link(realOrScam, call, "causes");
    const logo = b.card({
      kind: "momentOfDelight",
      stage: firstUse,
      lane: "momentsOfDelight",
      title: "template.bank.card.delightAlert",
      votes: 3,
      confidence: "partlyBacked",
    });
    b.link(logo, alert, "relates");
    const verifyCaller = b.card({
      kind: "opportunity",
      stage: firstUse,
      lane: "opportunities",
      title: "template.bank.card.oppVerifyCaller",
      impact: 5,
      effort: 4,
      notes: "template.bank.card.oppVerifyCaller.notes",
      owner: service,
      votes: 6,
      confidence: "partlyBacked",
    });
    b.link(verifyCaller, realOrScam, "relates");
    b.card({
      kind: "note",
      stage: firstUse,
      lane: "backstage",
      title: "template.bank.card.noteFraudRule",
      notes: "template.bank.card.noteFraudRule.notes",
      owner: service,
      confidence: "validated",
    });

    // 6. Switch and stay
    const stay = b.stage("template.bank.stage.switch", {
      description: "template.bank.stage.switch.description",
    });
    b.card({
      kind: "customerAction",
      stage: stay,
      lane: "actions",
      title: "template.bank.card.startsSwitch",
    });
    b.card({
      kind: "customerAction",
      stage: stay,
      lane: "actions",
      title: "template.bank.card.recommends",
    });
    b.card({
      kind: "touchpoint",
      stage: stay,
      lane: "touchpoints",
      title: "template.bank.card.switchService",
      notes: "template.bank.card.switchService.notes",
      satisfaction: 4,
      channel: app,
      owner: product,
      metrics: { csat: 88 },
    });
    b.card({
      kind: "touchpoint",
      stage: stay,
      lane: "touchpoints",
      title: "template.bank.card.bonusPaid",
      satisfaction: 5,
      channel: email,
      owner: marketing,
    });
    b.card({
      kind: "touchpoint",
      stage: stay,
      lane: "touchpoints",
      title: "template.bank.card.recommendSurvey",
      notes: "template.bank.card.recommendSurvey.notes",
      satisfaction: 3,
      channel: app,
      owner: marketing,
      metrics: { nps: 41 },
    });
    b.card({
      kind: "thought",
      stage: stay,
      lane: "thoughts",
      title: "template.bank.card.thoughtPayday",
    });
    b.card({
      kind: "opportunity",
      stage: stay,
      lane: "opportunities",
      title: "template.bank.card.oppReferColleague",
      impact: 2,
      effort: 3,
      notes: "template.bank.card.oppReferColleague.notes",
      owner: marketing,
      votes: 2,
      confidence: "assumed",
    });
    b.card({
      kind: "note",
      stage: stay,
      lane: "backstage",
      title: "template.bank.card.noteSwitchService",
      notes: "template.bank.card.noteSwitchService.notes",
      owner: service,
    });

    // What the workshop decided: its goals, and the first actions, owned and dated.
    b.target("nps", 45, 90);
    b.target("ahtSeconds", 300, 90);
    // Support's first answer: FRT beside handling time (the chat answers fast, the call does not).
    b.target("frtSeconds", 60, 90);
    b.target("fcr", 80, 90);
    b.target("csat", 85, 90);
    b.action({
      card: verifyCaller,
      also: [realOrScam],
      status: "planned",
      dueInDays: 60,
      target: { metric: "nps", value: 45 },
    });
    b.action({
      card: feesTable,
      status: "inProgress",
      dueInDays: 14,
      target: { metric: "ces", value: 5 },
    });
    b.action({ card: guidance, also: [rejected], status: "idea" });

    return b.build({
      name: "template.bank.persona.name",
      avatar: { kind: "emoji", emoji: "🧑🏾‍⚕️" },
      role: "template.bank.persona.role",
      quote: "template.bank.persona.quote",
      goals: [
        "template.bank.persona.goal.payday",
        "template.bank.persona.goal.switch",
        "template.bank.persona.goal.insight",
      ],
      needs: [
        "template.bank.persona.need.protection",
        "template.bank.persona.need.oneGo",
        "template.bank.persona.need.nextStep",
      ],
      frustrations: [
        "template.bank.persona.frustration.twice",
        "template.bank.persona.frustration.silence",
        "template.bank.persona.frustration.scams",
      ],
      preferredChannels: [app, channel("chat"), email],
      notes: "template.bank.persona.notes",
    });
  },
};
