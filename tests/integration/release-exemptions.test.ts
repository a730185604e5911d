// The release of exemptions at their end (UU 14/2008 Pasal 20) run as the job engine runs it:
// pg-boss picks the queued "release-exemptions" job and the service moves every exempt entry whose
// consequence test's period has ended into "informasi setiap saat", once, with its DIP event;
// entries still within their period, or without one, stay exempt; concurrent runs release once.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startJobEngine } from "@/lib/server/jobs/engine";
import { releaseExpiredExemptions } from "@/lib/server/services/release-expired-exemptions";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
let unitId: string;
let seq = 0;
const dayOffset = (days: number) => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + days));

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  unitId = (await t.client.unit.findUniqueOrThrow({ where: { code: "DINKES" } })).id;
});
afterAll(async () => {
  await t.close();
});

/** An exempt (DIKECUALIKAN) entry resting on a consequence test that ends on `until` (null: no period). */
async function exemptEntry(status: "PUBLISHED" | "SUBMITTED", until: Date | null) {
  const n = (seq += 1);
  const test = await t.client.consequenceTest.create({
    data: {
      information: `Dokumen penawaran tender ${n}`, pasal17Letters: ["b"], consequences: "Mengganggu persaingan usaha yang sehat",
      publicInterest: "Kepentingan umum lebih kecil", conclusion: "EXEMPT", exemptUntil: until, participants: "PPID, Tim Pertimbangan",
      decisionNumber: `188.45/${n}/PPID-KPG/2026`, decisionDate: new Date("2026-01-05T00:00:00Z"),
    },
  });
  return t.client.dipEntry.create({
    data: {
      number: `DIP-R${n}`, title: `Dokumen penawaran tender ${n}`, summary: "Penawaran peserta tender", category: "DIKECUALIKAN", unitId,
      responsible: "Kepala Bagian Pengadaan", producedWhen: "2026", producedWhere: "Kupang", form: "SOFTCOPY", retention: "5 tahun", year: 2026,
      status, consequenceTestId: test.id,
    },
  });
}

describe(`exemption release job (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("the queued job releases exactly the entries whose exemption ended, once, each with its event", async () => {
    const ended = await exemptEntry("PUBLISHED", dayOffset(-10));
    const inReview = await exemptEntry("SUBMITTED", dayOffset(-3));
    const running = await exemptEntry("PUBLISHED", dayOffset(400));
    const open = await exemptEntry("PUBLISHED", null);

    const env = { ...process.env, DATABASE_URL: t.url ?? "pglite:memory", SMTP_URL: "" };
    const engine = await startJobEngine({ client: t.client, env, log: () => {} });
    try {
      for (let round = 0; round < 2; round += 1) {
        // Twice: the second run must find nothing left to release.
        const id = await engine.boss.send("release-exemptions", {});
        const deadline = Date.now() + 40_000;
        for (;;) {
          const state = (await engine.boss.getJobById("release-exemptions", id!))?.state;
          if (state === "completed") break;
          if (state === "failed" || Date.now() > deadline) throw new Error(`release-exemptions ${state}`);
          await new Promise((r) => setTimeout(r, 250));
        }
      }
    } finally {
      await engine.stop();
    }

    const rows = await t.client.dipEntry.findMany({ where: { id: { in: [ended.id, inReview.id, running.id, open.id] } }, include: { events: true } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    // Published and ended: public at once, dated the day it became public.
    expect(byId.get(ended.id)).toMatchObject({ category: "SETIAP_SAAT", status: "PUBLISHED" });
    expect(byId.get(ended.id)!.publishedAt!.getTime()).toBeGreaterThan(Date.now() - 120_000);
    // In review: open, but publication still passes the PPID's approval.
    expect(byId.get(inReview.id)).toMatchObject({ category: "SETIAP_SAAT", status: "SUBMITTED", publishedAt: null });
    expect(byId.get(running.id)).toMatchObject({ category: "DIKECUALIKAN", events: [] });
    expect(byId.get(open.id)).toMatchObject({ category: "DIKECUALIKAN", events: [] });
    for (const id of [ended.id, inReview.id]) {
      const events = byId.get(id)!.events;
      expect(events.map((e) => [e.event, e.actorId])).toEqual([["EXEMPTION_ENDED", null]]);
      expect(events[0]!.note).toMatch(/^Masa pengecualian berakhir .* \(UU 14\/2008 Pasal 20\); kategori menjadi informasi setiap saat\.$/);
    }
  });

  it("two runs at once release each entry once", async () => {
    const entries = await Promise.all(Array.from({ length: 6 }, () => exemptEntry("PUBLISHED", dayOffset(-1))));
    const now = new Date();
    const [a, b] = await Promise.all([releaseExpiredExemptions(now), releaseExpiredExemptions(now)]);
    const released = [...a.released, ...b.released].map((r) => r.id).filter((id) => entries.some((e) => e.id === id));
    expect(released.sort()).toEqual(entries.map((e) => e.id).sort());
    expect([...a.failed, ...b.failed]).toEqual([]);
    expect(await t.client.dipEvent.count({ where: { dipEntryId: { in: entries.map((e) => e.id) }, event: "EXEMPTION_ENDED" } })).toBe(6);
  });
});
