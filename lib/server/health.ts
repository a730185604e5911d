import "server-only";
import { db } from "@/lib/server/db";
import { storageKind } from "@/lib/server/storage";

// The database side of /api/health: each probe throws when its part does not answer and returns
// a short detail otherwise.

/** The application tables answer. */
export async function probeDatabase(): Promise<undefined> {
  await db().officeSetting.count();
  return undefined;
}

/** pg-boss keeps its schema in the same database; "not started" is fine when jobs run elsewhere. */
export async function probeJobQueue(): Promise<string> {
  const rows = await db().$queryRaw<{ n: bigint | number }[]>`SELECT count(*) AS n FROM information_schema.schemata WHERE schema_name = 'pgboss'`;
  return Number(rows[0]?.n ?? 0) > 0 ? "pgboss" : "belum dimulai";
}

/** The file store: its kind, and for the database store that its table answers. */
export async function probeFileStore(): Promise<string> {
  const kind = storageKind();
  if (kind === "database") await db().$queryRaw`SELECT 1 FROM "file_chunk" LIMIT 1`;
  return kind;
}
