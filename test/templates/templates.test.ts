import { describe, expect, it } from "vitest";
import {
  DEFAULT_LANES,
  NATURAL_LANE,
  newId,
  type ElementKind,
  type Journey,
  type JourneyElement,
  type Persona,
} from "../../src/domain";
import {
  checkJourney,
  journeyFileSchema,
  journeyToFile,
  personaFileSchema,
  personaToFile,
} from "../../src/format";
import { t } from "../../src/i18n";
import { templatesEn } from "../../src/i18n/en/templates";
import { TEMPLATES, templateById, type JourneyTemplate } from "../../src/templates";

const NOW = Date.UTC(2026, 0, 1);

function build(template: JourneyTemplate): { persona: Persona; journey: Journey } {
  return template.build({ newId, now: NOW, t });
}

function cards(journey: Journey, kind?: ElementKind): JourneyElement[] {
  const all = Object.values(journey.elements);
  return kind ? all.filter((e) => e.kind === kind) : all;
}

/** Every id a build hands out: document, structure, cards, links and pain points. */
function idsOf({ persona, journey }: { persona: Persona; journey: Journey }): string[] {
  return [
    persona.id,
    journey.id,
    ...journey.stages.map((s) => s.id),
    ...journey.lanes.map((l) => l.id),
    ...cards(journey).flatMap((e) => [e.id, ...e.painPoints.map((p) => p.id)]),
    ...Object.keys(journey.links),
  ];
}

/** Every text a person can read in a built persona and journey. */
function textsOf({ persona, journey }: { persona: Persona; journey: Journey }): string[] {
  return [
    persona.name,
    persona.role,
    persona.quote,
    persona.notes,
    ...persona.goals,
    ...persona.needs,
    ...persona.frustrations,
    journey.title,
    journey.scenario,
    journey.goal,
    ...journey.stages.flatMap((s) => [s.name, s.description]),
    ...journey.lanes.map((l) => l.name),
    ...cards(journey).flatMap((e) => [e.title, e.notes, ...e.painPoints.map((p) => p.text)]),
  ];
}

/** A card's title and notes, which is what a person reads on it. */
function textOf(card: JourneyElement): string {
  return `${card.title} ${card.notes}`;
}

/** Cards of a kind whose text speaks of something. */
function about(journey: Journey, kind: ElementKind, pattern: RegExp): JourneyElement[] {
  return cards(journey, kind).filter((e) => pattern.test(textOf(e)));
}

function stageOf(journey: Journey, card: JourneyElement): number {
  return journey.stages.findIndex((s) => s.id === card.stageId);
}

function channelOf(card: JourneyElement): string | null {
  if (!card.channel) return null;
  return card.channel.kind === "standard" ? card.channel.id : card.channel.name;
}

function ownerOf(card: JourneyElement): string | null {
  if (!card.owner) return null;
  return card.owner.kind === "standard" ? card.owner.id : card.owner.name;
}

/** Cards linked to a card, in either direction. */
function linked(journey: Journey, cardId: string): JourneyElement[] {
  return Object.values(journey.links)
    .flatMap((l) => (l.from === cardId ? [l.to] : l.to === cardId ? [l.from] : []))
    .map((id) => journey.elements[id])
    .filter((e): e is JourneyElement => e !== undefined);
}

