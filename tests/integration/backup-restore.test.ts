// `npm run backup` / `npm run restore` (scripts/lib/backup.mjs): a portal with cases, their history,
// letters and uploaded files (in the upload folder and, on PostgreSQL, in the database) is backed up,
// restored into an EMPTY database and folder, and every case, event, letter and file is there again,
// byte for byte; the append-only history keeps its triggers. Restoring over data is refused.
// PGlite (its own data-folder dump) by default; PostgreSQL (pg_dump/pg_restore) with TEST_DATABASE_URL.

import { randomBytes, randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { ZCreateRequestInput } from "@/lib/schemas/request";
import { setDbForTests } from "@/lib/server/db";
import { createRequest } from "@/lib/server/services/create-request";
import { localStorage, setStorageForTests } from "@/lib/server/storage";
import { databaseStorage } from "@/lib/server/storage-database";
import { seedDemoCases } from "@/prisma/seed-data/demo-cases";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createBackup, restoreBackup } from "@/scripts/lib/backup.mjs";

const SERVER = process.env.TEST_DATABASE_URL;
const MIGRATIONS = path.resolve(__dirname, "../../prisma/migrations");
const migrations = () =>
  readdirSync(MIGRATIONS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    .map((name) => readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"));

let dir: string;
const admin = SERVER ? new pg.Client({ connectionString: SERVER }) : null;
const databases: string[] = [];

/** A new empty database (a PGlite folder, or a database on the server) and its URL. */
async function emptyDatabase(label: string): Promise<string> {
  if (!SERVER) return `pglite:${path.join(dir, label)}`;
  const name = `ppid_bk_${label}_${randomBytes(4).toString("hex")}`;
  await admin!.query(`CREATE DATABASE ${name}`);
  databases.push(name);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Opens the database at `url` as the app's db() (migrated when `migrate`). */
async function open(url: string, migrate: boolean): Promise<{ client: PrismaClient; close: () => Promise<void> }> {
  if (url.startsWith("pglite:")) {
    const pglite = new PGlite(url.slice("pglite:".length));
    if (migrate) for (const sql of migrations()) await pglite.exec(sql);
    const client = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    setDbForTests(client);
    return { client, close: async () => (await client.$disconnect(), await pglite.close()) };
  }
  if (migrate) {
    const setup = new pg.Client({ connectionString: url });
    await setup.connect();
    for (const sql of migrations()) await setup.query(sql);
    await setup.end();
  }
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }) });
  setDbForTests(client);
  return { client, close: () => client.$disconnect() };
}

const ktp = (bytes: Uint8Array<ArrayBuffer>) => new File([bytes], "ktp.pdf", { type: "application/pdf" });
const pdfBytes = (text: string) => new TextEncoder().encode(`%PDF-1.4\n% ${text}\n1 0 obj <<>> endobj\n%%EOF\n`);
const request = (document: File) =>
  ZCreateRequestInput.parse({
    requesterType: "INDIVIDUAL", name: "Maria Bria", nik: "5371015508900002", address: "Jl. Timor Raya No. 10, Oesapa, Kupang",
    phone: "081234567890", email: "maria@contoh.id", occupation: "Wiraswasta",
    informationRequested: "Data cakupan imunisasi dasar lengkap per puskesmas 2025", purpose: "Bahan penelitian skripsi",
    obtainMethod: "SOFTCOPY", deliveryMethod: "EMAIL", submissionKey: randomUUID(), document,
  });

