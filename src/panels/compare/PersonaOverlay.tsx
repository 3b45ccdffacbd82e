import { useEffect, useId, useMemo, useState } from "react";
import { overlayCurves, sharedStages, type Id, type Journey } from "../../domain";
import { formatNumber, useT } from "../../i18n";
import { openJourney, useDocument } from "../../store";
import { PersonaAvatar, PersonaAvatarMark } from "../../ui/PersonaAvatar";
import { CURVE_STYLES, CurvesChart } from "./CurvesChart";

/** How many of the latest journeys are read to find those sharing stages (each loads its cards). */
const LOOK_AT = 12;

/**
 * Several personas' journeys over the stages they share (matched by name), each curve with the
 * persona's face at its end: where one persona struggles and another does not. The journeys are
 * chosen from the list; by default, this one and those of other personas that share its stages.
 */
export function PersonaOverlay({ journey }: { journey: Journey }) {
  const t = useT();
  const summaries = useDocument((s) => s.workspace.journeys);
  const personas = useDocument((s) => s.workspace.personas);
  const opened = useDocument((s) => s.journeys);
  // This journey first, then the latest edited.
  const candidates = useMemo(
    () =>
      Object.values(summaries).sort((a, b) =>
        a.id === journey.id ? -1 : b.id === journey.id ? 1 : b.updatedAt - a.updatedAt,
      ),
    [summaries, journey.id],
  );
  const [chosen, setChosen] = useState<Id[] | null>(null);
  const shared = (id: Id) => {
    const other = opened[id];
    return other ? sharedStages(journey, other) : null;
  };
  // The latest journeys are opened so the list can say which share stages with this one.
  const looked = useMemo(() => candidates.slice(0, LOOK_AT), [candidates]);
  useEffect(() => {
    for (const summary of looked) void openJourney(summary.id);
  }, [looked]);
  // By default: this journey and, for each other persona, its latest journey sharing at least
  // two of this one's stages, as many as can be told apart.
  const defaults = useMemo(() => {
    const seen = new Set([journey.personaId]);
    const picks = [journey.id];
    for (const summary of looked) {
      if (picks.length >= CURVE_STYLES) break;
      const other = opened[summary.id];
      if (seen.has(summary.personaId) || !other || sharedStages(journey, other) < 2) continue;
      seen.add(summary.personaId);
      picks.push(summary.id);
    }
    return picks;
  }, [looked, opened, journey]);
  const picked = chosen ?? defaults;
  // A journey chosen further down the list loads when it is first overlaid.
  useEffect(() => {
    for (const id of picked) void openJourney(id);
  }, [picked]);
  const journeys = useMemo(() => picked.flatMap((id) => opened[id] ?? []), [picked, opened]);
  const overlay = useMemo(() => overlayCurves(journeys), [journeys]);
  const headingId = useId();
  const tableId = useId();
  const nameOf = (j: Pick<Journey, "title" | "personaId">) => ({
    journey: j.title.trim() || t("journey.untitled"),
    persona: personas[j.personaId]?.name.trim() || t("persona.untitled"),
  });
  const toggle = (id: Id, on: boolean) =>
    setChosen((was) => {
      const list = was ?? defaults;
      return on ? [...list, id] : list.filter((other) => other !== id);
    });

  return (
    <section className="wm-panel compare__panel compare__personas" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("compare.personas")}</h2>
      <p className="wm-hint">{t("compare.personasHint")}</p>
      <div className="compare__personas-body">
        <fieldset className="compare__pick">
          <legend>{t("compare.pick")}</legend>
          {candidates.map((summary) => {
            const on = picked.includes(summary.id);
            const names = nameOf(summary);
            const count = shared(summary.id);
            return (
              <label key={summary.id} className="compare__pick-option">
                <input
                  type="checkbox"
                  checked={on}
                  disabled={!on && picked.length >= CURVE_STYLES}
                  onChange={(event) => toggle(summary.id, event.target.checked)}
                />
                <span dir="auto">{t("compare.pickOption", names)}</span>
                {count !== null && summary.id !== journey.id ? (
                  <span className="compare__pick-shared">{t("compare.shared", { count })}</span>
                ) : null}
              </label>
            );
          })}
          {picked.length >= CURVE_STYLES ? (
            <p className="wm-hint">{t("compare.pickLimit")}</p>
          ) : null}
        </fieldset>
        <div className="compare__personas-chart">
          {journeys.length < 2 ? (
            <p className="wm-hint">{t("compare.pickMore")}</p>
          ) : (
            <>
              <CurvesChart
                stages={overlay.stages}
                series={journeys.map((j, i) => {
                  const persona = personas[j.personaId];
                  const names = nameOf(j);
                  return {
                    name: t("compare.pickOption", names),
                    scores: overlay.series[i]!.scores,
                    badge: persona ? (
                      <PersonaAvatar avatar={persona.avatar} name={names.persona} size={22} />
                    ) : undefined,
                    mark: persona
                      ? (x: number, y: number, size: number) => (
                          <PersonaAvatarMark avatar={persona.avatar} x={x} y={y} size={size} />
                        )
                      : undefined,
                  };
                })}
                labelledBy={headingId}
              />
              <table className="compare__table" aria-labelledby={tableId}>
                <caption id={tableId}>{t("compare.personasTable")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("compare.stage")}</th>
                    {journeys.map((j) => (
                      <th key={j.id} scope="col" dir="auto">
                        {nameOf(j).persona}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {overlay.stages.map((stage, row) => (
                    <tr key={row}>
                      <th scope="row" dir="auto">
                        {stage}
                      </th>
                      {overlay.series.map((series, column) => {
                        const score = series.scores[row];
                        return (
                          <td key={column}>
                            {score == null
                              ? t("compare.notScored")
                              : formatNumber(score, { maximumFractionDigits: 1 })}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      </div>
    </section>
  );
}
