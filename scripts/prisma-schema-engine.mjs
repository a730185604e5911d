#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which cannot be downloaded on machines that
// reach only the npm registry. prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here; the CLI
// spawns it exactly like the native engine:
//   --version                                  → "schema-engine-cli <hash>"
//   --datasource '{"url":…}' cli <command>     → can-connect-to-database | create-database | drop-database
//   --datamodels <file>… --datasource '{…}'    → JSON-RPC 2.0 over stdin/stdout, one object a line
// Requests run one at a time on @prisma/schema-engine-wasm over @prisma/adapter-pg (postgresql://)
// or pglite-prisma-adapter (pglite:<dir>, pglite:memory). See scripts/PRISMA-ENGINE.md for the Prisma
// internals this relies on and what to check on a Prisma upgrade.
import readline from "node:readline";
import { format } from "node:util";
import { resolveDatabaseUrl } from "./pglite-lock.mjs";
import { engineHash } from "./prisma-engine/wasm.mjs";
import { runCleanups } from "./prisma-engine/adapters.mjs";
import { EngineError, logLine, runCliCommand } from "./prisma-engine/cli-commands.mjs";
import { EngineHost, toRpcError } from "./prisma-engine/engine.mjs";
import { trace } from "./prisma-engine/trace.mjs";

function parseArgs(argv) {
  const out = { datamodels: [], datasource: {}, version: false, cli: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--version" || a === "-V") out.version = true;
    else if (a === "--datamodels") out.datamodels.push(argv[++i]);
    else if (a === "--datasource") out.datasource = JSON.parse(argv[++i] ?? "{}");
    else if (a === "--enabled-preview-features" || a === "--extension-types") i++;
    else if (a === "cli") out.cli = argv[++i] ?? "";
  }
  return out;
}

/** datasource.url → target; no url → a throw-away in-memory PGlite. */
function targetOf(datasource) {
  if (!datasource?.url) return { kind: "pglite", dataDir: null };
  return resolveDatabaseUrl({ DATABASE_URL: datasource.url });
}

let exiting = null;
/** Closes PGlite / drops shadow databases, releases the lock, exits. Never hangs. */
function shutdown(code, host) {
  exiting ??= (async () => {
    trace(`shutdown(${code}) begins`);
    setTimeout(() => process.exit(code), 15000).unref();
    try {
      await runCleanups();
    } finally {
      host?.releaseLock();
      trace(`exit(${code})`);
      process.exit(code);
    }
  })();
  return exiting;
}

async function runOneShot(args) {
  try {
    const target = targetOf(args.datasource);
    const message = await runCliCommand(args.cli, target);
    process.stderr.write(logLine("INFO", message ?? "ok"));
    await shutdown(0);
  } catch (e) {
    process.stderr.write(logLine("INFO", `schema-engine-cli ${engineHash()} (wasm bridge)`));
    process.stderr.write(logLine("ERROR", e.message, e.errorCode ? { error_code: e.errorCode } : {}));
    await shutdown(1);
  }
}

function runRpc(args) {
  let target;
  let startError = null;
  try {
    target = targetOf(args.datasource);
  } catch (e) {
    startError = new EngineError(e.message);
  }
  const send = (obj) => process.stdout.write(`${JSON.stringify(obj)}\n`);
  // stdout carries JSON-RPC only: anything a library prints goes to stderr.
  for (const name of ["log", "info", "debug", "warn"]) {
    console[name] = (...a) => process.stderr.write(`${format(...a)}\n`);
  }
  let nextOwnId = 1;
  const pendingOwn = new Map(); // our requests to the CLI ("print") awaiting an answer
  const print = (content) =>
    new Promise((resolve) => {
      const id = nextOwnId++;
      pendingOwn.set(id, resolve);
      send({ jsonrpc: "2.0", id, method: "print", params: { content } });
    });
  const host = startError
    ? null
    : new EngineHost({
        datamodels: args.datamodels,
        target,
        shadowDatabaseUrl: args.datasource.shadowDatabaseUrl,
        print,
      });

  let queue = Promise.resolve();
  let abortCurrent = null; // rejects the request in flight (e.g. on an uncaught wasm error)
  const handle = async (req) => {
    const t0 = Date.now();
    trace(`-> ${req.method}`);
    try {
      const result = await new Promise((resolve, reject) => {
        abortCurrent = reject;
        if (startError) throw startError;
        host.call(req.method, req.params).then(resolve, reject);
      });
      send({ jsonrpc: "2.0", id: req.id, result: result === undefined ? {} : result });
    } catch (e) {
      const error = toRpcError(e);
      send({ jsonrpc: "2.0", id: req.id, error });
      if (error.data.is_panic) await shutdown(101, host);
    } finally {
      trace(`<- ${req.method} ${Date.now() - t0} ms`);
      abortCurrent = null;
    }
  };

  process.on("uncaughtException", (e) => {
    if (abortCurrent) return abortCurrent(e);
    process.stderr.write(logLine("ERROR", `uncaught: ${e?.stack ?? e}`));
    shutdown(1, host);
  });
  process.on("unhandledRejection", (e) => {
    process.stderr.write(logLine("WARN", `unhandled rejection: ${e?.message ?? e}`));
  });
  // The CLI ends stdin and sends SIGTERM as soon as it is done: close PGlite cleanly on both.
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) {
    process.on(signal, () => {
      trace(signal);
      shutdown(0, host);
    });
  }

  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  rl.on("line", (line) => {
    if (!line.trim()) return;
    let msg;
    try {
      msg = JSON.parse(line);
    } catch {
      send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
      return;
    }
    if (msg.method === undefined && pendingOwn.has(msg.id)) {
      pendingOwn.get(msg.id)(msg.result);
      pendingOwn.delete(msg.id);
      return;
    }
    queue = queue.then(() => handle(msg));
  });
  rl.on("close", () => {
    for (const resolve of pendingOwn.values()) resolve({});
    queue.then(() => shutdown(0, host));
  });
}

const args = parseArgs(process.argv.slice(2));
trace(`start ${process.argv.slice(2).join(" ").replace(/(\/\/[^:/@\s]*:)[^@\s]*@/g, "$1***@")}`);
if (args.version) {
  process.stdout.write(`schema-engine-cli ${engineHash()}\n`);
} else if (args.cli !== null) {
  await runOneShot(args);
} else {
  runRpc(args);
}
