import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { LAYOUT, newId, type Journey } from "../../src/domain";
import type { PosterOptions } from "../../src/export/geometry";
import { posterPersona, type PosterPersona } from "../../src/export/persona";
import { renderPoster } from "../../src/export/poster-svg";
import { paletteFor } from "../../src/export/palette";
import { loadLocale, setLocale, t } from "../../src/i18n";
import { groceryTemplate } from "../../src/templates";
import { journeyArb, personaArb } from "../helpers/arbitraries";
import { blankJourney, withCard } from "../helpers/factories";
import { fakeMeasure } from "../helpers/measure";

const options: PosterOptions = {
  scope: { kind: "journey" },
  personaHeader: true,
  legend: true,
  emotionCurve: true,
  background: "white",
};

const maya: PosterPersona = {
  name: "Maya Kowalska",
  role: "Working parent",
  quote: "I shop between meetings.",
  goals: ["Save time"],
  avatar: { kind: "initials", initials: "MK", color: "#1d4ed8" },
};

function render(
  journey: Journey,
  persona: PosterPersona | null = maya,
  extra: Partial<PosterOptions> = {},
) {
  return renderPoster({
    journey,
    persona,
    options: { ...options, ...extra },
    size: "slide1080",
    measure: fakeMeasure,
  });
}

function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, "image/svg+xml");
}

