import {
  ChevronLeft,
  ChevronRight,
  Flashlight,
  FlashlightOff,
  Maximize,
  Minimize,
  X,
} from "lucide-react";
import type { Id, Journey, Lane } from "../domain";
import { directionOf, useLocale, useT } from "../i18n";
import { Button } from "../ui/Button";
import { SpotlightLanePicker } from "./SpotlightLanePicker";
import { stageAt } from "./steps";
import { Timer } from "./Timer";
import { VotesButton } from "./Votes";
import { VotingRoundButton } from "./VotingRound";
import "./present-bar.css";

/**
 * The bar along the bottom of the presentation: where the walk is and how to step it, then the
 * workshop tools (spotlight, voting, timer), full screen and the way out.
 */
export function PresentBar({
  journey,
  step,
  onStep,
  onGoTo,
  spotlight,
  onSpotlight,
  lanes,
  spotLaneId,
  onSpotLane,
  onLaneChosen,
  onOpenVotes,
  fullscreen,
  onFullscreen,
  onLeave,
}: {
  journey: Journey;
  step: number;
  onStep: (command: "next" | "previous") => void;
  onGoTo: (step: number) => void;
  spotlight: boolean;
  onSpotlight: () => void;
  lanes: Lane[];
  spotLaneId: Id | null;
  onSpotLane: (laneId: Id | null) => void;
  onLaneChosen: () => void;
  onOpenVotes: () => void;
  fullscreen: boolean;
  onFullscreen: () => void;
  onLeave: () => void;
}) {
  const t = useT();
  // Each points the way it goes: on a right-to-left journey, back is to the right.
  const rtl = directionOf(useLocale()) === "rtl";
  const stages = journey.stages.length;
  return (
    <nav className="present__bar" aria-label={t("present.controls")}>
      <div className="present__nav">
        <Button
          className="present__step-button"
          icon={rtl ? <ChevronRight /> : <ChevronLeft />}
          aria-label={t("present.previous")}
          title={t("present.previous")}
          disabled={step === 0}
          onClick={() => onStep("previous")}
        />
        <StepProgress journey={journey} step={step} onGoTo={onGoTo} />
        <Button
          className="present__step-button"
          icon={rtl ? <ChevronLeft /> : <ChevronRight />}
          aria-label={t("present.next")}
          title={t("present.next")}
          disabled={step === stages}
          onClick={() => onStep("next")}
        />
      </div>
      <div className="present__tools">
        {/* An icon, as the other workshop tools: the room goes to the stage's name. */}
        <Button
          variant="ghost"
          icon={spotlight ? <Flashlight /> : <FlashlightOff />}
          aria-label={t("present.spotlight")}
          aria-pressed={spotlight}
          title={t("present.spotlightHint")}
          onClick={onSpotlight}
        />
        <SpotlightLanePicker
          lanes={lanes}
          laneId={spotLaneId}
          onChoose={onSpotLane}
          onChosen={onLaneChosen}
        />
        <VotingRoundButton journeyId={journey.id} compact />
        <VotesButton compact onOpen={onOpenVotes} />
        <Timer placement="presentation" />
        <Button
          variant="ghost"
          icon={fullscreen ? <Minimize /> : <Maximize />}
          aria-label={t("present.fullscreen")}
          title={t("present.fullscreen")}
          aria-pressed={fullscreen}
          onClick={onFullscreen}
        />
        <Button
          className="present__leave"
          icon={<X />}
          title={t("present.leaveHint")}
          onClick={onLeave}
        >
          {t("present.leave")}
        </Button>
      </div>
    </nav>
  );
}

/**
 * Where the walk is, said in a live region for a screen reader, and a dot per step to jump to
 * (the overview, then each stage).
 */
function StepProgress({
  journey,
  step,
  onGoTo,
}: {
  journey: Journey;
  step: number;
  onGoTo: (step: number) => void;
}) {
  const t = useT();
  const stages = journey.stages.length;
  const stage = stageAt(step);
  const stageName = (index: number) => journey.stages[index]!.name.trim() || t("stage.untitled");
  return (
    <div
      className={
        stage === null ? "present__progress present__progress--overview" : "present__progress"
      }
    >
      <p className="present__where" aria-live="polite" aria-atomic="true">
        <strong>
          {stage === null
            ? t("present.overview")
            : t("present.stageOf", { number: stage + 1, count: stages })}
        </strong>
        {stage === null ? null : (
          <>
            {/* Outside the name, so a name written the other way never pulls it to its far side. */}
            <span className="present__where-separator" aria-hidden="true">
              ·
            </span>
            <span className="present__where-name" dir="auto" title={stageName(stage)}>
              {stageName(stage)}
            </span>
          </>
        )}
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
                  : t("present.goToStage", { number: i, name: stageName(i - 1) })
              }
              title={i === 0 ? t("present.overview") : stageName(i - 1)}
              onClick={() => onGoTo(i)}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
