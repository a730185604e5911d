// Backup and restore of the whole portal: the database (PostgreSQL with pg_dump/pg_restore, the
// embedded PGlite with its own dumpDataDir) and the uploaded files (the UPLOAD_DIR folder; files kept
// in the database, table file_chunk, travel inside the dump). A backup is one folder:
//
//   manifest.json       what was saved: database kind, row counts, every uploaded file with its SHA-256
//   database.pgdump     pg_dump custom format (PostgreSQL)   | database.tar.gz  PGlite data folder
//   uploads/<aa>/<key>  the upload folder as it was
//
// Restoring goes only into an EMPTY database and an empty upload folder (never over live data by
// accident), then checks the row counts and every file's hash against the manifest.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { acquirePgliteLock, resolveDatabaseUrl } from "../pglite-lock.mjs";

export const BACKUP_FORMAT = 1;

/** The rows a restore must find again (quoted table names of prisma/schema.prisma). */
export const COUNTED_TABLES = [
  "InformationRequest", "Objection", "Dispute", "Complaint", "CaseEvent", "Letter", "Attachment",
  "EmailOutbox", "DipEntry", "DipEvent", "SurveyResponse", "User", "file_chunk",
];

const KEY = /^[0-9a-f]{2}\/[0-9a-f]{32}$/;

/** A query function over the target database, and how to close it. */
async function openDatabase(target) {
  if (target.kind === "postgres") {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    return { query: async (sql) => (await client.query(sql)).rows, close: () => client.end() };
  }
  const release = acquirePgliteLock(target.dataDir);
  const db = new PGlite(target.dataDir);
  return {
    db,
    query: async (sql) => (await db.query(sql)).rows,
    close: async () => {
      await db.close();
      release();
    },
  };
}

async function countRows(query) {
  const counts = {};
  for (const table of COUNTED_TABLES) {
    const rows = await query(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = Number(rows[0].n);
  }
  return counts;
}

function sha256(file) {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/** Every stored file under the upload folder (keys "ab/ab12…"; staged *.part-* files are not data). */
function listUploads(root) {
  if (!existsSync(root)) return [];
  const files = [];
  for (const folder of readdirSync(root).sort()) {
    if (!/^[0-9a-f]{2}$/.test(folder) || !statSync(path.join(root, folder)).isDirectory()) continue;
    for (const name of readdirSync(path.join(root, folder)).sort()) {
      const key = `${folder}/${name}`;
      if (KEY.test(key)) files.push(key);
    }
  }
  return files;
}

function runTool(cmd, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "inherit", "pipe"], env: { ...process.env, ...env } });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", (e) => reject(new Error(`${cmd} tidak dapat dijalankan (${e.code ?? e.message}). Pasang klien PostgreSQL (postgresql-client) yang versinya sama dengan server.`)));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} gagal (kode ${code}): ${stderr.trim()}`))));
  });
}

/**
 * Writes a backup folder `outDir` (must not exist yet) and returns its manifest.
 * @param {{ databaseUrl?: string, uploadDir: string, outDir: string, now?: Date }} options
 */
