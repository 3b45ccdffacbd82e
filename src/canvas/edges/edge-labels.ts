import { MarkerType } from "@xyflow/react";
import type { Id, JourneyElement } from "../../domain";
import type { Translate } from "../../i18n";
import type { LinkEdge } from "../map-nodes";

const MARKER_COLOR: Record<string, string> = {
  flow: "#2563eb",
  relates: "#64748b",
  causes: "#c2410c",
};

/** What an arrow's name was made from, so it is written again only when one of them changed. */
interface Named {
  from: string;
  to: string;
  kind: string;
  t: Translate;
}
const named = new WeakMap<LinkEdge, Named>();

/**
 * Writes each arrow's name (read by screen readers) onto its cached edge object, so identity
 * stays stable; true when a name changed. An edit of a title renames only the arrows at its card.
 */
export function labelEdges(
  edges: readonly LinkEdge[],
  elements: Readonly<Record<Id, JourneyElement>>,
  t: Translate,
): boolean {
  let relabelled = false;
  for (const edge of edges) {
    const kind = edge.data?.kind ?? "flow";
    const from = elements[edge.source]?.title || t("card.untitled");
    const to = elements[edge.target]?.title || t("card.untitled");
    const last = named.get(edge);
    if (last && last.from === from && last.to === to && last.kind === kind && last.t === t)
      continue;
    named.set(edge, { from, to, kind, t });
    const ariaLabel = t("link.name", { kind: t(`linkKind.${kind as "flow"}`), from, to });
    if (edge.ariaLabel === ariaLabel) continue;
    relabelled = true;
    edge.ariaLabel = ariaLabel;
    edge.markerEnd = {
      type: MarkerType.ArrowClosed,
      color: MARKER_COLOR[kind],
      width: 18,
      height: 18,
    };
  }
  return relabelled;
}
