import { z } from "./zod-config";
import {
  ACTION_STATUSES,
  CONFIDENCES,
  ELEMENT_KINDS,
  JOURNEY_STATES,
  LANE_KINDS,
  LINK_KINDS,
  SEVERITIES,
  SNAPSHOT_REASONS,
  STANDARD_CHANNELS,
  STANDARD_DEPARTMENTS,
  STANDARD_METRICS,
  STANDARD_SCALES,
  CUSTOM_METRICS_MAX,
  CUSTOM_METRIC_LIMIT,
  isCalendarDay,
  isStandardMetric,
  isValidId,
  type StandardMetric,
} from "../domain";
import { LIMITS } from "./limits";

/**
 * Strict schemas for the format (version 6: journeys carry the custom metrics they use). Every object is strict (unknown keys are refused),
 * every collection is an array (never a record keyed by untrusted text), every string and list is
 * capped. The same schemas check files on import and records on IndexedDB load.
 */

export const idSchema = z
  .string()
  .check(z.maxLength(LIMITS.idChars), z.refine(isValidId, { message: "is not a valid id" }));

const shortText = z.string().check(z.maxLength(LIMITS.shortText));
const longText = z.string().check(z.maxLength(LIMITS.longText));
export const timestampSchema = z.int().check(z.minimum(0), z.maximum(8.64e15));
const timestamp = timestampSchema;
const textList = z.array(longText).check(z.maxLength(LIMITS.listItems));

export const channelRefSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("standard"), id: z.enum(STANDARD_CHANNELS) }),
  z.strictObject({ kind: z.literal("custom"), name: shortText.check(z.minLength(1)) }),
]);

export const departmentRefSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("standard"), id: z.enum(STANDARD_DEPARTMENTS) }),
  z.strictObject({ kind: z.literal("custom"), name: shortText.check(z.minLength(1)) }),
]);

export const painPointSchema = z.strictObject({
  id: idSchema,
  text: longText,
  severity: z.enum(SEVERITIES),
});

const finite = (min: number, max: number) =>
  z
    .number()
    .check(
      z.refine(Number.isFinite, { message: "is not a finite number" }),
      z.minimum(min),
      z.maximum(max),
    );
const metric = (key: StandardMetric) =>
  z.optional(finite(STANDARD_SCALES[key].min, STANDARD_SCALES[key].max));
/** A card's figures for the standard metrics (version 6 adds CES as effort, and FRT). */
export const metricsSchema = z.strictObject({
  csat: metric("csat"),
  nps: metric("nps"),
  ces: metric("ces"),
  cesEffort: metric("cesEffort"),
  ahtSeconds: metric("ahtSeconds"),
  frtSeconds: metric("frtSeconds"),
  fcr: metric("fcr"),
});

/** A metric's id: a standard metric's name, or a custom metric's id. */
export const metricIdSchema = z.string().check(
  z.maxLength(LIMITS.idChars),
  z.refine((id) => isStandardMetric(id) || isValidId(id), { message: "is not a metric" }),
);

/** A custom metric's definition (version 6): its name, unit and scale. */
export const customMetricSchema = z
  .strictObject({
    id: idSchema.check(
      z.refine((id) => !isStandardMetric(id), { message: "is a standard metric's name" }),
    ),
    name: z.string().check(z.minLength(1), z.maxLength(60)),
    unit: z.string().check(z.maxLength(20)),
    min: finite(-CUSTOM_METRIC_LIMIT, CUSTOM_METRIC_LIMIT),
    max: finite(-CUSTOM_METRIC_LIMIT, CUSTOM_METRIC_LIMIT),
    integer: z.boolean(),
    higherIsBetter: z.boolean(),
  })
  .check(z.refine(({ min, max }) => min < max, { message: "has no range", path: ["max"] }));

/** A card's figure for a custom metric (version 6); its scale is the journey's definition. */
export const customFigureSchema = z.strictObject({
  metric: idSchema,
  value: finite(-CUSTOM_METRIC_LIMIT, CUSTOM_METRIC_LIMIT),
});

/** An opportunity's impact or effort on the matrix, 1 to 5. */
const ratingSchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
]);