export async function createBackup({ databaseUrl, uploadDir, outDir, now = new Date() }) {
  const target = resolveDatabaseUrl({ DATABASE_URL: databaseUrl });
  if (target.kind === "pglite" && !target.dataDir) throw new Error("Basis data di memori (pglite:memory) tidak dapat dicadangkan.");
  if (existsSync(outDir)) throw new Error(`Folder cadangan sudah ada: ${outDir}`);
  mkdirSync(outDir, { recursive: true, mode: 0o700 });
  // The dump comes first: every file its rows name was stored before it, so it is in the copy below.
  let counts;
  let dump;
  if (target.kind === "postgres") {
    dump = "database.pgdump";
    // The counts and the dump see the same moment: pg_dump runs on this transaction's snapshot.
    const db = await openDatabase(target);
    try {
      await db.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
      const [{ snapshot }] = await db.query("SELECT pg_export_snapshot() AS snapshot");
      counts = await countRows(db.query);
      await runTool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--snapshot=${snapshot}`, `--file=${path.join(outDir, dump)}`, `--dbname=${target.url}`]);
      await db.query("COMMIT");
    } finally {
      await db.close();
    }
  } else {
    dump = "database.tar.gz";
    // PGlite serves one process: the portal must be stopped (the lock says so if it is not).
    const db = await openDatabase(target);
    try {
      counts = await countRows(db.query);
      const blob = await db.db.dumpDataDir("gzip");
      writeFileSync(path.join(outDir, dump), Buffer.from(await blob.arrayBuffer()), { mode: 0o600 });
    } finally {
      await db.close();
    }
  }
  const files = [];
  for (const key of listUploads(uploadDir)) {
    const from = path.join(uploadDir, key);
    const to = path.join(outDir, "uploads", key);
    mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
    copyFileSync(from, to);
    chmodSync(to, 0o600);
    files.push({ key, size: statSync(to).size, sha256: sha256(to) });
  }
  const manifest = { format: BACKUP_FORMAT, createdAt: now.toISOString(), database: target.kind, dump, counts, files };
  writeFileSync(path.join(outDir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}

async function isEmptyDatabase(target) {
  if (target.kind === "pglite") return !existsSync(target.dataDir) || readdirSync(target.dataDir).length === 0;
  const db = await openDatabase(target);
  try {
    const rows = await db.query(
      "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
    );
    return Number(rows[0].n) === 0;
  } finally {
    await db.close();
  }
}

/**
 * Restores the backup folder `fromDir` into an empty database and upload folder, then checks rows and
 * files against the manifest. Returns the manifest and the counts found.
 * @param {{ fromDir: string, databaseUrl?: string, uploadDir: string }} options
 */
export async function restoreBackup({ fromDir, databaseUrl, uploadDir }) {
  const manifestFile = path.join(fromDir, "manifest.json");
  if (!existsSync(manifestFile)) throw new Error(`Bukan folder cadangan (manifest.json tidak ada): ${fromDir}`);
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
  if (manifest.format !== BACKUP_FORMAT) throw new Error(`Format cadangan ${manifest.format} tidak dikenal.`);
  const target = resolveDatabaseUrl({ DATABASE_URL: databaseUrl });
  if (target.kind === "pglite" && !target.dataDir) throw new Error("Pemulihan ke basis data di memori tidak didukung.");
  if (target.kind !== manifest.database) {
    throw new Error(`Cadangan ini dari ${manifest.database}, tujuan ${target.kind}: pulihkan ke jenis basis data yang sama.`);
  }
  if (!(await isEmptyDatabase(target))) throw new Error("Basis data tujuan tidak kosong. Pulihkan hanya ke basis data baru yang kosong.");
  if (listUploads(uploadDir).length > 0) throw new Error(`Folder unggahan tujuan tidak kosong: ${uploadDir}`);
  for (const file of manifest.files) {
    if (!KEY.test(file.key) || sha256(path.join(fromDir, "uploads", file.key)) !== file.sha256) {
      throw new Error(`Berkas cadangan rusak atau hilang: uploads/${file.key}`);
    }
  }

  const dump = path.join(fromDir, manifest.dump);
  if (target.kind === "postgres") {
    await runTool("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${target.url}`, dump]);
  } else {
    const release = acquirePgliteLock(target.dataDir);
    try {
      mkdirSync(target.dataDir, { recursive: true, mode: 0o700 });
      const db = new PGlite(target.dataDir, { loadDataDir: new Blob([readFileSync(dump)]) });
      await db.waitReady;
      await db.close();
    } finally {
      release();
    }
  }
  for (const file of manifest.files) {
    const to = path.join(uploadDir, file.key);
    mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
    copyFileSync(path.join(fromDir, "uploads", file.key), to);
    chmodSync(to, 0o600);
  }

  const db = await openDatabase(target);
  let counts;
  try {
    counts = await countRows(db.query);
  } finally {
    await db.close();
  }
  const wrong = COUNTED_TABLES.filter((t) => counts[t] !== manifest.counts[t]);
  if (wrong.length > 0) throw new Error(`Jumlah baris tidak cocok setelah pemulihan: ${wrong.map((t) => `${t} ${counts[t]}≠${manifest.counts[t]}`).join(", ")}`);
  return { manifest, counts };
}
