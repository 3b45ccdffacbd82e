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

  it("refuse a made-up kind of link or a malformed room", () => {
    const word = newRoomWord();
    expect(parseRoomPath(`/room/${word}/admin/${word}`)).toBeNull();
    expect(parseRoomPath(`/room/abc/edit/${word}`)).toBeNull();
    expect(parseRoomPath(`/journey/${word}`)).toBeNull();
  });
});
