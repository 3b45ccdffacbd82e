import type { HocuspocusProvider } from "@hocuspocus/provider";
import type { Id } from "../domain";
import { parseRoomLead, type RoomLead } from "../format/room";
import { t as translate } from "../i18n";
import { editorStore, getJourney, sessionStore, timerRemaining } from "../store";
import { keepOwnerLead, roomStore } from "../store/room";

/**
 * The facilitator's lead ("Follow me", "Bring everyone here", the workshop timer, locks) through
 * stateless messages: the room's owner sends where they are and how their timer stands; the
 * server relays it from the owner only, so a participant cannot move anyone's view; participants
 * keep the latest in the room store, and their map and presentation follow it.
 */
export function shareLead(provider: HocuspocusProvider, journeyId: Id): () => void {
  const receive = ({ payload }: { payload: string }) => {
    const lead = parseRoomLead(payload);
    const room = roomStore.getState();
    if (!lead || room.owner || room.journeyId !== journeyId) return;
    // What is left counts from now, on this device's clock: no two clocks need agree.
    const { durationMs, remainingMs, running } = lead.timer;
    const roomTimer = {
      durationMs,
      remainingMs,
      startedAt: running ? Date.now() : null,
      sound: false,
    };
    roomStore.setState({ lead, roomTimer });
  };
  provider.on("stateless", receive);

  let sent = "";
  const send = (again = false) => {
    const room = roomStore.getState();
    if (!room.owner || room.journeyId !== journeyId) return;
    const timer = sessionStore.getState().timer;
    const lead: RoomLead = {
      type: "lead",
      name: sessionStore.getState().presence?.name ?? translate("rooms.lead.facilitator"),
      stage: room.place,
      following: room.leading,
      summon: room.summons,
      timer: {
        durationMs: timer.durationMs,
        remainingMs: timerRemaining(timer, Date.now()),
        running: timer.startedAt !== null,
      },
      lock: room.locking,
    };
    const text = JSON.stringify(lead);
    if (text === sent && !again) return;
    sent = text;
    keepOwnerLead();
    provider.sendStateless(text);
  };
  // Sent a moment later, so a lead and the place it starts from (set in the same turn) go as one.
  let queued = false;
  const stopRoom = roomStore.subscribe((state, previous) => {
    if (
      queued ||
      (state.place === previous.place &&
        state.leading === previous.leading &&
        state.summons === previous.summons &&
        state.locking === previous.locking)
    )
      return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      send();
    });
  });
  const stopTimer = sessionStore.subscribe((state, previous) => {
    if (state.timer !== previous.timer) send();
  });
  // The owner's place is also the stage of the card they choose.
  const stopSelection = editorStore.subscribe((state, previous) => {
    if (state.selectedCards === previous.selectedCards || state.selectedCards.length !== 1) return;
    const card = getJourney(journeyId)?.elements[state.selectedCards[0]!];
    if (card && roomStore.getState().owner) roomStore.setState({ place: card.stageId });
  });
  // Whoever arrives, or this browser coming back, is told where the lead is.
  const onArrival = ({ added }: { added: number[] }) => {
    if (added.length > 0) send(true);
  };
  provider.awareness?.on("change", onArrival);
  const onSynced = () => send(true);
  provider.on("synced", onSynced);

  return () => {
    provider.off("stateless", receive);
    provider.off("synced", onSynced);
    provider.awareness?.off("change", onArrival);
    stopRoom();
    stopTimer();
    stopSelection();
  };
}
