import "server-only";
import { db } from "@/lib/server/db";
import type { StorageBackend } from "@/lib/server/storage";

// Files in PostgreSQL itself (issue: several instances on one database): every instance reads the
// same files, and a database backup carries files and data together. The bytes live in their own
// table "file_chunk" (256 KB rows), which no register query touches; downloads stream chunk by chunk.

const CHUNK_BYTES = 256 * 1024;

export function databaseStorage(): StorageBackend {
  return {
    async put(key, bytes) {
      const chunks = Math.max(1, Math.ceil(bytes.length / CHUNK_BYTES));
      // A burst of uploads (request intake) queues for the pool: wait for a connection, not 2 s.
      await db().$transaction(async (tx) => {
        for (let i = 0; i < chunks; i++) {
          const part = Buffer.from(bytes.subarray(i * CHUNK_BYTES, (i + 1) * CHUNK_BYTES));
          await tx.$executeRaw`INSERT INTO "file_chunk" ("key", "idx", "bytes") VALUES (${key}, ${i}, ${part})`;
        }
      }, { maxWait: 15_000, timeout: 30_000 });
    },
    async get(key) {
      const first = await db().$queryRaw<{ n: bigint | number }[]>`SELECT count(*) AS n FROM "file_chunk" WHERE "key" = ${key}`;
      const count = Number(first[0]?.n ?? 0);
      if (count === 0) return null;
      let next = 0;
      return new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (next >= count) return controller.close();
          const rows = await db().$queryRaw<{ bytes: Uint8Array }[]>`SELECT "bytes" FROM "file_chunk" WHERE "key" = ${key} AND "idx" = ${next}`;
          next += 1;
          if (!rows[0]) return controller.error(new Error(`Missing chunk ${next - 1} of ${key}`));
          controller.enqueue(new Uint8Array(rows[0].bytes));
        },
      });
    },
    async delete(key) {
      await db().$executeRaw`DELETE FROM "file_chunk" WHERE "key" = ${key}`;
    },
  };
}
