export { FORMAT_VERSION, FILE_EXTENSION, FILE_MIME, FILE_TYPE } from "./version";
export { LIMITS } from "./limits";
export type { Damage, DamagePath, FormatError, Result } from "./errors";
export { damaged, formatPath } from "./errors";
export { damageOf } from "./zod-issues";
export {
  MIGRATIONS,
  migrate,
  MigrationError,
  type Migration,
  type MigratableDocument,
} from "./migrations";
export { parseWaymarkText, readWaymarkFile, checkFileSize, type ParsedFile } from "./parse";
export { serializeJourney, serializeWorkspace, type SerializeOptions } from "./serialize";
export { planImport, type ImportPlan } from "./import-plan";
export { journeyFromFile, journeyToFile, personaFromFile, personaToFile } from "./convert";
export { checkJourney } from "./consistency";
export { blobToDataUrl, bytesToDataUrl, dataUrlToBytes } from "./data-url";
export * from "./schema";
export { z } from "./zod-config";
export * from "./doc-schema";
export {
  CSV_COLUMNS,
  cardsFromCsv,
  type CsvCard,
  type CsvColumn,
  type CsvVocabulary,
} from "./csv-cards";
export {
  snapshotFromFile,
  snapshotFromStored,
  snapshotToFile,
  snapshotToStored,
  type StoredSnapshot,
} from "./snapshot";
