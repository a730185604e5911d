// The schema engine's one-shot commands (`schema-engine --datasource '{"url":…}' cli <command>`):
// can-connect-to-database, create-database, drop-database. The CLI ignores the first stderr line
// and parses every following one as a JSON log line; an ERROR line carries message and error_code.
import fs from "node:fs";
import pg from "pg";
import { acquirePgliteLock } from "../pglite-lock.mjs";
import { adminQuery, databaseName, pgConfig, quoteIdent, withDatabase } from "./adapters.mjs";

export class EngineError extends Error {
  constructor(message, errorCode) {
    super(message);
    this.errorCode = errorCode;
  }
}

export function logLine(level, message, extra = {}) {
  return `${JSON.stringify({
    timestamp: new Date().toISOString(),
    level,
    fields: { message, ...extra },
    target: "schema_engine::logger",
  })}\n`;
}

function serverAt(url) {
  const u = new URL(url);
  return `${u.hostname || "localhost"}:${u.port || 5432}`;
}

/** pg connection error → the P-code and message the native engine would give. */
export function pgConnectError(e, url) {
  const at = serverAt(url);
  const db = databaseName(url);
  if (e.code === "3D000") {
    return new EngineError(`Database \`${db}\` does not exist on the database server at \`${at}\`.`, "P1003");
  }
  if (e.code === "28P01" || e.code === "28000") {
    const user = decodeURIComponent(new URL(url).username || "");
    return new EngineError(
      `Authentication failed against database server, the provided database credentials for \`${user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at the configured address.`,
      "P1000",
    );
  }
  if (["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ETIMEDOUT", "EAI_AGAIN"].includes(e.code)) {
    return new EngineError(
      `Can't reach database server at \`${at}\`\n\nPlease make sure your database server is running at \`${at}\`.`,
      "P1001",
    );
  }
  return new EngineError(`Error connecting to the database at \`${at}\`: ${e.message}`);
}

async function pgCanConnect(url) {
  const client = new pg.Client(pgConfig(url).config);
  try {
    await client.connect();
  } catch (e) {
    throw pgConnectError(e, url);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Checks the lock is free (so a running app gives a clear message before anything starts). */
function pgliteCheckLock(dataDir) {
  try {
    acquirePgliteLock(dataDir)();
  } catch (e) {
    throw new EngineError(e.message);
  }
}

/**
 * @param {string} command
 * @param {{kind:"pglite",dataDir:string|null}|{kind:"postgres",url:string}} target
 */
export async function runCliCommand(command, target) {
  if (target.kind === "postgres") {
    const { url } = target;
    const name = databaseName(url);
    switch (command) {
      case "can-connect-to-database":
        return pgCanConnect(url);
      case "create-database":
        await adminQuery(withDatabase(url, "postgres"), `CREATE DATABASE ${quoteIdent(name)}`).catch((e) => {
          if (e.code !== "42P04") throw pgConnectError(e, url); // already exists: fine
        });
        return `Database '${name}' was successfully created.`;
      case "drop-database":
        await adminQuery(withDatabase(url, "postgres"), `DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
        return `The database '${name}' was successfully dropped.`;
    }
  } else {
    const { dataDir } = target;
    switch (command) {
      case "can-connect-to-database":
        if (dataDir) pgliteCheckLock(dataDir);
        return;
      case "create-database": // PGlite creates its data directory when it opens it
        return `Database '${dataDir ?? "memory"}' was successfully created.`;
      case "drop-database":
        if (dataDir) {
          let release;
          try {
            release = acquirePgliteLock(dataDir);
          } catch (e) {
            throw new EngineError(e.message);
          }
          try {
            fs.rmSync(dataDir, { recursive: true, force: true });
          } finally {
            release();
          }
        }
        return `The database '${dataDir ?? "memory"}' was successfully dropped.`;
    }
  }
  throw new EngineError(`Unknown cli command: ${command}`);
}
