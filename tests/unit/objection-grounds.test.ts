// Objection grounds (UU 14/2008 Pasal 35(1), 36(1)) and the objection workflow's guards.

import { describe, expect, it } from "vitest";
import { compareIsoDates, formatDateId, isIsoDate, nextDay } from "@/lib/domain/format-date";
import {
  GROUND_LETTERS,
  groundsAvailable,
  OBJECTION_GROUNDS,
  SETTLEABLE_GROUNDS,
  windowWarnings,
  type GroundAvailability,
  type ObjectionGround,
  type ObjectionRequestFacts,
} from "@/lib/domain/objection-grounds";
import { OBJECTION_WORKFLOW, type ObjectionContext } from "@/lib/domain/objection-workflow";
import { checkTransition } from "@/lib/domain/workflow";
import { objectionBase } from "./workflow-fixtures";

function addDays(date: string, days: number): string {
  let result = date;
  for (let i = 0; i < days; i++) result = nextDay(result);
  return result;
}

// Stand-in for the calendar: with no holidays, 30 working days after a weekday are six weeks.
const sixWeeks = (groundDate: string) => addDays(groundDate, 42);

const refused: ObjectionRequestFacts = {
  outcome: "REJECTED",
  status: "CLOSED",
  decidedOn: "2026-04-08", // a Wednesday
  responseDueDate: "2026-04-14",
  noticeIssued: true,
  objectionFilingDeadlineFor: sixWeeks,
};

const unanswered: ObjectionRequestFacts = {
  outcome: null,
  status: "IN_PROCESS",
  decidedOn: null,
  responseDueDate: "2026-04-14", // a Tuesday
  noticeIssued: false,
  objectionFilingDeadlineFor: sixWeeks,
};

const granted: ObjectionRequestFacts = {
  outcome: "GRANTED_FULL",
  status: "CLOSED",
  decidedOn: "2026-04-10",
  responseDueDate: "2026-04-14",
  noticeIssued: true,
  deliveredOn: "2026-04-13",
  fee: 0,
  objectionFilingDeadlineFor: sixWeeks,
};

function ground(list: GroundAvailability[], which: ObjectionGround): GroundAvailability {
  return list.find((item) => item.ground === which)!;
}

