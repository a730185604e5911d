import "server-only";
import { parseEnv, type TEnv } from "@/lib/server/env-schema";

// The environment, parsed once (on first use; instrumentation.ts calls env() at start-up so a bad
// value stops the server with a clear message). Nothing else in lib/server reads process.env.

const holder = globalThis as unknown as { ppidEnv?: TEnv };

export function env(): TEnv {
  holder.ppidEnv ??= parseEnv(process.env);
  return holder.ppidEnv;
}

/**
 * Tests and scripts set values here: the overrides are parsed (with the rest of process.env) like
 * the real environment; `resetEnvForTests()` goes back to process.env.
 */
export function setEnvForTests(overrides: Record<string, string | undefined>): void {
  holder.ppidEnv = parseEnv({ ...process.env, ...overrides });
}

export function resetEnvForTests(): void {
  holder.ppidEnv = undefined;
}

/** True while `next build` runs (NEXT_PHASE is set by Next.js itself, not configuration). */
export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build";
}
