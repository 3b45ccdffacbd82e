import {
  journeysOfPersona,
  lastEditedOfPersona,
  type JourneySummary,
  type Persona,
  type WorkspaceIndex,
} from "../../domain";
import type { HomeSort } from "../../store";

/**
 * What the home view lists, derived from the workspace: personas with their journeys, filtered by
 * a search and sorted. Pure, so the rules are tested without rendering.
 */
export interface JourneyEntry {
  journey: JourneySummary;
  /** A future state listed under the current state it was made from. */
  nested: boolean;
}

export interface PersonaEntry {
  persona: Persona;
  /** Every journey of the persona, whatever the search shows. */
  journeyCount: number;
  lastEdited: number;
  journeys: JourneyEntry[];
}

/** Letters with a stroke rather than an accent, which Unicode does not decompose. */
const STROKED: Record<string, string> = { ł: "l", đ: "d", ø: "o", ı: "i", ħ: "h" };

/** Lower case without accents or other marks, so "cafe" finds "Café" and "lodz" finds "Łódź". */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase()
    .replace(/[łđøıħ]/g, (c) => STROKED[c] ?? c);
}

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

/** Journeys of a persona, each current state followed by its future states, as groups. */
function journeyGroups(workspace: WorkspaceIndex, persona: Persona): JourneySummary[][] {
  const groups: JourneySummary[][] = [];
  for (const journey of journeysOfPersona(workspace, persona.id)) {
    const last = groups[groups.length - 1];
    const nestsUnder =
      journey.state === "future" &&
      last !== undefined &&
      journey.currentStateId !== null &&
      last[0]!.id === journey.currentStateId;
    if (nestsUnder) last.push(journey);
    else groups.push([journey]);
  }
  return groups;
}

function latestOf(group: JourneySummary[]): number {
  return Math.max(...group.map((j) => j.updatedAt));
}

export function buildHomeList(
  workspace: WorkspaceIndex,
  query: string,
  sort: HomeSort,
): PersonaEntry[] {
  const needle = foldForSearch(query.trim());
  const entries: PersonaEntry[] = [];
  for (const persona of Object.values(workspace.personas)) {
    let groups = journeyGroups(workspace, persona);
    const journeyCount = groups.reduce((n, g) => n + g.length, 0);
    if (needle) {
      const personaMatches = foldForSearch(persona.name).includes(needle);
      if (!personaMatches) {
        // Only the journeys that match, each keeping its current state for context when a
        // future state matches.
        groups = groups
          .map((group) => {
            const hits = group.filter((j) => foldForSearch(j.title).includes(needle));
            if (hits.length === 0) return [];
            return hits[0] === group[0] ? hits : [group[0]!, ...hits];
          })
          .filter((group) => group.length > 0);
        if (groups.length === 0) continue;
      }
    }
    if (sort === "edited") groups.sort((a, b) => latestOf(b) - latestOf(a));
    else groups.sort((a, b) => collator.compare(a[0]!.title, b[0]!.title));
    entries.push({
      persona,
      journeyCount,
      lastEdited: lastEditedOfPersona(workspace, persona.id),
      journeys: groups.flatMap((group) => group.map((journey, i) => ({ journey, nested: i > 0 }))),
    });
  }
  entries.sort((a, b) =>
    sort === "edited"
      ? b.lastEdited - a.lastEdited || collator.compare(a.persona.name, b.persona.name)
      : collator.compare(a.persona.name, b.persona.name) || b.lastEdited - a.lastEdited,
  );
  return entries;
}
