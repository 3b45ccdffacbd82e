import { getLocale, type MessageKey, type Translate } from "../../i18n";
import { showNotice, undoPersonaEdit, type PersonaEdit, type PersonaField } from "../../store";

const FIELD_LABELS: Record<PersonaField, MessageKey> = {
  name: "personaEditor.name",
  avatar: "personaEditor.avatar",
  role: "personaEditor.role",
  quote: "personaEditor.quote",
  goals: "personaEditor.goals",
  needs: "personaEditor.needs",
  frustrations: "personaEditor.frustrations",
  preferredChannels: "personaEditor.channels",
  notes: "personaEditor.notes",
};

/**
 * The Undo of "Saved changes to …": puts back what the save changed. What has been changed again
 * since stays as it is now, and the notice that follows says which fields those are.
 */
export function undoSavedPersona(edit: PersonaEdit, t: Translate): void {
  const result = undoPersonaEdit(edit);
  switch (result.outcome) {
    case "restored":
      return;
    case "partly": {
      const fields = new Intl.ListFormat(getLocale(), { type: "conjunction" }).format(
        result.kept.map((field) => t(FIELD_LABELS[field])),
      );
      showNotice({ message: t("personaEditor.undoPartly", { fields }) });
      return;
    }
    case "superseded":
      showNotice({ message: t("personaEditor.undoSuperseded", { name: result.persona.name }) });
      return;
    case "gone":
      showNotice({ message: t("personaEditor.undoGone", { name: edit.after.name }) });
  }
}
