import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import {
  CONFIDENCES,
  ELEMENT_KINDS,
  SATISFACTION_VALUES,
  STANDARD_CHANNELS,
  STANDARD_DEPARTMENTS,
  channelKey,
  departmentKey,
  type ChannelRef,
  type Confidence,
  type DepartmentRef,
  type ElementKind,
  type Journey,
  type JourneyElement,
  type Satisfaction,
  type TableColumn,
} from "../../domain";
import { LIMITS } from "../../format";
import { formatNumber, useT } from "../../i18n";
import { moveCards, updateCard } from "../../store";
import { channelLabel, departmentLabel } from "../../ui/kinds";

/** The columns a person edits in place; the rest (pain points, metrics, votes) live in the inspector. */
export const EDITABLE_COLUMNS: ReadonlySet<TableColumn> = new Set([
  "stage",
  "lane",
  "kind",
  "title",
  "satisfaction",
  "channel",
  "owner",
  "confidence",
]);

/** How an edit ended: kept (Enter, a choice), cancelled (Escape), or left (focus went elsewhere). */
export type EditEnd = "kept" | "cancelled" | "left";

interface EditorProps {
  journey: Journey;
  element: JourneyElement;
  column: TableColumn;
  label: string;
  /** For the title: the text typed to start editing, which replaces the title. */
  initialText: string | null;
  onEnd: (end: EditEnd) => void;
}

/** The editor in a cell being edited: a text box for the title, a list for the rest. */
export function CellEditor(props: EditorProps) {
  return props.column === "title" ? <TitleEditor {...props} /> : <ChoiceEditor {...props} />;
}

function TitleEditor({ journey, element, label, initialText, onEnd }: EditorProps) {
  const [draft, setDraft] = useState(initialText ?? element.title);
  // What the title was when editing began: leaving without typing never writes it back over a
  // rename that arrived meanwhile from another tab or person.
  const [original] = useState(element.title);
  const input = useRef<HTMLInputElement>(null);
  const ended = useRef(false);
  useEffect(() => {
    const box = input.current;
    if (!box) return;
    box.focus();
    if (initialText === null) box.select();
    else box.setSelectionRange(box.value.length, box.value.length);
  }, [initialText]);
  const end = (how: EditEnd) => {
    if (ended.current) return;
    ended.current = true;
    if (how !== "cancelled" && draft !== original)
      updateCard(journey.id, element.id, { title: draft });
    onEnd(how);
  };
  return (
    <input
      ref={input}
      className="card-table__editor"
      aria-label={label}
      dir="auto"
      value={draft}
      maxLength={LIMITS.longText}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === "Enter") {
          event.preventDefault();
          end("kept");
        } else if (event.key === "Escape") {
          event.preventDefault();
          end("cancelled");
        }
        event.stopPropagation();
      }}
      onBlur={() => end("left")}
    />
  );
}

const NONE = "";

interface Choice {
  value: string;
  label: string;
}

