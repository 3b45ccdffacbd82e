import type { Damage, DamagePath } from "../format";
import type { MessageKey, Translate } from "../i18n";

/** Arrays whose entries people know by a name: "journey 2 › card 14". */
const ENTRY: Partial<Record<string, MessageKey>> = {
  personas: "damage.place.persona",
  journeys: "damage.place.journey",
  elements: "damage.place.card",
  links: "damage.place.link",
  stages: "damage.place.stage",
  lanes: "damage.place.lane",
  painPoints: "damage.place.painPoint",
  comments: "damage.place.comment",
  plan: "damage.place.action",
  snapshots: "damage.place.snapshot",
  targets: "damage.place.target",
  cardIds: "damage.place.actionCard",
  rows: "damage.place.row",
};

const FIELDS = [
  "title",
  "name",
  "notes",
  "kind",
  "satisfaction",
  "painPoints",
  "severity",
  "text",
  "metrics",
  "csat",
  "nps",
  "ces",
  "aht",
  "fcr",
  "channel",
  "owner",
  "confidence",
  "impact",
  "effort",
  "columns",
  "links",
  "votes",
  "tags",
  "stageId",
  "laneId",
  "journeyId",
  "personaId",
  "from",
  "to",
  "avatar",
  "dataUrl",
  "version",
  "id",
  "goals",
  "needs",
  "frustrations",
  "quote",
  "role",
  "scenario",
  "goal",
  "state",
  "description",
  "order",
  "status",
  "journey",
  "by",
  "due",
  "target",
  "metric",
  "value",
  "customFigures",
  "customMetrics",
  "cesEffort",
  "frtSeconds",
  "unit",
  "min",
  "max",
] as const;
const KNOWN_FIELDS = new Set<string>(FIELDS);

function fieldName(t: Translate, key: string): string {
  return KNOWN_FIELDS.has(key)
    ? t(`damage.field.${key as (typeof FIELDS)[number]}`)
    : t("damage.place.field", { name: key });
}

/** `journeys[1].elements[13].title` as "journey 2 › card 14 › title". */
export function describePlace(t: Translate, at: DamagePath, whole: MessageKey): string {
  const parts: string[] = [];
  for (let i = 0; i < at.length; i++) {
    const part = at[i]!;
    const next = at[i + 1];
    if (typeof part === "string" && typeof next === "number") {
      const entry = ENTRY[part];
      parts.push(
        entry
          ? t(entry, { n: next + 1 })
          : `${fieldName(t, part)} ${t("damage.place.entry", { n: next + 1 })}`,
      );
      i += 1;
    } else if (typeof part === "number") parts.push(t("damage.place.entry", { n: part + 1 }));
    else parts.push(fieldName(t, part));
  }
  return parts.length ? parts.join(" › ") : t(whole);
}

export function describeDamage(t: Translate, damage: Damage): string {
  switch (damage.code) {
    case "tooLong":
      return t("damage.tooLong", { max: damage.max });
    case "tooShort":
      return damage.min <= 1 ? t("damage.empty") : t("damage.tooShort", { min: damage.min });
    case "tooMany":
      return t("damage.tooMany", { max: damage.max });
    case "tooFew":
      return t("damage.tooFew", { min: damage.min });
    case "tooHigh":
      return t("damage.tooHigh", { max: damage.max });
    case "tooLow":
      return t("damage.tooLow", { min: damage.min });
    case "unknownField":
      return t("damage.unknownField", { field: damage.field });
    default:
      return t(`damage.${damage.code}`);
  }
}

/** Where and what, as one phrase: "journey 1 › card 2 › satisfaction score is too high (at most 5)". */
export function describeProblem(
  t: Translate,
  at: DamagePath,
  damage: Damage,
  whole: MessageKey = "damage.place.file",
): string {
  return t("damage.problem", {
    place: describePlace(t, at, whole),
    problem: describeDamage(t, damage),
  });
}
