import { readFile } from "node:fs/promises";
import * as Y from "yjs";
import { generateJourneyFile } from "../support/generate.mjs";
import { importJourneyFile, openApp } from "../support/app.mjs";
import { median, percentile } from "../support/browser.mjs";
import { journey300 } from "../support/journey300.mjs";
import { connect, newRoom, parseLink, roomToken } from "../support/room-clients.mjs";

/** Starts a room on the open journey through the app, as a person does; returns the edit link. */
async function startRoomInApp(page) {
  await page.getByRole("button", { name: "Room", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Work on this journey together" });
  await dialog.getByRole("textbox", { name: "Your name in the room" }).fill("Bench");
  await dialog.getByRole("button", { name: "Start a room" }).click();
  const edit = dialog.getByRole("textbox", { name: "Edit link" });
  await page.waitForFunction(
    () => document.querySelector(".room-bar")?.getAttribute("data-status") === "live",
  );
  const link = await edit.inputValue();
  await dialog.getByRole("button", { name: "Close" }).first().click();
  return link;
}

/** Resident memory of a process, in MB (Linux). */
async function rssMb(pid) {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

/** Time from one client's edit until every other client in the room has it, per edit (ms). */
async function propagation(url, clients, edits) {
  const room = newRoom();
  const members = [await connect(url, room, { create: true })];
  for (let i = 1; i < clients; i++) members.push(await connect(url, room));
  const times = [];
  for (let i = 0; i < edits; i++) {
    const author = members[i % members.length];
    const key = `edit-${i}`;
    const arrived = members
      .filter((member) => member !== author)
      .map(
        ({ doc }) =>
          new Promise((resolve) => {
            const cards = doc.getMap("cards");
            const check = () => {
              if (!cards.has(key)) return;
              cards.unobserve(check);
              resolve(performance.now());
            };
            cards.observe(check);
          }),
      );
    const start = performance.now();
    author.doc.getMap("cards").set(key, { title: `Card ${i}`, at: Date.now() });
    const last = Math.max(...(await Promise.all(arrived)));
    times.push(last - start);
  }
  for (const { provider } of members) provider.destroy();
  return times;
}

/** Rooms: edits reaching everyone, the server's memory, and joining a big journey's room. */
export const rooms = {
  name: "room",
  description:
    "edits reaching 30 and 100 clients, server memory with 100 rooms, joining a 1,000-card room, a phone's first card",
  browser: true,
  async run({ baseURL, browser, serverPid, note }) {
    const results = {};
    const url = `${baseURL.replace(/^http/, "ws")}/rooms`;

    for (const clients of [30, 100]) {
      const times = await propagation(url, clients, 60);
      results[`room.propagate.p95_ms@${clients}`] = percentile(times, 95);
      note(
        `propagate@${clients}: median ${median(times).toFixed(1)} ms over 60 edits, each by the next client in turn`,
      );
    }

    // 100 rooms each holding a 300-card journey as the app writes it, each with a client in it.
    {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await openApp(page, baseURL);
      await importJourneyFile(page, journey300());
      const link = parseLink(await startRoomInApp(page));
      const source = await connect(
        url,
        { room: link.room },
        {
          token: async () => JSON.stringify({ token: await roomToken(link.secret) }),
        },
      );
      const state = Y.encodeStateAsUpdate(source.doc);
      await context.close();
      const before = await rssMb(serverPid);
      const open = [source];
      for (let i = 1; i < 100; i++) {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, state);
        open.push(await connect(url, newRoom(), { create: true, doc }));
      }
      // Give the server a moment to settle (stores, garbage collection) before reading it.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      results["room.server_rss_mb@100"] = await rssMb(serverPid);
      note(
        `server_rss@100: ${before.toFixed(0)} MB with one room, a 300-card journey's document is ${(state.byteLength / 1024).toFixed(0)} KB`,
      );
      for (const { provider } of open) provider.destroy();
    }

    // Joining a room that holds a 1,000-card journey, from a fresh browser, until the map is drawn.
    {
      const owner = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await owner.newPage();
      await openApp(page, baseURL);
      await importJourneyFile(page, generateJourneyFile(1000));
      const link = await startRoomInApp(page);
      const times = [];
      for (let run = 0; run < 5; run++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const joiner = await context.newPage();
        await joiner.goto(link);
        await joiner.getByRole("textbox", { name: "Your name in the room" }).fill(`Joiner ${run}`);
        const started = Date.now();
        await joiner.getByRole("button", { name: "Join the room" }).click();
        // The map opens on its first stages: drawn once the first card is.
        await joiner.waitForFunction(
          () =>
            [...document.querySelectorAll(".react-flow__node")].some((node) =>
              node.textContent?.includes("Card 1:"),
            ),
          null,
          { timeout: 60_000, polling: "raf" },
        );
        await joiner.evaluate(
          () =>
            new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        times.push(Date.now() - started);
        await context.close();
      }
      await owner.close();
      results["room.join_ms@1000"] = median(times);
      note(`join@1000: median of 5 fresh browsers, ${times.join(", ")} ms`);
    }

    // A phone scanning the room's code in a workshop: from opening the link to its first card
    // reaching the room, on a 300-card journey. The machine's part only: a person adds the time to
    // type a name, tap three times and type the card.
    {
      const owner = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await owner.newPage();
      await openApp(page, baseURL);
      await importJourneyFile(page, journey300());
      const link = await startRoomInApp(page);
      const { secret, room } = parseLink(link);
      const watcher = await connect(
        url,
        { room },
        { token: async () => JSON.stringify({ token: await roomToken(secret) }) },
      );
      const cards = watcher.doc.getMap("cards");
      const arrived = (title) =>
        new Promise((resolve) => {
          const check = () => {
            for (const card of cards.values())
              if (card.get?.("title") === title) {
                cards.unobserveDeep(check);
                resolve(Date.now());
                return;
              }
          };
          cards.observeDeep(check);
        });
      const times = [];
      for (let run = 0; run < 5; run++) {
        const context = await browser.newContext({
          viewport: { width: 390, height: 844 },
          hasTouch: true,
          isMobile: true,
        });
        const phone = await context.newPage();
        const title = `From a phone ${run}`;
        const reached = arrived(title);
        const started = Date.now();
        await phone.goto(link);
        await phone.getByRole("textbox", { name: "Your name in the room" }).fill(`Phone ${run}`);
        await phone.getByRole("button", { name: "Join the room" }).tap();
        await phone.getByRole("button", { name: "Add a card" }).tap();
        await phone.getByRole("button", { name: "Touchpoint", exact: true }).tap();
        await phone.locator(".phone-capture__lane").first().tap();
        await phone.getByRole("textbox", { name: "Text" }).fill(title);
        await phone.getByRole("textbox", { name: "Text" }).press("Enter");
        times.push((await reached) - started);
        await context.close();
      }
      watcher.provider.destroy();
      await owner.close();
      results["room.phone_first_card_ms"] = median(times);
      note(
        `phone_first_card: median of 5 fresh 390x844 touch browsers, link opened to card in the room, ${times.join(", ")} ms`,
      );
    }
    return results;
  },
};
