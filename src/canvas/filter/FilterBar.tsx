import { ChevronDown, ChevronUp, FilterX, Search, X } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { useStore } from "zustand";
import { formatNumber, useT } from "../../i18n";
import {
  clearFilter,
  closeFilterBar,
  filterStore,
  requestMapFocus,
  setFilter,
  stepToMatch,
  useJourney,
  useJourneyFilter,
} from "../../store";
import { Button } from "../../ui/Button";
import { CommandButton } from "../../ui/CommandButton";
import { FilterControls } from "./FilterControls";
import { FilterFacets } from "./FilterFacets";
import "./filter.css";

/**
 * Find and filter, above the map: words to find, the parts that narrow (kind, channel, owner…),
 * how many cards match, and steps through them. Cards that do not match are dimmed on the map,
 * never hidden, so the map keeps its shape.
 */
export function FilterBar({ journeyId }: { journeyId: string }) {
  const open = useStore(filterStore, (s) => s.open && s.journeyId === journeyId);
  if (!open) return null;
  return <OpenFilterBar journeyId={journeyId} />;
}

function OpenFilterBar({ journeyId }: { journeyId: string }) {
  const t = useT();
  const { filter, matches, current } = useJourneyFilter(journeyId);
  const total = useJourney(journeyId)?.elements;
  const cardCount = total ? Object.keys(total).length : 0;
  const [facetsOpen, setFacetsOpen] = useState(false);
  const facetsId = useId();
  const search = useRef<HTMLInputElement>(null);
  const focusRequest = useStore(filterStore, (s) => s.searchFocusRequest);
  useEffect(() => {
    search.current?.focus();
    search.current?.select();
  }, [focusRequest]);

  const count = matches?.ids.length ?? cardCount;
  const at = current && matches ? matches.ids.indexOf(current) : -1;
  const filtering = matches !== null;
  const step = (direction: 1 | -1) => stepToMatch(journeyId, direction);

  return (
    <section className="filter-bar" role="search" aria-label={t("filter.bar")}>
      <div className="filter-bar__row">
        <label className="filter-bar__search">
          <Search size={16} aria-hidden="true" />
          <input
            ref={search}
            type="search"
            className="filter-bar__input"
            aria-label={t("filter.search")}
            placeholder={t("filter.placeholder")}
            value={filter.text}
            dir="auto"
            onChange={(event) => setFilter(journeyId, { text: event.target.value })}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                step(event.shiftKey ? -1 : 1);
              } else if (event.key === "Escape") {
                event.preventDefault();
                // The first Escape empties the box; the next closes the bar and goes back to the map.
                if (filter.text) setFilter(journeyId, { text: "" });
                else {
                  closeFilterBar();
                  requestMapFocus();
                }
              }
            }}
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
          {filtering ? t("filter.matches", { count, total: cardCount }) : null}
          {filtering && at >= 0 ? (
            <span className="filter-bar__position">
              {" · "}
              {t("filter.position", { at: formatNumber(at + 1), count: formatNumber(count) })}
            </span>
          ) : null}
        </output>
        <div className="filter-bar__actions">
          <CommandButton
            command="find.previous"
            size="sm"
            icon={<ChevronUp />}
            disabled={!filtering || count === 0}
          />
          <CommandButton
            command="find.next"
            size="sm"
            icon={<ChevronDown />}
            disabled={!filtering || count === 0}
          />
          {filtering ? (
            <Button
              variant="ghost"
              size="sm"
              icon={<FilterX />}
              aria-label={t("filter.clear")}
              title={t("filter.clear")}
              onClick={clearFilter}
            />
          ) : null}
          <Button
            variant="ghost"
            size="sm"
            icon={<X />}
            aria-label={t("filter.close")}
            title={t("filter.close")}
            onClick={() => {
              closeFilterBar();
              requestMapFocus();
            }}
          />
        </div>
      </div>
      {facetsOpen ? <FilterFacets id={facetsId} journeyId={journeyId} filter={filter} /> : null}
    </section>
  );
}
