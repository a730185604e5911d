import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { clientOnPgliteThread } from "@/lib/server/create-prisma-client";
import { setDbForTests } from "@/lib/server/db";
import { startPgliteWorker } from "@/scripts/pglite-worker.mjs";

const MIGRATIONS = path.resolve(__dirname, "../../prisma/migrations");

function migrationSql(): string[] {
  return readdirSync(MIGRATIONS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"));
}

export type TestDb = { client: PrismaClient; kind: "pglite" | "postgres"; close: () => Promise<void>; url?: string };

/**
 * A fresh database with the committed migrations applied: in-memory PGlite (in its own thread) by default, or a new
 * throw-away database on the PostgreSQL server named by TEST_DATABASE_URL (its pool: poolMax
 * connections, default 20). It becomes the app's db().
 */
export async function createTestDb(options: { poolMax?: number } = {}): Promise<TestDb> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    // In its own thread, like the app's (lib/server/create-prisma-client.ts).
    const thread = startPgliteWorker();
    const setup = thread.pool(1);
    for (const sql of migrationSql()) await setup.query(sql);
    await setup.end();
    const client = clientOnPgliteThread(thread, () => {});
    setDbForTests(client);
    return { client, kind: "pglite", close: () => client.$disconnect() };
  }
  const name = `ppid_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const setup = new pg.Client({ connectionString: url.toString() });
  await setup.connect();
  for (const sql of migrationSql()) await setup.query(sql);
  await setup.end();
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString(), max: options.poolMax ?? 20 }) });
  setDbForTests(client);
  return {
    client,
    kind: "postgres",
    url: url.toString(),
    close: async () => {
      await client.$disconnect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
