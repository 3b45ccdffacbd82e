import { ChevronDown, ChevronUp } from "lucide-react";
import { useId } from "react";
import { useT } from "../../i18n";
import { updateSession, useDocument, useSession } from "../../store";
import { PersonaAvatar } from "../../ui/PersonaAvatar";
import { journeyHref, personaHref } from "./links";
import { StateBadge } from "./parts";
import "./persona-header.css";

/**
 * Who this journey is for, above the map: avatar, name, role, quote and goals. It folds down to
 * one line to give the map room; the choice is remembered in the session.
 */
export function PersonaHeader({ journeyId }: { journeyId: string }) {
  const t = useT();
  const detailsId = useId();
  const goalsId = useId();
  const journey = useDocument((s) => s.workspace.journeys[journeyId]);
  const persona = useDocument((s) =>
    journey ? s.workspace.personas[journey.personaId] : undefined,
  );
  const current = useDocument((s) =>
    journey?.currentStateId ? s.workspace.journeys[journey.currentStateId] : undefined,
  );
  const collapsed = useSession((s) => s.personaHeaderCollapsed);
  if (!journey || !persona) return null;

  const toggle = (
    <button
      type="button"
      className="persona-header__toggle"
      aria-expanded={!collapsed}
      aria-controls={detailsId}
      title={collapsed ? t("personaHeader.show") : t("personaHeader.hide")}
      onClick={() => updateSession({ personaHeaderCollapsed: !collapsed })}
    >
      {collapsed ? (
        <ChevronDown size={18} aria-hidden="true" />
      ) : (
        <ChevronUp size={18} aria-hidden="true" />
      )}
      <span className="visually-hidden">
        {collapsed ? t("personaHeader.show") : t("personaHeader.hide")}
      </span>
    </button>
  );

  return (
    <section
      className={collapsed ? "persona-header persona-header--collapsed" : "persona-header"}
      aria-label={t("personaHeader.label")}
    >
      <PersonaAvatar avatar={persona.avatar} name={persona.name} size={collapsed ? 28 : 56} />
      <div className="persona-header__who">
        <a className="persona-header__name" href={personaHref(persona.id)} dir="auto">
          {persona.name || t("persona.untitled")}
        </a>
        {persona.role ? (
          <span className="persona-header__role" dir="auto">
            {persona.role}
          </span>
        ) : null}
        {!collapsed && persona.quote ? (
          <q className="persona-header__quote" dir="auto">
            {persona.quote}
          </q>
        ) : null}
      </div>
      <div id={detailsId} className="persona-header__details" hidden={collapsed}>
        {persona.goals.length ? (
          <div className="persona-header__goals">
            <p id={goalsId} className="persona-header__label">
              {t("personaPage.goals")}
            </p>
            <ul aria-labelledby={goalsId}>
              {persona.goals.slice(0, 3).map((goal, i) => (
                <li key={i} dir="auto">
                  {goal}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <div className="persona-header__journey">
        <StateBadge state={journey.state} />
        {journey.state === "future" && current ? (
          <span className="persona-header__from">
            {t("journeyList.futureOf")}{" "}
            <a href={journeyHref(current.id)} dir="auto">
              {current.title || t("journey.untitled")}
            </a>
          </span>
        ) : null}
      </div>
      {toggle}
    </section>
  );
}
