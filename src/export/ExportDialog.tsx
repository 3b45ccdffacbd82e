import { ClipboardCopy, Download, FileSpreadsheet, Presentation } from "lucide-react";
import { useCallback, useEffect, useId, useMemo, useState } from "react";
import type { Id, Journey, Persona } from "../domain";
import { t as translate, useT } from "../i18n";
import { now, useDocument } from "../store";
import { Button } from "../ui/Button";
import { Dialog } from "../ui/Dialog";
import { canCopyImages, copyPng } from "./clipboard";
import { buildCsv, CSV_MIME } from "./csv";
import { buildDeck, PPTX_MIME } from "./deck";
import { useDelayedFlag } from "./delayed";
import { downloadBlob } from "./download";
import { exportFileName } from "./file-names";
import {
  IMAGE_FORMATS,
  MAX_CANVAS_PIXELS,
  SIZES,
  type ImageFormat,
  type SizeChoice,
} from "./image-plan";
import { planPoster } from "./poster-plan";
import {
  exportContext,
  exportImages,
  imageBlob,
  posterTargets,
  renderTarget,
  type ExportContext,
  type ExportProgress,
  type ImageSettings,
  type ScopeChoice,
} from "./images";
import { BACKGROUNDS, paletteFor, type BackgroundChoice } from "./palette";
import { renderAvatar } from "./poster-avatar";
import { styleSheet } from "./poster-svg";
import { rasterize, yieldToBrowser } from "./raster";
import { blobToDataUrl } from "../format";
import "./export.css";

const SCOPES: ScopeChoice[] = ["journey", "stage", "eachStage"];

/** The last settings used, so a second export in the same session starts where the first ended. */
let remembered: Omit<ImageSettings, "stageId"> | null = null;

function initialSettings(journey: Journey, hasPersona: boolean): ImageSettings {
  return {
    format: "png",
    size: "slide1080",
    scope: "journey",
    background: "white",
    personaHeader: hasPersona,
    legend: true,
    emotionCurve: true,
    ...remembered,
    stageId: journey.stages[0]?.id ?? null,
  };
}

type Outcome = { tone: "success" | "error"; message: string } | null;

interface Busy {
  progress: ExportProgress;
  /** Present when the work can stop between steps (a clipboard write cannot). */
  controller: AbortController | null;
}

export function ExportDialog({ journeyId, onClose }: { journeyId: Id; onClose: () => void }) {
  const journey = useDocument((s) => s.workspace.journeys[journeyId]);
  const persona = useDocument((s) =>
    journey ? s.workspace.personas[journey.personaId] : undefined,
  );
  if (!journey) return null;
  return <ExportDialogBody journey={journey} persona={persona} onClose={onClose} />;
}