/** Everything that could run code or fetch something, found in a parsed SVG. */
function dangers(doc: Document): string[] {
  const found: string[] = [];
  if (doc.getElementsByTagName("parsererror").length) found.push("parse error");
  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    const name = el.localName.toLowerCase();
    if (["script", "foreignobject", "iframe", "object", "embed", "a", "use"].includes(name))
      found.push(`<${name}>`);
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`${name}[${attr.name}]`);
      if (/(^|:)href$/i.test(attr.name) && !/^data:image\/(png|jpeg|webp);base64,/.test(attr.value))
        found.push(`${name}[${attr.name}=${attr.value.slice(0, 30)}]`);
      if (/url\(/i.test(attr.value) && !/^url\(#[\w-]+\)$/.test(attr.value))
        found.push(`${name}[${attr.name}] url`);
    }
    if (name === "style" && /@import|url\((?!data:font\/woff2;base64,)/i.test(el.textContent ?? ""))
      found.push("style reference");
  }
  return found;
}

describe("the poster SVG", () => {
  it("draws every card, its title, the stages, lanes, curve and legend", () => {
    const { journey } = groceryTemplate.build({ newId, now: 1, t });
    const { svg, plan } = render(journey);
    const doc = parse(svg);
    expect(dangers(doc)).toEqual([]);
    const root = doc.documentElement;
    expect(root.getAttribute("width")).toBe("1920");
    expect(root.getAttribute("height")).toBe("1080");
    expect(root.getAttribute("viewBox")).toBe("0 0 1920 1080");
    const texts = Array.from(doc.querySelectorAll("text")).map((n) => n.textContent ?? "");
    const all = texts.join("\n");
    for (const stage of journey.stages) expect(all).toContain(stage.name);
    for (const lane of journey.lanes) expect(all).toContain(lane.name.split(" ")[0]);
    // One title line at least per card: each card's title starts a text node.
    const titles = Array.from(doc.querySelectorAll("text.ct")).map((n) => n.textContent ?? "");
    for (const card of Object.values(journey.elements))
      expect(titles.some((line) => card.title.startsWith(line.replace(/…$/, "")))).toBe(true);
    const totalCards = plan.panels.reduce((n, p) => n + p.layout.cards.size, 0);
    expect(totalCards).toBe(Object.keys(journey.elements).length);
    // The emotion curve, in its own colour.
    expect(doc.querySelector(`path[stroke="${paletteFor("white").curve}"]`)).not.toBeNull();
    // The legend names every kind.
    for (const kind of ["Touchpoint", "Channel", "Friction point", "Opportunity", "Note"])
      expect(texts).toContain(kind);
    // The persona and the journey.
    expect(texts).toContain("Maya Kowalska");
    expect(texts).toContain(journey.title);
  });

  it("draws cards as plain boxes only when asked (the preview of a huge map)", () => {
    const { journey } = groceryTemplate.build({ newId, now: 1, t });
    const outline = parse(
      renderPoster({
        journey,
        persona: maya,
        options,
        size: "slide1080",
        measure: fakeMeasure,
        cards: "outline",
      }).svg,
    );
    expect(outline.querySelectorAll("text.ct")).toHaveLength(0);
    const full = parse(render(journey).svg);
    expect(full.querySelectorAll("text.ct").length).toBeGreaterThan(10);
    // Every card is there all the same, as a box in its kind's colours (one path per kind).
    const fills = new Set(Object.values(paletteFor("white").kinds).map((k) => k.fill));
    const boxes = Array.from(outline.querySelectorAll("path"))
      .filter((path) => fills.has(path.getAttribute("fill") ?? ""))
      .map((path) => (path.getAttribute("d")?.match(/z/g) ?? []).length)
      .reduce((a, b) => a + b, 0);
    expect(boxes).toBe(Object.keys(journey.elements).length);
    // Every arrow too, as one path per kind of arrow without heads (each head is painted apart).
    const linkStroke = paletteFor("white").link;
    const arrows = Array.from(outline.querySelectorAll(`path[stroke="${linkStroke}"]`));
    const linkKinds = new Set(Object.values(journey.links).map((link) => link.kind));
    expect(Object.keys(journey.links).length).toBeGreaterThan(linkKinds.size);
    expect(arrows).toHaveLength(linkKinds.size);
    expect(arrows.every((path) => !path.hasAttribute("marker-end"))).toBe(true);
    const curves = arrows
      .map((path) => (path.getAttribute("d")?.match(/M/g) ?? []).length)
      .reduce((a, b) => a + b, 0);
    expect(curves).toBe(Object.keys(journey.links).length);
    expect(full.querySelectorAll(`path[stroke="${linkStroke}"][marker-end]`)).toHaveLength(
      Object.keys(journey.links).length,
    );
  });

  it("leaves out the legend, the persona and the curve when they are switched off", () => {
    const { journey } = groceryTemplate.build({ newId, now: 1, t });
    const { svg } = render(journey, maya, {
      legend: false,
      personaHeader: false,
      emotionCurve: false,
    });
    const doc = parse(svg);
    const texts = Array.from(doc.querySelectorAll("text")).map((n) => n.textContent ?? "");
    expect(texts).not.toContain("Maya Kowalska");
    expect(texts).not.toContain("Satisfaction");
    expect(doc.querySelector(`path[stroke="${paletteFor("white").curve}"]`)).toBeNull();
    expect(texts).toContain(journey.title);
  });

  it("tells kinds apart by outline and icon, not colour alone", () => {
    const journey = blankJourney();
    withCard(journey, { id: "f", kind: "frictionPoint", lane: "frictionPoints", title: "F" });
    withCard(journey, { id: "o", kind: "opportunity", lane: "opportunities", title: "O" });
    withCard(journey, { id: "n", kind: "note", lane: "backstage", title: "N" });
    const doc = parse(render(journey, null, { legend: false }).svg);
    const cards = Array.from(doc.querySelectorAll("g")).filter((g) =>
      Array.from(g.children).some((child) => child.matches("text.ct")),
    );
    expect(cards).toHaveLength(3);
    const outline = (g: Element) => g.firstElementChild!;
    const [friction, opportunity, note] = ["F", "O", "N"].map((title) =>
      cards.find((g) => g.querySelector("text.ct")!.textContent === title)!,
    );
    expect(outline(friction!).localName).toBe("path"); // corners cut off
    expect(outline(opportunity!).getAttribute("stroke-dasharray")).toBeTruthy(); // dashed
    expect(note!.querySelectorAll("path").length).toBeGreaterThanOrEqual(2); // folded corner
  });

  it("lays a Persian title out right to left, anchored at the card's right edge", () => {
    const journey = blankJourney();
    withCard(journey, { id: "fa", title: "سفارش خرید هفتگی" });
    withCard(journey, { id: "pl", title: "Zażółć gęślą jaźń" });
    const doc = parse(render(journey).svg);
    const lines = Array.from(doc.querySelectorAll("text.ct"));
    const persian = lines.find((l) => l.textContent === "سفارش خرید هفتگی")!;
    const polish = lines.find((l) => l.textContent === "Zażółć gęślą jaźń")!;
    expect(persian.getAttribute("direction")).toBe("rtl");
    expect(polish.getAttribute("direction")).toBeNull();
    expect(Number(persian.getAttribute("x"))).toBeGreaterThan(
      Number(polish.getAttribute("x")) + 150,
    );
  });

  describe("in Persian", () => {
    afterEach(() => setLocale("en"));

    it("reads the header and the legend from the right, as the map runs", async () => {
      await loadLocale("fa");
      setLocale("fa");
      const { journey } = groceryTemplate.build({ newId, now: 1, t });
      const doc = parse(render(journey).svg);
      // The last text that says it: a kind's name is also every card's label, and the legend
      // is drawn last.
      const x = (content: string) => {
        const node = Array.from(doc.querySelectorAll("text")).findLast(
          (n) => n.textContent === content,
        );
        expect(node, content).toBeDefined();
        return Number(node!.getAttribute("x"));
      };
      // The persona, first read, sits right of the journey's title; the state chip at the left.
      expect(x("Maya Kowalska")).toBeGreaterThan(x(journey.title));
      expect(x(journey.title)).toBeGreaterThan(x(t(`journeyState.${journey.state}`)));
      // The legend runs from the right: touchpoint, then channel, then friction point.
      const legend = (["kind.touchpoint", "kind.channel", "kind.frictionPoint"] as const).map(
        (key) => x(t(key)),
      );
      expect(legend[0]).toBeGreaterThan(legend[1]!);
      expect(legend[1]).toBeGreaterThan(legend[2]!);
    });
  });

  it("marks unscored touchpoints on the curve's midline instead of drawing them as a score", () => {
    const journey = blankJourney();
    withCard(journey, { id: "s1", stage: 0, title: "Scored", satisfaction: 2 });
    withCard(journey, { id: "u", stage: 1, title: "Unscored" });
    withCard(journey, { id: "s2", stage: 2, title: "Scored too", satisfaction: 5 });
    const doc = parse(render(journey).svg);
    const marks = Array.from(doc.querySelectorAll("text.fc")).filter((n) => n.textContent === "?");
    expect(marks).toHaveLength(1);
    expect(doc.querySelector(`path[stroke="${paletteFor("white").curve}"]`)).not.toBeNull();
  });

  it("shows a collapsed lane as a thin band that says how many cards it hides", () => {
    const journey = blankJourney();
    withCard(journey, { id: "a", lane: "opportunities", kind: "opportunity", title: "Hidden one" });
    withCard(journey, { id: "b", lane: "opportunities", kind: "opportunity", title: "Hidden two" });
    journey.lanes.find((l) => l.kind === "opportunities")!.collapsed = true;
    const doc = parse(render(journey).svg);
    const texts = Array.from(doc.querySelectorAll("text")).map((n) => n.textContent);
    expect(texts).toContain("2 cards in this collapsed lane");
    expect(texts).not.toContain("Hidden one");
  });

  it("draws a card's comment count only when the export asks for it, resolved threads left out", () => {
    const journey = blankJourney();
    withCard(journey, { id: "c", title: "Discussed" });
    const base = { elementId: "c", author: "Ana", authorId: "ana", at: 1, editedAt: null };
    journey.comments = {
      t1: { ...base, id: "t1", replyTo: null, text: "Why?", resolved: false },
      r1: { ...base, id: "r1", replyTo: "t1", text: "Because", resolved: false },
      t2: { ...base, id: "t2", replyTo: null, text: "Done", resolved: true },
    };
    const cardOf = (doc: Document) =>
      Array.from(doc.querySelectorAll("g")).find(
        (g) => g.querySelector(":scope > text.ct")?.textContent === "Discussed",
      )!;
    expect(cardOf(parse(render(journey).svg)).querySelector("path.comment")).toBeNull();
    const card = cardOf(parse(render(journey, maya, { comments: true }).svg));
    expect(card.querySelector("path.comment")).not.toBeNull();
    expect(Array.from(card.querySelectorAll("text.bg")).map((n) => n.textContent)).toContain("2");
  });

  it("draws votes as a dot, unlike the pain point triangle, and explains them in the legend", () => {
    const journey = blankJourney();
    withCard(journey, {
      id: "v",
      title: "Voted",
      votes: 2,
      painPoints: [{ id: "p", text: "Slow", severity: "high" }],
    });
    const doc = parse(render(journey).svg);
    const card = Array.from(doc.querySelectorAll("g")).find(
      (g) => g.querySelector(":scope > text.ct")?.textContent === "Voted",
    )!;
    const dot = card.querySelector("circle.vote")!;
    expect(dot).not.toBeNull();
    expect(dot.getAttribute("fill")).toBe(paletteFor("white").voteFill);
    // The count beside the dot, and no triangle of the vote colour (the old "▲ 2").
    const count = Array.from(card.querySelectorAll("text.bg")).find((n) => n.textContent === "2")!;
    expect(Number(count.getAttribute("x"))).toBeGreaterThan(Number(dot.getAttribute("cx")));
    expect(card.querySelector(`path[fill="${paletteFor("white").voteFill}"]`)).toBeNull();
    // The legend: the same dot, named.
    const legend = Array.from(doc.querySelectorAll("text.lg"));
    const votes = legend.find((n) => n.textContent === t("export.legend.votes"))!;
    expect(votes).toBeDefined();
    const legendDots = Array.from(doc.querySelectorAll("circle.vote")).filter((c) => c !== dot);
    expect(legendDots).toHaveLength(1);
    expect(Number(legendDots[0]!.getAttribute("cx"))).toBeLessThan(Number(votes.getAttribute("x")));
  });

  it("names votes in the legend only when a card in the image has votes and the legend is on", () => {
    const legendTexts = (journey: Journey, extra: Partial<PosterOptions> = {}) =>
      Array.from(parse(render(journey, maya, extra).svg).querySelectorAll("text.lg")).map(
        (n) => n.textContent,
      );
    const unvoted = blankJourney();
    withCard(unvoted, { id: "a", title: "No votes" });
    expect(legendTexts(unvoted)).toContain(t("export.legend.painPoints"));
    expect(legendTexts(unvoted)).not.toContain(t("export.legend.votes"));
    const voted = blankJourney();
    withCard(voted, { id: "a", title: "Voted", votes: 1 });
    expect(legendTexts(voted)).toContain(t("export.legend.votes"));
    expect(legendTexts(voted, { legend: false })).toEqual([]);
    // Votes on a card of a collapsed lane are not in the image, so neither are they in its legend.
    voted.lanes.find((l) => l.kind === "touchpoints")!.collapsed = true;
    expect(legendTexts(voted)).not.toContain(t("export.legend.votes"));
  });

  it("never cuts a stage name: a long one wraps onto a second line inside the header band", () => {
    const journey = blankJourney();
    const name = "Loyalty and advocacy";
    journey.stages[5]!.name = name;
    journey.stages[5]!.description = "Photos, reviews and a reason to come back.";
    journey.stages[0]!.description = "Hears about it.";
    const doc = parse(render(journey).svg);
    const others = journey.stages.slice(0, 5).map((s) => s.name);
    const lines = Array.from(doc.querySelectorAll("text.sn, text.sm")).filter(
      (n) => !others.includes(n.textContent!),
    );
    expect(lines.length).toBe(2);
    expect(lines.map((n) => n.textContent).join(" ")).toBe(name);
    for (const line of lines) {
      expect(line.textContent).not.toContain("…");
      // The usual size: two lines of it hold this name.
      expect(line.getAttribute("class")).toBe("sn");
    }
    // Inside the band, above its description, which is the same for every stage.
    const baselines = lines.map((n) => Number(n.getAttribute("y")));
    expect(baselines[1]).toBeGreaterThan(baselines[0]!);
    const description = Array.from(doc.querySelectorAll("text.sd")).find((n) =>
      n.textContent!.startsWith("Photos"),
    )!;
    expect(Number(description.getAttribute("y"))).toBeGreaterThan(baselines[1]!);
    expect(Number(description.getAttribute("y"))).toBeLessThan(LAYOUT.stageHeaderHeight);
    // The band is as tall as ever, and another stage's name starts on the same line.
    expect(doc.querySelector(`rect[height="${LAYOUT.stageHeaderHeight}"]`)).not.toBeNull();
    const awareness = Array.from(doc.querySelectorAll("text.sn")).find(
      (n) => n.textContent === "awareness",
    )!;
    expect(awareness.getAttribute("y")).toBe(lines[0]!.getAttribute("y"));
  });

  it("sets a stage name one step smaller only when two lines do not hold it, still whole", () => {
    const journey = blankJourney();
    const name = "Loyalty and advocacy for the next stay";
    journey.stages[5]!.name = name;
    const doc = parse(render(journey).svg);
    const lines = Array.from(doc.querySelectorAll("text.sm"));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((n) => n.textContent).join(" ")).toBe(name);
    expect(lines.some((n) => n.textContent!.includes("…"))).toBe(false);
    for (const line of lines) expect(Number(line.getAttribute("y"))).toBeLessThan(64);
  });

  it("lays every line of a wrapped Persian stage name right to left, a Latin word first or not", () => {
    const journey = blankJourney();
    // Wrapped so that a line starts with the Latin word: that line alone would read as LTR.
    const name = "پرداخت سریع و امن Apple Pay و تأیید نهایی سفارش";
    journey.stages[5]!.name = name;
    const doc = parse(render(journey).svg);
    const lines = Array.from(doc.querySelectorAll("text.sn, text.sm")).filter((n) =>
      name.includes(n.textContent!),
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.some((n) => n.textContent!.startsWith("Apple"))).toBe(true);
    for (const line of lines) expect(line.getAttribute("direction")).toBe("rtl");
  });

  it("draws links between cards as arrows", () => {
    const journey = blankJourney();
    withCard(journey, { id: "a", title: "A" });
    withCard(journey, { id: "b", kind: "frictionPoint", lane: "frictionPoints", title: "B" });
    journey.links.l1 = { id: "l1", from: "b", to: "a", kind: "causes" };
    const doc = parse(render(journey).svg);
    expect(doc.querySelectorAll("path[marker-end='url(#wm-arrow)']")).toHaveLength(1);
  });

  it("embeds a persona picture only as a raster data URL", () => {
    const picture = "data:image/png;base64,iVBORw0KGgo=";
    const withPicture = parse(
      render(blankJourney(), { ...maya, avatar: { kind: "image", dataUrl: picture } }).svg,
    );
    expect(withPicture.querySelector("image")!.getAttribute("href")).toBe(picture);
    const hostile = parse(
      render(blankJourney(), {
        ...maya,
        avatar: { kind: "image", dataUrl: 'data:image/svg+xml;base64,PHN2Zz4="/><script>' },
      }).svg,
    );
    expect(hostile.querySelector("image")).toBeNull();
    expect(dangers(hostile)).toEqual([]);
  });

  it("holds no script, handler or outside reference whatever the text, in every theme", async () => {
    const persona = await fc.sample(personaArb, 1)[0]!;
    await fc.assert(
      fc.asyncProperty(
        journeyArb("p"),
        personaArb,
        fc.constantFrom("white", "transparent", "dark" as const),
        fc.boolean(),
        async (journey, randomPersona, background, stage) => {
          const poster = await posterPersona(randomPersona ?? persona);
          const { svg } = renderPoster({
            journey,
            persona: poster,
            options: {
              ...options,
              background,
              scope: stage
                ? { kind: "stage", stageId: journey.stages[0]!.id }
                : { kind: "journey" },
            },
            size: stage ? "slide1080" : "fit",
            measure: fakeMeasure,
          });
          expect(dangers(parse(svg))).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("escapes the classic payloads in titles, names and stages", () => {
    const journey = blankJourney();
    journey.title = '</title><script>alert("t")</script>';
    journey.stages[0]!.name = "<svg onload=alert(1)>";
    journey.lanes[0]!.name = "]]><![CDATA[<script>x</script>";
    withCard(journey, { id: "x", title: '<img src=x onerror="alert(2)">' });
    const { svg } = render(journey, { ...maya, name: "<a href='javascript:alert(3)'>me</a>" });
    const doc = parse(svg);
    expect(dangers(doc)).toEqual([]);
    expect(doc.querySelector("title")!.textContent).toBe('</title><script>alert("t")</script>');
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain("<img");
  });
});
