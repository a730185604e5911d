import { env } from "@/lib/server/env";
import type { TEnv } from "@/lib/server/env-schema";

/**
 * Whether this process runs the job engine: always in `npm run worker`; in the app unless
 * PPID_JOBS_IN_APP=0. Its own module so that an app without the jobs never loads the engine
 * (pg-boss, the mail sender and every job's service).
 */
export function jobsInApp(settings: Pick<TEnv, "PPID_DISABLE_JOBS" | "PPID_JOBS_IN_APP"> = env()): boolean {
  return !settings.PPID_DISABLE_JOBS && settings.PPID_JOBS_IN_APP;
}
