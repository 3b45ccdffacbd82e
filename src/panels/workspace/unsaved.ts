import { useT } from "../../i18n";
import type { UnsavedChanges } from "../../ui/Dialog";

/** A workspace form's unsaved input, with the words of "Discard changes?". */
export function useUnsaved(changed: boolean): UnsavedChanges {
  const t = useT();
  return {
    changed,
    title: t("unsaved.title"),
    body: t("unsaved.body"),
    discard: t("unsaved.discard"),
    keep: t("unsaved.keep"),
  };
}
