import { newId } from "../domain";
import { damaged, planImport, readWaymarkFile } from "../format";
import { t } from "../i18n";
import {
  applyImport,
  currentEngine,
  deleteSnapshot,
  getWorkspace,
  keepSnapshots,
  mergeMetricLibrary,
  now,
  setStatus,
  showNotice,
  snapshotIds,
  undoImport,
} from "../store";
import { prepareAvatarImage } from "../panels/workspace/avatar-image";
import { navigate } from "./router";
import { workspaceReady } from "./workspace-runtime";

/**
 * Opens a .waymark.json file: refused with its reason (and nothing changed) unless all of it is
 * valid; otherwise its personas and journeys are added (copies where ids are taken).
 */
export async function importWaymarkFile(file: File): Promise<boolean> {
  const parsed = await readWaymarkFile(file);
  await workspaceReady;
  if (!parsed.ok) {
    setStatus({ importError: { fileName: file.name, error: parsed.error } });
    return false;
  }
  // Pictures inside a file are treated like uploads: decoded and encoded afresh, or the whole
  // file is refused. Bytes that only claim to be a picture never reach storage.
  const personas = [];
  for (const [index, persona] of parsed.value.personas.entries()) {
    if (persona.avatar.kind !== "image") {
      personas.push(persona);
      continue;
    }
    const { bytes, type } = persona.avatar.image;
    const picture = await prepareAvatarImage(
      new Blob([bytes as Uint8Array<ArrayBuffer>], { type }),
    );
    if (!picture.ok) {
      setStatus({
        importError: {
          fileName: file.name,
          error: damaged(["personas", index, "avatar"], { code: "badPicture" }),
        },
      });
      return false;
    }
    personas.push({ ...persona, avatar: { kind: "image" as const, image: picture.image } });
  }
  const taken = {
    personas: getWorkspace().personas,
    journeys: currentEngine().journeyIdsInUse(),
    snapshots: await snapshotIds(),
  };
  const plan = planImport(taken, { ...parsed.value, personas }, newId, now());
  applyImport(plan);
  // A workspace file's metrics join this workspace's library (what is defined here stays).
  if (parsed.value.metricLibrary) mergeMetricLibrary(parsed.value.metricLibrary);
  // A backup's snapshots come back with its journeys.
  await keepSnapshots(plan.snapshots).catch((error: unknown) => {
    console.warn("Could not keep the backup's snapshots", error);
    showNotice({ tone: "error", message: t("snapshot.keepFailed") });
  });
  setStatus({ importError: null });
  const only = plan.journeys.length === 1 ? plan.journeys[0] : undefined;
  const done = t("import.done", { count: plan.journeys.length, personas: plan.personas.length });
  // Opening the same backup twice doubles every journey: say so, and let it be taken back.
  showNotice({
    tone: "success",
    message: plan.copied ? `${done} ${t("import.copies", { count: plan.copied })}` : done,
    action: {
      label: t("import.undo"),
      run: () => {
        const { kept } = undoImport(plan);
        // The snapshots that came with journeys now gone go too.
        const journeys = getWorkspace().journeys;
        for (const snapshot of plan.snapshots)
          if (!journeys[snapshot.journeyId])
            void deleteSnapshot(snapshot.id).catch((error: unknown) =>
              console.warn("Could not remove a snapshot of an import taken back", error),
            );
        // The journey it opened is gone with it: home, rather than a "not found".
        if (only && !kept) navigate({ name: "home" });
        showNotice({
          message: kept
            ? `${t("import.undone")} ${t("import.keptEdited", { count: kept })}`
            : t("import.undone"),
        });
      },
    },
  });
  if (only) navigate({ name: "journey", id: only.id });
  else navigate({ name: "home" });
  return true;
}
