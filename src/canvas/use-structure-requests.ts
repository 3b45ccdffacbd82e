import { useReactFlow } from "@xyflow/react";
import { useEffect } from "react";
import type { Journey, JourneyLayout } from "../domain";
import type { LinkEdge, MapNode } from "./map-nodes";
import { request, useStructureRequest } from "./structure-requests";
import { prefersReducedMotion } from "./use-focus-follow";

/** Carries out view requests made from inside the map (zoom to a stage). */
export function useStructureRequests(_journey: Journey, layout: JourneyLayout): void {
  const flow = useReactFlow<MapNode, LinkEdge>();
  const pending = useStructureRequest();
  useEffect(() => {
    if (pending?.kind !== "zoomToStage") return;
    const stage = layout.stages.find((s) => s.id === pending.stageId);
    if (stage) {
      void flow.fitBounds(
        { x: stage.x, y: 0, width: stage.width, height: layout.height },
        { padding: 0.05, duration: prefersReducedMotion() ? 0 : 250 },
      );
    }
    request(null);
  }, [pending, layout, flow]);
}
