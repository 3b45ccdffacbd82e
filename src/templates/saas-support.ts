import { TemplateBuilder, channel, owner } from "./builder";
import type { JourneyTemplate } from "./types";

/**
 * A SaaS support desk seen from the customer's side: a failing payroll export against a deadline.
 * The support touchpoints carry the desk's own measures (AHT, first-contact resolution, CES on a
 * 1 to 7 scale where 7 is "very easy"), so the map shows how they line up with how it felt.
 */
export const saasSupportTemplate: JourneyTemplate = {
  id: "saasSupport",
  name: "template.saasSupport.name",
  description: "template.saasSupport.description",
  build(context) {
    const b = new TemplateBuilder(context, {
      title: "template.saasSupport.title",
      scenario: "template.saasSupport.scenario",
      goal: "template.saasSupport.goal",
    });
    const web = channel("web");
    const chat = channel("chat");
    const email = channel("email");
    const phone = channel("phone");
    const sales = owner("sales");
    const product = owner("product");
    const service = owner("customerService");

    // 1. Hit the problem
    const problem = b.stage("template.saasSupport.stage.problem", {
      description: "template.saasSupport.stage.problem.description",
    });
    b.card({
      kind: "customerAction",
      stage: problem,
      lane: "actions",
      title: "template.saasSupport.card.runsExport",
    });
    b.card({
      kind: "customerAction",
      stage: problem,
      lane: "actions",
      title: "template.saasSupport.card.checksStatus",
    });
    const exportError = b.card({
      kind: "touchpoint",
      stage: problem,
      lane: "touchpoints",
      title: "template.saasSupport.card.exportError",
      notes: "template.saasSupport.card.exportError.notes",
      satisfaction: 1,
      channel: web,
      owner: product,
      painPoints: [{ text: "template.saasSupport.pain.codeOnly", severity: "high" }],
      votes: 4,
    });
    b.card({
      kind: "touchpoint",
      stage: problem,
      lane: "touchpoints",
      title: "template.saasSupport.card.statusPage",
      satisfaction: 2,
      channel: web,
      owner: product,
      painPoints: [{ text: "template.saasSupport.pain.statusGreen", severity: "medium" }],
    });
    b.card({
      kind: "channel",
      stage: problem,
      lane: "channels",
      title: "template.saasSupport.card.channelWebApp",
      channel: web,
    });
    b.card({
      kind: "thought",
      stage: problem,
      lane: "thoughts",
      title: "template.saasSupport.card.thoughtDeadline",
      notes: "template.saasSupport.card.thoughtDeadline.notes",
    });
    const genericError = b.card({
      kind: "frictionPoint",
      stage: problem,
      lane: "frictionPoints",
      title: "template.saasSupport.card.frictionGenericError",
      painPoints: [{ text: "template.saasSupport.pain.whoseFault", severity: "high" }],
      votes: 4,
      confidence: "validated",
    });
    b.link(genericError, exportError, "causes");
    const actionable = b.card({
      kind: "opportunity",
      stage: problem,
      lane: "opportunities",
      title: "template.saasSupport.card.oppActionableError",
      notes: "template.saasSupport.card.oppActionableError.notes",
      owner: product,
      votes: 4,
      confidence: "partlyBacked",
    });
    b.link(actionable, genericError, "relates");
    b.card({
      kind: "note",
      stage: problem,
      lane: "backstage",
      title: "template.saasSupport.card.noteTimeout",
      notes: "template.saasSupport.card.noteTimeout.notes",
      owner: product,
      confidence: "validated",
    });

    // 2. Try self-service
    const selfService = b.stage("template.saasSupport.stage.selfService", {
      description: "template.saasSupport.stage.selfService.description",
    });
    b.card({
      kind: "customerAction",
      stage: selfService,
      lane: "actions",
      title: "template.saasSupport.card.searchesHelp",
    });
    b.card({
      kind: "customerAction",
      stage: selfService,
      lane: "actions",
      title: "template.saasSupport.card.asksBot",
    });
    b.card({
      kind: "touchpoint",
      stage: selfService,
      lane: "touchpoints",
      title: "template.saasSupport.card.helpArticle",
      satisfaction: 2,
      channel: web,
      owner: service,
      painPoints: [{ text: "template.saasSupport.pain.oldScreenshots", severity: "low" }],
    });
    const bot = b.card({
      kind: "touchpoint",
      stage: selfService,
      lane: "touchpoints",
      title: "template.saasSupport.card.chatbot",
      notes: "template.saasSupport.card.chatbot.notes",
      satisfaction: 1,
      channel: chat,
      owner: service,
      painPoints: [{ text: "template.saasSupport.pain.botLoop", severity: "high" }],
      metrics: { ces: 2.1, fcr: 18 },
      votes: 5,
      confidence: "validated",
    });
    b.card({
      kind: "channel",
      stage: selfService,
      lane: "channels",
      title: "template.saasSupport.card.channelChat",
      channel: chat,
    });
    b.card({
      kind: "thought",
      stage: selfService,
      lane: "thoughts",
      title: "template.saasSupport.card.thoughtPerson",
    });
    const noHuman = b.card({
      kind: "frictionPoint",
      stage: selfService,
      lane: "frictionPoints",
      title: "template.saasSupport.card.frictionNoHuman",
      painPoints: [{ text: "template.saasSupport.pain.noHandoff", severity: "high" }],
      votes: 6,
      confidence: "validated",
    });
    b.link(noHuman, bot, "causes");
    const handoff = b.card({
      kind: "opportunity",
      stage: selfService,
      lane: "opportunities",
      title: "template.saasSupport.card.oppHandoff",
      notes: "template.saasSupport.card.oppHandoff.notes",
      owner: service,
      votes: 5,
      confidence: "partlyBacked",
    });
    b.link(handoff, noHuman, "relates");
    b.card({
      kind: "note",
      stage: selfService,
      lane: "backstage",
      title: "template.saasSupport.card.noteDeflection",
      notes: "template.saasSupport.card.noteDeflection.notes",
      owner: service,
    });

    // 3. Contact support
    const contact = b.stage("template.saasSupport.stage.contact", {
      description: "template.saasSupport.stage.contact.description",
      columns: 2,
    });
    b.card({
      kind: "customerAction",
      stage: contact,
      lane: "actions",
      title: "template.saasSupport.card.emailsTicket",
    });
    b.card({
      kind: "customerAction",
      stage: contact,
      lane: "actions",
      title: "template.saasSupport.card.callsSupport",
    });
    b.card({
      kind: "touchpoint",
      stage: contact,
      lane: "touchpoints",
      title: "template.saasSupport.card.autoReply",
      satisfaction: 3,
      channel: email,
      owner: service,
      painPoints: [{ text: "template.saasSupport.pain.slaMismatch", severity: "medium" }],
    });
    b.card({
      kind: "touchpoint",
      stage: contact,
      lane: "touchpoints",
      title: "template.saasSupport.card.phoneQueue",
      notes: "template.saasSupport.card.phoneQueue.notes",
      satisfaction: 2,
      channel: phone,
      owner: service,
      painPoints: [{ text: "template.saasSupport.pain.holdMusic", severity: "high" }],
      votes: 4,
    });
    const tier1 = b.card({
      kind: "touchpoint",
      stage: contact,
      lane: "touchpoints",
      title: "template.saasSupport.card.tier1Call",
      notes: "template.saasSupport.card.tier1Call.notes",
      satisfaction: 3,
      channel: phone,
      owner: service,
      painPoints: [{ text: "template.saasSupport.pain.repeatStory", severity: "medium" }],
      metrics: { ahtSeconds: 510, fcr: 58, ces: 3.9 },
      confidence: "validated",
    });
    b.card({
      kind: "channel",
      stage: contact,
      lane: "channels",
      title: "template.saasSupport.card.channelEmail",
      channel: email,
    });
    b.card({
      kind: "channel",
      stage: contact,
      lane: "channels",
      title: "template.saasSupport.card.channelPhone",
      channel: phone,
    });
    b.card({
      kind: "thought",
      stage: contact,
      lane: "thoughts",
      title: "template.saasSupport.card.thoughtWroteItDown",
    });
    const twice = b.card({
      kind: "frictionPoint",
      stage: contact,
      lane: "frictionPoints",
      title: "template.saasSupport.card.frictionTwice",
      painPoints: [{ text: "template.saasSupport.pain.noScreenshots", severity: "medium" }],
      votes: 5,
      confidence: "partlyBacked",
    });
    b.link(twice, tier1, "relates");
    const sharedTicket = b.card({
      kind: "opportunity",
      stage: contact,
      lane: "opportunities",
      title: "template.saasSupport.card.oppOneTicket",
      notes: "template.saasSupport.card.oppOneTicket.notes",
      owner: service,
      votes: 5,
      confidence: "partlyBacked",
    });
    b.link(sharedTicket, twice, "relates");
    b.card({
      kind: "note",
      stage: contact,
      lane: "backstage",
      title: "template.saasSupport.card.noteTwoTools",
      notes: "template.saasSupport.card.noteTwoTools.notes",
      owner: service,
      confidence: "validated",
    });

    // 4. Troubleshoot
    const troubleshoot = b.stage("template.saasSupport.stage.troubleshoot", {
      description: "template.saasSupport.stage.troubleshoot.description",
      columns: 2,
    });
    b.card({
      kind: "customerAction",
      stage: troubleshoot,
      lane: "actions",
      title: "template.saasSupport.card.sendsLog",
    });
    b.card({
      kind: "customerAction",
      stage: troubleshoot,
      lane: "actions",
      title: "template.saasSupport.card.sharesScreen",
    });
    b.card({
      kind: "touchpoint",
      stage: troubleshoot,
      lane: "touchpoints",
      title: "template.saasSupport.card.escalation",
      notes: "template.saasSupport.card.escalation.notes",
      satisfaction: 2,
      channel: email,
      owner: service,
      painPoints: [{ text: "template.saasSupport.pain.lostAttachments", severity: "medium" }],
    });
    const screenShare = b.card({
      kind: "touchpoint",
      stage: troubleshoot,
      lane: "touchpoints",
      title: "template.saasSupport.card.screenShare",
      notes: "template.saasSupport.card.screenShare.notes",
      satisfaction: 4,
      channel: web,
      owner: service,
      metrics: { ahtSeconds: 1500, ces: 5.4 },
      confidence: "validated",
    });
    b.card({
      kind: "touchpoint",
      stage: troubleshoot,
      lane: "touchpoints",
      title: "template.saasSupport.card.workaround",
      notes: "template.saasSupport.card.workaround.notes",
      satisfaction: 4,
      channel: email,
      owner: product,
    });
    b.card({
      kind: "channel",
      stage: troubleshoot,
      lane: "channels",
      title: "template.saasSupport.card.channelScreenShare",
      channel: web,
    });
    b.card({
      kind: "thought",
      stage: troubleshoot,
      lane: "thoughts",
      title: "template.saasSupport.card.thoughtGetsIt",
    });
    const foundIt = b.card({
      kind: "momentOfDelight",
      stage: troubleshoot,
      lane: "momentsOfDelight",
      title: "template.saasSupport.card.delightFoundIt",
      notes: "template.saasSupport.card.delightFoundIt.notes",
      votes: 4,
      confidence: "validated",
    });
    b.link(foundIt, screenShare, "relates");
    b.card({
      kind: "opportunity",
      stage: troubleshoot,
      lane: "opportunities",
      title: "template.saasSupport.card.oppSwarm",
      notes: "template.saasSupport.card.oppSwarm.notes",
      owner: service,
      votes: 4,
      confidence: "assumed",
    });
    b.card({
      kind: "note",
      stage: troubleshoot,
      lane: "backstage",
      title: "template.saasSupport.card.noteOnCall",
      notes: "template.saasSupport.card.noteOnCall.notes",
      owner: service,
    });

    // 5. Resolution
    const resolution = b.stage("template.saasSupport.stage.resolution", {
      description: "template.saasSupport.stage.resolution.description",
    });
    b.card({
      kind: "customerAction",
      stage: resolution,
      lane: "actions",
      title: "template.saasSupport.card.runsPayroll",
    });
    b.card({
      kind: "customerAction",
      stage: resolution,
      lane: "actions",
      title: "template.saasSupport.card.confirmsFix",
    });
    const solved = b.card({
      kind: "touchpoint",
      stage: resolution,
      lane: "touchpoints",
      title: "template.saasSupport.card.ticketSolved",
      satisfaction: 3,
      channel: email,
      owner: service,
      painPoints: [{ text: "template.saasSupport.pain.closedEarly", severity: "medium" }],
    });
    const hotfix = b.card({
      kind: "touchpoint",
      stage: resolution,
      lane: "touchpoints",
      title: "template.saasSupport.card.hotfixEmail",
      notes: "template.saasSupport.card.hotfixEmail.notes",
      satisfaction: 5,
      channel: email,
      owner: product,
    });
    b.card({
      kind: "channel",
      stage: resolution,
      lane: "channels",
      title: "template.saasSupport.card.channelEmail",
      channel: email,
    });
    b.card({
      kind: "thought",
      stage: resolution,
      lane: "thoughts",
      title: "template.saasSupport.card.thoughtMadeIt",
    });
    const closedEarly = b.card({
      kind: "frictionPoint",
      stage: resolution,
      lane: "frictionPoints",
      title: "template.saasSupport.card.frictionClosedEarly",
      painPoints: [{ text: "template.saasSupport.pain.reopen", severity: "low" }],
      votes: 2,
      confidence: "partlyBacked",
    });
    b.link(closedEarly, solved, "relates");
    const personalNote = b.card({
      kind: "momentOfDelight",
      stage: resolution,
      lane: "momentsOfDelight",
      title: "template.saasSupport.card.delightPersonalNote",
      votes: 3,
      confidence: "partlyBacked",
    });
    b.link(personalNote, hotfix, "relates");
    const linkBug = b.card({
      kind: "opportunity",
      stage: resolution,
      lane: "opportunities",
      title: "template.saasSupport.card.oppLinkBug",
      notes: "template.saasSupport.card.oppLinkBug.notes",
      owner: product,
      votes: 4,
      confidence: "assumed",
    });
    b.link(linkBug, closedEarly, "relates");
    b.card({
      kind: "note",
      stage: resolution,
      lane: "backstage",
      title: "template.saasSupport.card.noteRelease",
      notes: "template.saasSupport.card.noteRelease.notes",
      owner: product,
    });

    // 6. Follow-up
    const followUp = b.stage("template.saasSupport.stage.followUp", {
      description: "template.saasSupport.stage.followUp.description",
    });
    b.card({
      kind: "customerAction",
      stage: followUp,
      lane: "actions",
      title: "template.saasSupport.card.answersSurvey",
    });
    b.card({
      kind: "customerAction",
      stage: followUp,
      lane: "actions",
      title: "template.saasSupport.card.reviewsRenewal",
    });
    b.card({
      kind: "touchpoint",
      stage: followUp,
      lane: "touchpoints",
      title: "template.saasSupport.card.cesSurvey",
      notes: "template.saasSupport.card.cesSurvey.notes",
      satisfaction: 3,
      channel: email,
      owner: service,
      metrics: { ces: 4.6, csat: 72 },
    });
    b.card({
      kind: "touchpoint",
      stage: followUp,
      lane: "touchpoints",
      title: "template.saasSupport.card.successCall",
      notes: "template.saasSupport.card.successCall.notes",
      satisfaction: 4,
      channel: phone,
      owner: sales,
      metrics: { nps: 20 },
    });
    b.card({
      kind: "touchpoint",
      stage: followUp,
      lane: "touchpoints",
      title: "template.saasSupport.card.renewalQuote",
      satisfaction: 2,
      channel: email,
      owner: sales,
      painPoints: [{ text: "template.saasSupport.pain.priceRise", severity: "medium" }],
      votes: 3,
    });
    b.card({
      kind: "thought",
      stage: followUp,
      lane: "thoughts",
      title: "template.saasSupport.card.thoughtPeople",
    });
    b.card({
      kind: "opportunity",
      stage: followUp,
      lane: "opportunities",
      title: "template.saasSupport.card.oppServiceCredit",
      notes: "template.saasSupport.card.oppServiceCredit.notes",
      owner: sales,
      votes: 3,
      confidence: "assumed",
    });
    b.card({
      kind: "note",
      stage: followUp,
      lane: "backstage",
      title: "template.saasSupport.card.noteAtRisk",
      notes: "template.saasSupport.card.noteAtRisk.notes",
      owner: sales,
      confidence: "validated",
    });

    return b.build({
      name: "template.saasSupport.persona.name",
      avatar: { kind: "emoji", emoji: "👩🏽‍💻" },
      role: "template.saasSupport.persona.role",
      quote: "template.saasSupport.persona.quote",
      goals: [
        "template.saasSupport.persona.goal.payroll",
        "template.saasSupport.persona.goal.selfFix",
        "template.saasSupport.persona.goal.lessChasing",
      ],
      needs: [
        "template.saasSupport.persona.need.human",
        "template.saasSupport.persona.need.noRepeat",
        "template.saasSupport.persona.need.estimates",
      ],
      frustrations: [
        "template.saasSupport.persona.frustration.bots",
        "template.saasSupport.persona.frustration.tiers",
        "template.saasSupport.persona.frustration.closedEarly",
      ],
      preferredChannels: [chat, email, phone],
      notes: "template.saasSupport.persona.notes",
    });
  },
};
