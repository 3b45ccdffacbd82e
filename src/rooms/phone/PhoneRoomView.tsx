import { ChevronLeft, ChevronRight, EyeOff, Map as MapIcon, Plus, Trophy } from "lucide-react";
import { useState } from "react";
import { useStore } from "zustand";
import { cellElements, type Id, type Journey } from "../../domain";
import { formatNumber, t as translate, useT } from "../../i18n";
import { castVote, roomStore, sessionStore, showNotice, useJourney, useSession } from "../../store";
import { Button } from "../../ui/Button";
import { voteRefusal } from "../../ui/vote-refusal";
import { LeadControls } from "../LeadControls";
import { RoomButton } from "../RoomButton";
import { useRefusalNotices } from "../use-refusal-notices";
import { PhoneCapture } from "./PhoneCapture";
import { PhoneCard } from "./PhoneCard";
import { PhoneCardEditor } from "./PhoneCardEditor";
import { PhoneVotes, usePhoneRound } from "./PhoneVotes";
import { usePhoneStage } from "./use-phone-stage";
import { useRevealNotice } from "../use-reveal-notice";
import "./phone.css";

function vote(journeyId: Id, cardId: Id, delta: 1 | -1): void {
  const refused = voteRefusal(castVote(journeyId, cardId, delta));
  if (refused) showNotice({ key: "voting", message: translate(refused) });
}

/**
 * A room on a phone: the stage the facilitator is on (or one chosen), its cards lane by lane as
 * they arrive, one's own cards to edit, a big button to add more, and in a private voting round
 * one's own dots. Everything is a tap; nothing hides behind hover.
 */
export function PhoneRoomView({ journeyId }: { journeyId: Id }) {
  const journey = useJourney(journeyId);
  if (!journey) return null;
  return <PhoneRoom journey={journey} />;
}

