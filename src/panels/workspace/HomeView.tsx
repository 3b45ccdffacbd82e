import { useMemo } from "react";
import { journeysOfPersona } from "../../domain";
import { useT } from "../../i18n";
import { useDocument } from "../../store";
import { PersonaAvatar } from "../../ui/PersonaAvatar";
import "./home.css";

/** The workspace: every persona with its journeys. */
export function HomeView() {
  const t = useT();
  const workspace = useDocument((s) => s.workspace);
  const personas = useMemo(
    () => Object.values(workspace.personas).sort((a, b) => a.name.localeCompare(b.name)),
    [workspace.personas],
  );
  return (
    <section className="home" aria-labelledby="home-title">
      <h1 id="home-title">{t("home.title")}</h1>
      <ul className="home__personas">
        {personas.map((persona) => (
          <li key={persona.id} className="home__persona">
            <a className="home__persona-link" href={`#/persona/${persona.id}`}>
              <PersonaAvatar avatar={persona.avatar} name={persona.name} size={44} />
              <span dir="auto">{persona.name}</span>
            </a>
            <ul className="home__journeys">
              {journeysOfPersona(workspace, persona.id).map((journey) => (
                <li key={journey.id}>
                  <a href={`#/journey/${journey.id}`} dir="auto">
                    {journey.title}
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
