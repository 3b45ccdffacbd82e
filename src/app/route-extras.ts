/**
 * What the journey's views other than the map show beside them (the room's link, undo and redo
 * keys, Insights' image buttons): loaded with the first of those views, not with the first page.
 */
export { JourneyShortcuts } from "../canvas/JourneyShortcuts";
export { InsightsImageButtons } from "../export/InsightsImageButtons";
export { RoomLink } from "../rooms/RoomLink";
