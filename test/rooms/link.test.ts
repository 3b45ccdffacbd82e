import { newRoomWord } from "../../src/format/room";
import { parseRoomPath, roomLink, roomLinkHash } from "../../src/rooms/link";

describe("room links", () => {
  it("carry the room and secret in the fragment only, and read back", () => {
    const room = newRoomWord();
    const secret = newRoomWord();
    const link = new URL(roomLink(room, "view", secret));
    expect(link.pathname + link.search).not.toContain(secret);
    expect(link.hash).toBe(roomLinkHash(room, "view", secret));
    expect(parseRoomPath(link.hash.slice(1))).toEqual({ room, role: "view", secret });
  });

  it("carry the room server's address when it is not the page's own, and read it back", () => {
    const room = newRoomWord();
    const secret = newRoomWord();
    const server = "ws://192.168.1.20:4173/rooms";
    const link = new URL(roomLink(room, "edit", secret, server));
    expect(link.hash).toBe(`#/room/${room}/edit/${secret}/ws%3A%2F%2F192.168.1.20%3A4173%2Frooms`);
    expect(parseRoomPath(link.hash.slice(1))).toEqual({ room, role: "edit", secret, server });
  });

  it("refuse a link whose server is not a room server's address", () => {
    const word = newRoomWord();
    for (const server of ["javascript:alert(1)", "https://example.org", "%E0%A4%A", "ws://a/b?c"])
      expect(parseRoomPath(`/room/${word}/edit/${word}/${encodeURIComponent(server)}`)).toBeNull();
    expect(parseRoomPath(`/room/${word}/edit/${word}/%E0%A4%A`)).toBeNull();
  });

  it("refuse a made-up kind of link or a malformed room", () => {
    const word = newRoomWord();
    expect(parseRoomPath(`/room/${word}/admin/${word}`)).toBeNull();
    expect(parseRoomPath(`/room/abc/edit/${word}`)).toBeNull();
    expect(parseRoomPath(`/journey/${word}`)).toBeNull();
  });
});
