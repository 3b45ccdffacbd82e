import { HocuspocusProvider } from "@hocuspocus/provider";
import { createHash } from "node:crypto";
import WebSocket from "ws";
import * as Y from "yjs";
import { expect, openApp, test } from "./support/fixtures";
import { card, journeyFile, openImportedJourney } from "./support/journey-file";
import { roomBar, startRoom } from "./support/rooms";

/** The app's token for a link's secret (src/format/room.ts). */
const tokenOf = (secret: string) =>
  createHash("sha256").update(`waymark-room-key:${secret}`).digest("base64url");

/** Connects from outside the app (a hostile client of the room), with a link's secret. */
function hostileClient(baseURL: string, link: string) {
  const [, room, , secret] = /#\/room\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(link)!;
  const doc = new Y.Doc();
  return new Promise<{ doc: Y.Doc; provider: HocuspocusProvider }>((resolve) => {
    const provider: HocuspocusProvider = new HocuspocusProvider({
      url: `${baseURL.replace(/^http/, "ws")}/rooms`,
      name: room!,
      document: doc,
      token: JSON.stringify({ token: tokenOf(secret!) }),
      ...({ WebSocketPolyfill: WebSocket } as object),
      onSynced: () => resolve({ doc, provider }),
    });
  });
}

test.describe("rooms and hostile content", () => {
  test("what another client writes into the room is checked: bad records are never drawn, text stays text", async ({
    page,
    baseURL,
  }) => {
    await openApp(page);
    await openImportedJourney(
      page,
      journeyFile({
        stages: ["Discover", "Buy"],
        cards: [
          { id: "ad", stage: 0, lane: "touchpoints", title: "Instagram ad" },
          { id: "shop", stage: 1, lane: "touchpoints", title: "Shop" },
        ],
      }),
    );
    const links = await startRoom(page, "Ana");
    const before = await page.locator(".react-flow__node").count();
    const { doc, provider } = await hostileClient(baseURL!, links.edit);
    const cards = doc.getMap<Y.Map<unknown>>("cards");
    const model = cards.get("ad")!.toJSON() as Record<string, unknown>;
    const entry = (fields: Record<string, unknown>) => {
      const map = new Y.Map<unknown>();
      for (const [key, value] of Object.entries({ ...model, ...fields }))
        if (key !== "metrics" && key !== "painPoints") map.set(key, value);
      map.set("metrics", new Y.Map());
      map.set("painPoints", new Y.Map());
      return map;
    };
    doc.transact(() => {
      // A card whose text is markup: shown as text.
      cards.set("markup", entry({ title: '<img src=x onerror="window.__pwned=1">' }));
      // Records that fail the file format's schema: never drawn.
      cards.set("evil-kind", entry({ kind: "<script>", title: "Evil kind" }));
      cards.set("no-stage", entry({ stage: 42, title: "No stage" }));
      cards.set("huge", entry({ title: "x".repeat(100_000) }));
      cards.set("not-a-map", "just a string" as never);
      // A field of a good card damaged: the card keeps what it last read well.
      cards.get("shop")!.set("title", { nested: "object" });
      doc.getMap("links").set("dangling", { from: "nowhere", to: "ad", kind: "flow" });
    });

    await expect(card(page, 'Touchpoint: <img src=x onerror="window.__pwned=1">')).toBeVisible();
    await expect(page.locator(".react-flow__node")).toHaveCount(before + 1);
    await expect(card(page, "Touchpoint: Shop")).toBeVisible();
    await expect(page.getByText("Evil kind")).toHaveCount(0);
    await expect(page.getByText("No stage")).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(roomBar(page)).toContainText("Live");
    // ...and the person is told that something from the room was left out.
    await expect(roomBar(page)).toContainText(/\d+ records from the room could not be read/);
    provider.destroy();
  });
});
