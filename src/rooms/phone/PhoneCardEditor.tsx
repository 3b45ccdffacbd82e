import { Trash2 } from "lucide-react";
import { useState } from "react";
import type { Id, Journey } from "../../domain";
import { LIMITS } from "../../format";
import { useT } from "../../i18n";
import { getJourney, moveCards, removeCards, updateCard } from "../../store";
import { Button } from "../../ui/Button";
import { Dialog } from "../../ui/Dialog";
import { Field } from "../../ui/Field";

/**
 * Editing a card this person added, from a phone: its text, and where it goes (stage and lane);
 * deleting asks for a second tap. A change the room refuses (a locked map) leaves the card as
 * it was and the room's notice says why.
 */
export function PhoneCardEditor({
  journey,
  cardId,
  locked,
  onClose,
}: {
  journey: Journey;
  cardId: Id;
  /** The facilitator locked the map: the card shows, and nothing of it changes. */
  locked: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const card = journey.elements[cardId];
  const [confirming, setConfirming] = useState(false);
  if (!card) return null;
  const move = (target: { stageId: Id; laneId: Id }) => moveCards(journey.id, [cardId], target);
  return (
    <Dialog
      open
      title={t("phone.edit.title")}
      closeLabel={t("dialog.close")}
      onClose={onClose}
      size="sm"
      footer={
        <Button variant="primary" onClick={onClose}>
          {t("phone.add.done")}
        </Button>
      }
    >
      {locked ? (
        <p className="phone-edit__locked" role="status">
          {t("rooms.refusedLockedMap")}
        </p>
      ) : null}
      <fieldset className="phone-edit" disabled={locked}>
        <Field label={t("phone.add.text")}>
          {(id) => (
            <textarea
              id={id}
              className="wm-input phone-capture__text"
              rows={3}
              maxLength={LIMITS.longText}
              value={card.title}
              onChange={(event) =>
                updateCard(journey.id, cardId, { title: event.target.value }, "title")
              }
            />
          )}
        </Field>
        <Field label={t("phone.edit.stage")}>
          {(id) => (
            <select
              id={id}
              className="wm-select phone-edit__select"
              value={card.stageId}
              onChange={(event) => move({ stageId: event.target.value, laneId: card.laneId })}
            >
              {journey.stages.map((stage) => (
                <option key={stage.id} value={stage.id}>
                  {stage.name.trim() || t("stage.untitled")}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("phone.edit.lane")}>
          {(id) => (
            <select
              id={id}
              className="wm-select phone-edit__select"
              value={card.laneId}
              onChange={(event) => move({ stageId: card.stageId, laneId: event.target.value })}
            >
              {journey.lanes
                .filter((lane) => lane.kind !== "emotionCurve")
                .map((lane) => (
                  <option key={lane.id} value={lane.id}>
                    {lane.name.trim() || t("lane.untitled")}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Button
          variant="danger"
          icon={<Trash2 />}
          onClick={() => {
            if (!confirming) return setConfirming(true);
            removeCards(journey.id, [cardId]);
            if (!getJourney(journey.id)?.elements[cardId]) onClose();
          }}
        >
          {confirming ? t("phone.edit.confirmDelete") : t("phone.edit.delete")}
        </Button>
      </fieldset>
    </Dialog>
  );
}
