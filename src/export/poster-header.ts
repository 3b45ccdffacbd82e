import type { Journey } from "../domain";
import { directionOf, getLocale, t } from "../i18n";
import { isolateValue } from "../i18n/bidi";
import type { PosterGeometry, Scope } from "./geometry";
import type { PosterPersona } from "./persona";
import { mirrorIn, type Mirror } from "./mirror";
import { renderAvatar } from "./poster-avatar";
import type { PosterPen } from "./poster-pen";
import { textWidth, wrapText } from "./text-layout";
import { TEXT } from "./text-style";
import { num } from "./xml";

/**
 * The poster's header: who the journey is for (avatar, name, role, quote) beside what it is
 * (title, scenario or the stage shown, state, the persona's goals), so an image dropped into a
 * deck on its own still says whose journey it is. Without a persona, a title bar.
 */
export function drawHeader(
  pen: PosterPen,
  header: PosterGeometry["header"],
  journey: Journey,
  persona: PosterPersona | null,
  scope: Scope,
): string {
  const out: string[] = [];
  const p = pen.palette;
  const title = journey.title || t("journey.untitled");
  const subtitle = headerSubtitle(journey, scope);
  out.push(
    `<rect x="${header.x}" y="${header.y}" width="${header.width}" height="${header.height}" rx="16" fill="${p.legendFill}" stroke="${p.grid}"/>`,
  );
  const pad = 24;
  // Laid out from the start edge; a right-to-left language reads it from the right.
  const mirror = mirrorIn(header);
  if (!header.persona || !persona) {
    const chip = stateChip(pen, mirror, journey, header.x + header.width - pad, header.y + 18);
    out.push(chip.svg);
    const box = { x: header.x + pad, width: header.width - pad * 3 - chip.width };
    out.push(pen.text(title, TEXT.journeyTitle, mirror.box(box), header.y + 42, p.text));
    out.push(
      pen.text(
        subtitle,
        TEXT.journeySubtitle,
        mirror.box({ x: header.x + pad, width: header.width - pad * 2 }),
        header.y + 68,
        p.muted,
      ),
    );
    return out.join("");
  }
  // At the start: the persona.
  const avatarR = 50;
  const cx = header.x + pad + avatarR;
  const cy = header.y + header.height / 2;
  out.push(renderAvatar(persona, mirror.cx(cx), cy, avatarR, p));
  const split = header.x + Math.round(header.width * 0.5);
  const leftBox = mirror.box({ x: cx + avatarR + 20, width: split - (cx + avatarR + 20) - pad });
  out.push(
    pen.text(
      persona.name || t("persona.untitled"),
      TEXT.personaName,
      leftBox,
      header.y + 46,
      p.text,
    ),
  );
  out.push(pen.text(persona.role, TEXT.personaRole, leftBox, header.y + 72, p.muted));
  if (persona.quote.trim()) {
    const quote = t("export.poster.quote", { quote: persona.quote.trim() });
    const lines = wrapText(pen.measure, quote, TEXT.personaQuote, leftBox.width, 2);
    lines.forEach((line, i) =>
      out.push(
        pen.text(line, TEXT.personaQuote, leftBox, header.y + 102 + i * 22, p.text, {
          fit: false,
        }),
      ),
    );
  }
  out.push(
    `<path d="M${num(mirror.cx(split))} ${header.y + 20}V${header.y + header.height - 20}" stroke="${p.grid}" stroke-width="1.5"/>`,
  );
  // At the end: the journey and the persona's goals.
  const end = { x: split + pad, width: header.x + header.width - split - pad * 2 };
  const right = mirror.box(end);
  const chip = stateChip(pen, mirror, journey, end.x + end.width, header.y + 22);
  out.push(chip.svg);
  out.push(
    pen.text(
      title,
      TEXT.journeyTitle,
      mirror.box({ x: end.x, width: end.width - chip.width - 16 }),
      header.y + 46,
      p.text,
    ),
  );
  out.push(pen.text(subtitle, TEXT.journeySubtitle, right, header.y + 72, p.muted));
  const goals = persona.goals.map((g) => g.trim()).filter(Boolean);
  if (goals.length) {
    const label = t("export.poster.goals").toLocaleUpperCase();
    out.push(pen.text(label, TEXT.sectionLabel, right, header.y + 104, p.muted));
    const lines = wrapText(pen.measure, goals.join(" · "), TEXT.personaGoal, right.width, 1);
    if (lines[0])
      out.push(pen.text(lines[0], TEXT.personaGoal, right, header.y + 126, p.text, { fit: false }));
  }
  return out.join("");
}

/** Under the title: the scenario, or for one stage's image which stage of how many it is. */
function headerSubtitle(journey: Journey, scope: Scope): string {
  if (scope.kind === "stage") {
    const index = journey.stages.findIndex((s) => s.id === scope.stageId);
    const stage = journey.stages[index];
    const name = isolateValue(stage?.name ?? "", directionOf(getLocale()));
    return `${t("export.poster.stageOf", { number: index + 1, count: journey.stages.length })} · ${name}`;
  }
  return journey.scenario;
}

/** "Current state" or "Future state", as a chip ending at `endEdge` (before mirroring). */
function stateChip(
  pen: PosterPen,
  mirror: Mirror,
  journey: Journey,
  endEdge: number,
  top: number,
): { svg: string; width: number } {
  const label = t(`journeyState.${journey.state}`);
  const width = textWidth(pen.measure, label, TEXT.stateChip) + 24;
  const { x } = mirror.box({ x: endEdge - width, width });
  const { chipFill, chipText } = pen.palette;
  return {
    width,
    svg:
      `<rect x="${num(x)}" y="${num(top)}" width="${num(width)}" height="26" rx="13" fill="${chipFill}"/>` +
      pen.text(label, TEXT.stateChip, { x: x + 12, width: width - 24 }, top + 18, chipText, {
        fit: false,
      }),
  };
}
