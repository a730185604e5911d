#!/usr/bin/env node
// npm run restore -- <folder>: a backup made by `npm run backup` into an EMPTY database
// (DATABASE_URL) and an empty upload folder (UPLOAD_DIR); rows and file hashes are checked after.
import path from "node:path";
import { restoreBackup } from "./lib/backup.mjs";

const fromDir = process.argv[2];
if (!fromDir) {
  console.error("Pemakaian: npm run restore -- <folder cadangan>");
  process.exit(2);
}
const uploadDir = path.resolve(process.env.UPLOAD_DIR?.trim() || path.join(process.cwd(), ".data", "uploads"));
try {
  const { manifest, counts } = await restoreBackup({ fromDir: path.resolve(fromDir), databaseUrl: process.env.DATABASE_URL, uploadDir });
  console.log(`✓ Dipulihkan dari cadangan ${manifest.createdAt}: ${counts.InformationRequest} permohonan, ${counts.CaseEvent} riwayat, ${counts.Letter} surat, ${manifest.files.length} berkas; jumlah baris dan sidik berkas cocok.`);
} catch (error) {
  console.error(`✗ Pemulihan gagal: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
