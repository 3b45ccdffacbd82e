import { countCardsInLane, countCardsInStage } from "../domain";
import { useT } from "../i18n";
import { getJourney, removeJourneyLane, removeJourneyStage, showNotice, undo } from "../store";
import { Button } from "../ui/Button";
import { Dialog } from "../ui/Dialog";
import { request, useStructureRequest } from "./structure-requests";

/**
 * Removing a stage or lane asks what happens to its cards: move them to the neighbour, or remove
 * them too. Either way it is one undo step, offered again in a notice.
 */
export function RemoveStructureDialog() {
  const t = useT();
  const pending = useStructureRequest();
  if (pending?.kind !== "removeStage" && pending?.kind !== "removeLane") return null;
  const journey = getJourney(pending.journeyId);
  if (!journey) return null;
  const isStage = pending.kind === "removeStage";
  const id = isStage ? pending.stageId : pending.laneId;
  const name =
    (isStage
      ? journey.stages.find((s) => s.id === id)?.name
      : journey.lanes.find((l) => l.id === id)?.name) ?? "";
  const cards = isStage ? countCardsInStage(journey, id) : countCardsInLane(journey, id);
  const close = () => request(null);
  const remove = (choice: "moveToNeighbour" | "removeCards") => {
    const removed = isStage
      ? removeJourneyStage(journey.id, id, choice)
      : removeJourneyLane(journey.id, id, choice);
    close();
    if (removed) {
      showNotice({
        message: t(isStage ? "stage.removed" : "lane.removed", { name }),
        action: { label: t("notice.undo"), run: () => undo(journey.id) },
      });
    }
  };
  return (
    <Dialog
      open
      role="alertdialog"
      size="sm"
      title={t(isStage ? "stage.removeTitle" : "lane.removeTitle", { name })}
      closeLabel={t("dialog.close")}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>{t("dialog.cancel")}</Button>
          {cards > 0 ? (
            <>
              <Button variant="danger" onClick={() => remove("removeCards")}>
                {t("remove.withCards", { count: cards })}
              </Button>
              <Button variant="primary" onClick={() => remove("moveToNeighbour")}>
                {t(isStage ? "remove.moveToStage" : "remove.moveToLane")}
              </Button>
            </>
          ) : (
            <Button variant="danger" onClick={() => remove("removeCards")}>
              {t(isStage ? "stage.remove" : "lane.remove")}
            </Button>
          )}
        </>
      }
    >
      <p>
        {cards > 0
          ? t(isStage ? "stage.removeBody" : "lane.removeBody", { count: cards })
          : t("remove.empty")}
      </p>
    </Dialog>
  );
}
