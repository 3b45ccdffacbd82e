import { useStore } from "@xyflow/react";
import { useLayoutEffect } from "react";

/**
 * Publishes the zoom as a CSS variable on the map, so stage and lane names keep a readable size
 * on screen when the map is zoomed out (like frame labels in Figma). Only zoom changes re-render
 * this; panning does not.
 */
export function ZoomScale() {
  const zoom = useStore((s) => Math.round(s.transform[2] * 100) / 100);
  const domNode = useStore((s) => s.domNode);
  useLayoutEffect(() => {
    domNode?.style.setProperty("--zoom", String(zoom));
    // Far out, secondary labels (card counts) give their room to the names.
    domNode?.toggleAttribute("data-far", zoom < 0.6);
  }, [zoom, domNode]);
  return null;
}
