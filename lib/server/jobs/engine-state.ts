// This process's job engine state, apart from the engine itself: /api/health reads it, and
// importing lib/server/jobs/engine.ts for that loaded pg-boss, nodemailer and every job's service
// into an instance that runs no jobs (PPID_JOBS_IN_APP=0). Kept on globalThis: Next bundles the
// instrumentation hook and the route handlers apart, and both must see one state.

export type JobEngineState = { state: "off" | "starting" | "running" } | { state: "failed"; error: string };

const holder = globalThis as unknown as { ppidJobEngineState?: JobEngineState };

export function setJobEngineState(state: JobEngineState): void {
  holder.ppidJobEngineState = state;
}

/** This process's engine, for /api/health: an instance whose engine failed to start says so. */
export function jobEngineState(): JobEngineState {
  return holder.ppidJobEngineState ?? { state: "off" };
}