/** The most used channel among a journey's touchpoints. */
function mainChannel(journey: Journey): string | null {
  const counts = new Map<string, number>();
  for (const e of cards(journey, "touchpoint")) {
    const channel = channelOf(e);
    if (channel) counts.set(channel, (counts.get(channel) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Touchpoints a card is linked to, in either direction. */
function linkedTouchpoints(journey: Journey, cardId: string): JourneyElement[] {
  const ids = Object.values(journey.links).flatMap((l) =>
    l.from === cardId ? [l.to] : l.to === cardId ? [l.from] : [],
  );
  return ids
    .map((id) => journey.elements[id])
    .filter((e): e is JourneyElement => e?.kind === "touchpoint");
}

describe("template list", () => {
  it("offers the four templates with grocery first, as the first-run sample", () => {
    expect(TEMPLATES.map((template) => template.id)).toEqual([
      "grocery",
      "bank",
      "hotel",
      "saasSupport",
    ]);
  });

  it("finds each template by id, and nothing for an unknown id", () => {
    for (const template of TEMPLATES) expect(templateById(template.id)).toBe(template);
    expect(templateById("unknown")).toBeUndefined();
  });

  it("gives every template a name and a one-sentence description", () => {
    for (const template of TEMPLATES) {
      expect(t(template.name).trim()).not.toBe("");
      const description = t(template.description);
      expect(description).toMatch(/^[A-Z].*\.$/);
      expect(description.match(/[.!?](\s|$)/g)).toHaveLength(1);
    }
  });
});

describe.each(TEMPLATES.map((template) => [template.id, template] as const))(
  "template %s",
  (_id, template) => {
    it("passes the file format: schema and consistency", async () => {
      const { persona, journey } = build(template);
      const file = journeyToFile(journey);
      const parsed = journeyFileSchema.safeParse(file);
      expect(parsed.success, parsed.error?.message).toBe(true);
      expect(checkJourney(file)).toBeNull();
      const personaFile = personaFileSchema.safeParse(await personaToFile(persona));
      expect(personaFile.success, personaFile.error?.message).toBe(true);
    });

    it("has 5 or 6 compact stages, the standard lanes and 25 to 60 cards", () => {
      const { journey } = build(template);
      expect(journey.stages.length).toBeGreaterThanOrEqual(5);
      expect(journey.stages.length).toBeLessThanOrEqual(6);
      for (const stage of journey.stages) {
        expect(stage.name.trim()).not.toBe("");
        expect([1, 2]).toContain(stage.columns);
      }
      expect(journey.lanes.map((l) => l.kind)).toEqual([...DEFAULT_LANES]);
      const count = cards(journey).length;
      expect(count).toBeGreaterThanOrEqual(25);
      expect(count).toBeLessThanOrEqual(60);
      expect(journey.state).toBe("current");
      expect(journey.createdAt).toBe(NOW);
    });

    it("puts every card in the lane of its kind and uses every kind", () => {
      const { journey } = build(template);
      const laneKind = new Map(journey.lanes.map((l) => [l.id, l.kind]));
      for (const card of cards(journey))
        expect(laneKind.get(card.laneId), card.title).toBe(NATURAL_LANE[card.kind]);
      const kinds = new Set(cards(journey).map((e) => e.kind));
      expect([...kinds].sort()).toEqual(Object.keys(NATURAL_LANE).sort());
    });

    it("annotates touchpoints: scores, pain points, channels, owners, metrics", () => {
      const { journey } = build(template);
      const touchpoints = cards(journey, "touchpoint");
      expect(touchpoints.filter((e) => e.satisfaction !== null).length).toBeGreaterThanOrEqual(8);
      expect(cards(journey).flatMap((e) => e.painPoints).length).toBeGreaterThanOrEqual(5);
      const channels = new Set(
        touchpoints.flatMap((e) =>
          e.channel ? [e.channel.kind === "standard" ? e.channel.id : e.channel.name] : [],
        ),
      );
      expect(channels.size).toBeGreaterThanOrEqual(3);
      for (const card of [
        ...touchpoints,
        ...cards(journey, "opportunity"),
        ...cards(journey, "note"),
      ]) {
        expect(card.owner, card.title).not.toBeNull();
      }
      expect(cards(journey).some((e) => Object.keys(e.metrics).length > 0)).toBe(true);
      for (const card of cards(journey, "channel")) expect(card.channel, card.title).not.toBeNull();
    });

    it("scores only touchpoints, and gives votes and confidence to some cards", () => {
      const { journey } = build(template);
      for (const card of cards(journey)) {
        if (card.kind !== "touchpoint") expect(card.satisfaction, card.title).toBeNull();
        expect(Number.isInteger(card.votes) && card.votes >= 0 && card.votes <= 6, card.title).toBe(
          true,
        );
      }
      expect(cards(journey).some((e) => e.votes > 0)).toBe(true);
      expect(cards(journey).some((e) => e.confidence !== null)).toBe(true);
      for (const card of cards(journey, "frictionPoint"))
        expect(card.painPoints.length, card.title).toBeGreaterThan(0);
    });

    it("ties every friction point and moment of delight to a touchpoint, and the curve follows them", () => {
      const { journey } = build(template);
      const frictions = cards(journey, "frictionPoint");
      const delights = cards(journey, "momentOfDelight");
      expect(frictions.length).toBeGreaterThan(0);
      expect(delights.length).toBeGreaterThan(0);
      for (const friction of frictions) {
        const hurt = linkedTouchpoints(journey, friction.id);
        expect(hurt.length, friction.title).toBeGreaterThan(0);
        for (const touchpoint of hurt)
          expect(touchpoint.satisfaction, touchpoint.title).toBeLessThanOrEqual(3);
      }
      for (const delight of delights) {
        const lifted = linkedTouchpoints(journey, delight.id);
        expect(lifted.length, delight.title).toBeGreaterThan(0);
        for (const touchpoint of lifted)
          expect(touchpoint.satisfaction, touchpoint.title).toBeGreaterThanOrEqual(4);
      }
    });

    it("scores every touchpoint, with pain points of every severity and several owners", () => {
      const { journey } = build(template);
      for (const card of cards(journey, "touchpoint"))
        expect(card.satisfaction, card.title).not.toBeNull();
      const severities = new Set(
        cards(journey).flatMap((e) => e.painPoints.map((p) => p.severity)),
      );
      expect([...severities].sort()).toEqual(["high", "low", "medium"]);
      const owners = new Set(cards(journey).flatMap((e) => ownerOf(e) ?? []));
      expect(owners.size).toBeGreaterThanOrEqual(3);
    });

    it("measures a few touchpoints, in more than one way, and not all of them", () => {
      const { journey } = build(template);
      const touchpoints = cards(journey, "touchpoint");
      const measured = touchpoints.filter((e) => Object.keys(e.metrics).length > 0);
      expect(measured.length).toBeGreaterThanOrEqual(3);
      expect(measured.length).toBeLessThan(touchpoints.length / 2);
      expect(new Set(measured.flatMap((e) => Object.keys(e.metrics))).size).toBeGreaterThanOrEqual(
        2,
      );
      for (const card of cards(journey))
        if (Object.keys(card.metrics).length) expect(card.kind, card.title).toBe("touchpoint");
    });

    it("reads its metrics the right way round, and says the same figures in words", () => {
      const { journey } = build(template);
      const touchpoints = cards(journey, "touchpoint");
      // CES: 7 means "the company made it easy", so an easier touchpoint is never rated worse.
      const effort = touchpoints.filter((e) => e.metrics.ces !== undefined);
      for (const a of effort)
        for (const b of effort)
          if (a.satisfaction! < b.satisfaction!)
            expect(a.metrics.ces!, `${a.title} vs ${b.title}`).toBeLessThan(b.metrics.ces!);
      for (const card of touchpoints) {
        const { ces, fcr, ahtSeconds } = card.metrics;
        if (/out of 7/.test(card.notes)) {
          expect(ces, card.title).toBeDefined();
          expect(card.notes, card.title).toContain(String(ces));
        }
        if (/first contact|first-contact|resolves/i.test(card.notes))
          expect(card.notes, card.title).toContain(`${fcr}%`);
        if (/handling time/i.test(card.notes))
          expect(card.notes, card.title).toContain(`${ahtSeconds! / 60} minutes`);
      }
    });

    it("keeps card titles short enough for a card", () => {
      const { journey } = build(template);
      for (const card of cards(journey)) {
        expect(card.title.trim(), card.id).not.toBe("");
        expect(card.title.length, card.title).toBeLessThanOrEqual(60);
        const words = card.title.trim().split(/\s+/).length;
        expect(words >= 2 && words <= 7, card.title).toBe(true);
      }
    });

    it("describes a complete persona that owns the journey", () => {
      const { persona, journey } = build(template);
      expect(persona.id).toBe(journey.personaId);
      expect(persona.avatar.kind).toBe("emoji");
      for (const text of [persona.name, persona.role, persona.quote])
        expect(text.trim()).not.toBe("");
      expect(persona.goals.length).toBeGreaterThanOrEqual(2);
      expect(persona.goals.length).toBeLessThanOrEqual(4);
      expect(persona.needs.length).toBeGreaterThan(0);
      expect(persona.frustrations.length).toBeGreaterThan(0);
      expect(persona.preferredChannels.length).toBeGreaterThan(0);
      expect(journey.title.trim()).not.toBe("");
      expect(journey.scenario.trim()).not.toBe("");
      expect(journey.goal.trim()).not.toBe("");
    });

    it("hands out fresh ids on every build", () => {
      const first = idsOf(build(template));
      const second = idsOf(build(template));
      expect(new Set(first).size).toBe(first.length);
      const shared = second.filter((id) => first.includes(id));
      expect(shared).toEqual([]);
    });
  },
);

describe("template catalogue", () => {
  it("uses every template text, and each template uses its own texts", () => {
    const ids = new Set<string>(TEMPLATES.map((template) => template.id));
    const textsByTemplate = new Map(
      TEMPLATES.map((template) => [
        template.id as string,
        new Set([...textsOf(build(template)), t(template.name), t(template.description)]),
      ]),
    );
    const unused: string[] = [];
    for (const [key, text] of Object.entries(templatesEn)) {
      const owner = key.split(".")[1] ?? "";
      expect(key.startsWith("template."), key).toBe(true);
      expect(ids.has(owner), `${key} names no template`).toBe(true);
      if (!textsByTemplate.get(owner)?.has(text)) unused.push(key);
    }
    expect(unused).toEqual([]);
  });

  it("leaves no text of a built template empty or untranslated", () => {
    for (const template of TEMPLATES) {
      const built = build(template);
      const texts = textsOf(built);
      for (const text of texts) expect(text.startsWith("template."), text).toBe(false);
      for (const card of cards(built.journey)) {
        for (const p of card.painPoints) expect(p.text.trim(), card.title).not.toBe("");
      }
    }
  });
});

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
