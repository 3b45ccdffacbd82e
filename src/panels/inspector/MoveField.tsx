import type { Journey, JourneyElement } from "../../domain";
import { useT } from "../../i18n";
import { moveCards } from "../../store";
import { Field } from "../../ui/Field";

/** Stage and lane as selects: moving a card without dragging it. */
export function MoveField({ journey, element }: { journey: Journey; element: JourneyElement }) {
  const t = useT();
  return (
    <div className="inspector__row">
      <Field label={t("inspector.stage")}>
        {(id) => (
          <select
            id={id}
            className="wm-select"
            value={element.stageId}
            onChange={(event) =>
              moveCards(journey.id, [element.id], {
                stageId: event.target.value,
                laneId: element.laneId,
              })
            }
          >
            {journey.stages.map((stage) => (
              <option key={stage.id} value={stage.id}>
                {stage.name || t("stage.untitled")}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("inspector.lane")}>
        {(id) => (
          <select
            id={id}
            className="wm-select"
            value={element.laneId}
            onChange={(event) =>
              moveCards(journey.id, [element.id], {
                stageId: element.stageId,
                laneId: event.target.value,
              })
            }
          >
            {journey.lanes
              .filter((lane) => lane.kind !== "emotionCurve")
              .map((lane) => (
                <option key={lane.id} value={lane.id}>
                  {lane.name || t("lane.untitled")}
                </option>
              ))}
          </select>
        )}
      </Field>
    </div>
  );
}
