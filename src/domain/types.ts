/**
 * The journey document. Everything here is plain data: serialisable, comparable, and free of
 * React, Dexie or the store, so every operation on it can be tested without a browser.
 */

export type Id = string;
/** Milliseconds since the epoch. */
export type Timestamp = number;

export const ELEMENT_KINDS = [
  "touchpoint",
  "channel",
  "frictionPoint",
  "momentOfDelight",
  "customerAction",
  "thought",
  "opportunity",
  "note",
] as const;
export type ElementKind = (typeof ELEMENT_KINDS)[number];

export const LANE_KINDS = [
  "actions",
  "touchpoints",
  "channels",
  "thoughts",
  "emotionCurve",
  "frictionPoints",
  "momentsOfDelight",
  "opportunities",
  "backstage",
  "custom",
] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export const SEVERITIES = ["low", "medium", "high"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CONFIDENCES = ["assumed", "partlyBacked", "validated"] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const LINK_KINDS = ["flow", "relates", "causes"] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const JOURNEY_STATES = ["current", "future"] as const;
export type JourneyState = (typeof JOURNEY_STATES)[number];

/** Standard channels; people may also type their own, stored as free text. */
export const STANDARD_CHANNELS = [
  "web",
  "mobileApp",
  "email",
  "phone",
  "chat",
  "socialMedia",
  "physicalStore",
  "advertising",
  "wordOfMouth",
] as const;
export type StandardChannel = (typeof STANDARD_CHANNELS)[number];
/** A standard channel, or `custom:<text>` for one the person typed. */
export type ChannelRef =
  { kind: "standard"; id: StandardChannel } | { kind: "custom"; name: string };

export const STANDARD_DEPARTMENTS = ["marketing", "sales", "product", "customerService"] as const;
export type StandardDepartment = (typeof STANDARD_DEPARTMENTS)[number];
export type DepartmentRef =
  { kind: "standard"; id: StandardDepartment } | { kind: "custom"; name: string };

export type Satisfaction = 1 | 2 | 3 | 4 | 5;
export const SATISFACTION_VALUES: readonly Satisfaction[] = [1, 2, 3, 4, 5];

/** An opportunity's impact or effort, 1 (least) to 5 (most), as the opportunity matrix places it. */
export type Rating = 1 | 2 | 3 | 4 | 5;
export const RATING_VALUES: readonly Rating[] = [1, 2, 3, 4, 5];

export interface PainPoint {
  id: Id;
  text: string;
  severity: Severity;
}

/**
 * Measured figures on a card, by metric id (see metrics.ts for the standard ones and their
 * scales: `ces` is CES 2.0, 1 to 7 with 7 meaning easy; `cesEffort` is 1 to 5 effort, lower is
 * better; times are in seconds). Every figure is optional.
 */
export type Metrics = Record<MetricId, number>;

export interface JourneyElement {
  id: Id;
  kind: ElementKind;
  stageId: Id;
  laneId: Id;
  /**
   * Position within its cell: a fractional order key (see order-keys.ts), compared as a string
   * with the id as tie-break, so a move rewrites only the card that moved and two people placing
   * cards at one spot at the same moment never collide.
   */
  order: string;
  title: string;
  notes: string;
  satisfaction: Satisfaction | null;
  painPoints: PainPoint[];
  metrics: Metrics;
  channel: ChannelRef | null;
  owner: DepartmentRef | null;
  confidence: Confidence | null;
  /** How much fixing or seizing this would do for the customer, 1 to 5 (the matrix's height). */
  impact: Rating | null;
  /** How much work it would take, 1 to 5 (the matrix's width). */
  effort: Rating | null;
  /**
   * How many votes count on the card: derived from `Journey.votes` (see votes.ts), which is
   * what is stored. Operations on votes keep the two in step; nothing else writes it.
   */
  votes: number;
  tags: string[];
}

/**
 * One dot on one card: who put it there and when. Votes are entries, not a counter, so two
 * votes cast at the same moment in two places both count. `weight` is 1 for a vote cast here;
 * a count brought in from a file (which stores counts) arrives as one entry of that weight.
 */
export interface Vote {
  id: Id;
  elementId: Id;
  /**
   * Who voted: a round's participant (`round:<round id>:<n>` taking turns at one device,
   * `round:<round id>:@<name>` in a private round), or `free` outside a round.
   */
  by: string;
  at: Timestamp;
  weight: number;
}

/**
 * A dot-voting round running on the journey: each participant has a budget of dots. The budget
 * is checked on the merged votes, so a participant voting from two places at once still has
 * only their dots counted (the earliest ones).
 */
export interface VotingRound {
  id: Id;
  dotsPerParticipant: number;
  /** People taking turns at one device (a private round counts whoever votes). */
  participants: number;
  /**
   * Each person votes on their own device (a room), and nobody's dots count on the cards, or show,
   * until the facilitator ends the round and so reveals them. Absent: turns at one device.
   */
  private?: boolean;
}

/**
 * A comment on a card. A thread is its first comment and the replies to it; resolving or reopening
 * is the first comment's. Only the browser that wrote a comment edits or deletes it.
 */
export interface CardComment {
  id: Id;
  elementId: Id;
  /** The thread's first comment, for a reply; null for a thread's first comment. */
  replyTo: Id | null;
  /** Who wrote it as others see them: their name in the room, empty when written alone. */
  author: string;
  /** The browser that wrote it (a random id, not a secret): its writer may edit and delete it. */
  authorId: string;
  text: string;
  at: Timestamp;
  editedAt: Timestamp | null;
  /** On a thread's first comment: the discussion is settled. */
  resolved: boolean;
}

export const ACTION_STATUSES = ["idea", "planned", "inProgress", "done"] as const;
/** Where an action of the plan stands; the board's columns, in this order. */
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * A metric's id: one of the standard metrics (see metrics.ts) or a custom metric's id. Custom
 * metrics are defined in the workspace's library, and a journey keeps a copy of the definitions of
 * those it uses (`Journey.customMetrics`), so a file or a room carries what its figures mean.
 */
export type MetricId = string;

/** A metric's scale: its range, whether it counts in whole numbers, and which end is good. */
export interface MetricScale {
  min: number;
  max: number;
  integer: boolean;
  higherIsBetter: boolean;
}

/** A metric a team defined: its name and unit as they wrote them, and its scale. */
export interface CustomMetric extends MetricScale {
  id: Id;
  name: string;
  /** Shown after figures ("min", "€", "%"); may be empty. */
  unit: string;
}

/**
 * The workspace's metrics: the custom ones defined here, and which metrics (standard or custom)
 * each card's details offer to fill in. A metric with a figure on a card is always shown there.
 */
export interface MetricLibrary {
  custom: Record<Id, CustomMetric>;
  onCards: Record<MetricId, boolean>;
}

/** How many cards one action of the plan may fix (files and documents refuse more). */
export const CARDS_PER_ACTION = 200;

/**
 * A journey's goal for one metric, as a SMART goal puts it: the value to reach, and by when
 * (a calendar day `YYYY-MM-DD`, or null when no day is set).
 */
export interface MetricTarget {
  metric: MetricId;
  value: number;
  by: string | null;
}

/**
 * One action of the journey's plan: what will be done about the cards it fixes (usually the
 * opportunity it was made from, and the friction points behind it), by which department, by
 * when, and which metric should show it worked.
 */
export interface PlanAction {
  id: Id;
  title: string;
  notes: string;
  status: ActionStatus;
  owner: DepartmentRef | null;
  /** The day it is due, as `YYYY-MM-DD` (a calendar day, not an instant), or null. */
  due: string | null;
  /** The figure that should show it worked: a metric and the value aimed at. */
  target: { metric: MetricId; value: number } | null;
  /** The cards it fixes or seizes, the one it was made from first. */
  cardIds: Id[];
  createdAt: Timestamp;
}

export interface Link {
  id: Id;
  from: Id;
  to: Id;
  kind: LinkKind;
}

export interface Stage {
  id: Id;
  name: string;
  description: string;
  /** How many card columns the stage is wide (resizing a stage reflows its cards). */
  columns: number;
}

export interface Lane {
  id: Id;
  name: string;
  kind: LaneKind;
  collapsed: boolean;
}

export interface Journey {
  id: Id;
  personaId: Id;
  title: string;
  scenario: string;
  goal: string;
  state: JourneyState;
  /** For a future-state journey, the current-state journey it was made from. */
  currentStateId: Id | null;
  stages: Stage[];
  lanes: Lane[];
  /** Keyed by id: order lives in `order`, so a key never moves and patches stay valid. */
  elements: Record<Id, JourneyElement>;
  links: Record<Id, Link>;
  /** Every vote on the journey's cards, keyed by id. */
  votes: Record<Id, Vote>;
  votingRound: VotingRound | null;
  /** Comments on the journey's cards, keyed by id. */
  comments: Record<Id, CardComment>;
  /** The action plan: what will be done about the journey's cards, keyed by id. */
  plan: Record<Id, PlanAction>;
  /** The journey's goals, at most one per metric. */
  targets: Record<MetricId, MetricTarget>;
  /** The definitions of the custom metrics its cards, goals and actions use, by id. */
  customMetrics: Record<Id, CustomMetric>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/**
 * What lists of journeys show without opening them (the home page, a persona's page): a
 * journey's own fields and counts, kept beside the personas so the list never reads a card.
 */
export interface JourneySummary {
  id: Id;
  personaId: Id;
  title: string;
  scenario: string;
  state: JourneyState;
  currentStateId: Id | null;
  cardCount: number;
  /** Average satisfaction of each stage's touchpoints, in stage order (null: none scored). */
  satisfaction: (number | null)[];
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** The fields a list of journeys needs, met by a whole journey and by its summary alike. */
export type JourneyHeading = Pick<
  Journey,
  "id" | "personaId" | "title" | "state" | "currentStateId" | "createdAt" | "updatedAt"
>;

export type Avatar =
  | { kind: "emoji"; emoji: string }
  | { kind: "initials"; initials: string; color: string }
  | { kind: "image"; image: AvatarPicture };

/**
 * A persona's picture, decoded and encoded afresh when it came in: its bytes and their type.
 * Bytes rather than a Blob, so the workspace document can hold them.
 */
export interface AvatarPicture {
  type: string;
  bytes: Uint8Array;
}

export interface Persona {
  id: Id;
  name: string;
  avatar: Avatar;
  role: string;
  quote: string;
  goals: string[];
  needs: string[];
  frustrations: string[];
  preferredChannels: ChannelRef[];
  notes: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** Everything a workspace holds, every journey whole: what files carry and imports add. */
export interface Workspace {
  personas: Record<Id, Persona>;
  journeys: Record<Id, Journey>;
}

/** The workspace as the home page reads it: personas, and a summary of each journey. */
export interface WorkspaceIndex {
  personas: Record<Id, Persona>;
  journeys: Record<Id, JourneySummary>;
  /** The workspace's metric library. */
  metrics: MetricLibrary;
}

/** Cards whose natural home is each kind of lane (used when a card is added without a target). */
export const NATURAL_LANE: Record<ElementKind, LaneKind> = {
  touchpoint: "touchpoints",
  channel: "channels",
  frictionPoint: "frictionPoints",
  momentOfDelight: "momentsOfDelight",
  customerAction: "actions",
  thought: "thoughts",
  opportunity: "opportunities",
  note: "backstage",
};

/** The kind of card a lane holds by default (typing into a cell makes one of these). */
export const LANE_NATURAL_KIND: Record<LaneKind, ElementKind> = {
  actions: "customerAction",
  touchpoints: "touchpoint",
  channels: "channel",
  thoughts: "thought",
  emotionCurve: "touchpoint",
  frictionPoints: "frictionPoint",
  momentsOfDelight: "momentOfDelight",
  opportunities: "opportunity",
  backstage: "note",
  custom: "note",
};
