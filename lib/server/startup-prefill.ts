import "server-only";

// The start-up pre-fill of provisional holiday years (instrumentation.ts) may add holidays and move
// deadlines. Until it has ended the instance is not ready (/api/health answers 503): a deadline
// computed before it would count e.g. 1 January of next year as a working day, and a caller that
// waits for readiness (a load balancer, the e2e suites) sees the data as the start-up left it.
// Shutdown waits for it too (it writes to the database that is closed last).

export type StartupPrefillState = "off" | "running" | "done" | "failed";

const holder = globalThis as unknown as { ppidStartupPrefill?: { state: StartupPrefillState; ended: Promise<void> } };

/** Runs the pre-fill once per process; a failure is logged and ends the waiting (the daily job retries). */
export function runStartupPrefill(prefill: () => Promise<unknown>): void {
  if (holder.ppidStartupPrefill) return;
  const entry: { state: StartupPrefillState; ended: Promise<void> } = { state: "running", ended: Promise.resolve() };
  entry.ended = prefill().then(
    () => void (entry.state = "done"),
    (error) => {
      entry.state = "failed";
      console.error("[instrumentation] provisional years not pre-filled", error);
    },
  );
  holder.ppidStartupPrefill = entry;
}

export function startupPrefillState(): StartupPrefillState {
  return holder.ppidStartupPrefill?.state ?? "off";
}

/** Settles when the start-up pre-fill has ended (at once when there is none). */
export function startupPrefillEnded(): Promise<void> {
  return holder.ppidStartupPrefill?.ended ?? Promise.resolve();
}
