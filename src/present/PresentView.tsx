import {
  ChevronLeft,
  ChevronRight,
  Flashlight,
  FlashlightOff,
  Maximize,
  Minimize,
  Minus,
  Plus,
  X,
} from "lucide-react";
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type RefObject,
} from "react";
import { layoutJourney, type Id, type Journey } from "../domain";
import { t as translate, useT } from "../i18n";
import {
  castVote,
  editorStore,
  openEditor,
  selectCards,
  showNotice,
  useDocument,
  useEditor,
  type VoteOutcome,
} from "../store";
import { Button } from "../ui/Button";
import { isTextInput } from "../canvas/text-input";
import { prefersReducedMotion } from "../canvas/use-focus-follow";
import {
  exitFullscreen,
  isFullscreen,
  requestFullscreen,
  resetFullscreenOutcome,
  useFullscreenOutcome,
} from "./fullscreen";
import { OverviewBoard } from "./OverviewBoard";
import { presentedJourney, presentedLanes, stepOfCard } from "./present-journey";
import { laneListKey, SpotlightLanePicker } from "./SpotlightLanePicker";
import { hasMoreAbove, hasMoreBelow, StageSlide } from "./StageSlide";
import {
  applyCommand,
  clampStep,
  commandForKey,
  fitBoard,
  stageAt,
  stripOffset,
  type StepCommand,
} from "./steps";
import { Timer } from "./Timer";
import { VotesButton, VotesDialog } from "./Votes";
import { VotingPanel, VotingRoundButton } from "./VotingRound";
import "./present.css";
import "./workshop.css";

/**
 * Presentation mode: the journey in the projector theme, first fitted whole (the overview),
 * then stage by stage with the keys a presentation clicker sends. Escape (or the browser leaving
 * full screen) goes back to the editor, which opens where it was.
 */
export function PresentView({ journeyId, onLeave }: { journeyId: string; onLeave: () => void }) {
  const journey = useDocument((s) => s.workspace.journeys[journeyId]);
  if (!journey) return null;
  return <Presentation journey={journey} onLeave={onLeave} />;
}

const GAP = 28;

/**
 * The step shown lives in this tab's history entry, so a reload (a projector cable pulled, a
 * laptop woken) goes on from the same stage, while a fresh "Present" starts at the overview.
 */
function savedStep(journeyId: string): number {
  const saved = (history.state as { presentStep?: { journeyId?: unknown; step?: unknown } } | null)
    ?.presentStep;
  const step = saved?.journeyId === journeyId ? saved.step : 0;
  return typeof step === "number" && Number.isInteger(step) && step >= 0 ? step : 0;
}

