/**
 * The banners that say what was wrong with a file or a stored record, in words that name each
 * place and field: loaded when there is something to say, not with the first page.
 */
// The damage texts arrive with this module (see views-en.ts).
import "../i18n/views-en";

export { ImportErrorBanner } from "./ImportErrorBanner";
export { QuarantineBanner } from "./QuarantineBanner";