/** The choices of a column and the one the card has now, as select values. */
function choicesOf(
  t: ReturnType<typeof useT>,
  journey: Journey,
  column: TableColumn,
  element: JourneyElement,
): {
  current: string;
  choices: Choice[];
  optional: boolean;
  /** For channels and owners: each choice's channel or department, by its value. */
  refs?: ReadonlyMap<string, ChannelRef | DepartmentRef>;
} {
  switch (column) {
    case "stage":
      return {
        current: element.stageId,
        optional: false,
        choices: journey.stages.map((s) => ({
          value: s.id,
          label: s.name.trim() || t("stage.untitled"),
        })),
      };
    case "lane":
      return {
        current: element.laneId,
        optional: false,
        // The emotion curve is drawn from the touchpoints' scores; no card lives in it.
        choices: journey.lanes
          .filter((l) => l.kind !== "emotionCurve")
          .map((l) => ({ value: l.id, label: l.name.trim() || t("lane.untitled") })),
      };
    case "kind":
      return {
        current: element.kind,
        optional: false,
        choices: ELEMENT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) })),
      };
    case "satisfaction":
      return {
        current: element.satisfaction === null ? NONE : String(element.satisfaction),
        optional: true,
        choices: SATISFACTION_VALUES.map((s) => ({
          value: String(s),
          label: t("table.satisfactionValue", {
            score: formatNumber(s),
            label: t(`satisfaction.${s}`),
          }),
        })),
      };
    case "confidence":
      return {
        current: element.confidence ?? NONE,
        optional: true,
        choices: CONFIDENCES.map((c) => ({ value: c, label: t(`confidence.${c}`) })),
      };
    case "channel":
      return refChoices(
        journey,
        element.channel,
        (e) => e.channel,
        channelKey,
        STANDARD_CHANNELS.map((id) => ({ kind: "standard", id }) as const),
        (ref) => channelLabel(t, ref),
      );
    case "owner":
      return refChoices(
        journey,
        element.owner,
        (e) => e.owner,
        departmentKey,
        STANDARD_DEPARTMENTS.map((id) => ({ kind: "standard", id }) as const),
        (ref) => departmentLabel(t, ref),
      );
    default:
      return { current: NONE, optional: true, choices: [] };
  }
}

/** Standard channels or departments, then the typed-in ones the map already uses. */
function refChoices<Ref extends ChannelRef | DepartmentRef>(
  journey: Journey,
  current: Ref | null,
  refOf: (element: JourneyElement) => Ref | null,
  keyOf: (ref: Ref | null) => string,
  standard: readonly Ref[],
  labelOf: (ref: Ref) => string,
) {
  const refs = new Map<string, Ref>(standard.map((ref) => [keyOf(ref), ref]));
  for (const element of Object.values(journey.elements)) {
    const ref = refOf(element);
    if (ref && !refs.has(keyOf(ref))) refs.set(keyOf(ref), ref);
  }
  return {
    current: current ? keyOf(current) : NONE,
    optional: true,
    choices: [...refs].map(([value, ref]) => ({ value, label: labelOf(ref) })),
    refs,
  };
}

function ChoiceEditor({ journey, element, column, label, onEnd }: EditorProps) {
  const t = useT();
  const select = useRef<HTMLSelectElement>(null);
  const ended = useRef(false);
  useEffect(() => select.current?.focus(), []);
  const { current, choices, optional, refs } = choicesOf(t, journey, column, element);
  // Arrow keys change a closed list at once in Chromium: the choice is kept on Enter or on
  // leaving the cell, and Escape drops it, as the table's help says.
  const [draft, setDraft] = useState(current);
  const end = (how: EditEnd) => {
    if (ended.current) return;
    ended.current = true;
    if (how !== "cancelled" && draft !== current) choose(draft);
    onEnd(how);
  };
  const choose = (value: string) => {
    const id = element.id;
    switch (column) {
      case "stage":
        moveCards(journey.id, [id], { stageId: value, laneId: element.laneId });
        break;
      case "lane":
        moveCards(journey.id, [id], { stageId: element.stageId, laneId: value });
        break;
      case "kind":
        updateCard(journey.id, id, { kind: value as ElementKind });
        break;
      case "satisfaction":
        updateCard(journey.id, id, {
          satisfaction: value ? (Number(value) as Satisfaction) : null,
        });
        break;
      case "confidence":
        updateCard(journey.id, id, { confidence: (value || null) as Confidence | null });
        break;
      case "channel":
        updateCard(journey.id, id, { channel: (refs?.get(value) as ChannelRef) ?? null });
        break;
      case "owner":
        updateCard(journey.id, id, { owner: (refs?.get(value) as DepartmentRef) ?? null });
        break;
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" || event.key === "Escape") {
      event.preventDefault();
      end(event.key === "Enter" ? "kept" : "cancelled");
    }
    event.stopPropagation();
  };
  return (
    <select
      ref={select}
      className="card-table__editor"
      aria-label={label}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => end("left")}
    >
      {optional ? <option value={NONE}>{t("inspector.none")}</option> : null}
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </select>
  );
}
