import { ArrowDown, Flame, Smile } from "lucide-react";
import { memo, useEffect, useRef, useState } from "react";
import {
  SATISFACTION_VALUES,
  satisfactionByStage,
  smoothPath,
  type Journey,
  type Satisfaction,
  type Stage,
} from "../domain";
import { formatNumber, useT } from "../i18n";
import { FaceGlyph } from "../canvas/nodes/FaceGlyph";
import { PresentCard } from "./PresentCard";
import { stageEmotion, stageLanes, type StageEmotion } from "./present-journey";
import "./emotion.css";
import "./stage-slide.css";

/**
 * One stage as a slide: its number and name, a summary (cards, satisfaction, pain points), the
 * emotion curve through its touchpoints, and lane by lane its cards, large.
 */
function StageSlideView({
  journey,
  stage,
  index,
  width,
  current,
  dimmed,
  spotLaneId,
}: {
  journey: Journey;
  stage: Stage;
  index: number;
  width: number;
  current: boolean;
  dimmed: boolean;
  spotLaneId: string | null;
}) {
  const t = useT();
  const lanes = stageLanes(journey, stage.id);
  const emotion = stageEmotion(journey, stage.id);
  const emotionLane = journey.lanes.find((l) => l.kind === "emotionCurve" && !l.collapsed);
  const satisfaction = satisfactionByStage(journey).find((s) => s.stageId === stage.id);
  const cards = lanes.reduce((sum, l) => sum + l.cards.length, 0);
  const painPoints = lanes.reduce(
    (sum, l) => sum + l.cards.reduce((n, c) => n + c.painPoints.length, 0),
    0,
  );
  const name = stage.name.trim() || t("stage.untitled");
  const headingId = `slide-${stage.id}`;
  const dimLane = (laneId: string) => spotLaneId !== null && spotLaneId !== laneId;
  const slide = useRef<HTMLElement>(null);
  const [moreBelow, setMoreBelow] = useState(false);
  useEffect(() => {
    const element = slide.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setMoreBelow(current && hasMoreBelow(element)));
    observer.observe(element);
    for (const child of Array.from(element.children)) observer.observe(child);
    return () => observer.disconnect();
  }, [current]);

  return (
    <section
      ref={slide}
      onScroll={(event) => setMoreBelow(current && hasMoreBelow(event.currentTarget))}
      className={`slide${current ? " slide--current" : ""}${dimmed ? " slide--dimmed" : ""}`}
      style={{ width }}
      aria-labelledby={headingId}
      inert={!current}
      data-stage-index={index}
    >
      <header className="slide__header">
        <span className="slide__number" aria-hidden="true">
          {formatNumber(index + 1)}
        </span>
        <div className="slide__heading">
          <h2 id={headingId} className="slide__name" dir="auto">
            {name}
          </h2>
          {stage.description.trim() ? (
            <p className="slide__description" dir="auto">
              {stage.description}
            </p>
          ) : null}
        </div>
        <ul className="slide__summary" aria-label={t("present.stageSummary")}>
          <li>{t("present.cards", { count: cards })}</li>
          {satisfaction?.average != null ? (
            <li>
              <Smile size={22} aria-hidden="true" />
              {t("present.averageSatisfaction", {
                score: satisfaction.average.toLocaleString(undefined, {
                  maximumFractionDigits: 1,
                }),
              })}
            </li>
          ) : null}
          {painPoints ? (
            <li>
              <Flame size={22} aria-hidden="true" />
              {t("present.painPoints", { count: painPoints })}
            </li>
          ) : null}
        </ul>
      </header>
      {emotion && emotionLane ? (
        <div
          className={`slide__emotion lane-block${dimLane(emotionLane.id) ? " lane-block--dim" : ""}`}
        >
          <h3 className="lane-block__name" dir="auto">
            {emotionLane.name.trim() || t("lane.emotionCurve")}
          </h3>
          <EmotionStrip emotion={emotion} width={Math.max(200, width - 54 - 160)} />
        </div>
      ) : null}
      {lanes.length ? (
        <div className="slide__lanes">
          {lanes.map(({ lane, cards: laneCards }) => (
            <section
              key={lane.id}
              className={`lane-block${dimLane(lane.id) ? " lane-block--dim" : ""}`}
              aria-label={lane.name.trim() || t("lane.untitled")}
            >
              <h3 className="lane-block__name" dir="auto">
                {lane.name.trim() || t("lane.untitled")}
              </h3>
              <ul className="lane-block__cards">
                {laneCards.map((card) => (
                  <li key={card.id}>
                    <PresentCard element={card} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      ) : (
        <p className="slide__empty">{t("present.emptyStage")}</p>
      )}
      {moreBelow ? (
        <div className="slide__more" aria-hidden="true">
          <span>
            <ArrowDown size={20} />
            {t("present.more")}
          </span>
        </div>
      ) : null}
    </section>
  );
}

export const StageSlide = memo(StageSlideView);

/** Whether the slide holds more than the screen shows (the next key scrolls before moving on). */
export function hasMoreBelow(element: HTMLElement): boolean {
  return element.scrollTop + element.clientHeight < element.scrollHeight - 4;
}

export function hasMoreAbove(element: HTMLElement): boolean {
  return element.scrollTop > 4;
}

const STRIP_HEIGHT = 120;
/** A face's radius on the strip, and the labels' band under it. */
const FACE = 17;
const LABELS = 24;
/** A face (with its outline) sits whole inside the strip at 5 of 5 as at 1 of 5. */
const TOP = FACE + 3;
const BOTTOM = STRIP_HEIGHT - LABELS - FACE - 3;
const y = (score: number) => TOP + ((5 - score) / 4) * (BOTTOM - TOP);

/** The stage's part of the emotion curve, with a face at each scored touchpoint. */
function EmotionStrip({ emotion, width }: { emotion: StageEmotion; width: number }) {
  const t = useT();
  const count = emotion.points.length;
  const x = (i: number) => ((i + 0.5) / count) * width;
  const scored = emotion.points
    .map((p, i) => ({ ...p, x: x(i) }))
    .filter((p): p is typeof p & { satisfaction: Satisfaction } => p.satisfaction !== null);
  const line = [
    ...(emotion.before !== null ? [{ x: -60, y: y(emotion.before) }] : []),
    ...scored.map((p) => ({ x: p.x, y: y(p.satisfaction) })),
    ...(emotion.after !== null ? [{ x: width + 60, y: y(emotion.after) }] : []),
  ];
  const label = scored.length
    ? t("present.emotionLabel", {
        sequence: scored
          .map((p) => `${p.title.trim() || t("card.untitled")} ${p.satisfaction}`)
          .join(", "),
      })
    : t("present.emotionUnscored");
  const labelWidth = Math.max(60, width / count - 12);
  return (
    <svg
      className="emotion-strip"
      width={width}
      height={STRIP_HEIGHT}
      viewBox={`0 0 ${width} ${STRIP_HEIGHT}`}
      role="img"
      aria-label={label}
    >
      {SATISFACTION_VALUES.map((score) => (
        <line
          key={score}
          className={score === 3 ? "emotion-strip__midline" : "emotion-strip__guide"}
          x1={0}
          x2={width}
          y1={y(score)}
          y2={y(score)}
        />
      ))}
      {line.length > 1 ? <path className="emotion-strip__line" d={smoothPath(line)} /> : null}
      {emotion.points.map((p, i) =>
        p.satisfaction === null ? (
          <g key={p.elementId} className="emotion-strip__unscored">
            <circle cx={x(i)} cy={y(3)} r={14} />
            <text x={x(i)} y={y(3) + 6} textAnchor="middle">
              ?
            </text>
          </g>
        ) : (
          <FaceGlyph
            key={p.elementId}
            score={p.satisfaction}
            cx={x(i)}
            cy={y(p.satisfaction)}
            r={FACE}
          />
        ),
      )}
      {emotion.points.map((p, i) => (
        <foreignObject
          key={`${p.elementId}-label`}
          x={x(i) - labelWidth / 2}
          y={STRIP_HEIGHT - LABELS}
          width={labelWidth}
          height={LABELS}
        >
          <div className="emotion-strip__label" dir="auto">
            {p.title.trim() || t("card.untitled")}
          </div>
        </foreignObject>
      ))}
    </svg>
  );
}
