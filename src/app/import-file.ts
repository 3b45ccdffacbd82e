import { newId } from "../domain";
import { planImport, readWaymarkFile } from "../format";
import { t } from "../i18n";
import { applyImport, getWorkspace, now, setStatus, showNotice } from "../store";
import { navigate } from "./router";

/**
 * Opens a .waymark.json file: refused with its reason (and nothing changed) unless all of it is
 * valid; otherwise its personas and journeys are added (copies where ids are taken).
 */
export async function importFile(file: File): Promise<boolean> {
  const parsed = await readWaymarkFile(file);
  if (!parsed.ok) {
    setStatus({ importError: { fileName: file.name, error: parsed.error } });
    return false;
  }
  const plan = planImport(getWorkspace(), parsed.value, newId, now());
  applyImport(plan);
  setStatus({ importError: null });
  showNotice({
    tone: "success",
    message: t("import.done", { count: plan.journeys.length, personas: plan.personas.length }),
  });
  const only = plan.journeys.length === 1 ? plan.journeys[0] : undefined;
  if (only) navigate({ name: "journey", id: only.id });
  else navigate({ name: "home" });
  return true;
}
