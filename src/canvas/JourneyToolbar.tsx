import {
  ChartColumn,
  GitCompareArrows,
  History,
  Grid2x2,
  Keyboard,
  LayoutDashboard,
  ListChecks,
  ListFilter,
  PanelRight,
  Redo2,
  Search,
  Sheet,
  Undo2,
} from "lucide-react";
import { useMemo } from "react";
import { useT } from "../i18n";
import { canRedo, canUndo, sessionStore, updateSession, useDocument, useSession } from "../store";
import { CommandButton } from "../ui/CommandButton";
import { formatKeys, useRegisterCommands, type Command } from "../ui/commands";
import { Menu } from "../ui/Menu";
import { go } from "../ui/navigation";
import { useFilterCommands } from "./filter/filter-commands";
import "./toolbar.css";

/** The journey's other views, in one menu so the header keeps room for where you are. */
const VIEWS = [
  { id: "insights", icon: <ChartColumn /> },
  { id: "table", icon: <Sheet /> },
  { id: "priorities", icon: <Grid2x2 /> },
  { id: "compare", icon: <GitCompareArrows /> },
  { id: "plan", icon: <ListChecks /> },
  { id: "snapshots", icon: <History /> },
] as const;

/**
 * Undo and redo for this journey, the inspector toggle, find, the journey's views, the shortcut
 * list and the palette.
 */
export function JourneyToolbar({ journeyId }: { journeyId: string }) {
  const t = useT();
  const undoable = useDocument((s) => canUndo(s, journeyId));
  const redoable = useDocument((s) => canRedo(s, journeyId));
  const inspectorOpen = useSession((s) => s.inspectorOpen);
  const commands = useMemo<Command[]>(
    () => [
      {
        id: "inspector.toggle",
        label: "toolbar.inspector",
        scope: "page",
        run: () => updateSession({ inspectorOpen: !sessionStore.getState().inspectorOpen }),
      },
      {
        id: "insights",
        label: "insights.open",
        description: "insights.openDescription",
        keys: [{ key: "i", alt: true }],
        scope: "page",
        // The route is the app's; the canvas layer only names it.
        run: () => go(`#/journey/${journeyId}/insights`),
      },
      {
        id: "table",
        label: "table.open",
        description: "table.openDescription",
        keys: [{ key: "t", alt: true }],
        scope: "page",
        run: () => go(`#/journey/${journeyId}/table`),
      },
      {
        id: "priorities",
        label: "priorities.open",
        description: "priorities.openDescription",
        keys: [{ key: "p", alt: true }],
        scope: "page",
        run: () => go(`#/journey/${journeyId}/priorities`),
      },
      {
        id: "compare",
        label: "compare.open",
        description: "compare.openDescription",
        keys: [{ key: "c", alt: true }],
        scope: "page",
        run: () => go(`#/journey/${journeyId}/compare`),
      },
      {
        id: "plan",
        label: "plan.open",
        description: "plan.openDescription",
        keys: [{ key: "a", alt: true }],
        scope: "page",
        run: () => go(`#/journey/${journeyId}/plan`),
      },
      {
        id: "snapshots",
        label: "snapshot.open",
        description: "snapshot.openDescription",
        keys: [{ key: "s", alt: true }],
        scope: "page",
        run: () => go(`#/journey/${journeyId}/snapshots`),
      },
    ],
    [journeyId],
  );
  useRegisterCommands(commands);
  useFilterCommands(journeyId);
  return (
    <div className="journey-toolbar" role="toolbar" aria-label={t("app.toolbar")}>
      <CommandButton command="undo" icon={<Undo2 />} disabled={!undoable} />
      <CommandButton command="redo" icon={<Redo2 />} disabled={!redoable} />
      <span className="journey-toolbar__separator" aria-hidden="true" />
      <CommandButton
        command="inspector.toggle"
        icon={<PanelRight />}
        aria-pressed={inspectorOpen}
      />
      <CommandButton command="find" icon={<ListFilter />} />
      <Menu
        label={t("toolbar.views")}
        icon={<LayoutDashboard />}
        align="start"
        items={VIEWS.map(({ id, icon }) => {
          const command = commands.find((c) => c.id === id)!;
          return {
            kind: "action" as const,
            label: `${t(command.label)} (${formatKeys(command.keys ?? [])})`,
            icon,
            onSelect: command.run,
          };
        })}
      />
      <CommandButton command="shortcuts" icon={<Keyboard />} />
      <CommandButton command="palette" icon={<Search />} />
    </div>
  );
}
