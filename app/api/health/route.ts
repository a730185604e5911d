import { getTagStore } from "@/lib/cache/tag-store.cjs";
import { db } from "@/lib/server/db";
import { storageKind } from "@/lib/server/storage";

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
 * Readiness for process managers and load balancers: the database, the job queue, the file store
 * and the shared cache. 200 when every part answers, 503 otherwise (the body says which).
 */
export async function GET() {
  const [database, jobs, store] = await Promise.all([
    check(async () => {
      await db().officeSetting.count();
      return undefined;
    }),
    check(async () => {
      // pg-boss keeps its schema in the same database; "not started" is fine when jobs run elsewhere.
      const rows = await db().$queryRaw<{ n: bigint | number }[]>`SELECT count(*) AS n FROM information_schema.schemata WHERE schema_name = 'pgboss'`;
      return Number(rows[0]?.n ?? 0) > 0 ? "pgboss" : "belum dimulai";
    }),
    check(async () => {
      const kind = storageKind();
      if (kind === "database") await db().$queryRaw`SELECT 1 FROM "file_chunk" LIMIT 1`;
      return kind;
    }),
  ]);
  const ok = database.ok && jobs.ok && store.ok;
  const body = { status: ok ? "ok" : "degraded", database, jobs, store, cache: getTagStore().kind };
  return Response.json(body, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
