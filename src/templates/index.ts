import { addMessages } from "../i18n";
import { templatesEn } from "../i18n/en/templates";
import { templatesFa } from "../i18n/fa/templates";
import { templatesPl } from "../i18n/pl/templates";
import { bankTemplate } from "./bank";
import { groceryTemplate } from "./grocery";
import { hotelTemplate } from "./hotel";
import { saasSupportTemplate } from "./saas-support";
import type { JourneyTemplate } from "./types";

export type { JourneyTemplate, TemplateId } from "./types";
export { TemplateBuilder, channel, owner } from "./builder";
export type { CardSpec, PersonaSpec, TemplateContext } from "./builder";
export { bankTemplate, groceryTemplate, hotelTemplate, saasSupportTemplate };

// The templates' texts load with them, not with the first page: in every language, so a map made
// from a template speaks the language the person has at that moment.
addMessages("en", templatesEn);
addMessages("pl", templatesPl);
addMessages("fa", templatesFa);

/** Every template, in the order offered to people; the first is the first-run sample. */
export const TEMPLATES: readonly JourneyTemplate[] = [
  groceryTemplate,
  bankTemplate,
  hotelTemplate,
  saasSupportTemplate,
];

export function templateById(id: string): JourneyTemplate | undefined {
  return TEMPLATES.find((template) => template.id === id);
}
