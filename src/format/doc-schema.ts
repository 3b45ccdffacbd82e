import { z } from "./zod-config";
import { isOrderKey } from "../domain";
import { LIMITS } from "./limits";
import {
  actionTargetSchema,
  commentSchema,
  customMetricSchema,
  elementSchema,
  idSchema,
  journeyMetaShape,
  laneSchema,
  linkSchema,
  metricTargetSchema,
  planActionSchema,
  stageSchema,
  timestampSchema,
} from "./schema";

/**
 * What the journey and workspace documents hold, record by record, checked as each is read:
 * the file's strict schemas, with order keys where files have numbers and vote entries where
 * files have counts. A record that fails is set aside; the rest opens.
 */

export const orderKeySchema = z
  .string()
  .check(z.maxLength(200), z.refine(isOrderKey, { message: "is not an order key" }));

/**
 * A card as a journey document stores it: its count of votes lives in the vote entries, and its
 * impact and effort in the document's ratings (read in beside its fields).
 */
export const docElementSchema = z.extend(z.omit(elementSchema, { votes: true }), {
  order: orderKeySchema,
});

/** A comment as a journey document stores it: the file's record, field by field. */
export const docCommentSchema = commentSchema;

/** An action of the plan as a journey document stores it: the file's record, field by field. */
export const docPlanActionSchema = planActionSchema;

/** A journey's target as its document stores it: keyed by its metric, the file's record. */
export const docTargetSchema = metricTargetSchema;

export const docStageSchema = stageSchema;
export const docLaneSchema = laneSchema;
export const docLinkSchema = linkSchema;

export const docVoteSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  elementId: idSchema,
  by: z.string().check(z.minLength(1), z.maxLength(200)),
  at: timestampSchema,
  weight: z.int().check(z.minimum(1), z.maximum(100_000)),
});

export const docVotingRoundSchema = z.strictObject({
  id: idSchema,
  dotsPerParticipant: z.int().check(z.minimum(1), z.maximum(20)),
  participants: z.int().check(z.minimum(1), z.maximum(100)),
  /** Read but no longer written here: the engine keeps it beside the round (older releases). */
  private: z.optional(z.boolean()),
});

const { stages: _stages, lanes: _lanes, ...metaShape } = journeyMetaShape;
/** A journey's own fields (its stages, lanes, cards, links and votes are records of their own). */
export const docJourneyMetaSchema = z.strictObject({
  ...metaShape,
  votingRound: z.nullable(docVotingRoundSchema),
});

export type DocElement = z.infer<typeof docElementSchema>;
export type DocVote = z.infer<typeof docVoteSchema>;

/** A journey's entry in the workspace document: its summary, or the mark that it was deleted. */
export const docJourneySummarySchema = z.strictObject({
  id: idSchema,
  personaId: idSchema,
  title: journeyMetaShape.title,
  scenario: journeyMetaShape.scenario,
  state: journeyMetaShape.state,
  currentStateId: journeyMetaShape.currentStateId,
  cardCount: z.int().check(z.minimum(0), z.maximum(LIMITS.elementsPerJourney)),
  satisfaction: z
    .array(z.nullable(z.number().check(z.minimum(1), z.maximum(5))))
    .check(z.maxLength(LIMITS.stagesPerJourney)),
  createdAt: journeyMetaShape.createdAt,
  updatedAt: journeyMetaShape.updatedAt,
});

export const docDeletedJourneySchema = z.strictObject({ deletedAt: timestampSchema });

/** A custom metric's definition as a journey document stores it (keyed by its id). */
export const docCustomMetricSchema = customMetricSchema;

/** An action's aim at a metric the plan root cannot hold (see the engine's `aims` root). */
export const docAimSchema = actionTargetSchema;
