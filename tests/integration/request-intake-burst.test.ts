// A burst of online submissions (issue: 500 at once gave "Unable to start a transaction in the
// given time"): every one is filed, numbered gap-free, with its identity paper stored in the
// database itself (as on a PostgreSQL server), through a pool smaller than the burst. Runs on
// PGlite, and on PostgreSQL with TEST_DATABASE_URL.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZCreateRequestInput } from "@/lib/schemas/request";
import { createRequest } from "@/lib/server/services/create-request";
import { setStorageForTests } from "@/lib/server/storage";
import { databaseStorage } from "@/lib/server/storage-database";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
const BURST = 100;
const PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n";

const form = (i: number) =>
  ZCreateRequestInput.parse({
    requesterType: "INDIVIDUAL",
    name: `Pemohon Serentak ${i}`,
    nik: "5371015508900002",
    address: "Jl. Timor Raya No. 10, Oesapa, Kupang",
    phone: "0812 3456 7890",
    email: `serentak${i}@contoh.id`,
    occupation: "Peneliti",
    informationRequested: "Data cakupan imunisasi dasar lengkap per puskesmas tahun 2025",
    purpose: "Bahan penelitian",
    obtainMethod: "SOFTCOPY",
    deliveryMethod: "EMAIL",
    submissionKey: randomUUID(),
    document: new File([new TextEncoder().encode(`${PDF}% ${i}\n`)], "ktp.pdf", { type: "application/pdf" }),
  });

beforeAll(async () => {
  // Four connections for a hundred submissions: the old intake held a connection per waiting
  // submission and then needed a second one to store the paper, so the pool ran dry.
  t = await createTestDb({ poolMax: 4 });
  await seedDemo(t.client, { passwordCost: 4 });
  setStorageForTests(databaseStorage());
});
afterAll(async () => {
  setStorageForTests(undefined);
  await t.close();
});

describe(`a burst of submissions on ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  it(`files ${BURST} concurrent online requests without an error, numbered gap-free, each with its paper`, async () => {
    const now = new Date("2026-03-17T02:00:00Z"); // 10:00 WITA, a working day
    const before = await t.client.numberSequence.findUnique({ where: { kind_year: { kind: "REQUEST", year: 2026 } } });
    const settled = await Promise.allSettled(Array.from({ length: BURST }, (_, i) => createRequest(null, form(i), now)));
    const failures = settled.flatMap((r) => (r.status === "rejected" ? [String(r.reason).slice(0, 200)] : []));
    expect(failures).toEqual([]);

    const results = settled.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    const start = (before?.value ?? 0) + 1;
    const sequences = results.map((r) => Number(r.number.split("/")[0])).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: BURST }, (_, i) => start + i));

    const ids = results.map((r) => r.id);
    const papers = await t.client.attachment.findMany({ where: { requestId: { in: ids }, purpose: "KTP" }, select: { storageKey: true } });
    expect(papers).toHaveLength(BURST);
    const stored = await t.client.$queryRaw<{ n: bigint }[]>`SELECT count(DISTINCT "key") AS n FROM "file_chunk"`;
    expect(Number(stored[0]!.n)).toBe(BURST);
    expect(await t.client.letter.count({ where: { kind: "RECEIPT", requestId: { in: ids } } })).toBe(BURST);
  }, 120_000);
});
