import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import * as Y from "yjs";
import type { RoomKeys, RoomRole } from "../format/room";

/**
 * Where rooms live on the server: one SQLite file holding each room's document (its Yjs state,
 * as Hocuspocus hands it over) and the hashes of the tokens that open it.
 */
export interface RoomStore {
  file: string;
  keys(room: string): RoomKeys | null;
  create(room: string, keys: RoomKeys): boolean;
  rekey(room: string, role: RoomRole, hash: string): void;
  load(room: string): Uint8Array | null;
  save(room: string, state: Uint8Array): void;
  count(): number;
  close(): void;
}

export function openRoomStore(folder: string): RoomStore {
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, "rooms.sqlite");
  const db = new Database(file);
  // WAL: a write is one append and an fsync, and reads never wait for it.
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec(`
    CREATE TABLE IF NOT EXISTS rooms (
      name TEXT PRIMARY KEY,
      keys TEXT NOT NULL,
      created INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS documents (
      name TEXT PRIMARY KEY,
      state BLOB NOT NULL,
      updated INTEGER NOT NULL
    );
  `);
  const selectKeys = db.prepare<[string], { keys: string }>(
    "SELECT keys FROM rooms WHERE name = ?",
  );
  const insertRoom = db.prepare(
    "INSERT OR IGNORE INTO rooms (name, keys, created) VALUES (?, ?, ?)",
  );
  const updateKeys = db.prepare("UPDATE rooms SET keys = ? WHERE name = ?");
  const selectState = db.prepare<[string], { state: Buffer }>(
    "SELECT state FROM documents WHERE name = ?",
  );
  const upsertState = db.prepare(
    `INSERT INTO documents (name, state, updated) VALUES (?, ?, ?)
     ON CONFLICT(name) DO UPDATE SET state = excluded.state, updated = excluded.updated`,
  );
  const countRooms = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM rooms");

  const keys = (room: string): RoomKeys | null => {
    const row = selectKeys.get(room);
    return row ? (JSON.parse(row.keys) as RoomKeys) : null;
  };

  return {
    file,
    keys,
    create: (room, roomKeys) =>
      insertRoom.run(room, JSON.stringify(roomKeys), Date.now()).changes === 1,
    rekey(room, role, hash) {
      const current = keys(room);
      if (current) updateKeys.run(JSON.stringify({ ...current, [role]: hash }), room);
    },
    load: (room) => {
      const row = selectState.get(room);
      return row ? new Uint8Array(row.state) : null;
    },
    // Merged with what is stored: several server processes (scaled out through Redis) store the
    // same room, and one that has not yet heard an update must not write it out of the file.
    save: db.transaction((room: string, state: Uint8Array) => {
      const stored = selectState.get(room);
      const merged = stored ? Y.mergeUpdates([new Uint8Array(stored.state), state]) : state;
      upsertState.run(room, Buffer.from(merged), Date.now());
    }),
    count: () => countRooms.get()?.n ?? 0,
    close: () => db.close(),
  };
}