describe("groundsAvailable", () => {
  it("returns all seven grounds in the order of Pasal 35(1) a–g", () => {
    expect(groundsAvailable(refused, "2026-04-08").map((g) => GROUND_LETTERS[g.ground])).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
  });

  it("a refusal can be objected to the same day (no waiting period)", () => {
    const list = groundsAvailable(refused, "2026-04-08");
    expect(ground(list, "REFUSED_PASAL_17")).toEqual({
      ground: "REFUSED_PASAL_17", available: true, withinWindow: true, groundDate: "2026-04-08", filingDeadline: "2026-05-20",
    });
    expect(ground(list, "ANSWERED_OTHERWISE").available).toBe(true);
    expect(ground(list, "NOT_FULFILLED").available).toBe(true);
  });

  it("…within the window until its last day; after it still choosable, with a warning that the Atasan decides (Pasal 36(1))", () => {
    expect(ground(groundsAvailable(refused, "2026-05-20"), "REFUSED_PASAL_17")).toMatchObject({ available: true, withinWindow: true });
    expect(ground(groundsAvailable(refused, "2026-05-21"), "REFUSED_PASAL_17")).toEqual({
      ground: "REFUSED_PASAL_17",
      available: true,
      withinWindow: false,
      warning:
        "Menurut perhitungan, batas waktu pengajuan keberatan dengan alasan ini berakhir pada 20 Mei 2026 (30 hari kerja sejak 8 April 2026; UU 14/2008 Pasal 36 ayat (1)). Keberatan tetap dapat dicatat; Atasan PPID yang menilai apakah keberatan dapat diterima.",
      groundDate: "2026-04-08",
      filingDeadline: "2026-05-20",
    });
    expect(windowWarnings(groundsAvailable(refused, "2026-05-21"), ["REFUSED_PASAL_17"])).toEqual([
      expect.stringMatching(/^Alasan huruf a: Menurut perhitungan, batas waktu .* berakhir pada 20 Mei 2026/),
    ]);
    expect(windowWarnings(groundsAvailable(refused, "2026-05-20"), ["REFUSED_PASAL_17"])).toEqual([]);
  });

  it("wrong grounds after a refusal: not answered, fee, late delivery", () => {
    const list = groundsAvailable(refused, "2026-04-09");
    expect(ground(list, "NOT_ANSWERED")).toMatchObject({
      available: false, reason: "Permohonan sudah dijawab dengan pemberitahuan tertulis pada 8 April 2026.",
    });
    expect(ground(list, "UNREASONABLE_FEE")).toMatchObject({ available: false, reason: "Tidak ada biaya yang dikenakan atas permohonan ini." });
    expect(ground(list, "LATE_DELIVERY").available).toBe(false);
  });

  it("(a) also after a partial grant (the withheld parts are refused under Pasal 17), never after a full grant", () => {
    expect(ground(groundsAvailable({ ...granted, outcome: "GRANTED_PARTIAL" }, "2026-04-10"), "REFUSED_PASAL_17").available).toBe(true);
    expect(ground(groundsAvailable(granted, "2026-04-10"), "REFUSED_PASAL_17")).toMatchObject({
      available: false,
      reason: "Permohonan ini tidak ditolak, seluruhnya atau sebagian, dengan alasan pengecualian Pasal 17.",
    });
  });

  it("(c) not answered: within the window from the day after the due date; before it only with a warning", () => {
    expect(ground(groundsAvailable(unanswered, "2026-04-14"), "NOT_ANSWERED")).toMatchObject({
      available: true, withinWindow: false, groundDate: "2026-04-15",
      warning: expect.stringMatching(/^Batas waktu jawaban belum lewat: PPID masih dapat menjawab sampai 14 April 2026\. Keberatan tetap dapat dicatat/),
    });
    expect(ground(groundsAvailable(unanswered, "2026-04-15"), "NOT_ANSWERED")).toEqual({
      ground: "NOT_ANSWERED", available: true, withinWindow: true, groundDate: "2026-04-15", filingDeadline: "2026-05-27",
    });
    expect(ground(groundsAvailable(unanswered, "2026-05-28"), "NOT_ANSWERED")).toMatchObject({ available: true, withinWindow: false });
  });

  it("(c) also while the requester is completing the request: a request for completion is not a written notice (Pasal 22(7))", () => {
    expect(ground(groundsAvailable({ ...unanswered, status: "AWAITING_COMPLETION" }, "2026-04-20"), "NOT_ANSWERED")).toMatchObject({
      available: true, withinWindow: true, groundDate: "2026-04-15",
    });
  });

  it("a lapsed request (office SOP) still admits (c) and (e); a withdrawn one admits only (b)", () => {
    const lapsed = groundsAvailable({ ...unanswered, outcome: "LAPSED", status: "CLOSED", lapsedOn: "2026-04-10" }, "2026-04-20");
    expect(lapsed.filter((g) => g.available).map((g) => g.ground)).toEqual(["PERIODIC_NOT_PUBLISHED", "NOT_ANSWERED", "NOT_FULFILLED"]);
    expect(ground(lapsed, "NOT_FULFILLED")).toMatchObject({ withinWindow: true, groundDate: "2026-04-10" });
    expect(ground(lapsed, "NOT_ANSWERED")).toMatchObject({ withinWindow: true, groundDate: "2026-04-15" });
    const withdrawn = groundsAvailable({ ...unanswered, outcome: "WITHDRAWN", status: "CLOSED" }, "2026-04-20");
    expect(withdrawn.filter((g) => g.available).map((g) => g.ground)).toEqual(["PERIODIC_NOT_PUBLISHED"]);
  });

  it("(d) and (e) count from the handover (Tanda Bukti Penyerahan), not from the notice", () => {
    const list = groundsAvailable({ ...granted, deliveredOn: "2026-04-13" }, "2026-04-20");
    for (const which of ["ANSWERED_OTHERWISE", "NOT_FULFILLED"] as const) {
      expect(ground(list, which)).toMatchObject({ available: true, groundDate: "2026-04-13", filingDeadline: "2026-05-25" });
    }
    // Not yet delivered: the notice date.
    const notYet = groundsAvailable({ ...granted, status: "DECIDED", deliveredOn: null }, "2026-04-20");
    expect(ground(notYet, "NOT_FULFILLED")).toMatchObject({ groundDate: "2026-04-10" });
    // (a) and (f) stay with the notice.
    expect(ground(groundsAvailable({ ...granted, outcome: "GRANTED_PARTIAL", fee: 5000 }, "2026-04-20"), "UNREASONABLE_FEE")).toMatchObject({ groundDate: "2026-04-10" });
  });

  it("(d), (e), (f) only after a decision", () => {
    const list = groundsAvailable(unanswered, "2026-04-10");
    for (const which of ["ANSWERED_OTHERWISE", "NOT_FULFILLED", "UNREASONABLE_FEE"] as const) {
      expect(ground(list, which)).toMatchObject({ available: false, reason: expect.stringMatching(/belum dijawab/) });
    }
  });

  it("(f) when a fee was charged, dated by the notice", () => {
    expect(ground(groundsAvailable({ ...granted, fee: 150_000 }, "2026-04-20"), "UNREASONABLE_FEE")).toMatchObject({
      available: true, groundDate: "2026-04-10",
    });
  });

  it("(g) late delivery: from the day after the due date", () => {
    expect(ground(groundsAvailable(granted, "2026-04-20"), "LATE_DELIVERY")).toMatchObject({
      available: false, reason: "Informasi disampaikan pada 13 April 2026, masih dalam batas waktu (14 April 2026).",
    });
    const late = { ...granted, deliveredOn: "2026-04-20" };
    expect(ground(groundsAvailable(late, "2026-04-21"), "LATE_DELIVERY")).toMatchObject({ available: true, groundDate: "2026-04-15" });
    const notYet = { ...granted, status: "DECIDED" as const, deliveredOn: null };
    expect(ground(groundsAvailable(notYet, "2026-04-13"), "LATE_DELIVERY")).toMatchObject({ available: true, withinWindow: false });
    expect(ground(groundsAvailable(notYet, "2026-04-16"), "LATE_DELIVERY")).toMatchObject({ available: true, withinWindow: true });
  });

  it("(b) at any time, dated today", () => {
    expect(ground(groundsAvailable(unanswered, "2026-04-01"), "PERIODIC_NOT_PUBLISHED")).toEqual({
      ground: "PERIODIC_NOT_PUBLISHED", available: true, withinWindow: true, groundDate: "2026-04-01", filingDeadline: "2026-05-13",
    });
  });

  it("a notice dated after today has not yet given rise to a ground: choosable with a warning", () => {
    expect(ground(groundsAvailable(refused, "2026-04-07"), "REFUSED_PASAL_17")).toMatchObject({
      available: true, withinWindow: false, warning: expect.stringMatching(/^Menurut perhitungan, alasan ini baru timbul pada 8 April 2026\./),
    });
  });

  it("rejects invalid dates", () => {
    expect(() => groundsAvailable(refused, "08-04-2026")).toThrow(RangeError);
    expect(() => groundsAvailable({ ...refused, decidedOn: "2026-13-01" }, "2026-04-08")).toThrow(RangeError);
    expect(() => groundsAvailable({ ...refused, objectionFilingDeadlineFor: () => "kapan-kapan" }, "2026-04-08")).toThrow(RangeError);
  });

  it("settlement (musyawarah) covers grounds b–g — Pasal 35(2)", () => {
    expect(SETTLEABLE_GROUNDS).toEqual(OBJECTION_GROUNDS.filter((g) => g !== "REFUSED_PASAL_17"));
  });
});

