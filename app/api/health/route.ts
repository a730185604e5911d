import { getTagStore } from "@/lib/cache/tag-store.cjs";
import { probeDatabase, probeFileStore, probeJobQueue, probeStartup } from "@/lib/server/health";

export const dynamic = "force-dynamic";

type Check = { ok: boolean; detail?: string };

async function check(fn: () => Promise<string | undefined>): Promise<Check> {
  try {
    return { ok: true, detail: await fn() };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message.slice(0, 120) : "gagal" };
  }
}

/**
 * Readiness for process managers and load balancers: the database, the job queue, the file store,
 * the start-up pre-fill of holiday years and the shared cache. 200 when every part answers, 503 otherwise (the body says which).
 */
export async function GET() {
  const [database, jobs, store, startup] = await Promise.all([check(probeDatabase), check(probeJobQueue), check(probeFileStore), check(probeStartup)]);
  const ok = database.ok && jobs.ok && store.ok && startup.ok;
  const body = { status: ok ? "ok" : "degraded", database, jobs, store, startup, cache: getTagStore().kind };
  return Response.json(body, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
