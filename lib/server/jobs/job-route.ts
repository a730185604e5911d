import "server-only";
import { safeEqual } from "@/lib/server/safe-equal";
import { env } from "@/lib/server/env";

/**
 * The frame of the job endpoints for an external scheduler (cron): POST with the header
 * x-job-token = env JOB_TOKEN (without a configured JOB_TOKEN everyone is refused), then one job.
 */
export async function runJobRoute(request: Request, name: string, job: () => Promise<unknown>): Promise<Response> {
  if (!safeEqual(request.headers.get("x-job-token"), env().JOB_TOKEN)) {
    return Response.json({ error: "Token tugas tidak valid." }, { status: 401 });
  }
  try {
    return Response.json(await job());
  } catch (error) {
    console.error(`[jobs/${name}]`, error);
    return Response.json({ error: "Tugas gagal dijalankan." }, { status: 503 });
  }
}
