import "server-only";
import { db } from "@/lib/server/db";
import { jobEngineState } from "@/lib/server/jobs/engine-state";
import { startupPrefillState } from "@/lib/server/startup-prefill";
import { storageKind } from "@/lib/server/storage";

// The database side of /api/health: each probe throws when its part does not answer and returns
// a short detail otherwise.

/** The application tables answer. */
export async function probeDatabase(): Promise<undefined> {
  await db().officeSetting.count();
  return undefined;
}

const ENGINE_LABELS = { off: "tidak berjalan di instans ini", starting: "sedang dimulai", running: "berjalan" } as const;

/**
 * pg-boss keeps its schema in the same database ("belum dimulai" is fine when jobs run elsewhere),
 * and this instance's engine: one that failed to start fails the probe, so the instance is seen.
 */
export async function probeJobQueue(): Promise<string> {
  const engine = jobEngineState();
  if (engine.state === "failed") throw new Error(`mesin tugas instans ini gagal dimulai: ${engine.error}`);
  const rows = await db().$queryRaw<{ n: bigint | number }[]>`SELECT count(*) AS n FROM information_schema.schemata WHERE schema_name = 'pgboss'`;
  return `${Number(rows[0]?.n ?? 0) > 0 ? "pgboss" : "belum dimulai"}; mesin tugas ${ENGINE_LABELS[engine.state]}`;
}

/** The file store: its kind, and for the database store that its table answers. */
export async function probeFileStore(): Promise<string> {
  const kind = storageKind();
  if (kind === "database") await db().$queryRaw`SELECT 1 FROM "file_chunk" LIMIT 1`;
  return kind;
}

/**
 * The start-up pre-fill of provisional holiday years (lib/server/startup-prefill.ts): the instance
 * is not ready while it runs. One that failed is logged; the daily job tries again.
 */
export async function probeStartup(): Promise<string> {
  const state = startupPrefillState();
  if (state === "running") throw new Error("pra-isi hari libur sementara masih berjalan");
  return { off: "tidak dijalankan di instans ini", done: "selesai", failed: "pra-isi hari libur sementara gagal (lihat log)" }[state];
}
