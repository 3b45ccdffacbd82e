import { ArrowLeft, Camera, Copy, History, Trash2 } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import type { Id, JourneySnapshot, SnapshotInfo } from "../../domain";
import { useLocale, useT } from "../../i18n";
import {
  deleteSnapshot,
  keepSnapshots,
  listSnapshots,
  readSnapshot,
  restoreSnapshot,
  restoreSnapshotAsCopy,
  showNotice,
  takeSnapshot,
  useJourney,
  useSnapshotsVersion,
} from "../../store";
import { Button } from "../../ui/Button";
import { absoluteTime } from "../workspace/time";
import { SnapshotDetails } from "./SnapshotDetails";
import { snapshotLabel } from "./snapshot-label";
import "../../ui/page.css";
import "./snapshots.css";
// The texts of the views that load when opened arrive with this module (see views-en.ts).
import "../../i18n/views-en";

/**
 * A journey's snapshots: take one, see each as it was beside the journey now (what was added,
 * removed and changed; the emotion curve then and now), and bring one back, over the journey
 * (one undo step) or as a copy beside it.
 */
export function SnapshotsView({
  journeyId,
  onBack,
  onOpenJourney,
}: {
  journeyId: string;
  onBack: () => void;
  onOpenJourney: (id: Id) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const journey = useJourney(journeyId);
  const version = useSnapshotsVersion();
  const [list, setList] = useState<SnapshotInfo[] | null>(null);
  const [chosen, setChosen] = useState<Id | null>(null);
  // The chosen snapshot as read (null while it is being read).
  const [read, setRead] = useState<{ id: Id; snapshot: JourneySnapshot | "unreadable" } | null>(
    null,
  );
  const [name, setName] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const nameId = useId();
  const takeRef = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => {
    let live = true;
    void listSnapshots(journeyId).then((found) => {
      if (!live) return;
      setList(found);
      setChosen((was) => (was && found.some((s) => s.id === was) ? was : (found[0]?.id ?? null)));
    });
    return () => {
      live = false;
    };
  }, [journeyId, version]);
  useEffect(() => {
    let live = true;
    if (chosen)
      void readSnapshot(chosen).then((found) => {
        if (live) setRead({ id: chosen, snapshot: found ?? "unreadable" });
      });
    return () => {
      live = false;
    };
  }, [chosen]);
  if (!journey) return null;
  const snapshot = read && read.id === chosen ? read.snapshot : null;

  const failed = (error: unknown) => {
    console.warn("Snapshots:", error);
    showNotice({ tone: "error", message: t("snapshot.failed") });
  };
  const chosenInfo = list?.find((s) => s.id === chosen) ?? null;

  return (
    <div className="snapshots wm-page" data-undo="journey">
      <div className="wm-page__head">
        <h1 dir="auto">
          {t("snapshot.title", { journey: journey.title.trim() || t("journey.untitled") })}
        </h1>
        <Button
          variant="secondary"
          icon={<ArrowLeft className="wm-page__back-icon" />}
          onClick={onBack}
        >
          {t("snapshot.back")}
        </Button>
      </div>
      <form
        className="snapshots__take"
        onSubmit={(event) => {
          event.preventDefault();
          const label = name.trim() || t("snapshot.namePlaceholder");
          takeSnapshot(journeyId, label, "manual")
            .then((kept) => {
              if (!kept) return;
              setName("");
              setChosen(kept.id);
              setAnnouncement(t("snapshot.taken", { name: kept.name }));
            })
            .catch(failed);
        }}
      >
        <label htmlFor={nameId}>{t("snapshot.name")}</label>
        <input
          id={nameId}
          ref={takeRef}
          className="wm-input"
          data-undo="field"
          dir="auto"
          value={name}
          maxLength={300}
          placeholder={t("snapshot.namePlaceholder")}
          onChange={(event) => setName(event.target.value)}
        />
        <Button type="submit" icon={<Camera />}>
          {t("snapshot.take")}
        </Button>
      </form>
      <p className="snapshots__live" role="status">
        {announcement}
      </p>
      {list && list.length === 0 ? (
        <p className="wm-panel snapshots__none">{t("snapshot.none")}</p>
      ) : (
        <div className="snapshots__layout">
          <section className="wm-panel snapshots__list" aria-labelledby={listId}>
            <h2 id={listId}>{t("snapshot.list")}</h2>
            <ul>
              {(list ?? []).map((info) => (
                <li key={info.id}>
                  <button
                    type="button"
                    className="snapshots__item"
                    aria-pressed={info.id === chosen}
                    onClick={() => setChosen(info.id)}
                  >
                    <span className="snapshots__item-name" dir="auto">
                      {info.reason === "manual" ? (
                        <Camera aria-hidden="true" />
                      ) : (
                        <History aria-hidden="true" />
                      )}
                      {snapshotLabel(t, info)}
                    </span>
                    <span className="snapshots__item-meta">
                      {absoluteTime(info.takenAt, locale)} ·{" "}
                      {t("snapshot.cards", { count: info.cardCount })}
                      {info.reason === "manual" ? null : ` · ${t("snapshot.auto")}`}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
          {chosenInfo ? (
            <section
              className="wm-panel snapshots__details"
              aria-label={snapshotLabel(t, chosenInfo)}
            >
              <h2 dir="auto">{snapshotLabel(t, chosenInfo)}</h2>
              <p className="wm-hint">
                {absoluteTime(chosenInfo.takenAt, locale)} ·{" "}
                {t("snapshot.cards", { count: chosenInfo.cardCount })}
              </p>
              <div className="snapshots__actions">
                <Button
                  icon={<History />}
                  disabled={typeof snapshot !== "object" || snapshot === null}
                  onClick={() => {
                    if (typeof snapshot !== "object" || !snapshot) return;
                    const label = snapshotLabel(t, snapshot);
                    restoreSnapshot(snapshot, label)
                      .then((done) => {
                        if (done) setAnnouncement(t("snapshot.restored", { name: label }));
                      })
                      .catch(failed);
                  }}
                >
                  {t("snapshot.restore")}
                </Button>
                <Button
                  variant="secondary"
                  icon={<Copy />}
                  disabled={typeof snapshot !== "object" || snapshot === null}
                  onClick={() => {
                    if (typeof snapshot !== "object" || !snapshot) return;
                    const title = t("snapshot.copyTitle", {
                      journey: snapshot.journey.title.trim() || t("journey.untitled"),
                      name: snapshotLabel(t, snapshot),
                    });
                    const id = restoreSnapshotAsCopy(snapshot, title);
                    setAnnouncement(t("snapshot.copied", { title }));
                    onOpenJourney(id);
                  }}
                >
                  {t("snapshot.restoreCopy")}
                </Button>
                <Button
                  variant="danger"
                  icon={<Trash2 />}
                  onClick={() => {
                    const label = snapshotLabel(t, chosenInfo);
                    const kept = typeof snapshot === "object" ? snapshot : null;
                    deleteSnapshot(chosenInfo.id)
                      .then(() => {
                        // The keyboard goes to the name box, not to the next snapshot's Delete.
                        takeRef.current?.focus();
                        showNotice({
                          message: t("snapshot.deleted", { name: label }),
                          ...(kept
                            ? {
                                action: {
                                  label: t("notice.undo"),
                                  run: () => void keepSnapshots([kept]).catch(failed),
                                },
                              }
                            : {}),
                        });
                      })
                      .catch(failed);
                  }}
                >
                  {t("snapshot.delete")}
                </Button>
              </div>
              {snapshot === "unreadable" ? (
                <p className="wm-hint">{t("snapshot.unreadable")}</p>
              ) : snapshot === null ? (
                <p className="wm-hint" role="status">
                  {t("snapshot.loading")}
                </p>
              ) : (
                <SnapshotDetails snapshot={snapshot} journey={journey} />
              )}
            </section>
          ) : null}
        </div>
      )}
    </div>
  );
}
