import "server-only";

// Graceful shutdown of an app instance (a load balancer drains it, a deploy replaces it). On SIGTERM
// or SIGINT, `next start`'s own handler closes the HTTP server — no new connections; the requests
// in flight are answered — and then calls process.exit(143 or 130). The job engine must stop with
// it, letting the jobs in flight finish (pg-boss stop, graceful), so that exit is held until the
// engine has stopped; a clean stop then exits 0 (process managers read 143 as a failure). Whatever
// hangs, the process is gone after `boundSeconds` (exit 1, logged). Last, once the HTTP server is
// closed (no request needs it any more), the database is closed (`closeLast`: the embedded PGlite
// then leaves its data folder needing no recovery).

export type ShutdownOptions = {
  /** Work that must end before the process exits (stopping the job engine). */
  stop: () => Promise<void>;
  /** Work after the HTTP server closed and stop() ended (closing the database). */
  closeLast?: () => Promise<void>;
  boundSeconds: number;
  log?: (message: string) => void;
};

const SIGNAL_EXIT_CODES = new Set([130, 143]);
const state = globalThis as unknown as { ppidShutdownInstalled?: boolean };

export function installGracefulShutdown({ stop, closeLast, boundSeconds, log = (m) => console.info(`[shutdown] ${m}`) }: ShutdownOptions): void {
  if (state.ppidShutdownInstalled) return;
  state.ppidShutdownInstalled = true;
  const exit = process.exit.bind(process);
  let stopping: Promise<boolean> | null = null;

  const begin = (signal: string) => {
    if (stopping) return;
    log(`${signal}: permintaan baru ditolak, permintaan dan tugas yang berjalan diselesaikan`);
    stopping = stop().then(
      () => true,
      (error) => {
        console.error("[shutdown] job engine did not stop cleanly", error);
        return false;
      },
    );
    setTimeout(() => {
      console.error(`[shutdown] not finished after ${boundSeconds} s; exiting`);
      exit(1);
    }, boundSeconds * 1000).unref();
  };
  process.once("SIGTERM", () => begin("SIGTERM"));
  process.once("SIGINT", () => begin("SIGINT"));

  // Next's handler exits once its HTTP server is closed: wait for the engine too.
  process.exit = ((code?: number | string | null) => {
    const asked = code === undefined || code === null ? undefined : Number(code);
    if (!stopping) return exit(asked);
    const closed = stopping.then(async (clean) => {
      if (!closeLast) return clean;
      try {
        await closeLast();
        return clean;
      } catch (error) {
        console.error("[shutdown] database not closed cleanly", error);
        return false;
      }
    });
    void closed.then((clean) => {
      const signalled = asked === undefined || SIGNAL_EXIT_CODES.has(asked);
      log(clean ? "berhenti dengan bersih" : "berhenti; mesin tugas tidak berhenti dengan bersih");
      exit(signalled ? (clean ? 0 : 1) : asked);
    });
    return undefined as never;
  }) as typeof process.exit;
}
