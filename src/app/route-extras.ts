/**
 * What the journey's views other than the map show beside them (the room's link, undo and redo
 * keys, Insights' image buttons): loaded with the first of those views, not with the first page.
 */
// The texts of the views that load when opened arrive with this module (see views-en.ts).
import "../i18n/views-en";

export { JourneyShortcuts } from "../canvas/JourneyShortcuts";
export { InsightsImageButtons } from "../export/InsightsImageButtons";
export { RoomLink } from "../rooms/RoomLink";
