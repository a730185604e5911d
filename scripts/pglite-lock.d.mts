/** Project root (the parent folder of scripts/), against which relative pglite: paths resolve. */
export declare const PROJECT_ROOT: string;
/** Used when DATABASE_URL is unset or empty. */
export declare const DEFAULT_DATABASE_URL: "pglite:./.data/pglite";

export type DatabaseTarget =
  | { kind: "pglite"; /** absolute path; null = in-memory (pglite:memory) */ dataDir: string | null }
  | { kind: "postgres"; url: string };

/**
 * DATABASE_URL → database to open. Unset → `pglite:./.data/pglite` (relative to the project root),
 * `pglite:memory` → in-memory PGlite, `postgresql://…` → a PostgreSQL server.
 * Throws (Indonesian + English message) for any other scheme.
 */
export declare function resolveDatabaseUrl(env?: Record<string, string | undefined>): DatabaseTarget;

export interface AcquirePgliteLockOptions {
  /** How long to wait for a live holder to let go before throwing. Default 3000 ms. */
  waitMs?: number;
}

/**
 * Takes the lock file `<dataDir>.lock` (synchronously); a lock left by a dead process is taken over.
 * Throws an Error (message in Indonesian and English) when another live process holds it.
 * Returns release(); the lock is also released when the process exits.
 */
export declare function acquirePgliteLock(dataDir: string, options?: AcquirePgliteLockOptions): () => void;
