// Starts the embedded database in its own thread (scripts/pglite-server.mjs) and gives `pg` pools
// on it: the app's Prisma client (@prisma/adapter-pg, the same path as on PostgreSQL) and the job
// engine each get one. Their connections wait until the database is open; close() ends the pools,
// closes PGlite (its data folder then needs no recovery) and ends the thread. The lock file on the
// data folder stays with the caller (the thread is in the same process, scripts/pglite-lock.mjs).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { PROJECT_ROOT } from "./pglite-lock.mjs";

export function startPgliteWorker({ dataDir = null, options = {} } = {}) {
  // Not `import { Worker }`: Turbopack rewrites a visible `new Worker(path)` into a bundled worker.
  const { Worker } = process.getBuiltinModule("node:worker_threads");
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), "pglite-"));
  const worker = new Worker(path.join(PROJECT_ROOT, "scripts", "pglite-server.mjs"), {
    workerData: { dataDir, socketPath: path.join(socketDir, ".s.PGSQL.5432"), options },
  });
  const exited = new Promise((resolve) => worker.once("exit", resolve));
  const ready = new Promise((resolve, reject) => {
    worker.on("message", (msg) => {
      if (msg?.type === "ready") resolve();
      else if (msg?.type === "error") reject(new Error(`PGlite did not open: ${msg.message}`));
      else if (msg?.type === "closed" && msg.error) console.error("[pglite] not closed cleanly", msg.error);
    });
    worker.once("error", reject);
    void exited.then((code) => reject(new Error(`the PGlite thread ended (exit code ${code})`)));
  });
  ready.catch(() => {}); // each connection attempt reports it

  class WaitingClient extends pg.Client {
    connect(callback) {
      const connecting = ready.then(() => super.connect());
      if (!callback) return connecting;
      connecting.then(() => callback(undefined), callback);
      return undefined;
    }
  }

  const pools = [];
  let closing = null;
  return {
    socketDir,
    ready,
    /** A pool of `max` connections to the embedded database (PGlite runs them one at a time). */
    pool(max) {
      if (closing) throw new Error("the embedded database is closed");
      const pool = new pg.Pool({ host: socketDir, port: 5432, user: "postgres", database: "postgres", max, idleTimeoutMillis: 0, Client: WaitingClient });
      pool.on("error", (error) => console.error("[pglite] idle connection", error));
      pools.push(pool);
      return pool;
    },
    close() {
      closing ??= (async () => {
        await Promise.all(pools.map((pool) => (pool.ended ? null : pool.end().catch(() => {}))));
        worker.postMessage({ type: "close" });
        await exited;
        fs.rmSync(socketDir, { recursive: true, force: true });
      })();
      return closing;
    },
  };
}
