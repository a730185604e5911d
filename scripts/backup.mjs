#!/usr/bin/env node
// npm run backup [-- <folder>]: the database (DATABASE_URL) and the uploaded files (UPLOAD_DIR) into
// one new folder, by default .data/backups/ppid-<date>-<time>. See scripts/lib/backup.mjs.
import path from "node:path";
import { createBackup } from "./lib/backup.mjs";
import { ROOT } from "./lib/run.mjs";

const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
const outDir = path.resolve(process.argv[2] ?? path.join(ROOT, ".data", "backups", `ppid-${stamp}`));
const uploadDir = path.resolve(process.env.UPLOAD_DIR?.trim() || path.join(process.cwd(), ".data", "uploads"));
try {
  const manifest = await createBackup({ databaseUrl: process.env.DATABASE_URL, uploadDir, outDir });
  const c = manifest.counts;
  console.log(`✓ Cadangan dibuat: ${outDir}`);
  console.log(`  ${c.InformationRequest} permohonan, ${c.Objection} keberatan, ${c.CaseEvent} riwayat, ${c.Letter} surat, ${c.Attachment} lampiran, ${manifest.files.length} berkas di folder unggahan, ${c.file_chunk} potongan berkas di basis data`);
} catch (error) {
  console.error(`✗ Pencadangan gagal: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
