import type pg from "pg";
import type { PGliteOptions } from "@electric-sql/pglite";

export type PgliteThread = {
  /** The folder of the Unix socket `.s.PGSQL.5432` (a `pg` host). */
  socketDir: string;
  /** Settles when the database is open (or failed to open). */
  ready: Promise<void>;
  /** A pool of `max` connections; they wait until the database is open. */
  pool(max: number): pg.Pool;
  /** Ends the pools, closes PGlite and ends its thread. */
  close(): Promise<void>;
};

/** Starts PGlite (dataDir, or in memory for null) in its own thread. */
export declare function startPgliteWorker(options?: { dataDir?: string | null; options?: PGliteOptions }): PgliteThread;
