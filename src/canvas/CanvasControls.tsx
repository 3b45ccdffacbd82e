import { Panel, useReactFlow } from "@xyflow/react";
import { Maximize, ZoomIn, ZoomOut } from "lucide-react";
import type { Journey } from "../domain";
import { useT } from "../i18n";
import type { LinkEdge, MapNode } from "./map-nodes";
import { request } from "./structure-requests";
import { prefersReducedMotion } from "./use-focus-follow";

/** Zoom and fit, on the map itself like in Figma or Miro; + and - and 0 do the same from the keyboard. */
export function CanvasControls({ journey }: { journey: Journey }) {
  const t = useT();
  const flow = useReactFlow<MapNode, LinkEdge>();
  const duration = () => (prefersReducedMotion() ? 0 : 200);
  return (
    <Panel
      position="bottom-left"
      className="canvas-controls"
      aria-label={t("canvas.controls")}
      role="toolbar"
    >
      <button
        type="button"
        aria-label={t("canvas.zoomIn")}
        title={t("canvas.zoomIn")}
        onClick={() => void flow.zoomIn({ duration: duration() })}
      >
        <ZoomIn size={18} aria-hidden="true" />
      </button>
      <button
        type="button"
        aria-label={t("canvas.zoomOut")}
        title={t("canvas.zoomOut")}
        onClick={() => void flow.zoomOut({ duration: duration() })}
      >
        <ZoomOut size={18} aria-hidden="true" />
      </button>
      <button
        type="button"
        aria-label={t("canvas.fit")}
        title={t("canvas.fit")}
        onClick={() => void flow.fitView({ padding: 0.06, duration: duration() })}
      >
        <Maximize size={18} aria-hidden="true" />
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
