import { useId, useRef } from "react";
import type { Id, Lane } from "../domain";
import { useT } from "../i18n";
import "./spotlight-lane-picker.css";

/**
 * The lane the spotlight keeps lit. A lane picked from the open list (with the mouse, or Enter in
 * the list) hands the keys back to the presentation at once, so the clicker steps again. A closed
 * list browsed with the arrow keys or by typing changes its lane at each key: that person is still
 * choosing, so the list keeps its keys until they are done (see `keyOnList` in steps.ts).
 */
export function SpotlightLanePicker({
  lanes,
  laneId,
  onChoose,
  onChosen,
}: {
  lanes: Lane[];
  laneId: Id | null;
  onChoose: (laneId: Id | null) => void;
  /** The choice is made: the presentation takes the keys back. */
  onChosen: () => void;
}) {
  const t = useT();
  const id = useId();
  // A closed list changes its value in the default action of the key that browses it, after the
  // key's listeners ran and before any timer fires; so a change seen while this is set came from
  // browsing by key, and one seen later from the open list.
  const browsingByKey = useRef(false);
  return (
    <label className="present__lane" htmlFor={id}>
      <span className="visually-hidden">{t("present.spotlightLane")}</span>
      <select
        id={id}
        className="present__select"
        value={laneId ?? ""}
        onKeyDown={() => {
          browsingByKey.current = true;
          setTimeout(() => {
            browsingByKey.current = false;
          }, 0);
        }}
        onChange={(event) => {
          onChoose(event.target.value || null);
          if (!browsingByKey.current) onChosen();
        }}
      >
        <option value="">{t("present.allLanes")}</option>
        {lanes.map((lane) => (
          <option key={lane.id} value={lane.id}>
            {lane.name.trim() || t("lane.untitled")}
          </option>
        ))}
      </select>
    </label>
  );
}
