import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { acquirePgliteLock, resolveDatabaseUrl } from "@/scripts/pglite-lock.mjs";
import { startPgliteWorker, type PgliteThread } from "@/scripts/pglite-worker.mjs";

/**
 * Builds a Prisma client for DATABASE_URL: a PostgreSQL server (postgresql://…) or the embedded
 * PGlite database (unset → ./.data/pglite, or pglite:memory). Used by the app, the seed and tests.
 */
export function createPrismaClient(env: Record<string, string | undefined>): PrismaClient {
  const target = resolveDatabaseUrl(env);
  if (target.kind === "postgres") {
    // A bounded pool (DATABASE_POOL_MAX, default 10 per process): PostgreSQL's own limit is shared by
    // every instance, the job worker and the tag store. Bursts queue in front of it (request intake
    // does so itself), and an idle connection is given back after 30 s.
    const max = Number(env.DATABASE_POOL_MAX || 10);
    return new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url, max, idleTimeoutMillis: 30_000 }) });
  }
  const release = target.dataDir ? acquirePgliteLock(target.dataDir) : () => {};
  return clientOnPgliteThread(startPgliteWorker({ dataDir: target.dataDir }), release);
}

/** What the job engine needs of the embedded database (pg-boss's `executeSql`). */
export type PgliteSession = {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  /** Several statements in one simple query; one result per statement. */
  exec(text: string): Promise<{ rows: unknown[] }[]>;
};

const sessions = new WeakMap<PrismaClient, () => PgliteSession>();

/** The embedded database behind a client (the job engine talks to it directly), or null on PostgreSQL. */
export function pgliteOf(client: PrismaClient): PgliteSession | null {
  return sessions.get(client)?.() ?? null;
}

function sessionOn(pool: pg.Pool): PgliteSession {
  return {
    query: async (text, values) => ({ rows: (await pool.query(text, values)).rows }),
    exec: async (text) => {
      const results: pg.QueryResult | pg.QueryResult[] = await pool.query(text);
      return (Array.isArray(results) ? results : [results]).map((r) => ({ rows: r.rows ?? [] }));
    },
  };
}

/**
 * A Prisma client on PGlite in its own thread (scripts/pglite-worker.mjs): 4 connections for the
 * app, 2 for the job engine once asked for. $disconnect closes PGlite, ends the thread and lets go
 * of the data folder's lock.
 */
export function clientOnPgliteThread(thread: PgliteThread, release: () => void): PrismaClient {
  const client = new PrismaClient({ adapter: new PrismaPg(thread.pool(4)) });
  let session: PgliteSession | null = null;
  sessions.set(client, () => (session ??= sessionOn(thread.pool(2))));
  const disconnect = client.$disconnect.bind(client);
  let closing: Promise<void> | null = null;
  client.$disconnect = () =>
    (closing ??= (async () => {
      await disconnect();
      await thread.close();
      release();
    })());
  return client;
}
