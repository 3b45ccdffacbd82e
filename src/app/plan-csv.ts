import { CSV_MIME } from "../export/csv";
import { downloadBlob } from "../export/download";
import { buildPlanCsv, planFileName } from "../export/plan-csv";
import { documentStore, now } from "../store";

/** Downloads a journey's action plan as CSV; resolves to the file's name. */
export async function exportPlanCsv(journeyId: string): Promise<string> {
  const journey = documentStore.getState().journeys[journeyId];
  if (!journey) return "";
  const text = await buildPlanCsv(journey);
  const name = planFileName(journey.title, new Date(now()));
  downloadBlob(new Blob([text], { type: CSV_MIME }), name);
  return name;
}
