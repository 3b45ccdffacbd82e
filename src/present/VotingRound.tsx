import { Vote } from "lucide-react";
import { Field } from "../ui/Field";
import { useId, useState } from "react";
import { useStore } from "zustand";
import { parseNumber, useT } from "../i18n";
import {
  advanceVotingRound,
  endVotingRound,
  MAX_DOTS,
  MAX_PARTICIPANTS,
  roomStore,
  startVotingRound,
  useDocument,
  useVotingRoundView,
} from "../store";
import { Button } from "../ui/Button";
import { Dialog } from "../ui/Dialog";
import { PrivateRoundPanel } from "./PrivateRoundPanel";
import "./workshop.css";

/**
 * Opens the set-up of a dot-voting round; while one runs, the button shows it is on and moves
 * the keyboard to the round's panel.
 */
export function VotingRoundButton({
  journeyId,
  compact = false,
}: {
  journeyId: string;
  compact?: boolean;
}) {
  const t = useT();
  const round = useVotingRoundView(journeyId);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="ghost"
        icon={<Vote />}
        aria-label={compact ? t("voting.round") : undefined}
        title={t("voting.roundHint")}
        aria-pressed={round !== null}
        onClick={() => {
          if (round) document.getElementById(VOTING_PANEL_ID)?.focus();
          else setOpen(true);
        }}
      >
        {compact ? null : t("voting.round")}
      </Button>
      {open ? <VotingSetupDialog journeyId={journeyId} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function VotingSetupDialog({ journeyId, onClose }: { journeyId: string; onClose: () => void }) {
  const t = useT();
  const dotsId = useId();
  const clearId = useId();
  const [dots, setDots] = useState("3");
  const [people, setPeople] = useState("5");
  const [clear, setClear] = useState(false);
  // In a room, each person votes on their own device unless the facilitator says otherwise.
  const inRoom = useStore(roomStore, (s) => s.journeyId === journeyId);
  const [ownDevices, setOwnDevices] = useState(inRoom);
  const modeName = useId();
  const existing = useDocument((s) =>
    Object.values(s.journeys[journeyId]?.elements ?? {}).reduce((sum, e) => sum + e.votes, 0),
  );
  const dotsValue = parseNumber(dots) ?? Number.NaN;
  const peopleValue = parseNumber(people) ?? Number.NaN;
  const dotsValid = Number.isInteger(dotsValue) && dotsValue >= 1 && dotsValue <= MAX_DOTS;
  const peopleValid =
    ownDevices ||
    (Number.isInteger(peopleValue) && peopleValue >= 1 && peopleValue <= MAX_PARTICIPANTS);

  const start = () => {
    if (!dotsValid || !peopleValid) return;
    startVotingRound(journeyId, dotsValue, ownDevices ? 1 : peopleValue, {
      clearVotes: clear,
      private: ownDevices,
    });
    onClose();
  };

  return (
    <Dialog
      open
      title={t("voting.setupTitle")}
      closeLabel={t("dialog.close")}
      onClose={onClose}
      size="sm"
      footer={
        <>
          <Button onClick={onClose}>{t("voting.cancel")}</Button>
          <Button
            variant="primary"
            type="submit"
            form={`${dotsId}-form`}
            disabled={!dotsValid || !peopleValid}
          >
            {t("voting.start")}
          </Button>
        </>
      }
    >
      <form
        id={`${dotsId}-form`}
        onSubmit={(event) => {
          event.preventDefault();
          start();
        }}
      >
        {inRoom ? (
          <fieldset className="voting-setup__mode">
            <legend>{t("voting.mode")}</legend>
            <label>
              <input
                type="radio"
                name={modeName}
                checked={ownDevices}
                onChange={() => setOwnDevices(true)}
              />
              <span>
                <strong>{t("voting.mode.private")}</strong>
                <small>{t("voting.mode.privateHint")}</small>
              </span>
            </label>
            <label>
              <input
                type="radio"
                name={modeName}
                checked={!ownDevices}
                onChange={() => setOwnDevices(false)}
              />
              <span>
                <strong>{t("voting.mode.turns")}</strong>
                <small>{t("voting.setupIntro")}</small>
              </span>
            </label>
          </fieldset>
        ) : (
          <p className="voting-setup__intro">{t("voting.setupIntro")}</p>
        )}
        <div className="voting-setup__row">
          <Field label={t("voting.dots")}>
            {(id) => (
              <input
                id={id}
                className="wm-input"
                // Text, not number: Chromium's number box drops Persian digits.
                type="text"
                inputMode="numeric"
                value={dots}
                aria-invalid={!dotsValid}
                onChange={(event) => setDots(event.target.value)}
              />
            )}
          </Field>
          {ownDevices ? null : (
            <Field label={t("voting.participants")}>
              {(id) => (
                <input
                  id={id}
                  className="wm-input"
                  // Text, not number: Chromium's number box drops Persian digits.
                  type="text"
                  inputMode="numeric"
                  value={people}
                  aria-invalid={!peopleValid}
                  onChange={(event) => setPeople(event.target.value)}
                />
              )}
            </Field>
          )}
        </div>
        {!dotsValid || !peopleValid ? (
          <p className="wm-field__error" role="alert">
            {t("voting.invalid", { dots: MAX_DOTS, people: MAX_PARTICIPANTS })}
          </p>
        ) : null}
        {existing > 0 ? (
          <div className="voting-setup__clear">
            <input
              id={clearId}
              type="checkbox"
              checked={clear}
              onChange={(event) => setClear(event.target.checked)}
            />
            <label htmlFor={clearId}>{t("voting.clear", { count: existing })}</label>
          </div>
        ) : null}
        {ownDevices ? null : <p className="wm-field__hint">{t("voting.keysHint")}</p>}
      </form>
    </Dialog>
  );
}

export const VOTING_PANEL_ID = "voting-round-panel";

/**
 * The running tally of a voting round: whose turn it is, the dots they have left, everyone's
 * dots so far, and the way on to the next participant or to the results.
 */
export function VotingPanel({
  journeyId,
  placement,
  onShowResults,
}: {
  journeyId: string;
  placement: "editor" | "presentation";
  onShowResults: () => void;
}) {
  const t = useT();
  const view = useVotingRoundView(journeyId);
  if (!view) return null;
  if (view.round.private)
    return (
      <PrivateRoundPanel
        id={VOTING_PANEL_ID}
        journeyId={journeyId}
        view={view}
        placement={placement}
        onShowResults={onShowResults}
      />
    );
  const { round, participant, dotsLeft: left, isLast: last } = view;
  const total = round.dotsPerParticipant * round.participants;
  const finish = () => {
    endVotingRound(journeyId);
    onShowResults();
  };
  const dots = (
    <div className="voting-panel__dots" aria-hidden="true">
      {Array.from({ length: round.dotsPerParticipant }, (_, i) => (
        <span
          key={i}
          className={
            i < round.dotsPerParticipant - left
              ? "voting-panel__dot voting-panel__dot--used"
              : "voting-panel__dot"
          }
        />
      ))}
    </div>
  );
  const status = (
    <p className="voting-panel__status" aria-live="polite">
      <strong>
        {t("voting.participant", { number: participant + 1, count: round.participants })}
      </strong>
      <span aria-hidden="true"> · </span>
      <span>{t("voting.dotsLeft", { count: left })}</span>
    </p>
  );
  const actions = (
    <div className="voting-panel__actions">
      {last ? (
        <Button variant="primary" size="sm" onClick={finish}>
          {t("voting.finish")}
        </Button>
      ) : (
        <Button variant="primary" size="sm" onClick={() => advanceVotingRound(journeyId)}>
          {t("voting.next")}
        </Button>
      )}
      {last ? null : (
        <Button size="sm" onClick={finish}>
          {t("voting.end")}
        </Button>
      )}
    </div>
  );
  const message =
    left === 0 ? (
      <p className="voting-panel__done" role="status">
        {last ? t("voting.lastDone") : t("voting.noDotsLeft")}
      </p>
    ) : (
      <p className="voting-panel__hint">{t("voting.howTo")}</p>
    );
  return (
    <section
      id={VOTING_PANEL_ID}
      className={`voting-panel voting-panel--${placement}`}
      aria-label={t("voting.round")}
      tabIndex={-1}
    >
      <div className="voting-panel__head">
        <Vote size={20} aria-hidden="true" />
        <h2 className="voting-panel__title">{t("voting.round")}</h2>
        <span className="voting-panel__total">
          {t("voting.cast", { count: view.dotsCast, total })}
        </span>
      </div>
      <div className="voting-panel__body">
        {status}
        {dots}
        {message}
      </div>
      {actions}
    </section>
  );
}
