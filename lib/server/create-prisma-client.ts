import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { acquirePgliteLock, resolveDatabaseUrl } from "@/scripts/pglite-lock.mjs";

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
  const pglite = target.dataDir ? new PGlite(target.dataDir) : new PGlite();
  return withPgliteClose(new PrismaClient({ adapter: new PrismaPGlite(pglite) }), pglite, release);
}

const pglites = new WeakMap<PrismaClient, PGlite>();

/** The embedded database behind a client (the job engine talks to it directly), or null on PostgreSQL. */
export function pgliteOf(client: PrismaClient): PGlite | null {
  return pglites.get(client) ?? null;
}

/** The PGlite adapter never closes PGlite, and an open PGlite keeps Node alive. */
export function withPgliteClose(client: PrismaClient, pglite: PGlite, release: () => void): PrismaClient {
  pglites.set(client, pglite);
  const disconnect = client.$disconnect.bind(client);
  client.$disconnect = async () => {
    await disconnect();
    if (!pglite.closed) await pglite.close();
    release();
  };
  return client;
}
