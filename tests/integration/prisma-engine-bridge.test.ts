// The schema-engine bridge (scripts/prisma-schema-engine.mjs, see scripts/PRISMA-ENGINE.md) run the
// way operators and CI run it: the real `prisma` CLI spawning the bridge, on a PGlite data folder
// and, when TEST_DATABASE_URL is set, on a fresh PostgreSQL database. The other integration tests
// apply migration.sql directly and never pass through it.

import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const PRISMA = path.join(ROOT, "node_modules", "prisma", "build", "index.js");
const MIGRATIONS = readdirSync(path.join(ROOT, "prisma", "migrations"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const STEP_TIMEOUT = 180_000; // one prisma command loads the wasm engine: seconds on a busy machine
const run = promisify(execFile);

type Result = { code: number; out: string };
type Target = {
  name: string;
  setUp: () => Promise<string>; // → DATABASE_URL
  sql: <T>(query: string) => Promise<T[]>;
  tearDown: () => Promise<void>;
};

async function prisma(url: string, ...args: string[]): Promise<Result> {
  const env = { ...process.env, DATABASE_URL: url, NO_COLOR: "1", FORCE_COLOR: "0", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
  try {
    const { stdout, stderr } = await run(process.execPath, [PRISMA, ...args], { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, out: `${stdout}\n${stderr}` };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== "number") throw error;
    return { code: e.code, out: `${e.stdout ?? ""}\n${e.stderr ?? ""}` };
  }
}

function pgliteTarget(): Target {
  let dir = "";
  return {
    name: "PGlite data folder",
    setUp: async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), "ppid-engine-"));
      return `pglite:${path.join(dir, "db")}`;
    },
    // Opened only between prisma commands: the bridge holds the folder's lock while it runs.
    sql: async <T,>(query: string) => {
      const db = new PGlite(path.join(dir, "db"));
      try {
        return (await db.query<T>(query)).rows;
      } finally {
        await db.close();
      }
    },
    tearDown: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function postgresTarget(serverUrl: string): Target {
  const name = `ppid_engine_${randomBytes(5).toString("hex")}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const admin = async (query: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(query);
    } finally {
      await client.end();
    }
  };
  return {
    name: "PostgreSQL database",
    setUp: async () => {
      await admin(`CREATE DATABASE ${name}`);
      return url.toString();
    },
    sql: async <T,>(query: string) => {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        return (await client.query(query)).rows as T[];
      } finally {
        await client.end();
      }
    },
    tearDown: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

const targets = [pgliteTarget(), ...(process.env.TEST_DATABASE_URL ? [postgresTarget(process.env.TEST_DATABASE_URL)] : [])];

describe.each(targets)("prisma CLI through the engine bridge on a $name", (target) => {
  let url = "";
  const applied = () => target.sql<{ n: number }>(`SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`);

  beforeAll(async () => {
    url = await target.setUp();
  });
  afterAll(async () => {
    await target.tearDown();
  });

  it("status names every migration as pending on an empty database", { timeout: STEP_TIMEOUT }, async () => {
    const status = await prisma(url, "migrate", "status");
    expect(status.code).toBe(1);
    expect(status.out).toContain("have not yet been applied");
    for (const name of MIGRATIONS) expect(status.out).toContain(name);
  });

  it("deploy applies every committed migration, and status then reports the schema up to date", { timeout: STEP_TIMEOUT }, async () => {
    const deploy = await prisma(url, "migrate", "deploy");
    expect(deploy.code, deploy.out).toBe(0);
    expect(deploy.out).toContain("All migrations have been successfully applied.");
    expect(await applied()).toEqual([{ n: MIGRATIONS.length }]);
    const status = await prisma(url, "migrate", "status");
    expect(status.code, status.out).toBe(0);
    expect(status.out).toContain("Database schema is up to date!");
  });

  it("diff finds no difference between the migrations, the live database and the schema — and finds drift", { timeout: STEP_TIMEOUT }, async () => {
    const fromMigrations = await prisma(url, "migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--exit-code");
    expect(fromMigrations.code, fromMigrations.out).toBe(0);
    const fromDatabase = await prisma(url, "migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--exit-code");
    expect(fromDatabase.code, fromDatabase.out).toBe(0);

    await target.sql(`CREATE TABLE "StrayTable" (id integer)`);
    const drift = await prisma(url, "migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--exit-code");
    expect(drift.code).toBe(2); // --exit-code: 2 = there is a difference
    expect(drift.out).toContain("StrayTable");
  });

  it("reset drops everything (data and drift) and applies the migrations again", { timeout: STEP_TIMEOUT }, async () => {
    await target.sql(`INSERT INTO "Unit" (id, code, name, kind) VALUES ('u-reset', 'RESET', 'Unit sebelum reset', 'PPID_PELAKSANA')`);
    const reset = await prisma(url, "migrate", "reset", "--force");
    expect(reset.code, reset.out).toBe(0);
    expect(await target.sql(`SELECT id FROM "Unit"`)).toEqual([]);
    expect(await target.sql(`SELECT to_regclass('"StrayTable"') IS NULL AS gone`)).toEqual([{ gone: true }]);
    expect(await applied()).toEqual([{ n: MIGRATIONS.length }]);
    const fromDatabase = await prisma(url, "migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--exit-code");
    expect(fromDatabase.code, fromDatabase.out).toBe(0);
  });
});
