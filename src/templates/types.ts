import type { Journey, Persona } from "../domain";
import type { MessageKey } from "../i18n";
import type { TemplateContext } from "./builder";

export type TemplateId = "grocery" | "bank" | "hotel" | "saasSupport";

export interface JourneyTemplate {
  id: TemplateId;
  name: MessageKey;
  description: MessageKey;
  build(context: TemplateContext): { persona: Persona; journey: Journey };
}
