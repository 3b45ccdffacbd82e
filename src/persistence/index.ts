export { WaymarkDatabase, DATABASE_NAME } from "./database";
export * from "./rows";
export * from "./changes";
export { writeChanges } from "./write";
export { loadWorkspace, type LoadedWorkspace } from "./load";
export { createAutosave, type Autosave, type AutosaveState } from "./autosave";
export { classifyStorageError, type StorageFailure } from "./failures";
export { createTabSync, readRemoteRows, type RemoteRows, type TabSync } from "./tab-sync";
export {
  mergeRemoteRows,
  localEditsBetween,
  NO_LOCAL_EDITS,
  type LocalEdits,
  type MergeResult,
} from "./merge";
export { openDatabase, requestPersistentStorage, type OpenResult } from "./health";
export { writeMeta, writeSession, discardQuarantined } from "./meta";
