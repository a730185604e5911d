import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeDeadline } from "@/lib/domain/calendar";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { addHoliday } from "@/lib/server/services/add-holiday";
import { importHolidayFile } from "@/lib/server/services/import-holidays";
import { prefillCalendarYear } from "@/lib/server/services/prefill-calendar-year";
import type { RecomputeActor } from "@/lib/server/services/recompute-open-deadlines";
import { removeHoliday } from "@/lib/server/services/remove-holiday";
import { setCalendarYearOfficial } from "@/lib/server/services/set-calendar-year-official";
import { setCutiBersamaWorkingDay } from "@/lib/server/services/set-cuti-bersama-working-day";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import {
  createAnsweredObjectionWithTask,
  createPendingObjection,
  createRequest,
  day,
  useCaseRowsClient,
  wita,
  ymd,
} from "../support/calendar-case-rows";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
let admin: RecomputeActor;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  useCaseRowsClient(t.client);
  const user = await t.client.user.findFirstOrThrow({ where: { role: "ADMIN" } });
  admin = { id: user.id, role: user.role };
});
afterAll(() => t.close());

const eventsOf = (requestId: string) =>
  t.client.caseEvent.findMany({ where: { requestId, event: "RECOMPUTE_DEADLINE" }, orderBy: { at: "asc" } });
const holidayCount = () => t.client.holiday.count();
const eventCount = () => t.client.caseEvent.count({ where: { event: "RECOMPUTE_DEADLINE" } });

