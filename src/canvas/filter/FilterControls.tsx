import { SlidersHorizontal, X } from "lucide-react";
import { activeFilterParts, type CardFilter } from "../../domain";
import { useT } from "../../i18n";
import { setFilter } from "../../store";
import { Button } from "../../ui/Button";

/**
 * What the map's find bar and the table's share: the button that folds the filters out (with how
 * many are set) and, when a figure of the Insights chose the cards, the chip that names them.
 */
export function FilterControls({
  journeyId,
  filter,
  facetsId,
  facetsOpen,
  onFacetsOpen,
}: {
  journeyId: string;
  filter: CardFilter;
  facetsId: string;
  facetsOpen: boolean;
  onFacetsOpen: (open: boolean) => void;
}) {
  const t = useT();
  const parts = activeFilterParts(filter);
  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        icon={<SlidersHorizontal />}
        aria-expanded={facetsOpen}
        aria-controls={facetsId}
        onClick={() => onFacetsOpen(!facetsOpen)}
      >
        {parts ? t("filter.facetsCount", { count: parts }) : t("filter.facets")}
      </Button>
      {filter.cards ? (
        <span className="filter-bar__chip">
          <span dir="auto">{t("filter.cards", { label: filter.cards.label })}</span>
          <button
            type="button"
            className="filter-bar__chip-remove"
            aria-label={t("filter.cardsRemove")}
            title={t("filter.cardsRemove")}
            onClick={() => setFilter(journeyId, { cards: null })}
          >
            <X size={14} aria-hidden="true" />
          </button>
        </span>
      ) : null}
    </>
  );
}