describe("objection transitions", () => {
  const ctx = (patch: Partial<ObjectionContext> = {}): ObjectionContext => ({ ...objectionBase, ...patch });

  it("FILE: a same-day objection to a refusal is accepted, with receipt and the Atasan's 30 days", () => {
    const availability = groundsAvailable(refused, "2026-04-08");
    const result = checkTransition(OBJECTION_WORKFLOW, "START", "FILE", "CITIZEN", ctx({
      groundAvailability: availability, input: { grounds: ["REFUSED_PASAL_17"] },
    }));
    expect(result).toMatchObject({ ok: true, to: "RECEIVED" });
    expect(result.ok && result.row).toMatchObject({ letter: "OBJECTION_RECEIPT", startsDeadline: "OBJECTION_RESPONSE" });
  });

  it("FILE: a wrong ground is refused with the reason; a late one is filed (the warning is the service's)", () => {
    const wrong = checkTransition(OBJECTION_WORKFLOW, "START", "FILE", "DESK_OFFICER", ctx({
      groundAvailability: groundsAvailable(granted, "2026-04-20"), input: { grounds: ["REFUSED_PASAL_17", "NOT_FULFILLED"] },
    }));
    expect(wrong).toEqual({
      ok: false,
      code: "INVALID_INPUT",
      reason:
        "Alasan huruf a (Permohonan ditolak dengan alasan pengecualian (Pasal 17)) tidak dapat dipakai: Permohonan ini tidak ditolak, seluruhnya atau sebagian, dengan alasan pengecualian Pasal 17.",
    });
    const late = checkTransition(OBJECTION_WORKFLOW, "START", "FILE", "CITIZEN", ctx({
      groundAvailability: groundsAvailable(refused, "2026-06-01"), input: { grounds: ["REFUSED_PASAL_17"] },
    }));
    expect(late).toMatchObject({ ok: true, to: "RECEIVED" });
  });

  it("FILE: needs at least one known ground, each once, and a checked availability", () => {
    const file = (patch: Partial<ObjectionContext>) => checkTransition(OBJECTION_WORKFLOW, "START", "FILE", "CITIZEN", ctx(patch));
    expect(file({ input: { grounds: [] } })).toMatchObject({ ok: false, reason: "Pilih sedikitnya satu alasan keberatan (UU 14/2008 Pasal 35 ayat (1))." });
    expect(file({ input: { grounds: ["NOT_ANSWERED", "NOT_ANSWERED"] } })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(file({ input: { grounds: ["BOSAN"] } })).toMatchObject({ ok: false, reason: 'Alasan keberatan "BOSAN" tidak dikenal.' });
    expect(file({ groundAvailability: undefined })).toMatchObject({ ok: false, reason: expect.stringMatching(/belum diperiksa/) });
  });

  it("SETTLE only without ground (a); beside (a) the b–g grounds are settled in part and (a) stays — Pasal 35(2)", () => {
    const mixed = ["REFUSED_PASAL_17", "UNREASONABLE_FEE"] as const;
    const withA = checkTransition(OBJECTION_WORKFLOW, "UNDER_REVIEW", "SETTLE", "ATASAN_PPID", ctx({ grounds: mixed }));
    expect(withA).toMatchObject({ ok: false, code: "GUARD" });
    const fee = checkTransition(OBJECTION_WORKFLOW, "UNDER_REVIEW", "SETTLE", "ATASAN_PPID", ctx({ grounds: ["UNREASONABLE_FEE"] }));
    expect(fee).toMatchObject({ ok: true, to: "CLOSED", outcome: "SETTLED" });
    const part = (patch: Partial<ObjectionContext>) =>
      checkTransition(OBJECTION_WORKFLOW, "UNDER_REVIEW", "SETTLE_IN_PART", "ATASAN_PPID", ctx({ grounds: mixed, input: { note: "Biaya dihapus" }, ...patch }));
    expect(part({})).toMatchObject({ ok: true, to: "UNDER_REVIEW" });
    expect(part({ input: {} })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(part({ settledGrounds: ["UNREASONABLE_FEE"] })).toMatchObject({ ok: false, code: "GUARD" });
    expect(part({ grounds: ["UNREASONABLE_FEE"] })).toMatchObject({ ok: false, code: "GUARD" });
    expect(part({ grounds: ["REFUSED_PASAL_17"] })).toMatchObject({ ok: false, code: "GUARD" });
    // After settling in part, the Atasan still answers ground (a).
    expect(checkTransition(OBJECTION_WORKFLOW, "UNDER_REVIEW", "REJECT", "ATASAN_PPID", ctx({ grounds: mixed, settledGrounds: ["UNREASONABLE_FEE"], input: { reason: "Dikecualikan" } }))).toMatchObject({ ok: true });
  });

  it("DECLARE_INADMISSIBLE: the Atasan's answer \"tidak dapat diterima\" needs reasons and opens the dispute window", () => {
    const rule = (input: ObjectionContext["input"]) => checkTransition(OBJECTION_WORKFLOW, "RECEIVED", "DECLARE_INADMISSIBLE", "ATASAN_PPID", ctx({ input }));
    expect(rule({})).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    const ok = rule({ reason: "Diajukan setelah 30 hari kerja" });
    expect(ok).toMatchObject({ ok: true, to: "ANSWERED", outcome: "INADMISSIBLE" });
    expect(ok.ok && ok.row).toMatchObject({ letter: "ATASAN_ANSWER", startsDeadline: "DISPUTE_FILING" });
    expect(checkTransition(OBJECTION_WORKFLOW, "RECEIVED", "DECLARE_INADMISSIBLE", "DESK_OFFICER", ctx({ input: { reason: "x" } })).ok).toBe(false);
  });

  it("the Atasan's answer: reasons to reject (Pasal 36(3)), a period to accept", () => {
    const answer = (event: string, input: ObjectionContext["input"]) =>
      checkTransition(OBJECTION_WORKFLOW, "RECEIVED", event, "ATASAN_PPID", ctx({ input }));
    expect(answer("REJECT", {})).toEqual({ ok: false, code: "INVALID_INPUT", reason: "Tuliskan alasan penolakan keberatan (UU 14/2008 Pasal 36 ayat (3))." });
    expect(answer("ACCEPT_FULL", { orderPeriodDays: 0 })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(answer("ACCEPT_FULL", { orderPeriodDays: 7 })).toMatchObject({ ok: true, to: "ANSWERED", outcome: "ACCEPTED_FULL" });
    expect(answer("ACCEPT_PARTIAL", { orderPeriodDays: 7 })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    const ok = answer("REJECT", { reason: "Informasi dikecualikan berdasarkan uji konsekuensi" });
    expect(ok.ok && ok.row).toMatchObject({ letter: "ATASAN_ANSWER", stopsDeadline: "OBJECTION_RESPONSE", startsDeadline: "DISPUTE_FILING" });
  });

  it("the system closes an answered objection only after the dispute window", () => {
    const open = checkTransition(OBJECTION_WORKFLOW, "ANSWERED", "CLOSE_AFTER_WINDOW", "SYSTEM", ctx({ disputeFilingDueDate: "2026-06-19" }));
    expect(open).toEqual({ ok: false, code: "GUARD", reason: "Batas waktu pengajuan sengketa ke Komisi Informasi belum berakhir (sampai 19 Juni 2026)." });
    expect(checkTransition(OBJECTION_WORKFLOW, "ANSWERED", "CLOSE_AFTER_WINDOW", "SYSTEM", ctx({ disputeFilingDeadlinePassed: true }))).toMatchObject({ ok: true, to: "CLOSED" });
  });
});

describe("format-date helpers", () => {
  it("formats in Indonesian", () => {
    expect(formatDateId("2026-04-08")).toBe("8 April 2026");
    expect(formatDateId("2026-01-01")).toBe("1 Januari 2026");
    expect(formatDateId("2024-02-29")).toBe("29 Februari 2024");
    expect(formatDateId("2025-12-31")).toBe("31 Desember 2025");
  });

  it("rejects non-dates", () => {
    for (const bad of ["2025-02-29", "2026-4-8", "8 April 2026", "", "2026-00-10"]) {
      expect(() => formatDateId(bad)).toThrow(RangeError);
      expect(isIsoDate(bad)).toBe(false);
    }
  });

  it("steps over month and year ends", () => {
    expect(nextDay("2026-04-30")).toBe("2026-05-01");
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
    expect(nextDay("2024-02-28")).toBe("2024-02-29");
    expect(nextDay("2100-02-28")).toBe("2100-03-01");
    expect(compareIsoDates("2026-04-08", "2026-04-09")).toBeLessThan(0);
    expect(compareIsoDates("2026-04-08", "2026-04-08")).toBe(0);
  });
});
