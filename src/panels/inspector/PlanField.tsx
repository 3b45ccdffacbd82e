import { ListChecks, Plus } from "lucide-react";
import { actionsOfCard, type Journey, type JourneyElement } from "../../domain";
import { useT } from "../../i18n";
import { makeActionFromCard, showActionOnPlan } from "../../store";
import { Button } from "../../ui/Button";

/**
 * The actions of the plan that fix this card, each leading to the plan, and the way to make one
 * from the card (its title and owner carried over).
 */
export function PlanField({ journey, element }: { journey: Journey; element: JourneyElement }) {
  const t = useT();
  const actions = actionsOfCard(journey, element.id);
  const openOnPlan = (actionId: string) => {
    showActionOnPlan(actionId);
    // The route is the app's; this panel only names it.
    window.location.assign(`#/journey/${journey.id}/plan`);
  };
  return (
    <section className="inspector__section" aria-labelledby="plan-heading">
      <h3 id="plan-heading" className="inspector__label">
        {t("plan.inspector")}
      </h3>
      {actions.length ? (
        <ul className="inspector__plan">
          {actions.map((action) => {
            const title = action.title.trim() || t("plan.newTitle");
            return (
              <li key={action.id}>
                <Button
                  variant="ghost"
                  size="sm"
                  icon={<ListChecks />}
                  aria-label={t("plan.openAction", { title })}
                  onClick={() => openOnPlan(action.id)}
                >
                  <span dir="auto">{title}</span>
                  {` · ${t(`plan.status.${action.status}`)}`}
                </Button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="inspector__hint">{t("plan.cardNone")}</p>
      )}
      <Button
        size="sm"
        icon={<Plus />}
        onClick={() => {
          const id = makeActionFromCard(journey.id, element.id);
          if (id) openOnPlan(id);
        }}
      >
        {t("plan.make")}
      </Button>
    </section>
  );
}
