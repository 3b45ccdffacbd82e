import { journeysOfPersona } from "../../domain";
import { useT } from "../../i18n";
import { useDocument } from "../../store";
import { PersonaAvatar } from "../../ui/PersonaAvatar";
import "./home.css";

export function PersonaView({ personaId }: { personaId: string }) {
  const t = useT();
  const workspace = useDocument((s) => s.workspace);
  const persona = workspace.personas[personaId];
  if (!persona) return null;
  return (
    <section className="home" aria-labelledby="persona-title">
      <div className="home__persona-link">
        <PersonaAvatar avatar={persona.avatar} name={persona.name} size={56} />
        <h1 id="persona-title" dir="auto">
          {persona.name}
        </h1>
      </div>
      <h2>{t("persona.journeys")}</h2>
      <ul className="home__journeys">
        {journeysOfPersona(workspace, persona.id).map((journey) => (
          <li key={journey.id}>
            <a href={`#/journey/${journey.id}`} dir="auto">
              {journey.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
