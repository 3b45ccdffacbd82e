import { JourneyToolbar } from "../canvas/JourneyToolbar";

/** The header's place for the open journey's tools; the canvas owns what goes in it. */
export function JourneyToolbarSlot({ journeyId }: { journeyId: string }) {
  return <JourneyToolbar journeyId={journeyId} />;
}
