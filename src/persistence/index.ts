export { WaymarkDatabase, DATABASE_NAME, STORES } from "./database";
export * from "./rows";
export { classifyStorageError, type StorageFailure } from "./failures";
export { openDatabase, requestPersistentStorage, type OpenResult } from "./health";
export { claimFirstRun, readMeta, writeMeta, discardQuarantined, addQuarantined } from "./meta";
