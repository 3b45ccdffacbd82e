import { describe, expect, it } from "vitest";
import { calendarDay, metricRollups, targetStanding, type MetricId } from "../../src/domain";
import { templateById } from "../../src/templates";

import {
  build,
  cards,
  textOf,
  about,
  stageOf,
  channelOf,
  ownerOf,
  linked,
  mainChannel,
  linkedTouchpoints,
} from "./template-queries";

describe("grocery delivery for busy parents ordering on their phones", () => {
  const { persona, journey } = build(templateById("grocery")!);
  const checkout = journey.stages.findIndex((s) => /check.?out/i.test(s.name));

  it("follows a busy parent who orders in the app", () => {
    expect(persona.role).toMatch(/parent/i);
    expect(persona.preferredChannels).toContainEqual({ kind: "standard", id: "mobileApp" });
    expect(mainChannel(journey)).toBe("mobileApp");
    // From the first screen of the app to paying, she orders on the phone; only email joins in.
    const first = Math.min(
      ...cards(journey, "touchpoint").flatMap((e) =>
        channelOf(e) === "mobileApp" ? [stageOf(journey, e)] : [],
      ),
    );
    const ordering = cards(journey, "touchpoint").filter((e) => {
      const stage = stageOf(journey, e);
      return stage >= first && stage <= checkout;
    });
    expect(ordering.length).toBeGreaterThanOrEqual(5);
    for (const e of ordering) expect(["mobileApp", "email"], e.title).toContain(channelOf(e));
  });

  it("has a checkout stage where she pays", () => {
    expect(checkout).toBeGreaterThan(0);
    const paying = about(journey, "touchpoint", /pay/i).filter(
      (e) => stageOf(journey, e) === checkout,
    );
    expect(paying.length).toBeGreaterThan(0);
  });

  it("delights her with a recipe suggestion before she has checked out", () => {
    const recipes = about(journey, "momentOfDelight", /recipe/i);
    expect(recipes).toHaveLength(1);
    const recipe = recipes[0]!;
    expect(stageOf(journey, recipe)).toBeLessThanOrEqual(checkout);
    const lifted = linkedTouchpoints(journey, recipe.id);
    expect(lifted.length).toBeGreaterThan(0);
    for (const touchpoint of lifted) {
      expect(stageOf(journey, touchpoint), touchpoint.title).toBeLessThanOrEqual(checkout);
      expect(channelOf(touchpoint), touchpoint.title).toBe("mobileApp");
      expect(touchpoint.satisfaction, touchpoint.title).toBeGreaterThanOrEqual(4);
      // The screen before paying, not the payment or the confirmation after it.
      expect(textOf(touchpoint), touchpoint.title).toMatch(/basket|before pay/i);
    }
  });
});

