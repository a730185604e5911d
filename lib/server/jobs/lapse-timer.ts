import { lapseIncompleteRequests } from "@/lib/server/services/lapse-incomplete-requests";

// The in-process fallback of the lapse job (DESIGN.md 1.1 step 3: an incomplete request lapses
// when the completion period ends) for deployments without an external scheduler calling
// POST /api/jobs/lapse-requests: at most once an hour, never throwing, never keeping the process alive.

const HOUR = 60 * 60 * 1000;
const FIRST_RUN_DELAY = 90 * 1000;

type TimerState = { started: boolean; lastRunAt: number; running: boolean };
const state = ((globalThis as unknown as { ppidLapseTimer?: TimerState }).ppidLapseTimer ??= {
  started: false,
  lastRunAt: 0,
  running: false,
});

export async function runLapseCheckOnce(now: Date = new Date()): Promise<void> {
  if (state.running || now.getTime() - state.lastRunAt < HOUR - 1000) return;
  state.running = true;
  state.lastRunAt = now.getTime();
  try {
    await lapseIncompleteRequests(now);
  } catch (error) {
    console.error("[lapse-requests] check failed", error);
  } finally {
    state.running = false;
  }
}

export function startLapseTimer(): void {
  if (state.started || process.env.PPID_DISABLE_JOBS === "1") return;
  state.started = true;
  const tick = () => void runLapseCheckOnce().catch(() => {});
  setTimeout(() => {
    tick();
    setInterval(tick, HOUR).unref();
  }, FIRST_RUN_DELAY).unref();
}
