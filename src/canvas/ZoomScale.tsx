import { useStore } from "@xyflow/react";
import { useLayoutEffect, memo } from "react";

/**
 * Publishes the zoom as a CSS variable on the map, so stage and lane names keep a readable size
 * on screen when the map is zoomed out (like frame labels in Figma). Only zoom changes re-render
 * this; panning does not.
 */
function ZoomScaleView() {
  const zoom = useStore((s) => Math.round(s.transform[2] * 100) / 100);
  const domNode = useStore((s) => s.domNode);
  useLayoutEffect(() => {
    domNode?.style.setProperty("--zoom", String(zoom));
    // Far out, secondary labels (card counts) give their room to the names.
    domNode?.toggleAttribute("data-far", zoom < 0.6);
  }, [zoom, domNode]);
  return null;
}

// The canvas re-renders on every drag move; this need not.
export const ZoomScale = memo(ZoomScaleView);
