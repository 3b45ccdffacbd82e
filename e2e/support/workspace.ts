import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";

/** What the first run creates (the grocery template, in English). */
export const SAMPLE = {
  persona: "Jess Morgan",
  journey: "Weekly grocery order on the phone",
  quote: "I get ten quiet minutes after bedtime",
} as const;

export const TEMPLATE_NAMES = [
  ["Grocery delivery for busy parents", "Weekly grocery order on the phone"],
  ["Opening a bank account", "Open a current account in the app"],
  ["Hotel stay", "Conference trip with a weekend stay"],
  ["SaaS support desk", "Get a failing payroll export fixed"],
] as const;

/** A real PNG drawn by the browser itself: a gradient with a disc, `width` by `height`. */
export async function pngFile(
  page: Page,
  width: number,
  height: number,
): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const base64 = await page.evaluate(
    async ([w, h]) => {
      const canvas = new OffscreenCanvas(w, h);
      const context = canvas.getContext("2d")!;
      const gradient = context.createLinearGradient(0, 0, w, h);
      gradient.addColorStop(0, "#1d4ed8");
      gradient.addColorStop(1, "#f59e0b");
      context.fillStyle = gradient;
      context.fillRect(0, 0, w, h);
      context.fillStyle = "#ffffff";
      context.beginPath();
      context.arc(w / 2, h / 2, Math.min(w, h) / 3, 0, Math.PI * 2);
      context.fill();
      const blob = await canvas.convertToBlob({ type: "image/png" });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = "";
      for (let i = 0; i < bytes.length; i += 0x8000)
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    },
    [width, height] as const,
  );
  return { name: "portrait.png", mimeType: "image/png", buffer: Buffer.from(base64, "base64") };
}

export function fixtureText(name: string): string {
  return readFileSync(
    path.join(import.meta.dirname, "../../test/fixtures/format-v1", name),
    "utf8",
  );
}

/** The persona editor dialog. */
export function personaEditor(page: Page): Locator {
  return page.getByRole("dialog", { name: /New persona|Edit “/ });
}

/** The home card of a persona (a list item holding a link named by the persona). */
export function personaCard(page: Page, name: string): Locator {
  return page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name, exact: true }) })
    .filter({ has: page.getByRole("button", { name: `Actions for ${name}` }) });
}

/** Opens a persona's page from the home view. */
export async function openPersona(page: Page, name: string): Promise<void> {
  await page.getByRole("link", { name, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

/** Runs one item of a journey's action menu on the persona page. */
export async function journeyAction(page: Page, title: string, action: string): Promise<void> {
  await page.getByRole("button", { name: `Actions for ${title}`, exact: true }).click();
  const item = page.getByRole("menuitem", { name: action });
  expect(await isOnTopAtItsCentre(item), `"${action}" is cut off or covered`).toBe(true);
  await item.click();
}

/** Waits until every edit is written to IndexedDB, so a reload right after keeps it. */
export async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.locator("[data-save-state]")).toHaveAttribute("data-save-state", "saved");
}

/** Reloads and waits for the workspace to load again. */
export async function reload(page: Page): Promise<void> {
  await waitUntilSaved(page);
  await page.reload();
  await expect(page.locator("[data-save-state]")).not.toHaveAttribute("data-save-state", "loading");
}

/** The session as stored in IndexedDB (saved a moment after it changes, not with the document). */
export async function storedSession(page: Page): Promise<Record<string, unknown> | null> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown> | null>((resolve, reject) => {
        const open = indexedDB.open("waymark");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction("session").objectStore("session").get("session");
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            db.close();
            const row = get.result as { value?: Record<string, unknown> } | undefined;
            resolve(row?.value ?? null);
          };
        };
      }),
  );
}

/**
 * Whether the middle of an element is really on top there, not cut off by an ancestor's overflow
 * or covered by something else (Playwright's own check settles for any visible sliver).
 */
export async function isOnTopAtItsCentre(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit !== null && element.contains(hit);
  });
}
