import "server-only";
import { unstable_noStore } from "next/cache";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/server/create-prisma-client";
import { env, isBuildPhase } from "@/lib/server/env";

// One client per process, created on first use: `next build` imports pages in worker processes
// that must not open (and lock) the embedded database.
const globalForDb = globalThis as unknown as { ppidDb?: PrismaClient };

export function db(): PrismaClient {
  // `next build` has no database: a page that reads it directly (not through the public cache,
  // lib/server/public-cache.ts) is rendered per request instead of prerendered.
  if (isBuildPhase()) unstable_noStore();
  globalForDb.ppidDb ??= createPrismaClient({ DATABASE_URL: env().DATABASE_URL, DATABASE_POOL_MAX: env().DATABASE_POOL_MAX });
  return globalForDb.ppidDb;
}

/** At shutdown (lib/server/graceful-shutdown.ts): closes the client if this process opened one. */
export async function closeDb(): Promise<void> {
  await globalForDb.ppidDb?.$disconnect();
}

/** Tests install their own client (in-memory PGlite or a throw-away PostgreSQL schema). */
export function setDbForTests(client: PrismaClient | undefined): void {
  globalForDb.ppidDb = client;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
