export {
  createEngine,
  PURGE_DELETED_AFTER_MS,
  type ChangeOptions,
  type Engine,
  type EngineOptions,
  type EngineState,
} from "./engine";
export { COALESCE_PAUSE_MS, HISTORY_LIMIT } from "./history";
export { createUpdateStorage, journeyDocKey, type UpdateStorage } from "./storage";
export { openTabChannel, type TabChannel, type TabMessage } from "./tab-channel";
export type { SaveState } from "./saver";
export type { DamagedRecord } from "./damage";
export { WORKSPACE_DOC } from "./workspace-doc";
export { ORIGIN } from "./origins";
export { DOCUMENT_VERSION } from "./documents";
export { createSnapshotShelf, type SnapshotShelf } from "./snapshots";
