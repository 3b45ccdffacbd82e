import { memo } from "react";
import { Panel } from "@xyflow/react";
import { Map as MapIcon, Maximize, ZoomIn, ZoomOut } from "lucide-react";
import type { Journey, JourneyLayout } from "../domain";
import { useT } from "../i18n";
import { updateSession, useSession } from "../store";
import { request } from "./structure-requests";
import { useViewSteps } from "./use-view-steps";

/** Zoom and fit, on the map itself like in Figma or Miro; + and - and 0 do the same from the keyboard. */
function CanvasControlsView({ journey, layout }: { journey: Journey; layout: JourneyLayout }) {
  const t = useT();
  const view = useViewSteps(layout);
  const minimapOpen = useSession((s) => s.minimapOpen);
  return (
    <Panel
      position={layout.direction === "rtl" ? "bottom-right" : "bottom-left"}
      className="canvas-controls"
      aria-label={t("canvas.controls")}
      role="toolbar"
    >
      <button
        type="button"
        aria-label={t("canvas.zoomIn")}
        title={t("canvas.zoomIn")}
        onClick={view.zoomIn}
      >
        <ZoomIn size={18} aria-hidden="true" />
      </button>
      <button
        type="button"
        aria-label={t("canvas.zoomOut")}
        title={t("canvas.zoomOut")}
        onClick={view.zoomOut}
      >
        <ZoomOut size={18} aria-hidden="true" />
      </button>
      <button type="button" aria-label={t("canvas.fit")} title={t("canvas.fit")} onClick={view.fit}>
        <Maximize size={18} aria-hidden="true" />
      </button>
      <button
        type="button"
        aria-label={t("canvas.showMinimap")}
        title={t("canvas.showMinimap")}
        aria-pressed={minimapOpen}
        onClick={() => updateSession({ minimapOpen: !minimapOpen })}
      >
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
