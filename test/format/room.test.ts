import {
  isRoomMembership,
  isRoomServerAddress,
  isRoomWord,
  newRoomWord,
  parseRoomCredentials,
  parseRoomLead,
  parseRoomRekey,
  roomServerAddress,
  roomToken,
  tokenHash,
} from "../../src/format/room";

describe("room words, tokens and credentials", () => {
  it("makes unguessable 22-character room ids and secrets, different each time", () => {
    const words = new Set(Array.from({ length: 100 }, newRoomWord));
    expect(words.size).toBe(100);
    for (const word of words) expect(isRoomWord(word)).toBe(true);
    expect(isRoomWord("short")).toBe(false);
    expect(isRoomWord("a".repeat(21) + "/")).toBe(false);
  });

  it("derives a token from a secret, and a hash from the token, neither equal to what it came from", async () => {
    const secret = newRoomWord();
    const token = await roomToken(secret);
    expect(token).toHaveLength(43);
    expect(token).not.toContain(secret);
    expect(await roomToken(secret)).toBe(token);
    expect(await tokenHash(token)).not.toBe(token);
  });

  it("reads credentials and refuses anything else", async () => {
    const token = await roomToken(newRoomWord());
    expect(parseRoomCredentials(JSON.stringify({ token }))).toEqual({ token });
    expect(parseRoomCredentials("not json")).toBeNull();
    expect(parseRoomCredentials(JSON.stringify({ token: "x" }))).toBeNull();
    expect(parseRoomCredentials(JSON.stringify({ token, create: { edit: token } }))).toBeNull();
    expect(parseRoomCredentials(JSON.stringify({ token, owner: 5 }))).toBeNull();
    expect(parseRoomCredentials("x".repeat(5000))).toBeNull();
  });

  it("reads a rekey only with a known kind of link and a hash", () => {
    const hash = "h".repeat(43);
    expect(parseRoomRekey(JSON.stringify({ type: "rekey", role: "view", hash }))).toEqual({
      type: "rekey",
      role: "view",
      hash,
    });
    expect(parseRoomRekey(JSON.stringify({ type: "rekey", role: "owner", hash }))).toBeNull();
    expect(parseRoomRekey("{")).toBeNull();
  });

  it("accepts a membership as this browser keeps it, and refuses a damaged one", () => {
    const room = newRoomWord();
    const secret = newRoomWord();
    const author = newRoomWord();
    expect(isRoomMembership({ room, role: "contribute", secret, author })).toBe(true);
    expect(isRoomMembership({ room, role: "contribute", secret })).toBe(false);
    expect(isRoomMembership({ room, role: "admin", secret, author })).toBe(false);
    expect(isRoomMembership({ room, role: "edit", secret, author, server: "http://x" })).toBe(
      false,
    );
    expect(
      isRoomMembership({
        room,
        role: "edit",
        secret,
        author,
        secrets: { edit: secret, contribute: secret, view: secret },
      }),
    ).toBe(false);
  });
});

describe("room server addresses", () => {
  it("reads what a person types: the address npm start prints, a bare host, a wss server", () => {
    expect(roomServerAddress("http://192.168.1.20:4173")).toBe("ws://192.168.1.20:4173/rooms");
    expect(roomServerAddress(" 192.168.1.20:4173 ")).toBe("ws://192.168.1.20:4173/rooms");
    expect(roomServerAddress("https://Rooms.example.org/")).toBe("wss://rooms.example.org/rooms");
    expect(roomServerAddress("wss://rooms.example.org/team/rooms")).toBe(
      "wss://rooms.example.org/team/rooms",
    );
    expect(roomServerAddress("http://[::1]:4173")).toBe("ws://[::1]:4173/rooms");
  });

  it("refuses what cannot be a room server", () => {
    for (const typed of [
      "",
      "   ",
      "javascript:alert(1)",
      "ftp://files.example.org",
      "http://someone:secret@rooms.example.org",
      "ws://rooms.example.org/rooms?token=1",
      "ws://rooms.example.org/rooms#x",
      "http://",
      `ws://${"a".repeat(300)}.org`,
    ])
      expect(roomServerAddress(typed), typed).toBeNull();
  });

  it("accepts a link's or a setting's address only as the app itself writes one", () => {
    expect(isRoomServerAddress("ws://192.168.1.20:4173/rooms")).toBe(true);
    expect(isRoomServerAddress("wss://rooms.example.org/rooms")).toBe(true);
    expect(isRoomServerAddress("WS://ROOMS.example.org/rooms")).toBe(false);
    expect(isRoomServerAddress("https://rooms.example.org/rooms")).toBe(false);
    expect(isRoomServerAddress("ws://rooms.example.org/rooms?x")).toBe(false);
    expect(isRoomServerAddress(42)).toBe(false);
  });
});

describe("the facilitator's lead", () => {
  it("reads a lead as the owner's app sends it", () => {
    const timer = { durationMs: 300_000, remainingMs: 120_500, running: true };
    const lead = {
      type: "lead",
      name: " Ana ",
      stage: "s-2",
      following: true,
      summon: 3,
      timer,
      lock: "structure",
    };
    expect(parseRoomLead(JSON.stringify(lead))).toEqual({ ...lead, name: "Ana" });
    expect(parseRoomLead(JSON.stringify({ ...lead, stage: null }))?.stage).toBeNull();
  });

  it("refuses anything else", () => {
    const timer = { durationMs: 300_000, remainingMs: 300_000, running: false };
    const lead = {
      type: "lead",
      name: "Ana",
      stage: "s-2",
      following: true,
      summon: 3,
      timer,
      lock: "structure",
    };
    for (const bad of [
      { ...lead, type: "rekey" },
      { ...lead, name: "" },
      { ...lead, name: "x".repeat(41) },
      { ...lead, stage: "<img src=x>" },
      { ...lead, following: "yes" },
      { ...lead, summon: -1 },
      { ...lead, summon: 1.5 },
      { ...lead, timer: undefined },
      { ...lead, lock: "everything" },
      { ...lead, timer: { ...timer, durationMs: 1 } },
      { ...lead, timer: { ...timer, remainingMs: 400_000 } },
      { ...lead, timer: { ...timer, remainingMs: -1 } },
      { ...lead, timer: { ...timer, running: "yes" } },
    ])
      expect(parseRoomLead(JSON.stringify(bad)), JSON.stringify(bad)).toBeNull();
    expect(parseRoomLead("not json")).toBeNull();
    expect(parseRoomLead(JSON.stringify({ ...lead, name: "x".repeat(500) }))).toBeNull();
  });
});
