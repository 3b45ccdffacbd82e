import { ArrowLeft, Check } from "lucide-react";
import { useEffect, useRef, useState, type CSSProperties } from "react";
import {
  ELEMENT_KINDS,
  LANE_NATURAL_KIND,
  NATURAL_LANE,
  type ElementKind,
  type Id,
  type Journey,
} from "../../domain";
import { LIMITS } from "../../format";
import { useT } from "../../i18n";
import { addCard } from "../../store";
import { Button } from "../../ui/Button";
import { Dialog } from "../../ui/Dialog";
import { KIND_ICON } from "../../ui/kinds";

type Step = "kind" | "lane" | "text";

/**
 * Adding cards from a phone in three taps and typing: what it is, which lane, then the text;
 * Enter adds it and keeps the box open for the next one of the same kind in the same lane.
 */
export function PhoneCapture({
  journey,
  stageId,
  onClose,
}: {
  journey: Journey;
  stageId: Id;
  onClose: () => void;
}) {
  const t = useT();
  const [step, setStep] = useState<Step>("kind");
  const [kind, setKind] = useState<ElementKind | null>(null);
  const [laneId, setLaneId] = useState<Id | null>(null);
  const [text, setText] = useState("");
  const [added, setAdded] = useState<string[]>([]);
  const [refused, setRefused] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  const stage = journey.stages.find((s) => s.id === stageId);
  const lane = journey.lanes.find((l) => l.id === laneId);

  useEffect(() => {
    if (step === "text") input.current?.focus();
  }, [step]);

  // The lanes where this kind of card lives come first.
  const fits = (laneKind: Journey["lanes"][number]["kind"]) =>
    kind !== null && (NATURAL_LANE[kind] === laneKind || LANE_NATURAL_KIND[laneKind] === kind);
  // Cards never go in the emotion curve's lane (the scores draw it).
  const lanes = journey.lanes
    .filter((each) => each.kind !== "emotionCurve")
    .sort((a, b) => Number(fits(b.kind)) - Number(fits(a.kind)));

  const add = () => {
    const title = text.trim();
    if (!title || !kind || !laneId) return;
    const id = addCard(journey.id, kind, { stageId, laneId }, title.slice(0, LIMITS.longText));
    setRefused(id === null);
    if (id === null) return;
    setAdded((list) => [title, ...list].slice(0, 5));
    setText("");
    input.current?.focus();
  };

  const title =
    step === "kind"
      ? t("phone.add.kindTitle")
      : step === "lane"
        ? t("phone.add.laneTitle")
        : t("phone.add.textTitle", { kind: kind ? t(`kind.${kind}`) : "" });

  return (
    <Dialog
      open
      title={title}
      closeLabel={t("dialog.close")}
      onClose={onClose}
      size="sm"
      footer={
        step === "text" ? (
          <>
            <Button onClick={onClose}>{t("phone.add.done")}</Button>
            <Button variant="primary" onClick={add} disabled={!text.trim()}>
              {t("phone.add.add")}
            </Button>
          </>
        ) : undefined
      }
    >
      <div className="phone-capture">
        <p className="phone-capture__where">
          {t("phone.add.where", {
            stage: stage?.name.trim() || t("stage.untitled"),
            lane: lane ? lane.name.trim() || t("lane.untitled") : "…",
          })}
        </p>
        {step === "kind" ? (
          <ul className="phone-capture__kinds">
            {ELEMENT_KINDS.map((each) => {
              const Icon = KIND_ICON[each];
              return (
                <li key={each}>
                  <button
                    type="button"
                    className={`phone-capture__kind phone-card--${each}`}
                    style={{ "--kind-color": `var(--${each}-color)` } as CSSProperties}
                    onClick={() => {
                      setKind(each);
                      setStep("lane");
                    }}
                  >
                    <Icon size={24} aria-hidden="true" />
                    <span>{t(`kind.${each}`)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        ) : null}
        {step === "lane" ? (
          <>
            <ul className="phone-capture__lanes">
              {lanes.map((each) => (
                <li key={each.id}>
                  <button
                    type="button"
                    className="phone-capture__lane"
                    onClick={() => {
                      setLaneId(each.id);
                      setStep("text");
                    }}
                  >
                    {each.name.trim() || t("lane.untitled")}
                  </button>
                </li>
              ))}
            </ul>
            <Button icon={<ArrowLeft />} onClick={() => setStep("kind")}>
              {t("phone.add.back")}
            </Button>
          </>
        ) : null}
        {step === "text" ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              add();
            }}
          >
            <label className="phone-capture__label" htmlFor="phone-capture-text">
              {t("phone.add.text")}
            </label>
            <textarea
              id="phone-capture-text"
              ref={input}
              className="wm-input phone-capture__text"
              rows={3}
              maxLength={LIMITS.longText}
              value={text}
              enterKeyHint="send"
              onChange={(event) => setText(event.target.value)}
              onKeyDown={(event) => {
                // Enter adds (a phone's send key too); Shift+Enter is a new line.
                if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
                  event.preventDefault();
                  add();
                }
              }}
            />
            <p className="wm-field__hint">{t("phone.add.enterHint")}</p>
            {refused ? (
              <p className="wm-field__error" role="alert">
                {t("phone.add.refused")}
              </p>
            ) : null}
            <div className="phone-capture__change">
              <Button size="sm" onClick={() => setStep("kind")}>
                {t("phone.add.changeKind")}
              </Button>
              <Button size="sm" onClick={() => setStep("lane")}>
                {t("phone.add.changeLane")}
              </Button>
            </div>
            {added.length ? (
              <ul className="phone-capture__added" aria-label={t("phone.add.added")} role="status">
                {added.map((each, i) => (
                  <li key={`${i}-${each}`}>
                    <Check size={16} aria-hidden="true" />
                    <span>{each}</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </form>
        ) : null}
      </div>
    </Dialog>
  );
}
