import {
  DEFAULT_LANES,
  FREE_VOTER,
  createLane,
  keyBetween,
  createStage,
  calendarDay,
  type ActionStatus,
  type Avatar,
  type ChannelRef,
  type Confidence,
  type Rating,
  type DepartmentRef,
  type ElementKind,
  type Id,
  type IdFactory,
  type Journey,
  type JourneyElement,
  type LaneKind,
  type LinkKind,
  type MetricId,
  type Metrics,
  type Persona,
  type Satisfaction,
  type Severity,
  type StandardChannel,
  type StandardDepartment,
} from "../domain";
import type { MessageKey, Translate } from "../i18n";

/**
 * A small builder so templates read like the journey they describe. Every text is a catalogue
 * key, so templates translate with the rest of the interface.
 */

export interface TemplateContext {
  newId: IdFactory;
  now: number;
  t: Translate;
}

export interface CardSpec {
  kind: ElementKind;
  stage: Id;
  /** The lane by kind; templates use the standard lanes. */
  lane: Exclude<LaneKind, "emotionCurve" | "custom">;
  title: MessageKey;
  notes?: MessageKey;
  satisfaction?: Satisfaction;
  painPoints?: { text: MessageKey; severity: Severity }[];
  metrics?: Metrics;
  /** A standard channel, or a custom one named by a catalogue key. */
  channel?: ChannelRef | { custom: MessageKey };
  owner?: DepartmentRef | { custom: MessageKey };
  confidence?: Confidence;
  /** An opportunity placed on the matrix: impact and effort, 1 to 5. */
  impact?: Rating;
  effort?: Rating;
  votes?: number;
  tags?: string[];
}

export interface PersonaSpec {
  name: MessageKey;
  avatar: Avatar;
  role: MessageKey;
  quote: MessageKey;
  goals: MessageKey[];
  needs: MessageKey[];
  frustrations: MessageKey[];
  preferredChannels: ChannelRef[];
  notes?: MessageKey;
}

export class TemplateBuilder {
  private readonly journey: Journey;
  private readonly laneIds = new Map<LaneKind, Id>();
  /** The last order key given in each cell, so the next card goes after it. */
  private readonly lastKeys = new Map<string, string>();

  constructor(
    private readonly context: TemplateContext,
    spec: { title: MessageKey; scenario: MessageKey; goal: MessageKey },
  ) {
    const { t, newId, now } = context;
    this.journey = {
      id: newId(),
      personaId: "",
      title: t(spec.title),
      scenario: t(spec.scenario),
      goal: t(spec.goal),
      state: "current",
      currentStateId: null,
      stages: [],
      lanes: DEFAULT_LANES.map((kind) => {
        const lane = createLane(newId(), t(`lane.${kind}`), kind);
        this.laneIds.set(kind, lane.id);
        return lane;
      }),
      elements: {},
      links: {},
      votes: {},
      votingRound: null,
      comments: {},
      plan: {},
      targets: {},
      customMetrics: {},
      createdAt: now,
      updatedAt: now,
    };
  }

  stage(name: MessageKey, options: { description?: MessageKey; columns?: number } = {}): Id {
    const stage = createStage(this.context.newId(), this.context.t(name), options.columns ?? 1);
    if (options.description) stage.description = this.context.t(options.description);
    this.journey.stages.push(stage);
    return stage.id;
  }

  card(spec: CardSpec): Id {
    const { t, newId } = this.context;
    const laneId = this.laneIds.get(spec.lane);
    if (!laneId) throw new Error(`Template has no ${spec.lane} lane`);
    if (!this.journey.stages.some((s) => s.id === spec.stage))
      throw new Error("Unknown template stage");
    const cell = `${spec.stage}/${laneId}`;
    const order = keyBetween(this.lastKeys.get(cell) ?? null, null)!;
    this.lastKeys.set(cell, order);
    const element: JourneyElement = {
      id: newId(),
      kind: spec.kind,
      stageId: spec.stage,
      laneId,
      order,
      title: t(spec.title),
      notes: spec.notes ? t(spec.notes) : "",
      satisfaction: spec.satisfaction ?? null,
      painPoints: (spec.painPoints ?? []).map((p) => ({
        id: newId(),
        text: t(p.text),
        severity: p.severity,
      })),
      metrics: spec.metrics ?? {},
      channel: spec.channel
        ? "custom" in spec.channel
          ? { kind: "custom", name: t(spec.channel.custom) }
          : spec.channel
        : null,
      owner: spec.owner
        ? "custom" in spec.owner
          ? { kind: "custom", name: t(spec.owner.custom) }
          : spec.owner
        : null,
      confidence: spec.confidence ?? null,
      impact: spec.impact ?? null,
      effort: spec.effort ?? null,
      votes: spec.votes ?? 0,
      tags: spec.tags ?? [],
    };
    this.journey.elements[element.id] = element;
    // Each dot its own vote, as if the workshop had cast them.
    for (let i = 0; i < element.votes; i++) {
      const id = newId();
      this.journey.votes[id] = {
        id,
        elementId: element.id,
        by: FREE_VOTER,
        at: this.context.now,
        weight: 1,
      };
    }
    return element.id;
  }

  /**
   * An action of the plan made from a card (its title, as the app makes one), due some days
   * after the template is opened, aiming at a metric.
   */
  action(spec: {
    card: Id;
    also?: Id[];
    status: ActionStatus;
    owner?: DepartmentRef;
    dueInDays?: number;
    target?: { metric: MetricId; value: number };
  }): void {
    const card = this.journey.elements[spec.card];
    if (!card) throw new Error("Unknown template card");
    const id = this.context.newId();
    this.journey.plan[id] = {
      id,
      title: card.title,
      notes: "",
      status: spec.status,
      owner: spec.owner ?? card.owner,
      due: spec.dueInDays === undefined ? null : this.dayAfter(spec.dueInDays),
      target: spec.target ?? null,
      cardIds: [spec.card, ...(spec.also ?? [])],
      createdAt: this.context.now,
    };
  }

  /** The journey's goal for a metric, due some days after the template is opened. */
  target(metric: MetricId, value: number, inDays: number): void {
    this.journey.targets[metric] = { metric, value, by: this.dayAfter(inDays) };
  }

  private dayAfter(days: number): string {
    return calendarDay(new Date(this.context.now + days * 24 * 60 * 60 * 1000));
  }

  link(from: Id, to: Id, kind: LinkKind = "flow"): void {
    const id = this.context.newId();
    this.journey.links[id] = { id, from, to, kind };
  }

  build(personaSpec: PersonaSpec): { persona: Persona; journey: Journey } {
    const { t, newId, now } = this.context;
    const persona: Persona = {
      id: newId(),
      name: t(personaSpec.name),
      avatar: personaSpec.avatar,
      role: t(personaSpec.role),
      quote: t(personaSpec.quote),
      goals: personaSpec.goals.map((k) => t(k)),
      needs: personaSpec.needs.map((k) => t(k)),
      frustrations: personaSpec.frustrations.map((k) => t(k)),
      preferredChannels: personaSpec.preferredChannels,
      notes: personaSpec.notes ? t(personaSpec.notes) : "",
      createdAt: now,
      updatedAt: now,
    };
    return { persona, journey: { ...this.journey, personaId: persona.id } };
  }
}

export const channel = (id: StandardChannel): ChannelRef => ({ kind: "standard", id });
export const owner = (id: StandardDepartment): DepartmentRef => ({ kind: "standard", id });
