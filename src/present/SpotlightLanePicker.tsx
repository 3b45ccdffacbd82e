import { useId, useRef, type KeyboardEvent } from "react";
import type { Id, Lane } from "../domain";
import { useT } from "../i18n";
import "./spotlight-lane-picker.css";

/** Keys that change a closed list's value where it stands (rather than opening it). */
function browsesClosedList(event: KeyboardEvent<HTMLSelectElement>): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  if (
    [
      "ArrowUp",
      "ArrowDown",
      "ArrowLeft",
      "ArrowRight",
      "Home",
      "End",
      "PageUp",
      "PageDown",
    ].includes(event.key)
  )
    return true;
  // Typing a letter jumps to a lane; Space opens the list.
  return event.key.length === 1 && event.key !== " ";
}

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
  // Whether the last thing done to the closed list was a key that browses it (which changes the
  // value at once). Keys and clicks that open the list set it back, and while the list is open its
  // keys go to the list, not here; so a change seen while this is set came from browsing, and any
  // other from a pick in the open list. No timer: under load a timer can fire after the pick.
  const browsingByKey = useRef(false);
  return (
    <label className="present__lane" htmlFor={id}>
      <span className="visually-hidden">{t("present.spotlightLane")}</span>
      <select
        id={id}
        className="present__select"
        value={laneId ?? ""}
        onKeyDown={(event) => {
          browsingByKey.current = browsesClosedList(event);
        }}
        onPointerDown={() => {
          browsingByKey.current = false;
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