describe("opening an account at a retail bank", () => {
  const { journey } = build(templateById("bank")!);

  it("earns trust, doubts it, and sees where it breaks", () => {
    const doubts = cards(journey, "thought").filter(
      (e) => e.title.endsWith("?") && /safe|trust|really|hurt/i.test(e.title),
    );
    expect(doubts.length).toBeGreaterThanOrEqual(2);
    // Before he applies, the bank shows it is regulated and his deposit protected.
    const reassurance = about(journey, "touchpoint", /protect|regulat/i).filter(
      (e) => stageOf(journey, e) === 0,
    );
    expect(reassurance.length).toBeGreaterThan(0);
    for (const e of reassurance) expect(e.satisfaction, e.title).toBeGreaterThanOrEqual(4);
    // A real call from the bank sounds like fraud: trust lost, and an idea to win it back.
    const fraud = about(journey, "frictionPoint", /fraud|scam/i);
    expect(fraud.length).toBeGreaterThan(0);
    for (const friction of fraud) {
      const hurt = linkedTouchpoints(journey, friction.id);
      expect(hurt.map(channelOf)).toContain("phone");
      for (const e of hurt) expect(e.satisfaction, e.title).toBeLessThanOrEqual(2);
      expect(linked(journey, friction.id).some((e) => e.kind === "opportunity")).toBe(true);
    }
  });

  it("comes with what the workshop decided: goals against today's figures, and owned actions", () => {
    // As on the day the template is opened.
    const today = calendarDay(new Date(journey.createdAt));
    const averages = new Map(metricRollups(journey, () => true).map((r) => [r.key, r.average]));
    const standing = (metric: MetricId) =>
      targetStanding(journey, journey.targets[metric]!, averages.get(metric) ?? null, today);
    // Some goals are met already, others still to reach: something to decide about.
    expect(standing("csat")).toBe("met");
    expect(["short", "late"]).toContain(standing("ahtSeconds"));
    // First response is measured beside handling time, and the call keeps it short of its goal.
    expect(averages.get("frtSeconds")).toBe(115);
    expect(standing("frtSeconds")).toBe("short");
    const actions = Object.values(journey.plan);
    expect(actions.map((a) => a.status).sort()).toEqual(["idea", "inProgress", "planned"]);
    for (const action of actions) {
      // Each fixes an opportunity of the map, and the owned ones are due.
      expect(journey.elements[action.cardIds[0]!]?.kind).toBe("opportunity");
      if (action.status !== "idea") expect(action.due! > today).toBe(true);
      expect(action.owner).not.toBeNull();
    }
  });

  it("is about speed: instant things delight, waiting hurts", () => {
    const instant = about(journey, "touchpoint", /instant/i);
    expect(instant.length).toBeGreaterThan(0);
    for (const e of instant) expect(e.satisfaction, e.title).toBeGreaterThanOrEqual(4);
    const delighted = cards(journey, "momentOfDelight").filter((d) =>
      linkedTouchpoints(journey, d.id).some((e) => instant.includes(e)),
    );
    expect(delighted.length).toBeGreaterThan(0);
    const waits = cards(journey, "frictionPoint").filter((f) =>
      f.painPoints.some((p) => /how long|days? away|track|wait/i.test(p.text)),
    );
    expect(waits.length).toBeGreaterThan(0);
    const waitedOn = waits.flatMap((f) => linkedTouchpoints(journey, f.id));
    expect(waitedOn.some((e) => /\d+ hours|days/i.test(textOf(e)))).toBe(true);
  });

  it("happens in a secure, simple app", () => {
    expect(mainChannel(journey)).toBe("mobileApp");
    const app = cards(journey, "touchpoint").filter((e) => channelOf(e) === "mobileApp");
    // Security the customer can see: identity checks and biometric login, in the app.
    expect(app.filter((e) => /passport|selfie|liveness/i.test(textOf(e))).length).toBeGreaterThan(
      0,
    );
    const biometric = app.filter((e) => /fingerprint|face id|biometric/i.test(textOf(e)));
    expect(biometric.length).toBeGreaterThan(0);
    for (const e of biometric) expect(e.satisfaction, e.title).toBeGreaterThanOrEqual(4);
    // Simple is measured: customer effort on an app step, and an idea to make a hard one easy.
    expect(app.some((e) => e.metrics.ces !== undefined)).toBe(true);
    const hardAppSteps = new Set(app.filter((e) => e.satisfaction! <= 2));
    const easier = cards(journey, "opportunity").filter((o) =>
      linked(journey, o.id).some(
        (e) =>
          hardAppSteps.has(e) ||
          (e.kind === "frictionPoint" &&
            linkedTouchpoints(journey, e.id).some((t) => hardAppSteps.has(t))),
      ),
    );
    expect(easier.length).toBeGreaterThan(0);
    for (const o of easier) expect(ownerOf(o), o.title).toBe("product");
  });
});

