import { Handle, Position, useStore, type NodeProps } from "@xyflow/react";
import { Building2, Flame, MessageSquare, Vote } from "lucide-react";
import { memo } from "react";
import { worstSeverity, type ElementKind } from "../../domain";
import { formatNumber, useT } from "../../i18n";
import { useCardDimmed, useEditor, useOpenComments, useOwnDots } from "../../store";
import {
  CHANNEL_ICON,
  KIND_ICON,
  SATISFACTION_ICON,
  channelLabel,
  departmentLabel,
} from "../../ui/kinds";
import type { CardNode as CardNodeType } from "../map-nodes";

/**
 * A card on the map. Its accessible name is its kind followed by its title ("Touchpoint:
 * Checkout page"), taken from its own text rather than an aria-label, so the name holds the
 * words a person sees and can say to a voice control (a label beside visible text that differs
 * from it fails WCAG's "label in name" check); its badges are described for screen readers
 * too. It holds the roving tab stop when focus is on it, so Tab enters the map once and arrows
 * move within it.
 */
/** Below this zoom a card's badges are too small to read, so it draws only its kind and title. */
export const COMPACT_ZOOM = 0.45;

function CardNodeView({ id, data, selected, dragging }: NodeProps<CardNodeType>) {
  const t = useT();
  const compact = useStore((s) => s.transform[2] < COMPACT_ZOOM);
  const element = data.element;
  const focused = useEditor((s) => s.focus?.kind === "card" && s.focus.id === id);
  const comments = useOpenComments(data.journeyId, id);
  // In a private round the card shows this person's own dots (everyone's stay hidden).
  const ownDots = useOwnDots(data.journeyId, id);
  // Outside the map's filter: faint, in its place.
  const dimmed = useCardDimmed(id);
  const Icon = KIND_ICON[element.kind];
  const kindName = t(`kind.${element.kind}`);
  const kindPrefix = t("card.kindPrefix", { kind: kindName });
  const title = element.title.trim();
  const worst = worstSeverity(element.painPoints);
  const Face = element.satisfaction ? SATISFACTION_ICON[element.satisfaction] : null;
  const ChannelIcon =
    element.channel?.kind === "standard" ? CHANNEL_ICON[element.channel.id] : null;

  const description = [
    element.satisfaction
      ? t("card.describe.satisfaction", {
          score: element.satisfaction,
          label: t(`satisfaction.${element.satisfaction}`),
        })
      : element.kind === "touchpoint"
        ? t("card.describe.unscored")
        : null,
    element.painPoints.length && worst
      ? t("card.describe.painPoints", {
          count: element.painPoints.length,
          severity: t(`severity.${worst}`),
        })
      : null,
    element.votes ? t("card.describe.votes", { count: element.votes }) : null,
    comments ? t("card.describe.comments", { count: comments }) : null,
    ownDots ? t("voting.yourDotsCount", { count: ownDots }) : null,
    element.channel
      ? t("card.describe.channel", { channel: channelLabel(t, element.channel) })
      : null,
    element.owner ? t("card.describe.owner", { owner: departmentLabel(t, element.owner) }) : null,
  ]
    .filter(Boolean)
    .join(". ");

  const common = {
    role: "button" as const,
    tabIndex: focused ? 0 : -1,
    "aria-pressed": selected,
    "aria-description": description || undefined,
    "data-card-id": id,
    "data-kind": element.kind,
  };
  const state = `${selected ? " card--selected" : ""}${dragging ? " card--dragging" : ""}${
    dimmed ? " card--dimmed" : ""
  }`;
  // Without a row of badges, the title has room for a third line.
  const hasBadges =
    Face !== null ||
    element.kind === "touchpoint" ||
    (element.painPoints.length > 0 && worst !== null) ||
    element.channel !== null ||
    element.owner !== null;

  if (compact) {
    // Zoomed out, a thousand cards stay light: the colour edge, the kind's icon, the title, and
    // what a workshop reads from afar (score, pain points, votes) as big plain badges.
    return (
      <div className={`card card--${element.kind} card--compact${state}`} {...common}>
        <Handle type="target" position={Position.Left} className="card__handle" isConnectable />
        <div className="card__compact-head">
          <Icon size={22} strokeWidth={2.4} aria-hidden="true" className="card__compact-icon" />
          <span className="visually-hidden">{kindPrefix}</span>
          <div className="card__title" dir="auto">
            {title || t("card.untitled")}
          </div>
        </div>
        {Face || worst || element.votes > 0 || comments > 0 || ownDots ? (
          <div className="card__compact-badges" aria-hidden="true">
            {Face ? (
              <span className={`card__compact-badge score-${element.satisfaction}`}>
                <Face size={20} />
                {formatNumber(element.satisfaction ?? 0)}
              </span>
            ) : null}
            {worst ? (
              <span className={`card__compact-badge severity-${worst}`}>
                <Flame size={20} />
                {formatNumber(element.painPoints.length)}
              </span>
            ) : null}
            {element.votes > 0 ? (
              <span className="card__compact-badge card__compact-badge--votes">
                <Vote size={20} />
                {formatNumber(element.votes)}
              </span>
            ) : null}
            {ownDots ? (
              <span className="card__compact-badge card__compact-badge--own-dots">
                <Vote size={20} />
                {formatNumber(ownDots)}
              </span>
            ) : null}
            {comments > 0 ? (
              <span className="card__compact-badge card__compact-badge--comments">
                <MessageSquare size={20} />
                {formatNumber(comments)}
              </span>
            ) : null}
          </div>
        ) : null}
        <Handle type="source" position={Position.Right} className="card__handle" isConnectable />
      </div>
    );
  }

  return (
    <div className={`card card--${element.kind}${state}`} {...common}>
      <Handle type="target" position={Position.Left} className="card__handle" isConnectable />
      <div className="card__top">
        <span className="visually-hidden">{kindPrefix}</span>
        <span className="card__kind" aria-hidden="true">
          <Icon size={14} strokeWidth={2.4} aria-hidden="true" />
          <span>{kindName}</span>
        </span>
        {element.votes > 0 ? (
          <span className="card__badge card__badge--votes" aria-hidden="true">
            <Vote size={13} />
            {formatNumber(element.votes)}
          </span>
        ) : null}
        {ownDots ? (
          <span className="card__badge card__badge--own-dots" aria-hidden="true">
            <Vote size={13} />
            {formatNumber(ownDots)}
          </span>
        ) : null}
        {comments > 0 ? (
          <span className="card__badge card__badge--comments" aria-hidden="true">
            <MessageSquare size={13} />
            {formatNumber(comments)}
          </span>
        ) : null}
      </div>
      <div
        className={`card__title${title ? "" : " card__title--empty"}${hasBadges ? "" : " card__title--roomy"}`}
        dir="auto"
      >
        {title || t("card.untitled")}
      </div>
      <div className="card__badges" aria-hidden="true" hidden={!hasBadges}>
        {Face ? (
          <span className={`card__badge card__badge--score score-${element.satisfaction}`}>
            <Face size={14} />
            {formatNumber(element.satisfaction ?? 0)}
          </span>
        ) : element.kind === "touchpoint" ? (
          <span className="card__badge card__badge--unscored">{t("card.unscoredShort")}</span>
        ) : null}
        {element.painPoints.length > 0 && worst ? (
          <span className={`card__badge card__badge--pain severity-${worst}`}>
            <Flame size={13} />
            {formatNumber(element.painPoints.length)}
          </span>
        ) : null}
        {element.channel ? (
          // Standard channels read from their icon alone, leaving room for the owner's name.
          <span
            className={
              ChannelIcon
                ? "card__badge card__badge--channel card__badge--icon"
                : "card__badge card__badge--channel"
            }
            dir="auto"
            title={channelLabel(t, element.channel)}
          >
            {ChannelIcon ? (
              <ChannelIcon size={13} />
            ) : (
              <span className="card__badge-text">{channelLabel(t, element.channel)}</span>
            )}
          </span>
        ) : null}
        {element.owner ? (
          <span className="card__badge card__badge--owner" dir="auto">
            <Building2 size={12} />
            <span className="card__badge-text">{departmentLabel(t, element.owner)}</span>
          </span>
        ) : null}
      </div>
      <Handle type="source" position={Position.Right} className="card__handle" isConnectable />
    </div>
  );
}

/**
 * Drawn again only when what it shows changes: a move (each pointer move of a drag) changes only
 * where the card is, which React Flow's wrapper places, not the card itself.
 */
export const CardNode = memo(
  CardNodeView,
  (before, after) =>
    before.id === after.id &&
    before.data === after.data &&
    before.selected === after.selected &&
    before.dragging === after.dragging,
);

/** One node type per kind: React Flow picks the component by `type`, the CSS by kind. */
export const CARD_NODE_TYPES = {
  touchpoint: CardNode,
  channel: CardNode,
  frictionPoint: CardNode,
  momentOfDelight: CardNode,
  customerAction: CardNode,
  thought: CardNode,
  opportunity: CardNode,
  note: CardNode,
} satisfies Record<ElementKind, typeof CardNode>;
