// Driver-adapter factories for the wasm schema engine: @prisma/adapter-pg for postgresql:// and
// pglite-prisma-adapter for PGlite, with the defects of both worked around (see
// scripts/PRISMA-ENGINE.md) and shadow databases that are always cleaned up.
import crypto from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { patchQueryRaw } from "./column-types.mjs";
import { createPglite } from "./pglite-template.mjs";

/** Cleanups still owed (shadow databases, open PGlite instances), run by runCleanups(). */
const cleanups = new Set();

export async function runCleanups() {
  for (const fn of [...cleanups].reverse()) {
    cleanups.delete(fn);
    try {
      await fn();
    } catch (e) {
      process.stderr.write(`${JSON.stringify({ level: "WARN", fields: { message: `cleanup: ${e.message}` } })}\n`);
    }
  }
}

function registerCleanup(fn) {
  let done;
  const once = () => (done ??= (cleanups.delete(once), Promise.resolve().then(fn)));
  cleanups.add(once);
  return once;
}

// ---------- PostgreSQL ----------

/** postgresql://…?schema=x → pg config (search_path = x) + the adapter's schema option. */
export function pgConfig(url) {
  const u = new URL(url);
  const schema = u.searchParams.get("schema") ?? undefined;
  u.searchParams.delete("schema");
  const config = { connectionString: u.toString(), max: 4 };
  if (schema) config.options = `-c search_path="${schema.replaceAll('"', '""')}"`;
  return { config, schema };
}

export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

export function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}

export const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

/** Runs one statement on a fresh connection to `url` (or its "postgres" db if `url`'s db is gone). */
export async function adminQuery(url, sql) {
  for (const target of [url, withDatabase(url, "postgres")]) {
    const client = new pg.Client(pgConfig(target).config);
    try {
      await client.connect();
      return await client.query(sql);
    } catch (e) {
      if (e.code === "3D000" && target === url) continue;
      throw e;
    } finally {
      await client.end().catch(() => {});
    }
  }
}

function fixPgAdapter(adapter) {
  patchQueryRaw(adapter);
  // adapter-pg splits scripts on ";" (breaks DO $$…$$ blocks and string literals): send the whole
  // script as one simple query, like the native engine does.
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (e) {
      adapter.onError(e);
    }
  };
  return adapter;
}

/** Drops every non-system schema (with all it holds), then recreates an empty "public". */
const EMPTY_DATABASE = `DO $$
DECLARE s name;
BEGIN
  FOR s IN SELECT nspname FROM pg_namespace
    WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'
  LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
  CREATE SCHEMA public;
END $$`;

export function createPgFactory(url, shadowDatabaseUrl) {
  const { config, schema } = pgConfig(url);
  const options = schema ? { schema } : undefined;
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    // A fresh pool on every connect(): the engine connects and disposes more than once.
    async connect() {
      return fixPgAdapter(await new PrismaPg(config, options).connect());
    },
    async connectToShadowDb() {
      if (shadowDatabaseUrl) {
        // A configured shadow database is emptied before (and after) use, as the native engine does.
        await adminQuery(shadowDatabaseUrl, EMPTY_DATABASE);
        const s = pgConfig(shadowDatabaseUrl);
        const adapter = fixPgAdapter(await new PrismaPg(s.config, s.schema ? { schema: s.schema } : undefined).connect());
        const dispose = adapter.dispose.bind(adapter);
        adapter.dispose = async () => {
          await dispose();
          await adminQuery(shadowDatabaseUrl, EMPTY_DATABASE).catch(() => {});
        };
        return adapter;
      }
      const name = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
      await adminQuery(url, `CREATE DATABASE ${quoteIdent(name)}`);
      const drop = registerCleanup(async () => {
        await adminQuery(url, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`).catch(() =>
          adminQuery(url, `DROP DATABASE IF EXISTS ${quoteIdent(name)}`),
        );
      });
      const adapter = fixPgAdapter(await new PrismaPg(pgConfig(withDatabase(url, name)).config, options).connect());
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await drop();
      };
      return adapter;
    },
  };
}

// ---------- PGlite ----------

function fixPgliteAdapter(adapter) {
  patchQueryRaw(adapter);
  // pglite-prisma-adapter 0.7.2 does not await exec() in executeScript: errors escaped.
  adapter.executeScript = async (script) => {
    try {
      await adapter.client.exec(script);
    } catch (e) {
      adapter.onError(e);
    }
  };
  return adapter;
}

/** Opens PGlite (dataDir null = in memory); it is closed by runCleanups() unless closed before. */
export async function openPglite(dataDir) {
  const db = await createPglite(dataDir);
  const close = registerCleanup(async () => {
    if (!db.closed) await db.close();
  });
  return { db, close };
}

export function createPgliteFactory(db) {
  const inner = new PrismaPGlite(db);
  return {
    provider: "postgres",
    adapterName: inner.adapterName,
    async connect() {
      return fixPgliteAdapter(await inner.connect());
    },
    // A fresh in-memory PGlite per shadow database, closed on dispose.
    async connectToShadowDb() {
      const shadow = await openPglite(null);
      const adapter = fixPgliteAdapter(await new PrismaPGlite(shadow.db).connect());
      adapter.dispose = () => shadow.close();
      return adapter;
    },
  };
}
