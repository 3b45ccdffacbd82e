import type { Page } from "@playwright/test";

/**
 * A small storage quota for the site, enforced for real by Chromium's quota manager: set through
 * the DevTools protocol (as DevTools' "simulate custom storage quota" does) before the app first
 * opens its database, which is when the quota is taken. No root and no small disk needed.
 */
export async function limitQuota(page: Page, baseURL: string, bytes: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Storage.overrideQuotaForOrigin", {
    origin: new URL(baseURL).origin,
    quotaSize: bytes,
  });
}

/**
 * Fills the site's quota with incompressible data in a database of its own, in ever smaller
 * pieces, until the browser refuses any more. Returns how much it wrote.
 */
export async function fillQuota(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open("ballast");
      request.onupgradeneeded = () => request.result.createObjectStore("chunks");
      request.onsuccess = () => resolve(request.result);
    });
    let written = 0;
    for (const size of [1024 * 1024, 64 * 1024, 4 * 1024]) {
      for (let i = 0; i < 400; i++) {
        const chunk = new Uint8Array(size);
        for (let j = 0; j < size; j += 65536)
          crypto.getRandomValues(chunk.subarray(j, Math.min(size, j + 65536)));
        const stored = await new Promise<boolean>((resolve) => {
          const tx = db.transaction("chunks", "readwrite");
          tx.objectStore("chunks").put(chunk, `${size}/${i}`);
          tx.oncomplete = () => resolve(true);
          tx.onabort = () => resolve(false);
        });
        if (!stored) break;
        written += size;
      }
    }
    db.close();
    return written;
  });
}

/** Room again: the ballast goes. */
export async function emptyQuota(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase("ballast");
        request.onsuccess = () => resolve();
      }),
  );
}
