import { memo, useMemo } from "react";
import { Panel } from "@xyflow/react";
import { Map as MapIcon, Maximize, ZoomIn, ZoomOut } from "lucide-react";
import type { Journey, JourneyLayout } from "../domain";
import { useT } from "../i18n";
import { sessionStore, updateSession, useSession } from "../store";
import { useCommandButton } from "../ui/CommandButton";
import { useRegisterCommands, type Command } from "../ui/commands";
import { request } from "./structure-requests";

/** Zoom and fit, on the map itself like in Figma or Miro; + and - and 0 do the same from the keyboard. */
function CanvasControlsView({ journey, layout }: { journey: Journey; layout: JourneyLayout }) {
  const t = useT();
  const minimapOpen = useSession((s) => s.minimapOpen);
  const commands = useMemo<Command[]>(
    () => [
      {
        id: "minimap.toggle",
        label: "canvas.showMinimap",
        scope: "page",
        run: () => updateSession({ minimapOpen: !sessionStore.getState().minimapOpen }),
      },
    ],
    [],
  );
  useRegisterCommands(commands);
  const zoomIn = useCommandButton("zoom.in");
  const zoomOut = useCommandButton("zoom.out");
  const fit = useCommandButton("zoom.fit");
  const minimap = useCommandButton("minimap.toggle");
  return (
    <Panel
      position={layout.direction === "rtl" ? "bottom-right" : "bottom-left"}
      className="canvas-controls"
      aria-label={t("canvas.controls")}
      role="toolbar"
    >
      <button type="button" {...zoomIn}>
        <ZoomIn size={18} aria-hidden="true" />
      </button>
      <button type="button" {...zoomOut}>
        <ZoomOut size={18} aria-hidden="true" />
      </button>
      <button type="button" {...fit}>
        <Maximize size={18} aria-hidden="true" />
      </button>
      <button type="button" {...minimap} aria-pressed={minimapOpen}>
        <MapIcon size={18} aria-hidden="true" />
      </button>
      <label className="canvas-controls__stage">
        <span className="visually-hidden">{t("canvas.zoomToStage")}</span>
        <select
          value=""
          aria-label={t("canvas.zoomToStage")}
          onChange={(event) => {
            const stageId = event.target.value;
            if (stageId) request({ kind: "zoomToStage", stageId, at: Date.now() });
          }}
        >
          <option value="">{t("canvas.zoomToStage")}</option>
          {journey.stages.map((stage) => (
            <option key={stage.id} value={stage.id}>
              {stage.name || t("stage.untitled")}
            </option>
          ))}
        </select>
      </label>
    </Panel>
  );
}

// The canvas re-renders on every drag move; this need not.
export const CanvasControls = memo(CanvasControlsView);