describe("a hotel stay", () => {
  const { journey } = build(templateById("hotel")!);

  it("offers what she asked for, and shows what a generic offer costs", () => {
    const offers = about(journey, "touchpoint", /offer/i);
    const personal = offers.filter((e) => /preference/i.test(e.notes) && e.satisfaction! >= 4);
    const generic = offers.filter((e) => e.satisfaction! <= 2);
    expect(personal.length).toBeGreaterThan(0);
    expect(generic.length).toBeGreaterThan(0);
    expect(
      cards(journey, "momentOfDelight").some((d) =>
        linkedTouchpoints(journey, d.id).some((e) => personal.includes(e)),
      ),
    ).toBe(true);
    const ignored = cards(journey, "frictionPoint").filter((f) =>
      linkedTouchpoints(journey, f.id).some((e) => generic.includes(e)),
    );
    expect(ignored.length).toBeGreaterThan(0);
    for (const friction of ignored)
      expect(linked(journey, friction.id).some((e) => e.kind === "opportunity")).toBe(true);
  });

  it("puts her in a smart room: what delights, what worries", () => {
    const smart = about(journey, "touchpoint", /smart|voice|tablet|climate|temperature|blinds/i);
    // The stage with the most of them is the stay itself.
    const perStage = new Map<number, number>();
    for (const e of smart)
      perStage.set(stageOf(journey, e), (perStage.get(stageOf(journey, e)) ?? 0) + 1);
    const stay = [...perStage].sort((a, b) => b[1] - a[1])[0]![0];
    const inRoom = smart.filter((e) => stageOf(journey, e) === stay);
    expect(inRoom.length).toBeGreaterThanOrEqual(3);
    for (const e of inRoom) expect(ownerOf(e), e.title).toBe("product");
    const links = inRoom.flatMap((e) => linked(journey, e.id));
    expect(links.some((e) => e.kind === "momentOfDelight")).toBe(true);
    expect(links.some((e) => e.kind === "frictionPoint")).toBe(true);
    // Backstage says what the room keeps about her.
    const privacy = about(journey, "note", /data|sensor|stored|recorded/i);
    expect(privacy.some((e) => stageOf(journey, e) === stay)).toBe(true);
  });

  it("has guests sharing photos, and the hotel sharing them back", () => {
    const posting = about(journey, "customerAction", /photo|post|tag/i);
    expect(new Set(posting.map((e) => stageOf(journey, e))).size).toBeGreaterThanOrEqual(2);
    const social = cards(journey, "touchpoint").filter(
      (e) => channelOf(e) === "socialMedia" && /photo/i.test(textOf(e)),
    );
    expect(social.length).toBeGreaterThanOrEqual(2);
    for (const e of social) expect(e.satisfaction, e.title).toBeGreaterThanOrEqual(4);
    expect(social.some((e) => stageOf(journey, e) === journey.stages.length - 1)).toBe(true);
    expect(
      cards(journey, "momentOfDelight").some((d) =>
        linkedTouchpoints(journey, d.id).some((e) => social.includes(e)),
      ),
    ).toBe(true);
  });
});

describe("a SaaS support desk", () => {
  const { journey } = build(templateById("saasSupport")!);
  const touchpoints = cards(journey, "touchpoint");

  it("runs through the support channels, mostly owned by customer service", () => {
    const channels = new Set(touchpoints.map(channelOf));
    for (const channel of ["chat", "phone", "email", "web"]) expect(channels).toContain(channel);
    const service = touchpoints.filter((e) => ownerOf(e) === "customerService");
    expect(service.length).toBeGreaterThan(touchpoints.length / 2);
  });

  it("times the conversations people handle (AHT)", () => {
    const timed = touchpoints.filter((e) => e.metrics.ahtSeconds !== undefined);
    expect(timed.length).toBeGreaterThanOrEqual(2);
    for (const e of timed) {
      expect(ownerOf(e), e.title).toBe("customerService");
      expect(["phone", "chat", "web"], e.title).toContain(channelOf(e));
      expect(e.metrics.ahtSeconds, e.title).toBeGreaterThanOrEqual(60);
      expect(e.metrics.ahtSeconds, e.title).toBeLessThanOrEqual(2 * 60 * 60);
    }
  });

  it("counts what is solved at the first contact (FCR), by the bot and by people", () => {
    const resolved = touchpoints.filter((e) => e.metrics.fcr !== undefined);
    expect(resolved.map(channelOf)).toEqual(expect.arrayContaining(["chat", "phone"]));
    for (const e of resolved) {
      expect(e.metrics.fcr, e.title).toBeGreaterThanOrEqual(0);
      expect(e.metrics.fcr, e.title).toBeLessThanOrEqual(100);
    }
  });

  it("asks how much effort it took (CES), on self-service and after the ticket", () => {
    const effort = touchpoints.filter((e) => e.metrics.ces !== undefined);
    for (const e of effort) {
      expect(e.metrics.ces, e.title).toBeGreaterThanOrEqual(1);
      expect(e.metrics.ces, e.title).toBeLessThanOrEqual(7);
    }
    expect(effort.some((e) => channelOf(e) === "chat")).toBe(true);
    const survey = effort.filter((e) => /survey/i.test(textOf(e)));
    expect(survey.length).toBeGreaterThan(0);
    for (const e of survey) expect(stageOf(journey, e)).toBe(journey.stages.length - 1);
  });
});
