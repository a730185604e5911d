import { releaseExpiredExemptions } from "@/lib/server/services/release-expired-exemptions";

// The in-process fallback of the exemption check (UU 14/2008 Pasal 20) for deployments without
// an external scheduler: at most once an hour, never throwing, never keeping the process alive.

const HOUR = 60 * 60 * 1000;
const FIRST_RUN_DELAY = 60 * 1000;

type TimerState = { started: boolean; lastRunAt: number; running: boolean };
const state = ((globalThis as unknown as { ppidExemptionTimer?: TimerState }).ppidExemptionTimer ??= {
  started: false,
  lastRunAt: 0,
  running: false,
});

export async function runExemptionCheckOnce(now: Date = new Date()): Promise<void> {
  // One second of slack: a timer and the wall clock may disagree by a few milliseconds.
  if (state.running || now.getTime() - state.lastRunAt < HOUR - 1000) return;
  state.running = true;
  state.lastRunAt = now.getTime();
  try {
    const result = await releaseExpiredExemptions(now);
    if (result.released.length > 0) {
      console.info(`[exemptions] released: ${result.released.map((r) => r.number).join(", ")}`);
    }
  } catch (error) {
    console.error("[exemptions] check failed", error);
  } finally {
    state.running = false;
  }
}

export function startExemptionTimer(): void {
  if (state.started || process.env.PPID_DISABLE_JOBS === "1") return;
  state.started = true;
  const tick = () => void runExemptionCheckOnce().catch(() => {});
  setTimeout(() => {
    tick();
    setInterval(tick, HOUR).unref();
  }, FIRST_RUN_DELAY).unref();
}
