// `npm run worker`: the job engine alone (PostgreSQL deployments that set PPID_JOBS_IN_APP=0 in the
// app). Runs until SIGINT/SIGTERM; several workers on one PostgreSQL run each job once.
import { closeDb } from "@/lib/server/db";
import { startJobEngineOnce } from "@/lib/server/jobs/engine";
import { prefillProvisionalYears } from "@/lib/server/services/prefill-provisional-years";

async function main() {
  const engine = await startJobEngineOnce();
  // The start-up pre-fill of years without a decree, which the app leaves to the worker when it
  // runs without the jobs (instrumentation.ts): it may recompute every open deadline.
  void prefillProvisionalYears().catch((error) => console.error("[worker] provisional years not pre-filled", error));
  const stop = async () => {
    await engine.stop();
    await closeDb();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}

main().catch((error) => {
  console.error("[worker]", error);
  process.exit(1);
});