function saveStep(journeyId: string, step: number | null): void {
  const state = { ...((history.state as Record<string, unknown> | null) ?? {}) };
  if (step === null) delete state.presentStep;
  else state.presentStep = { journeyId, step };
  history.replaceState(state, "", window.location.href);
}

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
  const [noticeHidden, setNoticeHidden] = useState(false);
  const [fullscreen, setFullscreen] = useState(isFullscreen);
  const outcome = useFullscreenOutcome();
  const root = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLDivElement>(null);
  const size = useAreaSize(area);

  const stage = stageAt(step);
  if (stage !== null && stage !== lastStage) setLastStage(stage);

  const presented = useMemo(() => presentedJourney(journey), [journey]);
  const layout = useMemo(() => layoutJourney(presented), [presented]);
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

  // The presentation root holds the keyboard, so the clicker's keys reach the key handler below.
  const takeKeys = useCallback(() => root.current?.focus({ preventScroll: true }), []);

  useEffect(() => {
    openEditor(journeyId);
    takeKeys();
  }, [journeyId, takeKeys]);

  // The browser's Escape leaves full screen without telling the page about the key; leaving full
  // screen that way leaves the presentation too. Leaving it with our own button does not.
  const keepPresenting = useRef(false);
  useEffect(() => {
    let was = isFullscreen();
    const onChange = () => {
      const now = isFullscreen();
      setFullscreen(now);
      if (was && !now && !keepPresenting.current) leave();
      keepPresenting.current = false;
      was = now;
    };
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, [leave]);

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

  const vote = useCallback(
    (delta: 1 | -1) => {
      const id = editorStore.getState().selectedCards[0];
      if (!id) return;
      announceVote(castVote(journeyId, id, delta));
    },
    [journeyId],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest("dialog")) return;
      if (target instanceof HTMLSelectElement) {
        // The spotlight's lane list: it keeps the keys that choose in it, and gives the keys
        // back once the choice is made, so the clicker does not go on changing the lane.
        const role = laneListKey(event);
        if (role === "list") return;
        takeKeys();
        if (role === "done") {
          event.preventDefault();
          return;
        }
      } else if (isTextInput(event.target)) return;
      if (!event.ctrlKey && !event.metaKey && !event.altKey && event.key.toLowerCase() === "v") {
        event.preventDefault();
        vote(event.shiftKey ? -1 : 1);
        return;
      }
      const command = commandForKey(event);
      if (!command) return;
      // Space and Enter on a button press the button, as everywhere else.
      if (
        (event.key === " " || event.key === "Enter") &&
        target?.closest("button, a, [role='button']")
      )
        return;
      event.preventDefault();
      if (command === "leave") leave();
      else move(command);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [leave, move, vote, takeKeys]);

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
  const where =
    stage === null
      ? t("present.overview")
      : t("present.stageOf", { number: stage + 1, count: stages });
  const stageName =
    stage === null ? null : journey.stages[stage]!.name.trim() || t("stage.untitled");
  const selected = useEditor((s) =>
    s.journeyId === journeyId ? (s.selectedCards[0] ?? null) : null,
  );
  const selectedCard = selected ? journey.elements[selected] : undefined;
  const showNoticeBar = !noticeHidden && (outcome === "refused" || outcome === "unavailable");

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
      {showNoticeBar ? (
        <div className="present__notice" role="status">
          <span>
            {t(
              outcome === "refused" ? "present.fullscreenRefused" : "present.fullscreenUnavailable",
            )}
          </span>
          <Button size="sm" onClick={() => setNoticeHidden(true)}>
            {t("present.noticeOk")}
          </Button>
        </div>
      ) : null}
      <div ref={area} className="present__area">
        <div className="present__overview" inert={stage !== null}>
          <header className="present__title">
            <h1 dir="auto">{journey.title.trim() || t("journey.untitled")}</h1>
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
          <div className="present__strip" style={{ transform: `translateX(${stripX}px)` }}>
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
          <div
            className="present__vote"
            role="group"
            aria-label={t("present.voteOn", {
              title: selectedCard.title.trim() || t("card.untitled"),
            })}
          >
            <button
              type="button"
              className="present__vote-button"
              aria-label={t("inspector.removeVote")}
              disabled={selectedCard.votes === 0}
              onClick={() => vote(-1)}
            >
              <Minus size={18} aria-hidden="true" />
            </button>
            <output className="present__vote-count" aria-live="polite">
              {t("votes.count", { count: selectedCard.votes })}
            </output>
            <button
              type="button"
              className="present__vote-button"
              aria-label={t("inspector.addVote")}
              onClick={() => vote(1)}
            >
              <Plus size={18} aria-hidden="true" />
            </button>
          </div>
        ) : null}
      </div>
      <VotingPanel
        journeyId={journeyId}
        placement="presentation"
        onShowResults={() => setVotesOpen(true)}
      />
      <nav className="present__bar" aria-label={t("present.controls")}>
        <div className="present__nav">
          <Button
            className="present__step-button"
            icon={<ChevronLeft />}
            aria-label={t("present.previous")}
            title={t("present.previous")}
            disabled={step === 0}
            onClick={() => move("previous")}
          />
          <div className="present__progress">
            <p className="present__where" aria-live="polite" aria-atomic="true">
              <strong>{where}</strong>
              {stageName ? (
                <span className="present__where-name" dir="auto">
                  {stageName}
                </span>
              ) : null}
            </p>
            <ol className="present__dots">
              {Array.from({ length: stages + 1 }, (_, i) => (
                <li key={i}>
                  <button
                    type="button"
                    className="present__dot"
                    aria-current={i === step ? "step" : undefined}
                    aria-label={
                      i === 0
                        ? t("present.overview")
                        : t("present.goToStage", {
                            number: i,
                            name: journey.stages[i - 1]!.name.trim() || t("stage.untitled"),
                          })
                    }
                    title={
                      i === 0
                        ? t("present.overview")
                        : journey.stages[i - 1]!.name.trim() || t("stage.untitled")
                    }
                    onClick={() => goTo(i)}
                  />
                </li>
              ))}
            </ol>
          </div>
          <Button
            className="present__step-button"
            icon={<ChevronRight />}
            aria-label={t("present.next")}
            title={t("present.next")}
            disabled={step === stages}
            onClick={() => move("next")}
          />
        </div>
        <div className="present__tools">
          <Button
            variant="ghost"
            icon={spotlight ? <Flashlight /> : <FlashlightOff />}
            aria-pressed={spotlight}
            title={t("present.spotlightHint")}
            onClick={() => setSpotlight((on) => !on)}
          >
            {t("present.spotlight")}
          </Button>
          <SpotlightLanePicker
            lanes={lanes}
            laneId={spotLane}
            onChoose={setSpotLaneId}
            onChosen={takeKeys}
          />
          <VotingRoundButton journeyId={journeyId} compact />
          <VotesButton compact onOpen={() => setVotesOpen(true)} />
          <Timer placement="presentation" />
          <Button
            variant="ghost"
            icon={fullscreen ? <Minimize /> : <Maximize />}
            aria-label={t("present.fullscreen")}
            title={t("present.fullscreen")}
            aria-pressed={fullscreen}
            onClick={() => {
              if (isFullscreen()) {
                keepPresenting.current = true;
                exitFullscreen();
              } else {
                void requestFullscreen().then((result) => {
                  if (result !== "granted") setNoticeHidden(false);
                });
              }
            }}
          />
          <Button
            className="present__leave"
            icon={<X />}
            title={t("present.leaveHint")}
            onClick={leave}
          >
            {t("present.leave")}
          </Button>
        </div>
      </nav>
      <VotesDialog
        journeyId={journeyId}
        open={votesOpen}
        onClose={() => setVotesOpen(false)}
        onReveal={reveal}
      />
    </div>
  );
}

function announceVote(outcome: VoteOutcome): void {
  if (outcome === "noDotsLeft") showNotice({ message: translate("voting.noDotsLeft") });
  else if (outcome === "notTheirs") showNotice({ message: translate("voting.notTheirs") });
}

/** The size of the presentation area, following window and full-screen changes. */
function useAreaSize(ref: RefObject<HTMLDivElement | null>) {
  const [size, setSize] = useState({ width: window.innerWidth, height: window.innerHeight - 72 });
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