function ExportDialogBody({
  journey,
  persona,
  onClose,
}: {
  journey: Journey;
  persona: Persona | undefined;
  onClose: () => void;
}) {
  const t = useT();
  const ids = useId();
  const [settings, setSettings] = useState<ImageSettings>(() =>
    initialSettings(journey, persona !== undefined),
  );
  const [context, setContext] = useState<ExportContext | null>(null);
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const showProgress = useDelayedFlag(busy !== null);

  const update = (changes: Partial<ImageSettings>) => {
    setOutcome(null);
    setSettings((current) => {
      const next = { ...current, ...changes };
      // JPEG has no transparency.
      if (next.format === "jpeg" && next.background === "transparent") next.background = "white";
      const { stageId: _stageId, ...rest } = next;
      remembered = rest;
      return next;
    });
  };

  // Fonts and the persona's picture, once per journey (fonts are cached for the page's life).
  const getContext = useCallback(() => exportContext(journey, persona), [journey, persona]);

  useEffect(() => {
    let live = true;
    getContext().then(
      (value) => {
        if (live) setContext(value);
      },
      (error: unknown) => {
        if (live) setOutcome({ tone: "error", message: failureMessage(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [getContext]);

  const targets = useMemo(() => posterTargets(journey, settings), [journey, settings]);
  const plans = useMemo(
    () =>
      targets.map((target) =>
        planPoster(journey, target.options, settings.size, persona !== undefined),
      ),
    [journey, targets, settings.size, persona],
  );
  const firstPlan = plans[0];

  // The preview: the first image exactly as it will be exported, drawn as SVG.
  useEffect(() => {
    if (!context || !targets[0] || !firstPlan) return;
    let url: string | null = null;
    const timer = setTimeout(() => {
      const { svg } = renderTarget(context, targets[0]!, settings.size, {
        pixelSize: false,
        plan: firstPlan,
      });
      url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
      setPreviewUrl(url);
    }, 120);
    return () => {
      clearTimeout(timer);
      if (url) {
        const old = url;
        // Keep the old picture on screen until the new one replaces it.
        setTimeout(() => URL.revokeObjectURL(old), 1_000);
      }
    };
  }, [context, targets, firstPlan, settings.size]);

  const unreadable = plans.find((plan) => !plan.image.readable);
  const capped = settings.format !== "svg" ? plans.find((plan) => plan.image.capped) : undefined;
  const personaAvailable = persona !== undefined;

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
    const target = targets[0];
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
    run(async ({ signal, report }) => {
      const ready = await getContext();
      const deckSettings: ImageSettings = {
        ...settings,
        format: "png",
        size: "slide1080",
        background: settings.background === "transparent" ? "white" : settings.background,
      };
      const total = journey.stages.length + 2;
      let done = 0;
      const step = async (render: () => Promise<Blob>) => {
        signal.throwIfAborted();
        report({
          label: t("export.progress.image", { number: done + 1, count: total - 1 }),
          done,
          total,
        });
        await yieldToBrowser();
        const dataUrl = await blobToDataUrl(await render());
        done++;
        return dataUrl;
      };
      const mapPng = await step(() =>
        imageBlob(
          ready,
          posterTargets(journey, { ...deckSettings, scope: "journey", personaHeader: false })[0]!,
          "slide2160",
          "png",
        ),
      );
      const stagePngs: string[] = [];
      for (const target of posterTargets(journey, {
        ...deckSettings,
        scope: "eachStage",
        personaHeader: false,
      }))
        stagePngs.push(await step(() => imageBlob(ready, target, "slide1080", "png")));
      const avatarPng = ready.persona ? await avatarImage(ready) : null;
      signal.throwIfAborted();
      report({ label: t("export.progress.deck"), done, total });
      await yieldToBrowser();
      const bytes = await buildDeck({
        journey,
        persona: ready.persona
          ? {
              ...ready.persona,
              needs: persona?.needs ?? [],
              frustrations: persona?.frustrations ?? [],
            }
          : null,
        avatarPng,
        mapPng,
        stagePngs,
      });
      signal.throwIfAborted();
      downloadBlob(
        new Blob([bytes], { type: PPTX_MIME }),
        exportFileName(journey.title, new Date(now()), "pptx"),
      );
      return t("export.done.deck");
    });

  const downloadCsv = () =>
    run(async ({ report }) => {
      report({ label: t("export.progress.csv"), done: 0, total: 1 });
      const text = await buildCsv(journey);
      downloadBlob(
        new Blob([text], { type: CSV_MIME }),
        exportFileName(journey.title, new Date(now()), "csv"),
      );
      return t("export.done.csv");
    });

  const field = (name: string) => `${ids}-${name}`;
  const backgrounds = BACKGROUNDS.filter((b) => b !== "transparent" || settings.format !== "jpeg");
  const sizeLabel = (size: SizeChoice) => t(`export.size.${size}`);
  const previewCaption = firstPlan
    ? settings.format === "svg"
      ? t("export.preview.vector", { width: firstPlan.image.width, height: firstPlan.image.height })
      : t("export.preview.pixels", {
          width: firstPlan.image.pixelWidth,
          height: firstPlan.image.pixelHeight,
        })
    : "";
  const working = busy !== null;

  return (
    <Dialog
      open
      title={t("export.title")}
      closeLabel={t("export.close")}
      onClose={() => {
        busy?.controller?.abort();
        onClose();
      }}
      size="lg"
      footer={
        <>
          <Button
            icon={<ClipboardCopy />}
            onClick={copy}
            disabled={working || settings.scope === "eachStage"}
            title={
              settings.scope === "eachStage" ? t("export.copy.eachStage") : t("export.copyHint")
            }
          >
            {t("export.copy")}
          </Button>
          <Button
            variant="primary"
            icon={<Download />}
            onClick={() => void download()}
            disabled={working}
          >
            {t("export.download")}
          </Button>
        </>
      }
    >
      <div className="export-dialog">
        <div className="export-dialog__side">
          <figure className="export-dialog__preview">
            <div
              className={`export-dialog__frame export-dialog__frame--${settings.background}`}
              style={
                firstPlan
                  ? { aspectRatio: `${firstPlan.image.width} / ${firstPlan.image.height}` }
                  : undefined
              }
            >
              {previewUrl ? <img src={previewUrl} alt={t("export.preview.alt")} /> : null}
            </div>
            <figcaption>
              {previewCaption}
              {settings.scope === "eachStage" ? (
                <>
                  {" · "}
                  {t("export.preview.firstOf", { count: targets.length })}
                </>
              ) : null}
            </figcaption>
          </figure>
          <section className="export-dialog__other" aria-labelledby={field("other")}>
            <h3 id={field("other")}>{t("export.otherFormats")}</h3>
            <div>
              <Button
                icon={<Presentation />}
                onClick={() => void downloadDeck()}
                disabled={working}
              >
                {t("export.downloadDeck")}
              </Button>
              <Button
                icon={<FileSpreadsheet />}
                onClick={() => void downloadCsv()}
                disabled={working}
              >
                {t("export.downloadCsv")}
              </Button>
            </div>
          </section>
        </div>

        <div className="export-dialog__settings">
          <div className="wm-field">
            <label htmlFor={field("format")}>{t("export.format")}</label>
            <select
              id={field("format")}
              className="wm-select"
              value={settings.format}
              onChange={(e) => update({ format: e.target.value as ImageFormat })}
            >
              {IMAGE_FORMATS.map((format) => (
                <option key={format} value={format}>
                  {t(`export.format.${format}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="wm-field">
            <label htmlFor={field("size")}>{t("export.size")}</label>
            <select
              id={field("size")}
              className="wm-select"
              value={settings.size}
              onChange={(e) => update({ size: e.target.value as SizeChoice })}
            >
              {SIZES.map((size) => (
                <option key={size} value={size}>
                  {sizeLabel(size)}
                </option>
              ))}
            </select>
          </div>
          <div className="wm-field">
            <label htmlFor={field("scope")}>{t("export.scope")}</label>
            <select
              id={field("scope")}
              className="wm-select"
              value={settings.scope}
              onChange={(e) => update({ scope: e.target.value as ScopeChoice })}
            >
              {SCOPES.map((scope) => (
                <option key={scope} value={scope}>
                  {t(`export.scope.${scope}`)}
                </option>
              ))}
            </select>
          </div>
          {settings.scope === "stage" ? (
            <div className="wm-field">
              <label htmlFor={field("stage")}>{t("export.stage")}</label>
              <select
                id={field("stage")}
                className="wm-select"
                value={settings.stageId ?? ""}
                onChange={(e) => update({ stageId: e.target.value })}
              >
                {journey.stages.map((stage, i) => (
                  <option key={stage.id} value={stage.id} dir="auto">
                    {`${i + 1}. ${stage.name}`}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="wm-field">
            <label htmlFor={field("background")}>{t("export.background")}</label>
            <select
              id={field("background")}
              className="wm-select"
              value={settings.background}
              aria-describedby={settings.format === "jpeg" ? field("background-hint") : undefined}
              onChange={(e) => update({ background: e.target.value as BackgroundChoice })}
            >
              {backgrounds.map((background) => (
                <option key={background} value={background}>
                  {t(`export.background.${background}`)}
                </option>
              ))}
            </select>
            {settings.format === "jpeg" ? (
              <span id={field("background-hint")} className="wm-field__hint">
                {t("export.background.jpegHint")}
              </span>
            ) : null}
          </div>
          <fieldset className="export-dialog__include">
            <legend>{t("export.include")}</legend>
            <label>
              <input
                type="checkbox"
                checked={settings.personaHeader && personaAvailable}
                disabled={!personaAvailable}
                onChange={(e) => update({ personaHeader: e.target.checked })}
              />
              {t("export.personaHeader")}
            </label>
            {!personaAvailable ? (
              <span className="wm-field__hint">{t("export.personaHeader.none")}</span>
            ) : null}
            <label>
              <input
                type="checkbox"
                checked={settings.legend}
                onChange={(e) => update({ legend: e.target.checked })}
              />
              {t("export.legend")}
            </label>
            <label>
              <input
                type="checkbox"
                checked={settings.emotionCurve}
                onChange={(e) => update({ emotionCurve: e.target.checked })}
              />
              {t("export.emotionCurve")}
            </label>
          </fieldset>
        </div>

        {unreadable ? (
          <div className="export-dialog__warning" role="note">
            <p>
              {t("export.unreadable", {
                size: sizeLabel(settings.size),
                px: Math.round(unreadable.image.titlePx * 10) / 10,
              })}
            </p>
            <div className="export-dialog__warning-actions">
              {settings.size === "slide1080" ? (
                <Button size="sm" onClick={() => update({ size: "slide2160" })}>
                  {t("export.unreadable.use4k")}
                </Button>
              ) : null}
              {settings.scope === "journey" ? (
                <Button size="sm" onClick={() => update({ scope: "eachStage" })}>
                  {t("export.unreadable.perStage")}
                </Button>
              ) : null}
            </div>
          </div>
        ) : null}
        {capped ? (
          <p className="export-dialog__warning" role="note">
            {t("export.capped", {
              requested: capped.image.requestedPixelRatio,
              wanted:
                Math.round(
                  (capped.image.width *
                    capped.image.height *
                    capped.image.requestedPixelRatio ** 2) /
                    100_000,
                ) / 10,
              limit: Math.round(MAX_CANVAS_PIXELS / 100_000) / 10,
              ratio: capped.image.pixelRatio,
            })}
          </p>
        ) : null}

        {busy && showProgress ? (
          <div className="export-dialog__progress">
            <progress
              aria-label={t("export.progress")}
              max={busy.progress.total}
              value={busy.progress.done}
            />
            <span>{busy.progress.label}</span>
            {busy.controller ? (
              <Button size="sm" onClick={() => busy.controller?.abort()}>
                {t("export.cancel")}
              </Button>
            ) : null}
          </div>
        ) : null}
        <p
          className={`export-dialog__outcome export-dialog__outcome--${outcome?.tone ?? "none"}`}
          role="status"
        >
          {outcome?.message ?? ""}
        </p>
      </div>
    </Dialog>
  );
}

interface TaskHooks {
  signal: AbortSignal;
  report: (progress: ExportProgress) => void;
}

function failureMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return translate("export.failed", { message });
}

/** The persona's avatar alone, as a square PNG for the deck's title slide. */
async function avatarImage(context: ExportContext): Promise<string | null> {
  if (!context.persona) return null;
  const size = 256;
  const body = renderAvatar(context.persona, size / 2, size / 2, size / 2 - 4, paletteFor("white"));
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
    `<defs><style>${styleSheet(context.fontCss)}</style></defs>${body}</svg>`;
  const blob = await rasterize(svg, { pixelWidth: size, pixelHeight: size }, "image/png");
  return blobToDataUrl(blob);
}
