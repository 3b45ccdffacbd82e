import { useEffect, useId, useState, type ReactNode } from "react";
import type { Persona } from "../../domain";
import { useT } from "../../i18n";
import { copyPersona, deletePersona, getWorkspace, restoreRemoved, showNotice } from "../../store";
import { Button } from "../../ui/Button";
import { Dialog } from "../../ui/Dialog";
import { personaHref } from "./links";
import { go } from "../../ui/navigation";
import { LazyPersonaEditor as PersonaEditor } from "./LazyPersonaEditor";

function journeyCountOf(personaId: string): number {
  return Object.values(getWorkspace().journeys).filter((j) => j.personaId === personaId).length;
}

/**
 * Edit, duplicate and delete a persona, shared by the home view and the persona page. Deleting
 * asks first when journeys would go with it, and can be undone from the notice for a while.
 */
export function usePersonaActions(options: { beforeDelete?: () => void } = {}): {
  edit: (persona: Persona) => void;
  duplicate: (persona: Persona) => void;
  remove: (persona: Persona) => void;
  dialogs: ReactNode;
} {
  const t = useT();
  const [editing, setEditing] = useState<Persona | null>(null);
  const [confirming, setConfirming] = useState<{ persona: Persona; journeys: number } | null>(null);

  const duplicate = (persona: Persona) => {
    const name = t("personaPage.copyName", { name: persona.name });
    void copyPersona(persona.id, name).then((id) => {
      if (!id) return;
      showNotice({
        tone: "success",
        message: t("personaPage.duplicated", { name }),
        action: { label: t("workspace.open"), run: () => go(personaHref(id)) },
      });
    });
  };

  const reallyDelete = (persona: Persona) => {
    options.beforeDelete?.();
    const removed = deletePersona(persona.id);
    const journeys = removed.journeys.length;
    showNotice({
      message: journeys
        ? t("personaPage.deletedWithJourneys", { name: persona.name, count: journeys })
        : t("personaPage.deleted", { name: persona.name }),
      action: { label: t("workspace.undo"), run: () => restoreRemoved(removed) },
    });
  };

  const remove = (persona: Persona) => {
    const journeys = journeyCountOf(persona.id);
    if (journeys > 0) setConfirming({ persona, journeys });
    else reallyDelete(persona);
  };

  const dialogs = (
    <>
      {editing ? <PersonaEditor persona={editing} onClose={() => setEditing(null)} /> : null}
      {confirming ? (
        <ConfirmDelete
          persona={confirming.persona}
          journeys={confirming.journeys}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            const { persona } = confirming;
            setConfirming(null);
            reallyDelete(persona);
          }}
        />
      ) : null}
    </>
  );

  return { edit: setEditing, duplicate, remove, dialogs };
}

function ConfirmDelete({
  persona,
  journeys,
  onCancel,
  onConfirm,
}: {
  persona: Persona;
  journeys: number;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const t = useT();
  const cancelId = useId();
  // An interruption starts on the safe choice: Enter keeps the persona.
  useEffect(() => document.getElementById(cancelId)?.focus(), [cancelId]);
  return (
    <Dialog
      open
      size="sm"
      role="alertdialog"
      title={t("personaPage.confirmDelete.title", { name: persona.name })}
      closeLabel={t("workspace.close")}
      onClose={onCancel}
      footer={
        <>
          <Button id={cancelId} onClick={onCancel}>
            {t("workspace.cancel")}
          </Button>
          <Button variant="danger" onClick={onConfirm}>
            {t("personaPage.confirmDelete.confirm")}
          </Button>
        </>
      }
    >
      <p className="ws-confirm">{t("personaPage.confirmDelete.body", { count: journeys })}</p>
    </Dialog>
  );
}
