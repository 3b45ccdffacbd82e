import { withLibraryMetrics } from "./metric-names";
import { useState } from "react";
import type { Journey, Persona } from "../domain";
import { useT } from "../i18n";
import { now } from "../store";
import { canCopyImages, copyPng } from "./clipboard";
import { buildCsv, CSV_MIME } from "./csv";
import { PPTX_MIME } from "./deck";
import { exportDeck } from "./deck-export";
import { downloadBlob } from "./download";
import { failureMessage } from "./errors";
import { exportFileName } from "./file-names";
import {
  exportImages,
  imageBlob,
  type ExportContext,
  type ExportProgress,
  type ImageSettings,
  type PosterTarget,
} from "./images";

export type Outcome = { tone: "success" | "error"; message: string } | null;

export interface Busy {
  progress: ExportProgress;
  /** Present when the work can stop between steps (a clipboard write cannot). */
  controller: AbortController | null;
}

interface TaskHooks {
  signal: AbortSignal;
  report: (progress: ExportProgress) => void;
}

/**
 * What the Export dialog's buttons do: download the images, copy one to the clipboard, download
 * the slide deck or the CSV. One task at a time; each reports its progress (shown when it runs
 * long), can be cancelled between steps, and ends in one outcome message.
 */
export function useExportTasks({
  journey,
  persona,
  settings,
  target,
  getContext,
}: {
  journey: Journey;
  persona: Persona | undefined;
  settings: ImageSettings;
  /** The image a copy puts on the clipboard: the first the settings ask for. */
  target: PosterTarget | undefined;
  getContext: () => Promise<ExportContext>;
}) {
  const t = useT();
  const [busy, setBusy] = useState<Busy | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const run = async (task: (hooks: TaskHooks) => Promise<string>) => {
    if (busy) return;
    const controller = new AbortController();
    const report = (progress: ExportProgress) =>
      setBusy((current) => (current ? { ...current, progress } : current));
    setOutcome(null);
    setBusy({ controller, progress: { label: t("export.progress.fonts"), done: 0, total: 1 } });
    try {
      const message = await task({ signal: controller.signal, report });
      setOutcome({ tone: "success", message });
    } catch (error) {
      if (controller.signal.aborted)
        setOutcome({ tone: "success", message: t("export.cancelled") });
      else setOutcome({ tone: "error", message: failureMessage(error) });
    } finally {
      setBusy(null);
    }
  };

  const download = () =>
    run(async ({ signal, report }) => {
      const started = performance.now();
      const ready = await getContext();
      const files = await exportImages(ready, settings, {
        signal,
        onProgress: report,
        date: new Date(now()),
      });
      // What the benchmark reads: from the click to the last file's bytes.
      performance.measure("waymark:export:image", { start: started, end: performance.now() });
      for (const file of files) downloadBlob(file.blob, file.fileName);
      return t("export.done.images", { count: files.length });
    });

  const copy = () => {
    if (!target || settings.scope === "eachStage" || busy) return;
    if (!canCopyImages()) {
      setOutcome({ tone: "error", message: t("export.copy.unsupported") });
      return;
    }
    setOutcome(null);
    setBusy({
      controller: null,
      progress: { label: t("export.progress.image", { number: 1, count: 1 }), done: 0, total: 1 },
    });
    // Started inside the click: the clipboard write must begin in the user's gesture.
    const blob = getContext().then((ready) => imageBlob(ready, target, settings.size, "png"));
    copyPng(blob)
      .then((result) =>
        setOutcome(
          result === "copied"
            ? { tone: "success", message: t("export.copied") }
            : {
                tone: "error",
                message: t(result === "denied" ? "export.copy.denied" : "export.copy.unsupported"),
              },
        ),
      )
      .catch((error: unknown) => setOutcome({ tone: "error", message: failureMessage(error) }))
      .finally(() => setBusy(null));
  };

  const downloadDeck = () =>
    run(async (hooks) => {
      const bytes = await exportDeck(await getContext(), persona, settings, hooks);
      hooks.signal.throwIfAborted();
      downloadBlob(
        new Blob([bytes], { type: PPTX_MIME }),
        exportFileName(journey.title, new Date(now()), "pptx"),
      );
      return t("export.done.deck");
    });

  const downloadCsv = () =>
    run(async ({ report }) => {
      report({ label: t("export.progress.csv"), done: 0, total: 1 });
      const text = await buildCsv(withLibraryMetrics(journey));
      downloadBlob(
        new Blob([text], { type: CSV_MIME }),
        exportFileName(journey.title, new Date(now()), "csv"),
      );
      return t("export.done.csv");
    });

  return { busy, outcome, setOutcome, download, copy, downloadDeck, downloadCsv };
}
