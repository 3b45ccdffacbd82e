import { ArrowLeft, ArrowRight, Trash2 } from "lucide-react";
import { memo, useEffect, useMemo, useState } from "react";
import {
  LINK_KINDS,
  elementsInJourneyOrder,
  type Journey,
  type JourneyElement,
  type LinkKind,
} from "../../domain";
import { useLocale, useT } from "../../i18n";
import { changeLink, linkCards, removeCardLinks, selectCards } from "../../store";

/** The arrows to and from a card, and a keyboard way to draw a new one. */
export function LinksField({ journey, element }: { journey: Journey; element: JourneyElement }) {
  const t = useT();
  // Stage headings are written in the language of the moment (`t` itself never changes).
  const locale = useLocale();
  const [target, setTarget] = useState("");
  const [kind, setKind] = useState<LinkKind>("flow");
  const links = Object.values(journey.links).filter(
    (l) => l.from === element.id || l.to === element.id,
  );
  // Every other card of the journey is a choice: at 1,000 cards, building them held up the click
  // that selected the card. They are listed once the page is idle, in a render of their own (not
  // a deferred render: a drag's every frame interrupted it and it began again, each frame paying
  // for it); after an edit only the choices of the cards it changed are drawn again.
  const [listed, setListed] = useState(false);
  useEffect(() => {
    if (listed) return;
    const list = () => setListed(true);
    if ("requestIdleCallback" in window) {
      const idle = requestIdleCallback(list, { timeout: 1000 });
      return () => cancelIdleCallback(idle);
    }
    const timer = setTimeout(list, 200);
    return () => clearTimeout(timer);
  }, [listed]);
  const targets = useMemo(() => {
    if (!listed) return null;
    const others = elementsInJourneyOrder(journey, (e) => e.id !== element.id);
    return journey.stages.map((stage, index) => {
      const cards = others.filter((other) => other.stageId === stage.id);
      if (!cards.length) return null;
      // By stage: two "Channel: Web" cards are told apart by where they are.
      return (
        <optgroup
          key={stage.id}
          label={t("inspector.linkTargetStage", {
            number: index + 1,
            name: stage.name.trim() || t("stage.untitled"),
          })}
        >
          {cards.map((other) => (
            <TargetOption key={other.id} card={other} />
          ))}
        </optgroup>
      );
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the journey is read only through these
  }, [listed, journey.elements, journey.stages, journey.lanes, element.id, t, locale]);
  const titleOf = (id: string) => journey.elements[id]?.title || t("card.untitled");
  return (
    <section className="inspector__section" aria-labelledby="links-heading">
      <h3 id="links-heading" className="inspector__label">
        {t("inspector.links")}
      </h3>
      {links.length ? (
        <ul className="links-list">
          {links.map((link) => {
            const outgoing = link.from === element.id;
            const other = outgoing ? link.to : link.from;
            return (
              <li key={link.id}>
                {outgoing ? (
                  <ArrowRight size={14} aria-hidden="true" />
                ) : (
                  <ArrowLeft size={14} aria-hidden="true" />
                )}
                <button
                  type="button"
                  className="link-button links-list__other"
                  dir="auto"
                  onClick={() => selectCards([other])}
                >
                  {t(outgoing ? "inspector.linkTo" : "inspector.linkFrom", {
                    title: titleOf(other),
                  })}
                </button>
                <select
                  className="wm-select links-list__kind"
                  aria-label={t("inspector.linkKindOf", { title: titleOf(other) })}
                  value={link.kind}
                  onChange={(event) =>
                    changeLink(journey.id, link.id, event.target.value as LinkKind)
                  }
                >
                  {LINK_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`linkKind.${k}`)}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t("inspector.removeLink", { title: titleOf(other) })}
                  onClick={() => removeCardLinks(journey.id, [link.id])}
                >
                  <Trash2 size={15} aria-hidden="true" />
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <form
        className="links-new"
        onSubmit={(event) => {
          event.preventDefault();
          if (target && linkCards(journey.id, element.id, target, kind)) setTarget("");
        }}
      >
        <select
          className="wm-select"
          aria-label={t("inspector.linkTarget")}
          value={target}
          onChange={(event) => setTarget(event.target.value)}
        >
          <option value="">{t("inspector.linkTargetPlaceholder")}</option>
          {targets}
        </select>
        <select
          className="wm-select"
          aria-label={t("inspector.linkKind")}
          value={kind}
          onChange={(event) => setKind(event.target.value as LinkKind)}
        >
          {LINK_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`linkKind.${k}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="wm-button wm-button--sm" disabled={!target}>
          {t("inspector.addLink")}
        </button>
      </form>
    </section>
  );
}

/** A card to draw an arrow to; drawn again only when the card changes. */
const TargetOption = memo(function TargetOption({ card }: { card: JourneyElement }) {
  const t = useT();
  return (
    <option value={card.id}>
      {t("card.name", { kind: t(`kind.${card.kind}`), title: card.title || t("card.untitled") })}
    </option>
  );
});
