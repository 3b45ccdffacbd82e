/**
 * The version of the Waymark document format, written into every file and into IndexedDB.
 *
 * Old files must always keep opening. Never change what a version means: when the shape changes,
 * raise this number, add a numbered migration in migrations.ts that turns the previous version
 * into the new one, and freeze a fixture of the old version under test/fixtures/.
 */
export const FORMAT_VERSION = 6;

export const FILE_TYPE = "waymark";
export const FILE_EXTENSION = ".waymark.json";
export const FILE_MIME = "application/json";
