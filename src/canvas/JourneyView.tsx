import { useT } from "../i18n";
import { useDocument } from "../store";

export function JourneyView({ journeyId }: { journeyId: string }) {
  const t = useT();
  const title = useDocument((s) => s.workspace.journeys[journeyId]?.title ?? "");
  return (
    <section aria-label={t("journey.canvas")}>
      <h1 dir="auto">{title}</h1>
    </section>
  );
}
