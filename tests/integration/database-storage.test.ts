import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newStorageKey, storage, storageKind } from "@/lib/server/storage";
import { databaseStorage } from "@/lib/server/storage-database";
import { resetEnvForTests, setEnvForTests } from "@/lib/server/env";
import { createTestDb, type TestDb } from "../support/test-db";

// Files in the database (several instances on one PostgreSQL): what one instance stores, any other
// reads back byte for byte, streamed in chunks; deleting removes every chunk.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const sha = (b: Buffer | Uint8Array) => createHash("sha256").update(new Uint8Array(b)).digest("hex");

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const part of stream as unknown as AsyncIterable<Uint8Array>) parts.push(part);
  return Buffer.concat(parts);
}

describe("database file storage", () => {
  it("stores a multi-chunk file and streams it back exactly; delete removes it", async () => {
    const store = databaseStorage();
    const key = newStorageKey();
    const bytes = new Uint8Array(randomBytes(700 * 1024)); // three chunks of 256 KB
    await store.put(key, bytes);
    expect(await t.client.fileChunk.count({ where: { key } })).toBe(3);
    const back = await store.get(key);
    expect(sha(await readAll(back!))).toBe(sha(bytes));
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    expect(await t.client.fileChunk.count({ where: { key } })).toBe(0);
  });

  it("stores an empty file as one empty chunk, and answers null for an unknown key", async () => {
    const store = databaseStorage();
    const key = newStorageKey();
    await store.put(key, new Uint8Array());
    expect((await readAll((await store.get(key))!)).length).toBe(0);
    expect(await store.get(newStorageKey())).toBeNull();
  });

  it("is chosen on a PostgreSQL server URL, the local folder otherwise; PPID_STORAGE overrides", () => {
    try {
      setEnvForTests({ DATABASE_URL: "postgresql://db.example/ppid", PPID_STORAGE: undefined });
      expect(storageKind()).toBe("database");
      setEnvForTests({ DATABASE_URL: "pglite:./.data/pglite", PPID_STORAGE: undefined });
      expect(storageKind()).toBe("local");
      setEnvForTests({ DATABASE_URL: "pglite:./.data/pglite", PPID_STORAGE: "database" });
      expect(storageKind()).toBe("database");
      expect(typeof storage().put).toBe("function");
    } finally {
      resetEnvForTests();
    }
  });
});
