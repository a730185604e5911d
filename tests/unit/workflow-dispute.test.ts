// The dispute record (UU 14/2008 Pasal 37-40): the filing window and its override, mediation.

import { describe, expect, it } from "vitest";
import {
  checkDisputeFilingWindow,
  DISPUTE_WORKFLOW,
  type DisputeContext,
  type DisputeFiling,
} from "@/lib/domain/dispute-workflow";
import { checkTransition } from "@/lib/domain/workflow";
import { disputeBase } from "./workflow-fixtures";

// An objection received 2026-03-31; the Atasan's 30 working days end 2026-05-12 (the caller's
// calendar); with an answer received 2026-05-04 the 14 working days end 2026-05-22.
const answered: DisputeFiling = {
  answeredOn: "2026-05-04",
  objectionResponseDueDate: "2026-05-12",
  disputeFilingDeadline: "2026-05-22",
  filedOn: "2026-05-05",
};
// No answer: the window opens the day after 2026-05-12 and ends 14 working days later.
const unanswered: DisputeFiling = {
  answeredOn: null,
  objectionResponseDueDate: "2026-05-12",
  disputeFilingDeadline: "2026-06-02",
  filedOn: "2026-05-13",
};

describe("checkDisputeFilingWindow — UU 14/2008 Pasal 37(2)", () => {
  it("in time after an answer, including the day of the answer and the last day", () => {
    expect(checkDisputeFilingWindow(answered)).toBeNull();
    expect(checkDisputeFilingWindow({ ...answered, filedOn: "2026-05-04" })).toBeNull();
    expect(checkDisputeFilingWindow({ ...answered, filedOn: "2026-05-22" })).toBeNull();
  });

  it("too early: before the answer was received", () => {
    expect(checkDisputeFilingWindow({ ...answered, filedOn: "2026-05-03" })).toBe(
      "Sengketa tercatat diajukan pada 3 Mei 2026, sebelum tanggapan Atasan PPID diterima pada 4 Mei 2026 (UU 14/2008 Pasal 37 ayat (2))." +
        " Jika Komisi Informasi tetap menerima pengajuan ini, catat alasannya.",
    );
  });

  it("too early: no answer and the Atasan's 30 working days not yet over", () => {
    expect(checkDisputeFilingWindow({ ...unanswered, filedOn: "2026-05-12" })).toMatch(
      /^Sengketa baru dapat diajukan setelah Atasan PPID menanggapi keberatan atau setelah batas waktu tanggapan berakhir pada 12 Mei 2026/,
    );
  });

  it("in time: no answer, from the day after the Atasan's period", () => {
    expect(checkDisputeFilingWindow(unanswered)).toBeNull();
    expect(checkDisputeFilingWindow({ ...unanswered, filedOn: "2026-06-02" })).toBeNull();
  });

  it("too late: after the 14 working days", () => {
    expect(checkDisputeFilingWindow({ ...answered, filedOn: "2026-05-25" })).toBe(
      "Batas waktu pengajuan sengketa berakhir pada 22 Mei 2026 (14 hari kerja, UU 14/2008 Pasal 37 ayat (2)), sedangkan sengketa diajukan pada 25 Mei 2026." +
        " Jika Komisi Informasi tetap menerima pengajuan ini, catat alasannya.",
    );
    expect(checkDisputeFilingWindow({ ...unanswered, filedOn: "2026-06-03" })).toMatch(/berakhir pada 2 Juni 2026/);
  });

  it("outside the window only with an override reason", () => {
    expect(checkDisputeFilingWindow({ ...answered, filedOn: "2026-05-25", override: { reason: "KI menerima: pemohon sakit (surat dokter)" } })).toBeNull();
    expect(checkDisputeFilingWindow({ ...unanswered, filedOn: "2026-05-01", override: { reason: "KI meregistrasi perkara" } })).toBeNull();
    expect(checkDisputeFilingWindow({ ...answered, filedOn: "2026-05-25", override: { reason: "   " } })).not.toBeNull();
    expect(checkDisputeFilingWindow({ ...answered, filedOn: "2026-05-25", override: null })).not.toBeNull();
  });

  it("rejects dates that are not dates", () => {
    expect(checkDisputeFilingWindow({ ...answered, filedOn: "2026-02-30" })).toBe("Tanggal tidak valid: 2026-02-30.");
  });
});

describe("dispute transitions", () => {
  const ctx = (patch: Partial<DisputeContext> = {}): DisputeContext => ({ ...disputeBase, ...patch });

  it("FILE checks the window", () => {
    expect(checkTransition(DISPUTE_WORKFLOW, "START", "FILE", "PPID_UTAMA", ctx())).toMatchObject({ ok: true, to: "FILED" });
    const late = ctx({ input: { filing: { ...answered, filedOn: "2026-06-30" } } });
    expect(checkTransition(DISPUTE_WORKFLOW, "START", "FILE", "PPID_UTAMA", late)).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    const missing = ctx({ input: {} });
    expect(checkTransition(DISPUTE_WORKFLOW, "START", "FILE", "DESK_OFFICER", missing)).toEqual({
      ok: false, code: "INVALID_INPUT", reason: "Isi tanggal pengajuan sengketa dan tanggal-tanggal keberatannya.",
    });
  });

  it("mediation over a Pasal 17 refusal alone is recorded (the KI decides; the page warns, Pasal 40(2))", () => {
    const onlyA = ctx({ grounds: ["REFUSED_PASAL_17"] });
    expect(checkTransition(DISPUTE_WORKFLOW, "FILED", "START_MEDIATION", "PPID_UTAMA", onlyA)).toMatchObject({ ok: true, to: "MEDIATION" });
    expect(checkTransition(DISPUTE_WORKFLOW, "FILED", "START_ADJUDICATION", "PPID_UTAMA", onlyA)).toMatchObject({ ok: true });
    const mixed = ctx({ grounds: ["REFUSED_PASAL_17", "UNREASONABLE_FEE"] });
    expect(checkTransition(DISPUTE_WORKFLOW, "FILED", "START_MEDIATION", "PPID_UTAMA", mixed)).toMatchObject({ ok: true });
    expect(checkTransition(DISPUTE_WORKFLOW, "FILED", "START_MEDIATION", "PPID_UTAMA", ctx({ grounds: [] }))).toMatchObject({ ok: true });
  });

  it("a ruling needs its date; compliance needs a note", () => {
    const noDate = ctx({ input: { ...disputeBase.input, rulingDate: "" } });
    expect(checkTransition(DISPUTE_WORKFLOW, "ADJUDICATION", "RULE_GRANTED", "PPID_UTAMA", noDate)).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(checkTransition(DISPUTE_WORKFLOW, "ADJUDICATION", "RULE_GRANTED", "PPID_UTAMA", ctx())).toMatchObject({ ok: true, outcome: "GRANTED" });
    const noNote = ctx({ input: { ...disputeBase.input, note: "" } });
    expect(checkTransition(DISPUTE_WORKFLOW, "RULED", "RECORD_COMPLIANCE", "DESK_OFFICER", noNote)).toMatchObject({ ok: false, code: "INVALID_INPUT" });
  });

  it("the citizen and the Atasan record nothing at the Komisi Informasi", () => {
    for (const actor of ["CITIZEN", "ATASAN_PPID", "PPID_PELAKSANA", "ADMIN"] as const) {
      expect(checkTransition(DISPUTE_WORKFLOW, "START", "FILE", actor, ctx())).toMatchObject({ ok: false, code: "ROLE_NOT_ALLOWED" });
    }
  });
});
