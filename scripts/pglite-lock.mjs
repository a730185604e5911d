// Lock file and DATABASE_URL resolution for the embedded PGlite database.
//
// PGlite is single-process: two processes on one data directory corrupt it. Every process that
// opens a data directory takes `<dataDir>.lock` first (it holds the pid and the process start time;
// a lock whose process is gone is stale and taken over). Used by the app's db client, the seed,
// tests and scripts/prisma-schema-engine.mjs.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Project root = the parent folder of scripts/. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULT_DATABASE_URL = "pglite:./.data/pglite";

/**
 * DATABASE_URL → what to open. Unset/empty → `pglite:./.data/pglite` (relative to the project root);
 * `pglite:memory` → in-memory PGlite (dataDir null); `postgres(ql)://…` → a PostgreSQL server.
 */
export function resolveDatabaseUrl(env = process.env) {
  const raw = (env.DATABASE_URL ?? "").trim() || DEFAULT_DATABASE_URL;
  if (/^postgres(ql)?:\/\//i.test(raw)) return { kind: "postgres", url: raw };
  if (/^pglite:/i.test(raw)) {
    let rest = raw.slice("pglite:".length);
    if (rest.startsWith("//")) rest = rest.slice(2); // pglite://./dir, pglite:///abs/dir
    if (/^memory(:\/\/.*)?$/i.test(rest)) return { kind: "pglite", dataDir: null };
    if (rest !== "") return { kind: "pglite", dataDir: path.resolve(PROJECT_ROOT, rest) };
  }
  throw new Error(
    `DATABASE_URL tidak dikenali: harus postgresql://…, pglite:<folder> atau pglite:memory. ` +
      `/ Unsupported DATABASE_URL: use postgresql://…, pglite:<directory> or pglite:memory.`,
  );
}

const held = new Map(); // lockPath → { count }
let exitHookInstalled = false;

/** Start time of a process (Linux /proc, clock ticks since boot) to tell a reused pid apart. */
function processStartTime(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(pid, startTime) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    if (e.code !== "EPERM") return false;
  }
  const now = processStartTime(pid);
  return !(startTime && now && now !== startTime); // same pid, other process → stale
}

function readLock(lockPath) {
  try {
    const text = fs.readFileSync(lockPath, "utf8");
    const [pidLine = "", startLine = ""] = text.split("\n");
    return { text, pid: Number.parseInt(pidLine, 10), startTime: startLine.trim() || null };
  } catch (e) {
    if (e.code === "ENOENT") return null;
    throw e;
  }
}

function heldMessage(dataDir, pid) {
  return (
    `Basis data tertanam (PGlite) di ${dataDir} sedang dipakai oleh proses ${pid}. ` +
    `Hentikan proses itu dulu (mis. \`npm start\` yang masih berjalan) atau pakai ` +
    `DATABASE_URL=postgresql://… / The embedded database (PGlite) at ${dataDir} is in use by ` +
    `process ${pid}. Stop that process first (e.g. a running \`npm start\`) or use ` +
    `DATABASE_URL=postgresql://…`
  );
}

function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** One attempt: true = taken; otherwise the live holder's pid. */
function tryTake(lockPath) {
  const content = `${process.pid}\n${processStartTime(process.pid) ?? ""}\n`;
  try {
    fs.writeFileSync(lockPath, content, { flag: "wx" });
    return true;
  } catch (e) {
    if (e.code !== "EEXIST") throw e;
  }
  const lock = readLock(lockPath);
  if (!lock) return tryTake(lockPath); // vanished meanwhile
  const ownStart = processStartTime(process.pid);
  if (lock.pid === process.pid && (!lock.startTime || !ownStart || lock.startTime === ownStart)) {
    return true; // re-entry in this process
  }
  if (Number.isNaN(lock.pid)) {
    // Being written right now, or garbage: garbage once it is older than 2 s.
    const age = Date.now() - fs.statSync(lockPath).mtimeMs;
    if (age < 2000) return -1;
  } else if (isAlive(lock.pid, lock.startTime)) {
    return lock.pid;
  }
  // Stale: move it aside atomically, then check we moved the stale one and not a fresh lock.
  const aside = `${lockPath}.stale-${process.pid}`;
  try {
    fs.renameSync(lockPath, aside);
  } catch (e) {
    if (e.code === "ENOENT") return tryTake(lockPath);
    throw e;
  }
  const moved = fs.readFileSync(aside, "utf8");
  if (moved !== lock.text) {
    try {
      fs.linkSync(aside, lockPath); // put the fresh lock back (fails if yet another one exists)
    } catch {}
  }
  fs.rmSync(aside, { force: true });
  return tryTake(lockPath);
}

/**
 * Takes `<dataDir>.lock` (synchronously). Waits up to `waitMs` (default 3000) for a live holder to
 * let go (e.g. the migration engine still closing the database), then throws an Error whose
 * message is in Indonesian and English. Returns release(); the lock is also released on exit.
 * @param {string} dataDir
 * @param {{ waitMs?: number }} [options]
 * @returns {() => void}
 */
export function acquirePgliteLock(dataDir, options = {}) {
  const waitMs = options.waitMs ?? 3000;
  const dir = path.resolve(dataDir);
  const lockPath = `${dir}.lock`;
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  const entry = held.get(lockPath);
  if (entry) {
    entry.count += 1;
  } else {
    const deadline = Date.now() + waitMs;
    for (;;) {
      const result = tryTake(lockPath);
      if (result === true) break;
      if (Date.now() >= deadline) throw new Error(heldMessage(dir, result === -1 ? "?" : result));
      sleepSync(100);
    }
    held.set(lockPath, { count: 1 });
  }
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on("exit", releaseAllSync);
  }
  let released = false;
  return function release() {
    if (released) return;
    released = true;
    const current = held.get(lockPath);
    if (!current) return;
    current.count -= 1;
    if (current.count <= 0) {
      held.delete(lockPath);
      removeIfOurs(lockPath);
    }
  };
}

function removeIfOurs(lockPath) {
  const lock = readLock(lockPath);
  if (lock && lock.pid === process.pid) fs.rmSync(lockPath, { force: true });
}

function releaseAllSync() {
  for (const lockPath of held.keys()) {
    try {
      removeIfOurs(lockPath);
    } catch {}
  }
  held.clear();
}
