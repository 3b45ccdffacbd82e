import { MarkerType } from "@xyflow/react";
import type { Id, JourneyElement } from "../../domain";
import type { LocaleCode, Translate } from "../../i18n";
import type { LinkEdge } from "../map-nodes";

const MARKER_COLOR: Record<string, string> = {
  flow: "#2563eb",
  relates: "#64748b",
  causes: "#c2410c",
};

/** Each arrow as last named: what the name was made from, and the edge that carries it. */
const named = new WeakMap<LinkEdge, { from: string; key: string; edge: LinkEdge }>();

/**
 * The arrows with their names (read by screen readers) and arrowheads. An arrow whose name
 * changed is a new object, as React Flow draws an arrow again only when its object changes; the
 * others keep theirs, so an edit of a title renames only the arrows at its card.
 */
export function labelEdges(
  edges: readonly LinkEdge[],
  elements: Readonly<Record<Id, JourneyElement>>,
  t: Translate,
  locale: LocaleCode,
): LinkEdge[] {
  return edges.map((edge) => {
    const kind = edge.data?.kind ?? "flow";
    const from = elements[edge.source]?.title || t("card.untitled");
    const to = elements[edge.target]?.title || t("card.untitled");
    const key = `${locale}\u0000${kind}\u0000${to}`;
    const last = named.get(edge);
    if (last && last.from === from && last.key === key) return last.edge;
    const labelled: LinkEdge = {
      ...edge,
      ariaLabel: t("link.name", { kind: t(`linkKind.${kind as "flow"}`), from, to }),
      markerEnd: { type: MarkerType.ArrowClosed, color: MARKER_COLOR[kind], width: 18, height: 18 },
    };
    named.set(edge, { from, key, edge: labelled });
    return labelled;
  });
}
