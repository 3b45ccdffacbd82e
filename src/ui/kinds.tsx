import {
  Annoyed,
  Footprints,
  Frown,
  Globe,
  Laugh,
  Lightbulb,
  Mail,
  Megaphone,
  Meh,
  MessageCircle,
  MessagesSquare,
  MousePointerClick,
  Phone,
  Radio,
  Share2,
  Smartphone,
  Smile,
  Sparkles,
  StickyNote,
  Store,
  TriangleAlert,
  Users,
  type LucideIcon,
} from "lucide-react";
import type {
  ChannelRef,
  DepartmentRef,
  ElementKind,
  Satisfaction,
  StandardChannel,
} from "../domain";
import type { Translate } from "../i18n";

/**
 * How each kind of card is told apart: an icon and a shape as well as a colour, so kinds read in
 * grayscale print and for colour-blind people (colours from the Okabe-Ito palette).
 */
export const KIND_ICON: Record<ElementKind, LucideIcon> = {
  touchpoint: MousePointerClick,
  channel: Radio,
  frictionPoint: TriangleAlert,
  momentOfDelight: Sparkles,
  customerAction: Footprints,
  thought: MessageCircle,
  opportunity: Lightbulb,
  note: StickyNote,
};

export const SATISFACTION_ICON: Record<Satisfaction, LucideIcon> = {
  1: Frown,
  2: Annoyed,
  3: Meh,
  4: Smile,
  5: Laugh,
};

export const CHANNEL_ICON: Record<StandardChannel, LucideIcon> = {
  web: Globe,
  mobileApp: Smartphone,
  email: Mail,
  phone: Phone,
  chat: MessagesSquare,
  socialMedia: Share2,
  physicalStore: Store,
  advertising: Megaphone,
  wordOfMouth: Users,
};

export function channelLabel(t: Translate, channel: ChannelRef): string {
  return channel.kind === "standard" ? t(`channel.${channel.id}`) : channel.name;
}

export function departmentLabel(t: Translate, department: DepartmentRef): string {
  return department.kind === "standard" ? t(`department.${department.id}`) : department.name;
}

/** The MIME type a palette item carries while it is dragged onto the map. */
export const PALETTE_MIME = "application/x-waymark-kind";
