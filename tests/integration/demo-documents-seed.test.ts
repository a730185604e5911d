// Defect 10 of issue 13: the demo catalogue promises downloads, so the seed attaches a small real
// PDF to every published public entry — written into the store the app reads (local folder or the
// database), checked here by downloading each through the app's own route.

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as download } from "@/app/api/dokumen/[id]/route";
import { seedDemoDocuments } from "@/prisma/seed-data/demo-documents";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";

vi.mock("@/lib/server/session", () => ({ getCurrentUser: async () => null }));

const uploadDir = mkdtempSync(path.join(tmpdir(), "ppid-demo-docs-"));
process.env.UPLOAD_DIR = uploadDir;
// On PostgreSQL the app keeps files in the database, as in production; on PGlite in the folder.
if (process.env.TEST_DATABASE_URL) process.env.PPID_STORAGE = "database";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
});
afterAll(async () => {
  delete process.env.PPID_STORAGE;
  await t.close();
});

describe(`demo DIP documents (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("gives every published public entry a real PDF anyone can download, once", async () => {
    const settings = { DATABASE_URL: process.env.DATABASE_URL, PPID_STORAGE: process.env.PPID_STORAGE as "database" | undefined, UPLOAD_DIR: uploadDir };
    const attached = await seedDemoDocuments(t.client, settings);
    const published = await t.client.dipEntry.count({ where: { status: "PUBLISHED", category: { not: "DIKECUALIKAN" } } });
    expect(attached).toBe(published);
    expect(await seedDemoDocuments(t.client, settings)).toBe(0);
    const exempt = await t.client.attachment.count({ where: { dipEntry: { category: "DIKECUALIKAN" } } });
    expect(exempt).toBe(0);
    const rows = await t.client.attachment.findMany({ where: { purpose: "DIP_DOCUMENT" }, take: 3, orderBy: { createdAt: "asc" } });
    for (const row of rows) {
      const response = await download(new Request(`http://localhost/api/dokumen/${row.id}`), { params: Promise.resolve({ id: row.id }) });
      expect(response.status).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(bytes.length).toBe(row.size);
    }
  });
});
