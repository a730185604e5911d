// Fast fresh PGlite instances. A new PGlite runs initdb in WebAssembly: 2.5–4 s in memory, ~7.5 s
// for a data directory. Loading a dump of a just-initialised cluster takes ~0.6 s (memory) or
// ~1.2 s (directory). The dump (a 40 MB tar, per PGlite version) is cached in
// node_modules/.cache/pglite-template/ (or the OS temp folder) and made on first use.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { PGlite } from "@electric-sql/pglite";
import { trace } from "./trace.mjs";

const require = createRequire(import.meta.url);

function pgliteVersion() {
  let dir = path.dirname(require.resolve("@electric-sql/pglite"));
  while (!fs.existsSync(path.join(dir, "package.json"))) dir = path.dirname(dir);
  return JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).version;
}

function cacheFiles() {
  const name = `pglite-${pgliteVersion()}-initdb.tar`;
  const nodeModules = require.resolve("@electric-sql/pglite").split(`${path.sep}@electric-sql${path.sep}`)[0];
  return [
    path.join(nodeModules, ".cache", "pglite-template", name),
    path.join(os.tmpdir(), `pglite-template-${process.getuid?.() ?? "user"}`, name),
  ];
}

function readTemplate() {
  for (const file of cacheFiles()) {
    try {
      return fs.readFileSync(file);
    } catch {}
  }
  return null;
}

function writeTemplate(buf) {
  for (const file of cacheFiles()) {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, buf);
      fs.renameSync(tmp, file);
      return;
    } catch {}
  }
}

/** True when `dataDir` already holds a PostgreSQL cluster. */
export function hasCluster(dataDir) {
  return fs.existsSync(path.join(dataDir, "PG_VERSION"));
}

/**
 * A ready PGlite: `dataDir` null → in memory. An existing cluster is opened as it is; a new one is
 * loaded from the cached template (made now if missing).
 * @param {string|null} dataDir
 * @returns {Promise<PGlite>}
 */
export async function createPglite(dataDir) {
  const t0 = Date.now();
  const db = await openOrCreate(dataDir);
  trace(`PGlite ${dataDir ?? "memory"} ready in ${Date.now() - t0} ms`);
  return db;
}

async function openOrCreate(dataDir) {
  if (dataDir && hasCluster(dataDir)) {
    const db = new PGlite(dataDir);
    await db.waitReady;
    return db;
  }
  let template = readTemplate();
  if (!template) {
    const fresh = new PGlite();
    await fresh.waitReady;
    template = Buffer.from(await (await fresh.dumpDataDir("none")).arrayBuffer());
    writeTemplate(template);
    if (!dataDir) return fresh; // untouched: as good as a loaded copy
    await fresh.close();
  }
  const db = new PGlite({ dataDir: dataDir ?? undefined, loadDataDir: new Blob([template]) });
  await db.waitReady;
  return db;
}
