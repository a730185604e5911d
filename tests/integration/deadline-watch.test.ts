// The deadline watch and the job engine against a real database: reminders on the right working
// days across Idul Fitri 2026 (cuti bersama 20, 23, 24 March; Nyepi 18-19 March), once per case and
// day however often the job runs, nothing on weekends or holidays; answered objections close after
// the dispute window; the pg-boss engine runs a job once even with two engines on one database.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays } from "@/lib/domain/calendar";
import { JOBS, startJobEngine, type JobEngine } from "@/lib/server/jobs/engine";
import { closeObjectionsAfterWindow } from "@/lib/server/services/close-objections-after-window";
import { watchDeadlines } from "@/lib/server/services/watch-deadlines";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
const wita = (local: string) => new Date(`${local}:00+08:00`);
const day = (ymd: string) => new Date(`${ymd}T00:00:00Z`);
let requestId = "";
let objectionId = "";
let answeredId = "";

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  const dinkes = await t.client.unit.findUniqueOrThrow({ where: { code: "DINKES" } });
  const citizen = await t.client.user.findUniqueOrThrow({ where: { email: "warga@kupang.demo" } });
  const base = {
    year: 2026, accessCode: "ABCD2345", channel: "ONLINE" as const, requesterUserId: citizen.id, requesterType: "INDIVIDUAL" as const,
    requesterName: "Maria Bria", address: "Kupang", phone: "081234567890", email: "maria@contoh.id",
    informationRequested: "Data cakupan imunisasi 2025", purpose: "Penelitian", obtainMethod: "SOFTCOPY" as const, deliveryMethod: "EMAIL" as const,
  };
  // Received Thu 12 March 2026: 10 working days skip Nyepi and Idul Fitri → due Thu 26 March.
  const r = await t.client.informationRequest.create({
    data: { ...base, number: "801/PMH/PPID-KPG/2026", sequence: 801, submittedAt: wita("2026-03-12T09:00"), receivedDate: day("2026-03-12"),
      unitId: dinkes.id, status: "IN_PROCESS", dueDate: day("2026-03-26"), dueRule: "REQUEST_RESPONSE" },
  });
  requestId = r.id;
  const refused = await t.client.informationRequest.create({
    data: { ...base, number: "802/PMH/PPID-KPG/2026", sequence: 802, submittedAt: wita("2026-02-02T09:00"), receivedDate: day("2026-02-02"),
      status: "CLOSED", outcome: "REJECTED", dueDate: day("2026-02-16"), dueRule: "REQUEST_RESPONSE", noticeDate: day("2026-02-10") },
  });
  const objectionBase = { year: 2026, requestId: refused.id, channel: "ONLINE" as const, submittedAt: wita("2026-02-11T09:00"), receivedDate: day("2026-02-11"),
    grounds: ["REFUSED_PASAL_17" as const], casePosition: "Terbuka", purpose: "Penelitian" };
  objectionId = (await t.client.objection.create({ data: { ...objectionBase, number: "801/KBR/PPID-KPG/2026", sequence: 801, status: "RECEIVED", dueDate: day("2026-03-27") } })).id;
  // Answered Mon 2 March: the 14 working days for the Komisi Informasi skip Nyepi and Idul Fitri → Fri 27 March.
  answeredId = (await t.client.objection.create({
    data: { ...objectionBase, number: "802/KBR/PPID-KPG/2026", sequence: 802, status: "ANSWERED", outcome: "REJECTED", dueDate: day("2026-03-25"),
      answeredAt: wita("2026-03-02T10:00"), answerDate: day("2026-03-02"), disputeDueDate: day("2026-03-27") },
  })).id;
});
afterAll(async () => {
  await t.close();
});

const mails = (where: object) => t.client.emailOutbox.findMany({ where, orderBy: [{ createdAt: "asc" }, { to: "asc" }] });

