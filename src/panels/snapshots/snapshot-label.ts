import type { SnapshotInfo } from "../../domain";
import type { Translate } from "../../i18n";

/** What a snapshot is called: its name, or for one kept by itself, why it was kept. */
export function snapshotLabel(t: Translate, info: Pick<SnapshotInfo, "name" | "reason">): string {
  return t(`snapshot.reason.${info.reason}`, { name: info.name });
}
