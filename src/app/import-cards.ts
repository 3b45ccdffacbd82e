import {
  CONFIDENCES,
  ELEMENT_KINDS,
  LINK_KINDS,
  SEVERITIES,
  STANDARD_CHANNELS,
  STANDARD_DEPARTMENTS,
  foldForSearch,
  newId,
  type CustomMetric,
  type Id,
} from "../domain";
import {
  CSV_COLUMNS,
  cardsFromCsv,
  checkFileSize,
  type CsvColumn,
  type CsvVocabulary,
  type FormatError,
} from "../format";
import { t, type MessageKey } from "../i18n";
import { en } from "../i18n/en";
import { viewsEn } from "../i18n/views-en";
import {
  addCardsFromCsv,
  getJourney,
  getWorkspace,
  setStatus,
  showNotice,
  takeSnapshot,
} from "../store";
import { METRIC_LABEL, metricLabel } from "../ui/metric-labels";

/** The catalogue key of each column's name as the CSV export writes it. */
const COLUMN_NAME: Record<CsvColumn, MessageKey> = {
  stage: "export.csv.stage",
  lane: "export.csv.lane",
  kind: "export.csv.kind",
  title: "export.csv.title",
  satisfaction: "export.csv.satisfaction",
  painPoints: "export.csv.painPoints",
  ...METRIC_LABEL,
  channel: "export.csv.channel",
  owner: "export.csv.owner",
  confidence: "export.csv.confidence",
  impact: "export.csv.impact",
  effort: "export.csv.effort",
  votes: "export.csv.votes",
  links: "export.csv.links",
};

/**
 * The words a CSV may use: the interface's language and English, so a file exported in Polish
 * reads back in Polish, and a hand-made English one anywhere. Metric columns also answer to
 * their bare names (CSAT, NPS, CES, AHT, FRT, FCR); a custom metric's to its name, and to its
 * name with its unit as the export heads it.
 */
const ENGLISH = { ...en, ...viewsEn };

export function csvVocabulary(customMetrics: readonly CustomMetric[] = []): CsvVocabulary {
  const words = <V extends string>(values: readonly V[], key: (value: V) => MessageKey) => {
    const map = new Map<string, V>();
    for (const value of values) {
      map.set(foldForSearch(t(key(value))), value);
      map.set(foldForSearch(String(ENGLISH[key(value) as keyof typeof ENGLISH])), value);
    }
    return map;
  };
  const columns = words(CSV_COLUMNS, (column) => COLUMN_NAME[column]);
  for (const [bare, column] of [
    ["csat", "csat"],
    ["nps", "nps"],
    ["ces", "ces"],
    ["aht", "ahtSeconds"],
    ["frt", "frtSeconds"],
    ["fcr", "fcr"],
  ] as const)
    columns.set(bare, column);
  const custom = new Map<string, CustomMetric>();
  for (const metric of customMetrics) {
    const label = foldForSearch(metricLabel(t, metric.id, { [metric.id]: metric }));
    const name = foldForSearch(metric.name.trim());
    // The first definition given wins a name two metrics share.
    if (!custom.has(label)) custom.set(label, metric);
    if (!custom.has(name)) custom.set(name, metric);
  }
  return {
    columns,
    kinds: words(ELEMENT_KINDS, (kind) => `kind.${kind}`),
    channels: words(STANDARD_CHANNELS, (id) => `channel.${id}`),
    departments: words(STANDARD_DEPARTMENTS, (id) => `department.${id}`),
    confidences: words(CONFIDENCES, (c) => `confidence.${c}`),
    severities: words(SEVERITIES, (s) => `severity.${s}`),
    linkKinds: words(LINK_KINDS, (k) => `linkKind.${k}`),
    customMetrics: custom,
  };
}

/**
 * Adds the cards of a CSV file (as Waymark's CSV export writes it, or any sheet with at least
 * stage, lane and title columns) to a journey. Refused whole, with its row and column and
 * nothing changed, at the first row that names a stage or lane the journey lacks or holds a
 * value a card cannot.
 */
export async function importCardsCsv(file: File, journeyId: Id): Promise<boolean> {
  const journey = getJourney(journeyId);
  if (!journey) return false;
  const refuse = (error: { fileName: string; error: FormatError }) => {
    setStatus({ importError: error });
    return false;
  };
  const tooLarge = checkFileSize(file.size);
  if (tooLarge) return refuse({ fileName: file.name, error: tooLarge });
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return refuse({ fileName: file.name, error: { kind: "unreadable", detail: String(error) } });
  }
  const { default: Papa } = await import("papaparse");
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ""), { skipEmptyLines: "greedy" });
  // A column may be headed by the journey's name for a metric or by the library's (renamed since).
  const known = [
    ...Object.values(getWorkspace().metrics.custom),
    ...Object.values(journey.customMetrics),
  ];
  const cards = cardsFromCsv(parsed.data, journey, csvVocabulary(known), newId);
  if (!cards.ok) return refuse({ fileName: file.name, error: cards.error });
  // The journey as it was, kept before cards are added in bulk (undo works too, until the tab
  // closes; a snapshot stays).
  try {
    await takeSnapshot(journeyId, file.name, "beforeCsv");
  } catch (error) {
    console.warn("Could not keep a snapshot before the CSV", error);
    showNotice({ tone: "error", message: t("snapshot.keepFailed") });
  }
  if (!addCardsFromCsv(journeyId, cards.value)) return false;
  setStatus({ importError: null });
  showNotice({
    tone: "success",
    message: t("csv.added", { count: cards.value.length, file: file.name }),
  });
  return true;
}
