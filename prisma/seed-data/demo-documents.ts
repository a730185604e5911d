import { createHash, randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { storageKindOf, type TEnv } from "../../lib/server/env-schema";

// Defect 10 of issue 13: the demo catalogue says many entries "dapat diunduh langsung", so every
// published public demo entry gets a small real PDF (prisma/seed-data/demo-document-pdf.mts).
// The seed runs outside the app (no server-only modules), so it writes the bytes the way the two
// stores of lib/server/storage.ts keep them — same key pattern, the same table "file_chunk" or the
// same folder layout — and the store is chosen by the same rule (storageKindOf). The integration
// test downloads each file through the app's own route, so a store that changes breaks that test.

type StoreSettings = Pick<TEnv, "DATABASE_URL" | "PPID_STORAGE" | "UPLOAD_DIR">;

const newKey = () => {
  const id = randomBytes(16).toString("hex");
  return `${id.slice(0, 2)}/${id}`;
};

async function put(db: PrismaClient, settings: StoreSettings, key: string, bytes: Buffer) {
  if (storageKindOf(settings) === "database") {
    // One chunk: a demo document is far below the store's 256 KB chunk size.
    await db.$executeRaw`INSERT INTO "file_chunk" ("key", "idx", "bytes") VALUES (${key}, ${0}, ${bytes})`;
    return;
  }
  const target = path.join(settings.UPLOAD_DIR, key);
  await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
  await writeFile(target, new Uint8Array(bytes), { flag: "wx", mode: 0o600 });
}

const slug = (title: string) => title.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);

/** Idempotent: an entry that already has a document is left alone. Returns how many were attached. */
export async function seedDemoDocuments(db: PrismaClient, settings: StoreSettings): Promise<number> {
  const { renderDemoDocument } = await import("./demo-document-pdf.mjs");
  const office = await db.officeSetting.findUnique({ where: { id: 1 }, select: { name: true } });
  const entries = await db.dipEntry.findMany({
    where: { status: "PUBLISHED", category: { not: "DIKECUALIKAN" }, attachments: { none: {} } },
    select: { id: true, number: true, title: true, summary: true, year: true, unit: { select: { name: true } } },
    orderBy: { number: "asc" },
  });
  for (const e of entries) {
    const bytes = await renderDemoDocument({ office: office?.name ?? "PPID", title: e.title, summary: e.summary, unit: e.unit.name, year: e.year, number: e.number });
    const storageKey = newKey();
    await put(db, settings, storageKey, bytes);
    await db.attachment.create({
      data: {
        purpose: "DIP_DOCUMENT",
        fileName: `${slug(e.title)}.pdf`,
        mimeType: "application/pdf",
        size: bytes.length,
        storageKey,
        sha256: createHash("sha256").update(new Uint8Array(bytes)).digest("hex"),
        dipEntryId: e.id,
      },
    });
  }
  return entries.length;
}
