import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
} from "react";
import { layoutJourney, type Id, type Journey } from "../domain";
import { directionOf, useLocale, useT } from "../i18n";
import { openEditor, selectCards, useEditor, useJourney } from "../store";
import { prefersReducedMotion } from "../canvas/use-focus-follow";
import { exitFullscreen, resetFullscreenOutcome } from "./fullscreen";
import { FullscreenNotice } from "./FullscreenNotice";
import { OverviewBoard } from "./OverviewBoard";
import { PresentBar } from "./PresentBar";
import { presentedJourney, presentedLanes, stepOfCard } from "./present-journey";
import { savedStep, saveStep } from "./saved-step";
import { useFollowLeadInPresentation } from "./use-follow-lead";
import { SelectedCardVotes, voteOnSelectedCard } from "./SelectedCardVotes";
import { hasMoreAbove, hasMoreBelow, StageSlide } from "./StageSlide";
import { applyCommand, clampStep, fitBoard, stageAt, stripOffset, type StepCommand } from "./steps";
import { useAreaSize } from "./use-area-size";
import { usePresentationFullscreen } from "./use-presentation-fullscreen";
import { usePresentationKeys } from "./use-presentation-keys";
import { VotesDialog } from "./Votes";
import { VotingPanel } from "./VotingRound";
import "./present.css";
import "./workshop.css";
// The texts of the views that load when opened arrive with this module (see views-en.ts).
import "../i18n/views-en";

/**
 * Presentation mode: the journey in the projector theme, first fitted whole (the overview),
 * then stage by stage with the keys a presentation clicker sends. Escape (or the browser leaving
 * full screen) goes back to the editor, which opens where it was.
 */
export function PresentView({ journeyId, onLeave }: { journeyId: string; onLeave: () => void }) {
  const journey = useJourney(journeyId);
  if (!journey) return null;
  return <Presentation journey={journey} onLeave={onLeave} />;
}

const GAP = 28;

