// Creates the wasm SchemaEngine over the right driver adapter and maps JSON-RPC methods onto it.
import fs from "node:fs";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { acquirePgliteLock } from "../pglite-lock.mjs";
import { loadSchemaEngineWasm, takePanicMessage } from "./wasm.mjs";
import { createPgFactory, createPgliteFactory, openPglite } from "./adapters.mjs";
import { EngineError, logLine, runCliCommand } from "./cli-commands.mjs";
import { trace } from "./trace.mjs";

const ENGINE_METHODS = new Set([
  "applyMigrations", "createMigration", "dbExecute", "devDiagnostic", "diagnoseMigrationHistory",
  "ensureConnectionValidity", "evaluateDataLoss", "introspect", "introspectSql",
  "markMigrationApplied", "markMigrationRolledBack", "reset", "schemaPush",
]);

const usesDatabase = (t) => t?.tag === "schemaDatasource" || t?.tag === "url";

export class EngineHost {
  /**
   * @param {object} o
   * @param {string[]} o.datamodels schema file paths
   * @param {{kind:"pglite",dataDir:string|null}|{kind:"postgres",url:string}} o.target
   * @param {string|undefined} o.shadowDatabaseUrl
   * @param {(content: string) => Promise<void>} o.print sends a "print" request to the CLI
   */
  constructor({ datamodels, target, shadowDatabaseUrl, print }) {
    Object.assign(this, { datamodels, target, shadowDatabaseUrl, print });
    this.current = null; // { mode, promise }
    this.releaseLock = () => {};
  }

  /**
   * The engine connects to its database as soon as it is created. A `diff` that reads no live
   * database gets an engine over an in-memory PGlite instead of the PGlite data directory: no lock
   * needed (works while the app runs) and no cost of opening the directory.
   */
  engineFor(method, params) {
    const light =
      this.target.kind === "pglite" &&
      this.target.dataDir !== null &&
      method === "diff" &&
      !usesDatabase(params?.from) &&
      !usesDatabase(params?.to);
    const mode = light ? "memory" : "main";
    if (this.current && (this.current.mode === mode || mode === "memory")) return this.current.promise;
    const promise = this.createEngine(mode);
    this.current = { mode, promise };
    return promise;
  }

  async createEngine(mode) {
    const runtime = await loadSchemaEngineWasm();
    let factory;
    if (this.target.kind === "postgres") {
      factory = createPgFactory(this.target.url, this.shadowDatabaseUrl);
    } else {
      const dataDir = mode === "main" ? this.target.dataDir : null;
      if (dataDir) {
        try {
          this.releaseLock = acquirePgliteLock(dataDir);
        } catch (e) {
          throw new EngineError(e.message);
        }
        fs.mkdirSync(path.dirname(dataDir), { recursive: true });
      }
      const { db } = await openPglite(dataDir);
      factory = createPgliteFactory(db);
    }
    const files = this.datamodels.map((p) => [p, fs.readFileSync(path.resolve(p), "utf8")]);
    const datamodels = files.length > 0 ? files : undefined; // [] breaks SchemaEngine.new
    const log = (line) => process.stderr.write(line.endsWith("\n") ? line : `${line}\n`);
    const t0 = Date.now();
    const engine = await runtime.SchemaEngine.new({ datamodels }, log, bindMigrationAwareSqlAdapterFactory(factory));
    trace(`engine (${mode}) created in ${Date.now() - t0} ms`);
    return engine;
  }

  /** Runs one JSON-RPC method; returns its result (never undefined). */
  async call(method, params) {
    if (method === "createDatabase") {
      const ds = params?.datasource;
      const target = ds?.tag === "ConnectionString" && ds.url.startsWith("postgres") ? { kind: "postgres", url: ds.url } : this.target;
      await runCliCommand("create-database", target);
      return { databaseName: target.kind === "postgres" ? new URL(target.url).pathname.slice(1) : (target.dataDir ?? "memory") };
    }
    const engine = await this.engineFor(method, params);
    switch (method) {
      case "getDatabaseVersion":
      case "version":
        return engine.version(params ?? null);
      case "diff": {
        const { exitCode, stdout } = await engine.diff(params);
        if (typeof stdout === "string") await this.print(stdout);
        return { exitCode };
      }
      case "evaluateDataLoss":
        try {
          return await engine.evaluateDataLoss(params);
        } catch (e) {
          // Seen to fail unless the migration history's schema was computed first: do that, retry.
          trace(`evaluateDataLoss failed (${e.message}); retrying after diagnoseMigrationHistory`);
          await engine.diagnoseMigrationHistory({
            migrationsList: params.migrationsList,
            optInToShadowDatabase: true,
            filters: params.filters,
          });
          return await engine.evaluateDataLoss(params);
        }
      case "debugPanic":
        return engine.debugPanic();
      default:
        if (!ENGINE_METHODS.has(method)) throw new EngineError(`Unknown JSON-RPC method: ${method}`);
        return (await engine[method](params)) ?? {};
    }
  }
}

/** The wasm engine's "external connector error" + span trace → the native P3018 message. */
function failedMigration(message) {
  const name = /apply_migration::apply_script\s+with migration_name="([^"]+)"/.exec(message)?.[1];
  if (!name) return null;
  const dbError = message.split(/\n\s+0: /)[0].replace(/^external connector error\n?/, "").trim();
  return new EngineError(
    `A migration failed to apply. New migrations cannot be applied before the error is recovered from. ` +
      `Read more about how to resolve migration issues in a production database: ` +
      `https://pris.ly/d/migrate-resolve\n\nMigration name: ${name}\n\nDatabase error:\n${dbError}`,
    "P3018",
  );
}

/** Any thrown value → JSON-RPC error object in the native engine's shape. */
export function toRpcError(error) {
  const panic = takePanicMessage();
  const e = (panic === null && error instanceof Error && failedMigration(error.message)) || error;
  const isPanic = panic !== null || e instanceof WebAssembly.RuntimeError;
  const message = panic ?? (e instanceof Error ? e.message : String(e));
  const code = e?.errorCode ?? e?.code;
  return {
    code: 4466,
    message: "An error happened. Check the data field for details.",
    data: {
      is_panic: isPanic,
      message,
      error_code: typeof code === "string" && /^P\d{4}$/.test(code) ? code : undefined,
      meta: e?.meta ?? undefined,
      ...(isPanic ? { error: { message } } : {}),
    },
  };
}

export { logLine };