function PhoneRoom({ journey }: { journey: Journey }) {
  const t = useT();
  const journeyId = journey.id;
  const { stageId, choose } = usePhoneStage(journey);
  const role = useStore(roomStore, (s) => (s.journeyId === journeyId ? s.role : null));
  const isMine = useStore(roomStore, (s) => s.isMine);
  const status = useStore(roomStore, (s) => s.status);
  const waiting = useStore(roomStore, (s) => s.waiting);
  const here = useStore(roomStore, (s) => s.peers.length + 1);
  const presence = useSession((s) => s.presence);
  const locked = useStore(roomStore, (s) => !s.owner && s.lead?.lock === "map");
  const round = usePhoneRound(journey);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Id | null>(null);
  const [showVotes, setShowVotes] = useState(false);
  useRefusalNotices();
  useRevealNotice(journeyId);

  const index = journey.stages.findIndex((stage) => stage.id === stageId);
  const stage = journey.stages[index];
  const mayEdit = role !== null && role !== "view";
  const voting = mayEdit && round?.private === true;

  const statusText =
    status === "offline"
      ? waiting > 0
        ? t("rooms.status.offline", { count: waiting })
        : t("rooms.status.offlineNone")
      : t(`rooms.status.${status}`);

  return (
    <div className="phone-room" data-status={status}>
      <section className="phone-room__bar" aria-label={t("rooms.bar")}>
        <div className="phone-room__head">
          <div className="phone-room__what">
            <h1 className="phone-room__journey">{journey.title.trim() || t("journey.untitled")}</h1>
            <p className="phone-room__status" role="status">
              {/* Parts apart, each isolated: a dot beside a Persian digit reads as a zero. */}
              <span className="phone-room__part">
                <span className="phone-room__dot" aria-hidden="true" />
                {statusText}
              </span>
              <span className="phone-room__part">{t("rooms.here", { count: here })}</span>
              {presence ? (
                <span className="phone-room__part" style={{ color: presence.color }} dir="auto">
                  {presence.name}
                </span>
              ) : null}
            </p>
          </div>
          <RoomButton journeyId={journeyId} />
          <Button
            size="sm"
            icon={<MapIcon />}
            onClick={() => sessionStore.setState({ roomView: "map" })}
          >
            {t("phone.showMap")}
          </Button>
        </div>
        {status === "live" ? (
          <div className="phone-room__lead">
            <LeadControls />
          </div>
        ) : null}
      </section>
      <nav className="phone-room__stages" aria-label={t("phone.stages")}>
        <button
          type="button"
          className="phone-room__step"
          aria-label={t("phone.previousStage")}
          disabled={index <= 0}
          onClick={() => choose(journey.stages[index - 1]!.id)}
        >
          <ChevronLeft size={26} aria-hidden="true" className="phone-room__flip" />
        </button>
        <label className="phone-room__stage">
          <span className="phone-room__stage-of">
            {t("phone.stageOf", { number: index + 1, count: journey.stages.length })}
          </span>
          <select
            className="wm-select"
            value={stageId ?? ""}
            aria-label={t("phone.stage")}
            onChange={(event) => choose(event.target.value)}
          >
            {journey.stages.map((each) => (
              <option key={each.id} value={each.id}>
                {each.name.trim() || t("stage.untitled")}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="phone-room__step"
          aria-label={t("phone.nextStage")}
          disabled={index < 0 || index >= journey.stages.length - 1}
          onClick={() => choose(journey.stages[index + 1]!.id)}
        >
          <ChevronRight size={26} aria-hidden="true" className="phone-room__flip" />
        </button>
      </nav>
      {round ? (
        <PhoneVotes journey={journey} round={round} />
      ) : (
        <div className="phone-room__results">
          <Button
            size="sm"
            icon={<Trophy />}
            aria-expanded={showVotes}
            onClick={() => setShowVotes(!showVotes)}
          >
            {t("votes.title")}
          </Button>
          {showVotes ? <PhoneVotes journey={journey} round={null} /> : null}
        </div>
      )}
      <main className="phone-room__lanes">
        {stage
          ? journey.lanes
              .filter((lane) => lane.kind !== "emotionCurve")
              .map((lane) => {
                const cards = cellElements(journey, stage.id, lane.id);
                return (
                  <section key={lane.id} className="phone-lane" aria-label={lane.name}>
                    <h2 className="phone-lane__name">
                      {lane.name.trim() || t("lane.untitled")}
                      <span className="phone-lane__count">
                        {cards.length ? formatNumber(cards.length) : null}
                      </span>
                    </h2>
                    {cards.length ? (
                      <ul className="phone-lane__cards">
                        {cards.map((card) => {
                          const mine = isMine(card.id);
                          return (
                            <PhoneCard
                              key={card.id}
                              journeyId={journeyId}
                              card={card}
                              mine={mine}
                              voting={voting}
                              onEdit={mine && mayEdit && !voting ? () => setEditing(card.id) : null}
                              onVote={(delta) => vote(journeyId, card.id, delta)}
                            />
                          );
                        })}
                      </ul>
                    ) : (
                      <p className="phone-lane__empty">{t("phone.noCards")}</p>
                    )}
                  </section>
                );
              })
          : null}
      </main>
      {mayEdit && stage && !voting ? (
        <div className="phone-room__add">
          <Button
            variant="primary"
            icon={<Plus />}
            disabled={locked}
            title={locked ? t("rooms.refusedLockedMap") : undefined}
            onClick={() => setAdding(true)}
          >
            {t("phone.add")}
          </Button>
        </div>
      ) : null}
      {role === "view" ? (
        <p className="phone-room__view-only">
          <EyeOff size={16} aria-hidden="true" /> {t("rooms.viewOnlyHint")}
        </p>
      ) : null}
      {adding && stage ? (
        <PhoneCapture journey={journey} stageId={stage.id} onClose={() => setAdding(false)} />
      ) : null}
      {editing ? (
        <PhoneCardEditor
          journey={journey}
          cardId={editing}
          locked={locked}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </div>
  );
}