describe(`calendar changes recompute open deadlines (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("adding a weekday holiday inside the window moves the deadline one working day later, logged once; removing it moves it back", async () => {
    // Received Monday 20 April 2026, 10:00 WITA: 10 working days (1 May is a holiday) end 5 May.
    const request = await createRequest(wita("2026-04-20T10:00"));
    const closed = await createRequest(wita("2026-04-20T10:00"), { status: "CLOSED" });
    expect(ymd(request.dueDate)).toBe("2026-05-05");

    const added = await addHoliday({ date: "2026-04-29", name: "Cuti bersama uji", kind: "CUTI_BERSAMA", source: undefined, provisional: false }, admin);
    expect(added.recomputed.changed).toBeGreaterThanOrEqual(1);
    expect(ymd((await t.client.informationRequest.findUniqueOrThrow({ where: { id: request.id } })).dueDate)).toBe("2026-05-06");
    const events = await eventsOf(request.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ caseKind: "REQUEST", actorId: admin.id, actorRole: "SYSTEM", fromStatus: "IN_PROCESS", toStatus: "IN_PROCESS" });
    expect(events[0]?.data).toMatchObject({ field: "dueDate", from: "2026-05-05", to: "2026-05-06" });
    expect(events[0]?.note).toBe(
      "Batas waktu jawaban permohonan berubah dari 5 Mei 2026 menjadi 6 Mei 2026 karena: hari libur 'Cuti bersama uji' (29 April 2026) ditambahkan.",
    );
    // A closed request keeps its deadline and gets no event.
    expect(ymd((await t.client.informationRequest.findUniqueOrThrow({ where: { id: closed.id } })).dueDate)).toBe("2026-05-05");
    expect(await eventsOf(closed.id)).toHaveLength(0);

    await removeHoliday({ id: added.result.id }, admin);
    expect(ymd((await t.client.informationRequest.findUniqueOrThrow({ where: { id: request.id } })).dueDate)).toBe("2026-05-05");
    const after = await eventsOf(request.id);
    expect(after).toHaveLength(2);
    expect(after[1]?.data).toMatchObject({ field: "dueDate", from: "2026-05-06", to: "2026-05-05" });
    expect(await eventsOf(closed.id)).toHaveLength(0);
  });

  it("recomputes extensions, completion periods, objections and follow-up orders", async () => {
    const extended = await createRequest(wita("2026-04-06T10:00"), { extendedAt: wita("2026-04-15T10:00") });
    const incomplete = await createRequest(wita("2026-04-27T10:00"), { status: "AWAITING_COMPLETION", completionRequestedOn: "2026-04-28" });
    expect(ymd(incomplete.completionDueDate)).toBe("2026-04-30");
    const ordered = await createRequest(wita("2026-03-30T10:00"));
    const { objection, task } = await createAnsweredObjectionWithTask(ordered.id, "2026-04-24", 5);
    expect(ymd(task.dueDate)).toBe("2026-05-04");
    const pending = await createPendingObjection(ordered.id, wita("2026-04-13T09:00"));

    const added = await addHoliday({ date: "2026-04-29", name: "Libur daerah uji", kind: "LOCAL", source: undefined, provisional: false }, admin);
    const reread = async () => ({
      extended: await t.client.informationRequest.findUniqueOrThrow({ where: { id: extended.id } }),
      incomplete: await t.client.informationRequest.findUniqueOrThrow({ where: { id: incomplete.id } }),
      objection: await t.client.objection.findUniqueOrThrow({ where: { id: objection.id } }),
      task: await t.client.followUpTask.findUniqueOrThrow({ where: { id: task.id } }),
    });
    const now = await reread();
    expect(ymd(now.incomplete.completionDueDate)).toBe("2026-05-04");
    expect(ymd(now.task.dueDate)).toBe("2026-05-05");
    expect(ymd(now.objection.disputeDueDate)! > ymd(objection.disputeDueDate)!).toBe(true);
    expect(ymd(now.extended.dueDate)! > ymd(extended.dueDate)!).toBe(true);
    const taskEvents = await eventsOf(ordered.id);
    expect(taskEvents.map((e) => e.data)).toEqual([expect.objectContaining({ field: "followUpTask.dueDate", taskId: task.id, from: "2026-05-04", to: "2026-05-05" })]);
    const objectionEvents = await t.client.caseEvent.findMany({ where: { objectionId: objection.id, event: "RECOMPUTE_DEADLINE" } });
    expect(objectionEvents.map((e) => (e.data as { field: string }).field)).toEqual(["disputeDueDate"]);
    // UU 14/2008 Pasal 36(2) and 37(2): a pending objection's answer deadline and the dispute deadline after it.
    const pendingNow = await t.client.objection.findUniqueOrThrow({ where: { id: pending.id } });
    const config = await loadCalendarConfig(t.client);
    expect(ymd(pendingNow.dueDate)).toBe(computeDeadline("OBJECTION_RESPONSE", pending.submittedAt, config).dueDate);
    expect(ymd(pendingNow.dueDate)! > ymd(pending.dueDate)!).toBe(true);
    const pendingEvents = await t.client.caseEvent.findMany({ where: { objectionId: pending.id, event: "RECOMPUTE_DEADLINE" } });
    expect(pendingEvents.map((e) => (e.data as { field: string }).field).sort()).toEqual(["disputeDueDate", "dueDate"]);
    expect(pendingEvents.every((e) => e.caseKind === "OBJECTION" && e.fromStatus === "UNDER_REVIEW")).toBe(true);

    await removeHoliday({ id: added.result.id }, admin);
    const back = await reread();
    expect(ymd(back.task.dueDate)).toBe("2026-05-04");
    expect(ymd(back.objection.disputeDueDate)).toBe(ymd(objection.disputeDueDate));
    expect(ymd(back.extended.dueDate)).toBe(ymd(extended.dueDate));
  });

  it("counting cuti bersama as working days moves deadlines earlier, and back", async () => {
    // Received Monday 11 May 2026: 14 May and 27 May are holidays, 15 and 28 May cuti bersama.
    const request = await createRequest(wita("2026-05-11T10:00"));
    expect(ymd(request.dueDate)).toBe("2026-05-29");
    const on = await setCutiBersamaWorkingDay({ cutiBersamaIsWorkingDay: true }, admin);
    expect(on.recomputed.changes.filter((c) => c.caseId === request.id)).toEqual([
      expect.objectContaining({ field: "dueDate", from: "2026-05-29", to: "2026-05-26" }),
    ]);
    expect(ymd((await t.client.informationRequest.findUniqueOrThrow({ where: { id: request.id } })).dueDate)).toBe("2026-05-26");
    await setCutiBersamaWorkingDay({ cutiBersamaIsWorkingDay: false }, admin);
    expect(ymd((await t.client.informationRequest.findUniqueOrThrow({ where: { id: request.id } })).dueDate)).toBe("2026-05-29");
    expect(await eventsOf(request.id)).toHaveLength(2);
  });
});

const JSON_2027 = JSON.stringify({ years: { "2027": [
  { date: "2027-01-01", name: "Tahun Baru 2027 Masehi", kind: "NATIONAL", source: "SKB 2027" },
  { date: "2027-08-17", name: "Proklamasi Kemerdekaan", kind: "NATIONAL", source: "SKB 2027" },
] } });
const CSV_2027 = "tanggal,nama,jenis,sumber\n2027-01-01,Tahun Baru 2027 Masehi,libur nasional,SKB 2027\n2027-02-05,Cuti bersama Imlek,cuti bersama,SKB 2027\n2027-08-17,Proklamasi Kemerdekaan,,SKB 2027\n";
const ICS_2027 = [
  "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Uji//ID",
  "BEGIN:VEVENT", "UID:a", "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:20270310", "DTEND;VALUE=DATE:20270312", "SUMMARY:Cuti bersama Idul Fitri", "END:VEVENT",
  "END:VCALENDAR", "",
].join("\r\n");

describe("importing a year", () => {
  const importFile = (fileName: string, text: string, mode: "REPLACE" | "MERGE" = "REPLACE") =>
    importHolidayFile({ year: 2027, mode, official: true, source: "SKB 3 Menteri 2027 (uji)", fileName, text }, admin);
  const year2027 = async () => (await t.client.holiday.findMany({ where: { date: { gte: day("2027-01-01"), lt: day("2028-01-01") } }, orderBy: { date: "asc" } })).map((h) => [ymd(h.date), h.kind]);

  it.each([
    ["skb-2027.json", JSON_2027, [["2027-01-01", "NATIONAL"], ["2027-08-17", "NATIONAL"]]],
    ["skb-2027.csv", CSV_2027, [["2027-01-01", "NATIONAL"], ["2027-02-05", "CUTI_BERSAMA"], ["2027-08-17", "NATIONAL"]]],
    ["skb-2027.ics", ICS_2027, [["2027-03-10", "CUTI_BERSAMA"], ["2027-03-11", "CUTI_BERSAMA"]]],
  ])("imports %s, replacing the year and marking 2027 official", async (fileName, text, expected) => {
    const outcome = await importFile(fileName, text);
    expect(outcome.count).toBe(expected.length);
    expect(await year2027()).toEqual(expected);
    expect(await t.client.calendarYear.findUniqueOrThrow({ where: { year: 2027 } })).toMatchObject({ official: true, source: "SKB 3 Menteri 2027 (uji)" });
    expect((await loadCalendarConfig(t.client)).officialYears).toContain(2027);
  });

  it("changes nothing when a row is bad: no holiday, no event", async () => {
    const holidays = await holidayCount();
    const events = await eventCount();
    const before = await year2027();
    const bad = "date,name\n2027-05-01,Hari Buruh\n2027-02-30,Tanggal salah\n";
    await expect(importFile("buruk.csv", bad)).rejects.toMatchObject({ fieldErrors: { file: expect.stringContaining("Baris 3") } });
    expect(await holidayCount()).toBe(holidays);
    expect(await eventCount()).toBe(events);
    expect(await year2027()).toEqual(before);
  });

  it("rolls the whole import back when the recomputation fails inside the transaction", async () => {
    const ordered = await createRequest(wita("2026-03-30T10:00"));
    const { objection } = await createAnsweredObjectionWithTask(ordered.id, "2026-04-24", 5);
    await t.client.objection.update({ where: { id: objection.id }, data: { orderPeriodDays: -1 } }); // impossible period
    const before = await year2027();
    await expect(importFile("skb-2027.csv", CSV_2027, "REPLACE")).rejects.toThrow();
    expect(await year2027()).toEqual(before);
    await t.client.objection.update({ where: { id: objection.id }, data: { orderPeriodDays: 5 } });
  });

  it("pre-fills a year without a decree with provisional rows and leaves it unofficial", async () => {
    const outcome = await prefillCalendarYear(2028, admin);
    expect(outcome.result.added).toBeGreaterThanOrEqual(12);
    const rows = await t.client.holiday.findMany({ where: { date: { gte: day("2028-01-01"), lt: day("2029-01-01") } } });
    expect(rows.length).toBe(outcome.result.added);
    // The dates a presidential decree fixes are final; the library's predictions are provisional.
    const fixed = rows.filter((h) => !h.provisional);
    expect(fixed.map((h) => h.date.toISOString().slice(5, 10)).sort()).toEqual(["01-01", "05-01", "06-01", "08-17", "12-25"]);
    expect(rows.filter((h) => h.provisional).every((h) => h.source === "date-holidays (sementara, bukan SKB)")).toBe(true);
    expect((await t.client.calendarYear.findUnique({ where: { year: 2028 } }))?.official ?? false).toBe(false);
    expect((await loadCalendarConfig(t.client)).officialYears).not.toContain(2028);
    await expect(prefillCalendarYear(2026, admin)).rejects.toThrow(/sudah memiliki kalender resmi/);

    // Marking it official needs the provisional dates confirmed; they then take the decree as source.
    const mark = { year: 2028, official: true, source: "SKB 2028 (uji)" };
    await expect(setCalendarYearOfficial({ ...mark, confirmProvisional: false }, admin)).rejects.toThrow(/hari libur sementara/);
    expect((await t.client.calendarYear.findUnique({ where: { year: 2028 } }))?.official ?? false).toBe(false);
    const marked = await setCalendarYearOfficial({ ...mark, confirmProvisional: true }, admin);
    expect(marked.result.confirmed).toBe(rows.length - fixed.length);
    expect(await t.client.holiday.count({ where: { provisional: true } })).toBe(0);
    expect((await t.client.calendarYear.findUniqueOrThrow({ where: { year: 2028 } })).official).toBe(true);
  });
});