async function snapshot(client: PrismaClient) {
  const [requests, objections, events, letters, attachments, rows] = await Promise.all([
    client.informationRequest.findMany({ select: { number: true, status: true }, orderBy: { number: "asc" } }),
    client.objection.count(),
    client.caseEvent.count(),
    client.letter.findMany({ select: { number: true, kind: true }, orderBy: [{ kind: "asc" }, { number: "asc" }] }),
    client.attachment.findMany({ select: { storageKey: true, sha256: true }, orderBy: { storageKey: "asc" } }),
    client.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "file_chunk"`,
  ]);
  return { requests, objections, events, letters, attachments, chunks: Number(rows[0]!.n) };
}

let sourceUrl: string;
let sourceUploads: string;
let before: Awaited<ReturnType<typeof snapshot>>;
const stored: { local: { key: string; bytes: Uint8Array }; database?: { key: string; bytes: Uint8Array } } = {} as never;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "ppid-backup-"));
  await admin?.connect();
  sourceUrl = await emptyDatabase("source");
  sourceUploads = path.join(dir, "uploads-source");
  const source = await open(sourceUrl, true);
  await seedDemo(source.client, { passwordCost: 4 });
  await seedDemoCases(source.client);
  // One KTP in the upload folder, and on PostgreSQL one in the database (file_chunk), 600 KB = 3 chunks.
  setStorageForTests(localStorage(sourceUploads));
  const a = await createRequest(null, request(ktp(pdfBytes("KTP di folder"))));
  const aFile = await source.client.attachment.findFirstOrThrow({ where: { requestId: a.id } });
  stored.local = { key: aFile.storageKey, bytes: pdfBytes("KTP di folder") };
  if (SERVER) {
    setStorageForTests(databaseStorage());
    const big = new Uint8Array([...pdfBytes("KTP di basis data"), ...randomBytes(600 * 1024)]);
    const b = await createRequest(null, request(ktp(big)));
    const bFile = await source.client.attachment.findFirstOrThrow({ where: { requestId: b.id } });
    stored.database = { key: bFile.storageKey, bytes: big };
  }
  setStorageForTests(undefined);
  before = await snapshot(source.client);
  await source.close();
});

afterAll(async () => {
  setDbForTests(undefined);
  for (const name of databases) await admin!.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin?.end();
  await rm(dir, { recursive: true, force: true });
});

describe(`backup and restore (${SERVER ? "PostgreSQL: pg_dump/pg_restore" : "PGlite: data-folder dump"})`, () => {
  it("restores into an empty database every case, event, letter and file, byte for byte", async () => {
    expect(before.requests.length).toBeGreaterThan(100);
    expect(before.events).toBeGreaterThan(100);
    expect(before.letters.length).toBeGreaterThan(0);
    expect(before.objections).toBeGreaterThan(0);
    if (SERVER) expect(before.chunks).toBe(3);

    const backupDir = path.join(dir, "backup-1");
    const manifest = await createBackup({ databaseUrl: sourceUrl, uploadDir: sourceUploads, outDir: backupDir });
    expect(manifest).toMatchObject({ database: SERVER ? "postgres" : "pglite", counts: { InformationRequest: before.requests.length, CaseEvent: before.events } });
    expect(manifest.files.map((f) => f.key)).toEqual([stored.local.key]);

    const targetUrl = await emptyDatabase("target");
    const targetUploads = path.join(dir, "uploads-target");
    const { counts } = await restoreBackup({ fromDir: backupDir, databaseUrl: targetUrl, uploadDir: targetUploads });
    expect(counts).toEqual(manifest.counts);

    const target = await open(targetUrl, false);
    try {
      expect(await snapshot(target.client)).toEqual(before);
      expect(new Uint8Array(await readFile(path.join(targetUploads, stored.local.key)))).toEqual(stored.local.bytes);
      if (stored.database) {
        const stream = await databaseStorage().get(stored.database.key);
        expect(new Uint8Array(await new Response(stream).arrayBuffer())).toEqual(stored.database.bytes);
      }
      // The history is still append-only in the restored database.
      await expect(target.client.$executeRawUnsafe(`DELETE FROM "CaseEvent"`)).rejects.toThrow();
      expect(await target.client.caseEvent.count()).toBe(before.events);
    } finally {
      await target.close();
    }

    // A second restore into the now filled database is refused, and changes nothing.
    await expect(restoreBackup({ fromDir: backupDir, databaseUrl: targetUrl, uploadDir: path.join(dir, "uploads-other") })).rejects.toThrow("tidak kosong");
  });

  it("refuses a backup whose file was damaged, before touching the target", async () => {
    const backupDir = path.join(dir, "backup-2");
    const manifest = await createBackup({ databaseUrl: sourceUrl, uploadDir: sourceUploads, outDir: backupDir });
    const { writeFile } = await import("node:fs/promises");
    await writeFile(path.join(backupDir, "uploads", manifest.files[0]!.key), "rusak");
    const targetUrl = await emptyDatabase("target2");
    await expect(restoreBackup({ fromDir: backupDir, databaseUrl: targetUrl, uploadDir: path.join(dir, "uploads-t2") })).rejects.toThrow("rusak atau hilang");
    const target = await open(targetUrl, false);
    try {
      const rows = await target.client.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`;
      expect(Number(rows[0]!.n)).toBe(0);
    } finally {
      await target.close();
    }
  });
});