describe(`deadline watch (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("reminds the unit and the PPID Utama 3 and 1 working days before, across Idul Fitri, never on a holiday or weekend", async () => {
    const skippedDays: string[] = [];
    for (let d = "2026-03-09"; d <= "2026-03-27"; d = addCalendarDays(d, 1)) {
      for (const hour of ["07:00", "08:00", "15:00"]) {
        const result = await watchDeadlines(wita(`${d}T${hour}`));
        if (result.skipped && hour === "07:00") skippedDays.push(d);
      }
    }
    expect(skippedDays).toEqual(["2026-03-14", "2026-03-15", "2026-03-18", "2026-03-19", "2026-03-20", "2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24"]);
    const reminders = await mails({ requestId, category: "REMINDER.REQUEST_DUE" });
    const byDay = reminders.map((m) => `${m.dedupeKey!.split(":")[2]} ${m.to} ${m.subject.includes("3 hari kerja") ? 3 : 1}`);
    expect(byDay.sort()).toEqual([
      "2026-03-16 pelaksana@kupang.demo 3",
      "2026-03-16 utama@kupang.demo 3",
      "2026-03-25 pelaksana@kupang.demo 1",
      "2026-03-25 utama@kupang.demo 1",
    ]);
    expect(reminders[0]!.subject).toBe("[801/PMH/PPID-KPG/2026] Pengingat: 3 hari kerja lagi batas waktu permohonan");
    expect(reminders[0]!.text).toContain("26 Maret 2026");
    const atasan = await mails({ objectionId, category: "REMINDER.OBJECTION_DUE" });
    expect(atasan.map((m) => `${m.dedupeKey!.split(":")[2]} ${m.to}`)).toEqual(["2026-03-17 atasan@kupang.demo", "2026-03-26 atasan@kupang.demo"]);
    const dispute = await mails({ objectionId: answeredId, category: "REMINDER.DISPUTE_WINDOW" });
    expect(dispute.map((m) => `${m.dedupeKey!.split(":")[2]} ${m.to}`)).toEqual(["2026-03-17 maria@contoh.id"]);
    // Overdue digests only on working mornings, one per person and day.
    const digests = await mails({ category: "REMINDER.OVERDUE_DIGEST" });
    const digestDays = new Set(digests.map((m) => m.dedupeKey!.split(":")[2]));
    for (const d of skippedDays) expect(digestDays.has(d)).toBe(false);
    const perPersonDay = digests.map((m) => `${m.to} ${m.dedupeKey!.split(":")[2]}`);
    expect(new Set(perPersonDay).size).toBe(perPersonDay.length);
    const onThe27th = digests.filter((m) => m.dedupeKey!.includes(":2026-03-27:") && m.to === "utama@kupang.demo");
    expect(onThe27th).toHaveLength(1);
    expect(onThe27th[0]!.text).toContain("801/PMH/PPID-KPG/2026"); // due the 26th, unanswered on the 27th
  });

  it("closes an answered objection once the window for the Komisi Informasi has passed, not before", async () => {
    expect((await closeObjectionsAfterWindow(wita("2026-03-27T16:00"))).closed).toEqual([]);
    expect((await closeObjectionsAfterWindow(wita("2026-03-28T01:00"))).closed).toEqual(["802/KBR/PPID-KPG/2026"]);
    expect((await closeObjectionsAfterWindow(wita("2026-03-28T02:00"))).closed).toEqual([]);
    const events = await t.client.caseEvent.findMany({ where: { objectionId: answeredId, event: "CLOSE_AFTER_WINDOW" } });
    expect(events).toHaveLength(1);
    expect(await t.client.objection.findUniqueOrThrow({ where: { id: answeredId } })).toMatchObject({ status: "CLOSED" });
  });

  it("runs a queued job once through pg-boss, even with two engines on one database", async () => {
    const engines: JobEngine[] = [];
    try {
      const env = { ...process.env, DATABASE_URL: t.url ?? "pglite:memory", SMTP_URL: "" };
      engines.push(await startJobEngine({ client: t.client, env, log: () => {} }));
      if (t.url) engines.push(await startJobEngine({ env, log: () => {} }));
      const schedules = await engines[0]!.boss.getSchedules();
      expect(schedules.map((s) => s.name).sort()).toEqual(["close-objections", "deadline-watch", "lapse-requests", "prefill-calendar", "release-exemptions"]);
      // Both engines (same process) share the job table: count how often the work really runs.
      const job = JOBS["lapse-requests"]!;
      const original = job.run;
      let runs = 0;
      job.run = async (now) => {
        runs += 1;
        return original(now);
      };
      try {
        const ids = [await engines[0]!.boss.send("lapse-requests", {}), await engines.at(-1)!.boss.send("deadline-watch", {})];
        const deadline = Date.now() + 40_000;
        for (const [name, id] of [["lapse-requests", ids[0]], ["deadline-watch", ids[1]]] as const) {
          expect(id).toBeTruthy();
          for (;;) {
            const state = (await engines[0]!.boss.getJobById(name, id!))?.state;
            if (state === "completed") break;
            if (Date.now() > deadline) throw new Error(`${name} still ${state}`);
            await new Promise((r) => setTimeout(r, 250));
          }
        }
        await new Promise((r) => setTimeout(r, 1500));
        expect(runs).toBe(1);
      } finally {
        job.run = original;
      }
      // deadline-watch ran with the real clock: whatever it queued, never twice for one key.
      const keys = (await t.client.emailOutbox.findMany({ where: { dedupeKey: { not: null } }, select: { dedupeKey: true } })).map((m) => m.dedupeKey);
      expect(new Set(keys).size).toBe(keys.length);
    } finally {
      for (const engine of engines) await engine.stop();
    }
  });
});
