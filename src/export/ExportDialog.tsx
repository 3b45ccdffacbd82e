import { ClipboardCopy, Download, FileSpreadsheet, Presentation } from "lucide-react";
import { useCallback, useEffect, useId, useMemo, useState } from "react";
import { onlyCards, type Id, type Journey, type Persona } from "../domain";
import { useT } from "../i18n";
import { useJourney, useJourneyFilter, usePersonaOfJourney } from "../store";
import { Button } from "../ui/Button";
import { Dialog } from "../ui/Dialog";
import { changeSettings, initialSettings } from "./dialog-settings";
import { failureMessage } from "./errors";
import { useExportTasks } from "./export-tasks";
import { ExportNotes } from "./ExportNotes";
import { ExportPreview } from "./ExportPreview";
import { ExportStatus } from "./ExportStatus";
import { ImageOptions } from "./ImageOptions";
import { exportContext, posterTargets, type ExportContext, type ImageSettings } from "./images";
import { planPoster } from "./poster-plan";
import "./export.css";
// The texts of the views that load when opened arrive with this module (see views-en.ts).
import "../i18n/views-en";

export function ExportDialog({ journeyId, onClose }: { journeyId: Id; onClose: () => void }) {
  const journey = useJourney(journeyId);
  const persona = usePersonaOfJourney(journeyId);
  if (!journey) return null;
  return <ExportDialogBody journey={journey} persona={persona} onClose={onClose} />;
}

/**
 * The Export dialog: the preview and the other formats on one side, the image settings on the
 * other, notes and progress below, and Copy and Download at the bottom. It owns the settings;
 * planning is pure (`planPoster`), drawing and files are in `export-tasks`.
 */
function ExportDialogBody({
  journey: whole,
  persona,
  onClose,
}: {
  journey: Journey;
  persona: Persona | undefined;
  onClose: () => void;
}) {
  const t = useT();
  const ids = useId();
  // With a filter set on the map, the export can hold only the cards it finds, when asked.
  const { matches } = useJourneyFilter(whole.id);
  const [onlyMatches, setOnlyMatches] = useState(false);
  const journey = useMemo(
    () => (onlyMatches && matches ? onlyCards(whole, matches.set) : whole),
    [onlyMatches, matches, whole],
  );
  const personaAvailable = persona !== undefined;
  const [settings, setSettings] = useState<ImageSettings>(() =>
    initialSettings(journey, personaAvailable),
  );
  const [context, setContext] = useState<ExportContext | null>(null);

  const targets = useMemo(() => posterTargets(journey, settings), [journey, settings]);
  const plans = useMemo(
    () =>
      targets.map((target) => planPoster(journey, target.options, settings.size, personaAvailable)),
    [journey, targets, settings.size, personaAvailable],
  );

  // Fonts and the persona's picture, once per journey (fonts are cached for the page's life).
  const getContext = useCallback(() => exportContext(journey, persona), [journey, persona]);
  const tasks = useExportTasks({ journey, persona, settings, target: targets[0], getContext });
  const { busy, setOutcome } = tasks;

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
  }, [getContext, setOutcome]);

  const update = (changes: Partial<ImageSettings>) => {
    setOutcome(null);
    setSettings((current) => changeSettings(current, changes));
  };

  const field = (name: string) => `${ids}-${name}`;
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
            onClick={tasks.copy}
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
            onClick={() => void tasks.download()}
            disabled={working}
          >
            {t("export.download")}
          </Button>
        </>
      }
    >
      <div className="export-dialog">
        <div className="export-dialog__side">
          <ExportPreview
            context={context}
            target={targets[0]}
            plan={plans[0]}
            settings={settings}
            imageCount={targets.length}
          />
          <section className="export-dialog__other" aria-labelledby={field("other")}>
            <h3 id={field("other")}>{t("export.otherFormats")}</h3>
            <div>
              <Button
                icon={<Presentation />}
                onClick={() => void tasks.downloadDeck()}
                disabled={working}
              >
                {t("export.downloadDeck")}
              </Button>
              <Button
                icon={<FileSpreadsheet />}
                onClick={() => void tasks.downloadCsv()}
                disabled={working}
              >
                {t("export.downloadCsv")}
              </Button>
            </div>
          </section>
        </div>
        {matches ? (
          <label className="export-dialog__only">
            <input
              type="checkbox"
              checked={onlyMatches}
              onChange={(event) => setOnlyMatches(event.target.checked)}
            />
            {t("export.onlyMatches", {
              count: matches.ids.length,
              total: Object.keys(whole.elements).length,
            })}
          </label>
        ) : null}
        <ImageOptions
          journey={journey}
          settings={settings}
          personaAvailable={personaAvailable}
          fieldId={field}
          onChange={update}
        />
        <ExportNotes
          journey={journey}
          plans={plans}
          settings={settings}
          hasPersona={personaAvailable}
          onChange={update}
        />
        <ExportStatus busy={busy} outcome={tasks.outcome} />
      </div>
    </Dialog>
  );
}
