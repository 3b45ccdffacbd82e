import { smoothPath, type JourneyState } from "../../domain";
import { getLocale, useT } from "../../i18n";
import { absoluteTime, relativeTime } from "./time";
import "./parts.css";

/** "Current state" or "Future state", told apart by shape as well as colour. */
export function StateBadge({ state }: { state: JourneyState }) {
  const t = useT();
  return (
    <span className={`ws-badge ws-badge--${state}`}>
      <span className="ws-badge__dot" aria-hidden="true" />
      {t(`journeyState.${state}`)}
    </span>
  );
}

/** "Edited 5 minutes ago", with the exact time on hover and for machines. */
export function EditedTime({ at, now, bare }: { at: number; now: number; bare?: boolean }) {
  const t = useT();
  const locale = getLocale();
  const when = relativeTime(at, now, locale, t("workspace.justNow"));
  return (
    <time
      className="ws-time"
      dateTime={new Date(at).toISOString()}
      title={absoluteTime(at, locale)}
    >
      {bare ? when : t("workspace.edited", { when })}
    </time>
  );
}

const SPARK_W = 72;
const SPARK_H = 22;

/**
 * The journey's emotion at a glance: average satisfaction per stage as a small curve. Decorative;
 * the map itself carries the numbers. Nothing is drawn while fewer than two stages are scored.
 */
/** The emotion curve in small: each stage's average satisfaction (a journey's summary holds them). */
export function EmotionSparkline({ satisfaction }: { satisfaction: readonly (number | null)[] }) {
  const t = useT();
  const step = satisfaction.length > 1 ? SPARK_W / (satisfaction.length - 1) : 0;
  const points = satisfaction.flatMap((average, i) =>
    average === null ? [] : [{ x: i * step, y: 2 + ((5 - average) / 4) * (SPARK_H - 4) }],
  );
  if (points.length < 2) return <span className="ws-spark ws-spark--empty" aria-hidden="true" />;
  return (
    <svg
      className="ws-spark"
      width={SPARK_W}
      height={SPARK_H}
      viewBox={`-2 0 ${SPARK_W + 4} ${SPARK_H}`}
      aria-hidden="true"
      focusable="false"
    >
      <line className="ws-spark__mid" x1={0} x2={SPARK_W} y1={SPARK_H / 2} y2={SPARK_H / 2} />
      <title>{t("lane.emotionCurve")}</title>
      <path className="ws-spark__line" d={smoothPath(points)} />
    </svg>
  );
}
