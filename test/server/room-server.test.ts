// @vitest-environment node
import { newRoomWord } from "../../src/format/room";
import { join, newRoomSecrets, startTestServer, until, type Joined } from "./room-harness";

const open: Joined[] = [];
const track = (joined: Joined) => (open.push(joined), joined);
afterEach(() => {
  for (const { provider } of open.splice(0)) provider.destroy();
});

describe("the room server", () => {
  it("lets the owner start a room and brings every edit to the others", async () => {
    const { server, url } = await startTestServer();
    const room = newRoomSecrets();
    const owner = track(join(url, room, "edit", { create: true, owner: true }));
    expect(await owner.ready).toBe(true);
    owner.doc.getMap("cards").set("a", "touchpoint");

    const guest = track(join(url, room, "contribute"));
    expect(await guest.ready).toBe(true);
    await until(guest.doc, () => guest.doc.getMap("cards").get("a") === "touchpoint");
    guest.doc.getMap("cards").set("b", "pain");
    await until(owner.doc, () => owner.doc.getMap("cards").get("b") === "pain");
    await server.close();
  });

  it("refuses a link of a room that does not exist, and a made-up room", async () => {
    const { server, url, log } = await startTestServer();
    const stranger = track(join(url, newRoomSecrets(), "edit"));
    expect(await stranger.ready).toBe(false);
    expect(stranger.refusal()).toBe("no-such-room");
    expect(log.join("\n")).toMatch(/no-such-room/);
    await server.close();
  });

  it("refuses a wrong secret for a room that exists", async () => {
    const { server, url } = await startTestServer();
    const room = newRoomSecrets();
    const owner = track(join(url, room, "edit", { create: true, owner: true }));
    expect(await owner.ready).toBe(true);
    const guessed = track(
      join(url, { ...room, secrets: { ...room.secrets, edit: newRoomWord() } }, "edit"),
    );
    expect(await guessed.ready).toBe(false);
    expect(guessed.refusal()).toBe("link-revoked");
    await server.close();
  });

  it("keeps a view-only link from writing even when the app is bypassed", async () => {
    const { server, url } = await startTestServer();
    const room = newRoomSecrets();
    const owner = track(join(url, room, "edit", { create: true, owner: true }));
    expect(await owner.ready).toBe(true);
    owner.doc.getMap("cards").set("a", "touchpoint");
    const viewer = track(join(url, room, "view"));
    expect(await viewer.ready).toBe(true);
    await until(viewer.doc, () => viewer.doc.getMap("cards").has("a"));
    viewer.doc.getMap("cards").set("hostile", "x");
    // A later edit from the owner arrives at a fresh joiner, and the viewer's never does.
    owner.doc.getMap("cards").set("c", "after");
    const fresh = track(join(url, room, "view"));
    expect(await fresh.ready).toBe(true);
    await until(fresh.doc, () => fresh.doc.getMap("cards").has("c"));
    expect(fresh.doc.getMap("cards").has("hostile")).toBe(false);
    expect(owner.doc.getMap("cards").has("hostile")).toBe(false);
    await server.close();
  });

  it("keeps every room on disk through a restart on the same data folder", async () => {
    const first = await startTestServer();
    const room = newRoomSecrets();
    const owner = track(join(first.url, room, "edit", { create: true, owner: true }));
    expect(await owner.ready).toBe(true);
    owner.doc.getMap("cards").set("a", "kept");
    await new Promise((resolve) => setTimeout(resolve, 100));
    owner.provider.destroy();
    await first.server.close();

    const second = await startTestServer(first.data);
    const back = track(join(second.url, room, "view"));
    expect(await back.ready).toBe(true);
    await until(back.doc, () => back.doc.getMap("cards").get("a") === "kept");
    await second.server.close();
  });

  it("lets the owner change a link: the old one stops opening the room", async () => {
    const { server, url } = await startTestServer();
    const room = newRoomSecrets();
    const owner = track(join(url, room, "edit", { create: true, owner: true }));
    expect(await owner.ready).toBe(true);
    const { roomToken, tokenHash, newRoomWord: word } = await import("../../src/format/room");
    const next = word();
    owner.provider.sendStateless(
      JSON.stringify({ type: "rekey", role: "view", hash: await tokenHash(await roomToken(next)) }),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const old = track(join(url, room, "view"));
    expect(await old.ready).toBe(false);
    const renewed = track(join(url, { ...room, secrets: { ...room.secrets, view: next } }, "view"));
    expect(await renewed.ready).toBe(true);
    await server.close();
  });

  it("does not let someone who is not the owner change a link", async () => {
    const { server, url } = await startTestServer();
    const room = newRoomSecrets();
    const owner = track(join(url, room, "edit", { create: true, owner: true }));
    expect(await owner.ready).toBe(true);
    const guest = track(join(url, room, "edit"));
    expect(await guest.ready).toBe(true);
    const { roomToken, tokenHash } = await import("../../src/format/room");
    guest.provider.sendStateless(
      JSON.stringify({ type: "rekey", role: "view", hash: await tokenHash(await roomToken("x")) }),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const viewer = track(join(url, room, "view"));
    expect(await viewer.ready).toBe(true);
    await server.close();
  });

  it("relays the facilitator's lead from the owner only", async () => {
    const { server, url } = await startTestServer();
    const room = newRoomSecrets();
    const owner = track(join(url, room, "edit", { create: true, owner: true }));
    expect(await owner.ready).toBe(true);
    const guest = track(join(url, room, "contribute"));
    const other = track(join(url, room, "view"));
    expect(await guest.ready).toBe(true);
    expect(await other.ready).toBe(true);
    const heard: string[] = [];
    other.provider.on("stateless", ({ payload }: { payload: string }) => heard.push(payload));
    const lead = (name: string) =>
      JSON.stringify({
        type: "lead",
        name,
        stage: "s1",
        following: true,
        summon: 1,
        timer: { durationMs: 300_000, remainingMs: 300_000, running: false },
        lock: "none",
      });

    guest.provider.sendStateless(lead("Not the facilitator"));
    owner.provider.sendStateless(lead("Ana"));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard).toEqual([lead("Ana")]);
    await server.close();
  });
});
