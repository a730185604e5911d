// Next.js calls register() once per server process. On the Node.js runtime it starts the job engine
// (pg-boss: deadline watch, lapse, exemption release, closing objections, the outbox sender;
// lib/server/jobs/engine.ts) unless PPID_JOBS_IN_APP=0, which leaves the jobs to `npm run worker`.
// The environment is parsed first (lib/server/env.ts): a bad value stops the start with a clear
// message. A failure of the jobs is logged and swallowed: the portal must start regardless.
// On SIGTERM/SIGINT the instance shuts down gracefully (lib/server/graceful-shutdown.ts).

export async function register(): Promise<void> {
  // NEXT_RUNTIME is set by Next.js itself (not configuration), so it is not in the env schema.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/server/env");
  env();
  // The socket's address of each request, for the per-address limits (Next keeps a client's own
  // X-Forwarded-For and then has no trace of the socket).
  const { installPeerAddressHeader } = await import("./lib/server/client-address");
  installPeerAddressHeader();
  // The cached pages' headers were fixed at build time (next.config.ts headers()).
  const { isHttpsUrl } = await import("./lib/domain/security-headers");
  const https = isHttpsUrl(process.env.PUBLIC_URL);
  if (process.env.PPID_BUILT_HTTPS !== (https ? "1" : "0")) {
    console.error(`[instrumentation] This build was made for PUBLIC_URL ${https ? "http" : "https"}: cached pages carry the wrong HSTS/CSP. Build again (npm start does).`);
  }
  try {
    const { sweepStagedUploads } = await import("./lib/server/storage");
    const removed = await sweepStagedUploads();
    if (removed > 0) console.info(`[instrumentation] ${removed} staged upload file(s) left by a crash removed`);
  } catch (error) {
    console.error("[instrumentation] staged uploads not swept", error);
  }
  let engine: Promise<{ stop: () => Promise<void> }> | null = null;
  try {
    // Years the deadlines run into without a decree get their pre-fill (also a daily job), so the
    // first deadlines computed after a deploy already skip e.g. 1 January of next year. It may
    // recompute every open deadline (100,000 in a large register, read in chunks so the heap stays
    // bounded: lib/server/services/recompute-plans.ts): with PPID_JOBS_IN_APP=0 the job worker does
    // it at its start (scripts/worker.ts).
    // The instance is not ready (/api/health) until it has ended (lib/server/startup-prefill.ts).
    if (env().PPID_JOBS_IN_APP) {
      const { prefillProvisionalYears } = await import("./lib/server/services/prefill-provisional-years");
      const { runStartupPrefill } = await import("./lib/server/startup-prefill");
      runStartupPrefill(() => prefillProvisionalYears());
    }
  } catch (error) {
    console.error("[instrumentation] provisional years not pre-filled", error);
  }
  try {
    const { jobsInApp } = await import("./lib/server/jobs/jobs-in-app");
    // Not awaited: pg-boss prepares its schema (seconds on PGlite) while the portal already serves.
    if (jobsInApp()) engine = import("./lib/server/jobs/engine").then(({ startJobEngineOnce }) => startJobEngineOnce());
    engine?.catch((error) => console.error("[instrumentation] job engine not started", error));
  } catch (error) {
    console.error("[instrumentation] job engine not started", error);
  }
  // NEXT_MANUAL_SIG_HANDLE (Next's own switch): whoever set it handles the signals.
  if (process.env.NEXT_MANUAL_SIG_HANDLE) return;
  const { installGracefulShutdown } = await import("./lib/server/graceful-shutdown");
  installGracefulShutdown({
    boundSeconds: env().PPID_SHUTDOWN_SECONDS,
    stop: async () => {
      const { startupPrefillEnded } = await import("./lib/server/startup-prefill");
      const running = await engine?.catch(() => null);
      await Promise.all([running?.stop(), startupPrefillEnded()]);
    },
    // After Next closed the HTTP server: the embedded PGlite is closed, its data folder clean.
    closeLast: async () => {
      const { closeDb } = await import("./lib/server/db");
      await closeDb();
    },
  });
}
