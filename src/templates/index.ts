import { addMessages } from "../i18n";
import { templatesEn } from "../i18n/en/templates";
import { bankTemplate } from "./bank";
import { groceryTemplate } from "./grocery";
import { hotelTemplate } from "./hotel";
import { saasSupportTemplate } from "./saas-support";
import type { JourneyTemplate } from "./types";

export type { JourneyTemplate, TemplateId } from "./types";
export { TemplateBuilder, channel, owner } from "./builder";
export type { CardSpec, PersonaSpec, TemplateContext } from "./builder";
export { bankTemplate, groceryTemplate, hotelTemplate, saasSupportTemplate };

// The templates' texts load with them, not with the first page.
addMessages(templatesEn);

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