function Presentation({ journey, onLeave }: { journey: Journey; onLeave: () => void }) {
  const t = useT();
  const journeyId = journey.id;
  const stages = journey.stages.length;
  const [rawStep, setStep] = useState(() => savedStep(journeyId));
  const step = clampStep(rawStep, stages);
  useEffect(() => saveStep(journeyId, step), [journeyId, step]);
  const [lastStage, setLastStage] = useState<number | null>(null);
  const [spotlight, setSpotlight] = useState(true);
  const [spotLaneId, setSpotLaneId] = useState<string | null>(null);
  const [votesOpen, setVotesOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLDivElement>(null);
  const size = useAreaSize(area);

  const stage = stageAt(step);
  if (stage !== null && stage !== lastStage) setLastStage(stage);
  useFollowLeadInPresentation(journey, step, setStep);

  const presented = useMemo(() => presentedJourney(journey), [journey]);
  const direction = directionOf(useLocale());
  const layout = useMemo(() => layoutJourney(presented, { direction }), [presented, direction]);
  const lanes = useMemo(() => presentedLanes(journey), [journey]);
  const spotLane = spotLaneId && lanes.some((l) => l.id === spotLaneId) ? spotLaneId : null;

  // Leaving: out of full screen, then back to the editor. Guarded, since the browser leaving full
  // screen (its own Escape) and our Escape can both ask for it.
  const left = useRef(false);
  const leave = useCallback(() => {
    if (left.current) return;
    left.current = true;
    saveStep(journeyId, null);
    exitFullscreen();
    resetFullscreenOutcome();
    onLeave();
  }, [journeyId, onLeave]);

  // The root takes the keyboard at the start and back from the lane list, so that no control
  // (which keeps its own keys) is left holding the clicker's.
  const takeKeys = useCallback(() => root.current?.focus({ preventScroll: true }), []);

  // In the commit that shows the presentation, not after it is painted: a control focused in
  // between (a click on the lane list the moment it appears) lost the focus to the root again.
  useLayoutEffect(() => {
    openEditor(journeyId);
    takeKeys();
  }, [journeyId, takeKeys]);

  const { fullscreen, toggleFullscreen, notice, hideNotice } = usePresentationFullscreen(leave);

  // Next and previous first scroll a stage that holds more than the screen, as a page would.
  const move = useCallback(
    (command: Exclude<StepCommand, "leave">) => {
      const slide = root.current?.querySelector<HTMLElement>(".slide--current");
      if (slide && (command === "next" || command === "previous")) {
        const down = command === "next";
        if (down ? hasMoreBelow(slide) : hasMoreAbove(slide)) {
          slide.scrollBy({
            top: (down ? 1 : -1) * slide.clientHeight * 0.8,
            behavior: prefersReducedMotion() ? "auto" : "smooth",
          });
          return;
        }
      }
      setStep((s) => applyCommand(clampStep(s, stages), command, stages));
    },
    [stages],
  );

  const vote = useCallback((delta: 1 | -1) => voteOnSelectedCard(journeyId, delta), [journeyId]);

  usePresentationKeys({ onStep: move, onLeave: leave, onVote: vote, takeKeys });

  const goTo = (next: number) => setStep(clampStep(next, stages));
  const reveal = (id: Id) => {
    setVotesOpen(false);
    const at = stepOfCard(journey, id);
    if (at !== null) goTo(at);
    selectCards([id]);
    // The slide is interactive once the camera is there; then the card takes the keyboard.
    let attempts = 0;
    const tryFocus = () => {
      const card = root.current?.querySelector<HTMLElement>(
        `.slide--current [data-card-id="${CSS.escape(id)}"]`,
      );
      if (card) card.focus({ preventScroll: false });
      else if (attempts++ < 30) requestAnimationFrame(tryFocus);
    };
    requestAnimationFrame(tryFocus);
  };

  // Geometry: slides are as wide as the screen less a peek at each side; the overview is fitted.
  const peek = Math.round(Math.min(80, Math.max(28, size.width * 0.035)));
  const slideWidth = Math.max(320, size.width - peek * 2 - GAP * 2);
  const stripIndex = stage ?? lastStage ?? 0;
  const stripX = stripOffset(stripIndex, slideWidth, GAP, peek + GAP);
  const overviewArea = { width: size.width - 48, height: size.height - 96 };
  const fit = fitBoard(layout, overviewArea, 1.15);
  const boardX = 24 + fit.x;
  const boardY = 80 + Math.max(0, fit.y * 0.3);
  let boardTransform = `translate(${boardX}px, ${boardY}px) scale(${fit.scale})`;
  if (stage !== null) {
    // Zoomed into the stage's column as it fades, so the overview seems to open onto the stage.
    const box = layout.stages[stage];
    if (box) {
      const zoom = size.width / box.width;
      boardTransform = `translate(${-box.x * zoom}px, ${boardY}px) scale(${zoom})`;
    }
  }
  const spotStage = spotlight ? (stage ?? lastStage) : null;
  const selected = useEditor((s) =>
    s.journeyId === journeyId ? (s.selectedCards[0] ?? null) : null,
  );
  const selectedCard = selected ? journey.elements[selected] : undefined;

  return (
    <div
      ref={root}
      className={`present${stage === null ? " present--overview" : " present--stage"}`}
      data-theme="projector"
      data-step={step}
      tabIndex={-1}
      aria-label={t("present.label", { title: journey.title.trim() || t("journey.untitled") })}
      role="region"
      style={{ "--gap": `${GAP}px` } as CSSProperties}
    >
      {notice ? <FullscreenNotice outcome={notice} onDismiss={hideNotice} /> : null}
      <div ref={area} className="present__area">
        <div className="present__overview" inert={stage !== null}>
          <header className="present__title">
            <h1 dir="auto" title={journey.title.trim() || t("journey.untitled")}>
              {journey.title.trim() || t("journey.untitled")}
            </h1>
            <p>{t("present.overviewHint")}</p>
          </header>
          <div className="present__board" style={{ transform: boardTransform }}>
            <OverviewBoard
              journey={presented}
              layout={layout}
              spotStage={spotStage}
              spotLaneId={spotLane}
            />
          </div>
        </div>
        <div className="present__zoom" inert={stage === null}>
          <div
            className="present__strip"
            // The strip starts at the right of a right-to-left journey and moves the other way.
            style={{ transform: `translateX(${direction === "rtl" ? -stripX : stripX}px)` }}
          >
            {journey.stages.map((s, i) => (
              <StageSlide
                key={s.id}
                journey={journey}
                stage={s}
                index={i}
                width={slideWidth}
                current={stage === i}
                dimmed={spotlight && stripIndex !== i}
                spotLaneId={spotLane}
              />
            ))}
          </div>
        </div>
        {selectedCard && stage !== null && selectedCard.stageId === journey.stages[stage]?.id ? (
          <SelectedCardVotes journeyId={journeyId} card={selectedCard} onVote={vote} />
        ) : null}
      </div>
      <VotingPanel
        journeyId={journeyId}
        placement="presentation"
        onShowResults={() => setVotesOpen(true)}
      />
      <PresentBar
        journey={journey}
        step={step}
        onStep={move}
        onGoTo={goTo}
        spotlight={spotlight}
        onSpotlight={() => setSpotlight((on) => !on)}
        lanes={lanes}
        spotLaneId={spotLane}
        onSpotLane={setSpotLaneId}
        onLaneChosen={takeKeys}
        onOpenVotes={() => setVotesOpen(true)}
        fullscreen={fullscreen}
        onFullscreen={toggleFullscreen}
        onLeave={leave}
      />
      <VotesDialog
        journeyId={journeyId}
        open={votesOpen}
        onClose={() => setVotesOpen(false)}
        onReveal={reveal}
      />
    </div>
  );
}
