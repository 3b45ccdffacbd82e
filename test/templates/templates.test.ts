import { describe, expect, it } from "vitest";
import { DEFAULT_LANES, NATURAL_LANE } from "../../src/domain";
import {
  checkJourney,
  journeyFileSchema,
  journeyToFile,
  personaFileSchema,
  personaToFile,
} from "../../src/format";
import { t } from "../../src/i18n";
import { templatesEn } from "../../src/i18n/en/templates";
import { TEMPLATES, templateById } from "../../src/templates";

import { NOW, build, cards, idsOf, textsOf, ownerOf, linkedTouchpoints } from "./template-queries";

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
