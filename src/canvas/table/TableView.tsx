import { ArrowLeft, FileUp, FilterX, Redo2, Search, Undo2 } from "lucide-react";
import { useEffect, useId, useMemo, useState } from "react";
import { sortTableRows, type Id, type TableSort } from "../../domain";
import { formatNumber, useLocale, useT } from "../../i18n";
import {
  canRedo,
  canUndo,
  clearFilter,
  openEditor,
  setFilter,
  showCardOnMap,
  useDocument,
  useJourney,
  useJourneyFilter,
} from "../../store";
import { Button } from "../../ui/Button";
import { CommandButton } from "../../ui/CommandButton";
import { FilterControls } from "../filter/FilterControls";
import { FilterFacets } from "../filter/FilterFacets";
import { JourneyShortcuts } from "../JourneyShortcuts";
import { CardTable } from "./CardTable";
import { cellText } from "./cell-text";
import "../filter/filter.css";
import "./table.css";
// The texts of the views that load when opened arrive with this module (see views-en.ts).
import "../../i18n/views-en";

/**
 * A journey as a table: one row per card, sorted by any column, narrowed by the same find and
 * filter as the map (what is filtered here is dimmed there, and back), edited in place. It is
 * also the way through the journey for a person who does not use the canvas.
 */
export function TableView({
  journeyId,
  onBack,
  onImportCsv,
}: {
  journeyId: string;
  onBack: () => void;
  /** Adds the cards of a CSV file to this journey (the app's import, which may refuse it). */
  onImportCsv: (file: File) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const journey = useJourney(journeyId);
  const { filter, matches } = useJourneyFilter(journeyId);
  const [sort, setSort] = useState<TableSort | null>(null);
  const [facetsOpen, setFacetsOpen] = useState(false);
  const undoable = useDocument((s) => canUndo(s, journeyId));
  const redoable = useDocument((s) => canRedo(s, journeyId));
  const facetsId = useId();
  const titleId = useId();
  const helpId = useId();
  // The table edits this journey: the map opened from it keeps what was chosen here.
  useEffect(() => openEditor(journeyId), [journeyId]);

  const rows = useMemo(() => {
    if (!journey) return [];
    const shown = matches
      ? Object.values(journey.elements).filter((e) => matches.set.has(e.id))
      : Object.values(journey.elements);
    const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
    return sortTableRows(
      journey,
      shown,
      sort,
      (column, element) => cellText(t, journey, column, element),
      collator.compare,
    );
  }, [journey, matches, sort, locale, t]);

  if (!journey) return null;
  const total = Object.keys(journey.elements).length;
  const journeyTitle = journey.title.trim() || t("journey.untitled");
  const show = (id: Id) => {
    showCardOnMap(id);
    onBack();
  };

  return (
    <div className="table-view" data-undo="journey">
      <JourneyShortcuts journeyId={journeyId} />
      <div className="table-view__head">
        <h1 id={titleId} dir="auto">
          {t("table.title", { journey: journeyTitle })}
        </h1>
        <div className="table-view__tools" role="toolbar" aria-label={t("app.toolbar")}>
          <label
            className="wm-button wm-button--ghost wm-button--md table-view__csv"
            title={t("csv.addDescription")}
          >
            <FileUp size={18} aria-hidden="true" />
            {t("csv.add")}
            <input
              type="file"
              accept=".csv,text/csv"
              className="table-view__file"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = "";
                if (file) onImportCsv(file);
              }}
            />
          </label>
          <CommandButton command="undo" icon={<Undo2 />} disabled={!undoable} />
          <CommandButton command="redo" icon={<Redo2 />} disabled={!redoable} />
          <Button
            variant="secondary"
            icon={<ArrowLeft className="table-view__back" />}
            onClick={onBack}
          >
            {t("table.back")}
          </Button>
        </div>
      </div>
      <section
        className="filter-bar table-view__filter"
        role="search"
        aria-label={t("table.search")}
      >
        <div className="filter-bar__row">
          <label className="filter-bar__search">
            <Search size={16} aria-hidden="true" />
            <input
              type="search"
              className="filter-bar__input"
              aria-label={t("table.search")}
              placeholder={t("table.placeholder")}
              value={filter.text}
              dir="auto"
              onChange={(event) => setFilter(journeyId, { text: event.target.value })}
            />
          </label>
          <FilterControls
            journeyId={journeyId}
            filter={filter}
            facetsId={facetsId}
            facetsOpen={facetsOpen}
            onFacetsOpen={setFacetsOpen}
          />
          <output className="filter-bar__count" aria-live="polite">
            {matches
              ? t("table.count", { count: rows.length, total: formatNumber(total) })
              : t("table.all", { count: total })}
          </output>
          {matches ? (
            <Button
              variant="ghost"
              size="sm"
              icon={<FilterX />}
              aria-label={t("filter.clear")}
              title={t("filter.clear")}
              onClick={clearFilter}
            />
          ) : null}
        </div>
        {facetsOpen ? <FilterFacets id={facetsId} journeyId={journeyId} filter={filter} /> : null}
      </section>
      <p id={helpId} className="table-view__help">
        {t("table.help")}
      </p>
      {total === 0 ? (
        <p className="table-view__empty">{t("table.noCards")}</p>
      ) : (
        <div className="table-view__scroller">
          <CardTable
            journey={journey}
            rows={rows}
            sort={sort}
            onSort={setSort}
            onShowOnMap={show}
            labelledBy={titleId}
            describedBy={helpId}
          />
          {rows.length === 0 ? <p className="table-view__empty">{t("table.noMatches")}</p> : null}
        </div>
      )}
    </div>
  );
}
