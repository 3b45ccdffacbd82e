import { JourneyToolbar } from "../canvas/JourneyToolbar";
import { ExportButton } from "../export/ExportButton";
import { WorkshopTools } from "../present/WorkshopTools";
import { RoomButton } from "../rooms/RoomButton";
// The texts of the views that load when opened arrive with this module (see views-en.ts).
import "../i18n/views-en";

/**
 * The header's place for the open journey's tools. Composed here because the tools come from
 * layers that must not import each other (canvas editing tools, export, presentation).
 */
export function JourneyToolbarSlot({ journeyId }: { journeyId: string }) {
  return (
    <>
      <JourneyToolbar journeyId={journeyId} />
      <ExportButton journeyId={journeyId} />
      <RoomButton journeyId={journeyId} />
      <WorkshopTools journeyId={journeyId} />
    </>
  );
}