export const elementSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(ELEMENT_KINDS),
  stageId: idSchema,
  laneId: idSchema,
  order: finite(-Number.MAX_VALUE, Number.MAX_VALUE),
  title: longText,
  notes: longText,
  satisfaction: z.nullable(
    z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  ),
  painPoints: z.array(painPointSchema).check(z.maxLength(LIMITS.painPointsPerElement)),
  metrics: metricsSchema,
  customFigures: z.optional(z.array(customFigureSchema).check(z.maxLength(CUSTOM_METRICS_MAX))),
  channel: z.nullable(channelRefSchema),
  owner: z.nullable(departmentRefSchema),
  confidence: z.nullable(z.enum(CONFIDENCES)),
  impact: z.nullable(ratingSchema),
  effort: z.nullable(ratingSchema),
  votes: z.int().check(z.minimum(0), z.maximum(100_000)),
  tags: z.array(shortText).check(z.maxLength(LIMITS.tagsPerElement)),
});

export const linkSchema = z.strictObject({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  kind: z.enum(LINK_KINDS),
});

export const stageSchema = z.strictObject({
  id: idSchema,
  name: shortText,
  description: longText,
  columns: z.int().check(z.minimum(1), z.maximum(4)),
});

export const laneSchema = z.strictObject({
  id: idSchema,
  name: shortText,
  kind: z.enum(LANE_KINDS),
  collapsed: z.boolean(),
});

/** A journey's own fields, as stored in its IndexedDB row (cards and links have rows of their own). */
export const journeyMetaShape = {
  id: idSchema,
  personaId: idSchema,
  title: shortText,
  scenario: longText,
  goal: longText,
  state: z.enum(JOURNEY_STATES),
  currentStateId: z.nullable(idSchema),
  stages: z.array(stageSchema).check(z.minLength(1), z.maxLength(LIMITS.stagesPerJourney)),
  lanes: z.array(laneSchema).check(z.minLength(1), z.maxLength(LIMITS.lanesPerJourney)),
  createdAt: timestamp,
  updatedAt: timestamp,
};

/** A comment on a card (version 2). Its text is shown as text, never as markup. */
export const commentSchema = z.strictObject({
  id: idSchema,
  elementId: idSchema,
  replyTo: z.nullable(idSchema),
  author: z.string().check(z.maxLength(80)),
  authorId: z.string().check(z.minLength(1), z.maxLength(LIMITS.idChars)),
  text: z.string().check(z.minLength(1), z.maxLength(LIMITS.longText)),
  at: timestamp,
  editedAt: z.nullable(timestamp),
  resolved: z.boolean(),
});

/** A standard metric's value within its range (a custom one's is checked with its journey). */
function inStandardRange({ metric, value }: { metric: string; value: number }): boolean {
  if (!isStandardMetric(metric)) return true;
  const { min, max } = STANDARD_SCALES[metric];
  return value >= min && value <= max;
}

/** The metric an action aims at, and the value it aims for, within the metric's range. */
export const actionTargetSchema = z
  .strictObject({
    metric: metricIdSchema,
    value: finite(-Number.MAX_VALUE, Number.MAX_VALUE),
  })
  .check(z.refine(inStandardRange, { message: "is outside the metric's range", path: ["value"] }));

/** A journey's goal for one metric (version 5): the value within the metric's range, by a day. */
export const metricTargetSchema = z
  .strictObject({
    metric: metricIdSchema,
    value: finite(-Number.MAX_VALUE, Number.MAX_VALUE),
    by: z.nullable(
      z.string().check(z.refine(isCalendarDay, { message: "is not a day written YYYY-MM-DD" })),
    ),
  })
  .check(z.refine(inStandardRange, { message: "is outside the metric's range", path: ["value"] }));

/** An action of the plan (version 4). */
export const planActionSchema = z.strictObject({
  id: idSchema,
  title: shortText,
  notes: longText,
  status: z.enum(ACTION_STATUSES),
  owner: z.nullable(departmentRefSchema),
  due: z.nullable(
    z.string().check(z.refine(isCalendarDay, { message: "is not a day written YYYY-MM-DD" })),
  ),
  target: z.nullable(actionTargetSchema),
  cardIds: z.array(idSchema).check(z.maxLength(LIMITS.cardsPerAction)),
  createdAt: timestamp,
});

export const journeyFileSchema = z.strictObject({
  ...journeyMetaShape,
  elements: z.array(elementSchema).check(z.maxLength(LIMITS.elementsPerJourney)),
  links: z.array(linkSchema).check(z.maxLength(LIMITS.linksPerJourney)),
  comments: z.array(commentSchema).check(z.maxLength(LIMITS.commentsPerJourney)),
  plan: z.array(planActionSchema).check(z.maxLength(LIMITS.actionsPerJourney)),
  targets: z
    .array(metricTargetSchema)
    .check(z.maxLength(STANDARD_METRICS.length + CUSTOM_METRICS_MAX)),
  /** The definitions of the custom metrics its cards, goals and actions use (version 6). */
  customMetrics: z.array(customMetricSchema).check(z.maxLength(CUSTOM_METRICS_MAX)),
});

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
/** Raster pictures only: an SVG avatar could carry script, so it is never accepted. */
export const AVATAR_DATA_URL = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/;

const emojiAvatar = z.strictObject({
  kind: z.literal("emoji"),
  emoji: z.string().check(z.minLength(1), z.maxLength(32)),
});
const initialsAvatar = z.strictObject({
  kind: z.literal("initials"),
  initials: z.string().check(z.maxLength(8)),
  color: z.string().check(z.regex(HEX_COLOR)),
});

/** In a file a picture travels as a data URL; in the workspace document as bytes. */
export const fileAvatarSchema = z.discriminatedUnion("kind", [
  emojiAvatar,
  initialsAvatar,
  z.strictObject({
    kind: z.literal("image"),
    dataUrl: z.string().check(z.maxLength(LIMITS.avatarDataUrlChars), z.regex(AVATAR_DATA_URL)),
  }),
]);

export const storedAvatarSchema = z.discriminatedUnion("kind", [
  emojiAvatar,
  initialsAvatar,
  z.strictObject({
    kind: z.literal("image"),
    image: z.strictObject({
      type: z.enum(["image/png", "image/jpeg", "image/webp"]),
      bytes: z
        .instanceof(Uint8Array)
        .check(z.refine((b) => b.length <= LIMITS.avatarDataUrlChars, { message: "is too large" })),
    }),
  }),
]);

const personaShape = {
  id: idSchema,
  name: shortText,
  role: shortText,
  quote: longText,
  goals: textList,
  needs: textList,
  frustrations: textList,
  preferredChannels: z.array(channelRefSchema).check(z.maxLength(LIMITS.listItems)),
  notes: longText,
  createdAt: timestamp,
  updatedAt: timestamp,
};

export const personaFileSchema = z.strictObject({ ...personaShape, avatar: fileAvatarSchema });
export const storedPersonaSchema = z.strictObject({ ...personaShape, avatar: storedAvatarSchema });

/**
 * A snapshot of a journey (version 4), as a backup carries it: what lists show, and the journey
 * as it was. See snapshot.ts for how snapshots are kept in this browser.
 */
export const snapshotFileSchema = z.strictObject({
  id: idSchema,
  journeyId: idSchema,
  name: z.string().check(z.minLength(1), z.maxLength(LIMITS.shortText)),
  reason: z.enum(SNAPSHOT_REASONS),
  takenAt: timestamp,
  cardCount: z.int().check(z.minimum(0), z.maximum(LIMITS.elementsPerJourney)),
  journey: journeyFileSchema,
});

/** The workspace's metric library as a file carries it: custom metrics, and which are on cards. */
export const metricLibrarySchema = z.strictObject({
  custom: z.array(customMetricSchema).check(z.maxLength(CUSTOM_METRICS_MAX)),
  onCards: z
    .array(z.strictObject({ metric: metricIdSchema, shown: z.boolean() }))
    .check(z.maxLength(STANDARD_METRICS.length + CUSTOM_METRICS_MAX)),
});

export const envelopeSchema = z.strictObject({
  type: z.literal("waymark"),
  version: z.int().check(z.minimum(1)),
  source: shortText,
  exportedAt: z.string().check(z.maxLength(64)),
  kind: z.enum(["workspace", "journey"]),
  personas: z.array(personaFileSchema).check(z.maxLength(LIMITS.personas)),
  journeys: z.array(journeyFileSchema).check(z.maxLength(LIMITS.journeys)),
  /** A backup's snapshots of its journeys (version 4; absent in other files). */
  snapshots: z.optional(z.array(snapshotFileSchema).check(z.maxLength(LIMITS.snapshots))),
  /** A workspace file's metric library (version 6; absent in other files). */
  metricLibrary: z.optional(metricLibrarySchema),
});

export type PersonaFile = z.infer<typeof personaFileSchema>;
export type JourneyFile = z.infer<typeof journeyFileSchema>;
export type ElementFile = z.infer<typeof elementSchema>;
export type CommentFile = z.infer<typeof commentSchema>;
export type PlanActionFile = z.infer<typeof planActionSchema>;
export type SnapshotFile = z.infer<typeof snapshotFileSchema>;
export type Envelope = z.infer<typeof envelopeSchema>;
export type MetricLibraryFile = z.infer<typeof metricLibrarySchema>;
