// After the Komisi Informasi (UU 14/2008 Pasal 38, 47-50), the handover/receipt dates of letters,
// and the dispute workflow's court stages.

import { describe, expect, it } from "vitest";
import {
  courtFilingDeadline,
  courtFilingWarning,
  kiPeriods,
  mediationWarning,
  nextCourtProblem,
} from "@/lib/domain/court-stages";
import { DISPUTE_WORKFLOW } from "@/lib/domain/dispute-workflow";
import { handoverDateProblem, letterReceiptDateProblem } from "@/lib/domain/handover";
import { checkTransition } from "@/lib/domain/workflow";
import { officialConfig } from "./calendar-fixtures";

const config = officialConfig();

describe("court stages (UU 14/2008 Pasal 47-50)", () => {
  it("PTUN/PN: 14 working days after the KI ruling is received, skipping Nyepi, Idul Fitri, cuti bersama and Good Friday 2026", () => {
    // Received Monday 16 March 2026: 18-24 March (cuti bersama, Nyepi, Idul Fitri) and 3 April are not working days.
    expect(courtFilingDeadline("PTUN", "2026-03-16", config)).toBe("2026-04-13");
    expect(courtFilingDeadline("PN", "2026-03-16", config)).toBe("2026-04-13");
  });

  it("MA: cassation within 14 days (calendar, Pasal 50) of receiving the first-instance decision", () => {
    expect(courtFilingDeadline("MA", "2026-03-16", config)).toBe("2026-03-30");
  });

  it("a filing after the computed day is a warning, not a refusal", () => {
    expect(courtFilingWarning("PTUN", "2026-04-13", "2026-04-13")).toBeNull();
    expect(courtFilingWarning("PTUN", "2026-04-14", "2026-04-13")).toMatch(/berakhir pada 13 April 2026 .*pengadilan yang menilai/);
  });

  it("the order of the courts: PTUN or PN first, then the MA, nothing after the MA", () => {
    expect(nextCourtProblem("PTUN", [])).toBeNull();
    expect(nextCourtProblem("MA", [])).toMatch(/Pasal 50/);
    const ptun = { court: "PTUN" as const, ruled: false, rulingDate: null, rulingReceivedOn: null };
    expect(nextCourtProblem("MA", [ptun])).toMatch(/belum diputus/);
    const ruled = { ...ptun, ruled: true, rulingDate: "2026-06-01", rulingReceivedOn: "2026-06-02" };
    expect(nextCourtProblem("MA", [ruled])).toBeNull();
    expect(nextCourtProblem("PN", [ruled])).toMatch(/kasasi/);
    expect(nextCourtProblem("MA", [ruled, { ...ruled, court: "MA" as const }])).toMatch(/tahap terakhir/);
  });

  it("GO_TO_COURT only from a ruling, RECORD_COURT_RULING back to RULED", () => {
    const go = (court: string, stages = []) => checkTransition(DISPUTE_WORKFLOW, "RULED", "GO_TO_COURT", "DESK_OFFICER", { grounds: ["REFUSED_PASAL_17"], courtStages: stages, input: { court } });
    expect(go("PTUN")).toMatchObject({ ok: true, to: "IN_COURT" });
    expect(go("MA")).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(go("MAHKAMAH")).toMatchObject({ ok: false });
    expect(checkTransition(DISPUTE_WORKFLOW, "ADJUDICATION", "GO_TO_COURT", "DESK_OFFICER", { grounds: [], input: { court: "PTUN" } }).ok).toBe(false);
    expect(checkTransition(DISPUTE_WORKFLOW, "IN_COURT", "RECORD_COURT_RULING", "DESK_OFFICER", { grounds: [], input: { rulingDate: "2026-06-01" } })).toMatchObject({ ok: true, to: "RULED" });
  });

  it("the KI's own periods (Pasal 38): 14 working days to start, 100 to finish — information", () => {
    expect(kiPeriods("2026-03-16", config)).toEqual({ startBy: courtFilingDeadline("PTUN", "2026-03-16", config), finishBy: expect.stringMatching(/^2026-08-/) });
  });

  it("mediation over ground (a) alone is recorded with a warning; not blocked", () => {
    expect(mediationWarning(["REFUSED_PASAL_17"])).toMatch(/biasanya diselesaikan Komisi Informasi melalui ajudikasi/);
    expect(mediationWarning(["REFUSED_PASAL_17", "UNREASONABLE_FEE"])).toBeNull();
    expect(checkTransition(DISPUTE_WORKFLOW, "FILED", "START_MEDIATION", "DESK_OFFICER", { grounds: ["REFUSED_PASAL_17"] })).toMatchObject({ ok: true });
  });
});

describe("handover and letter receipt dates", () => {
  it("a handover may be entered after the fact, never in the future nor before the request", () => {
    expect(handoverDateProblem("2026-04-14", "2026-04-20", "2026-04-06")).toBeNull();
    expect(handoverDateProblem("2026-04-21", "2026-04-20", "2026-04-06")).toMatch(/melewati hari ini/);
    expect(handoverDateProblem("2026-04-01", "2026-04-20", "2026-04-06")).toMatch(/sebelum permohonan diajukan/);
    expect(handoverDateProblem("14-04-2026", "2026-04-20", "2026-04-06")).toMatch(/tidak valid/);
  });

  it("a letter is received on or after its date, not in the future", () => {
    expect(letterReceiptDateProblem("2026-04-10", "2026-04-20", "2026-04-08")).toBeNull();
    expect(letterReceiptDateProblem("2026-04-07", "2026-04-20", "2026-04-08")).toMatch(/sebelum tanggal surat/);
    expect(letterReceiptDateProblem("2026-04-21", "2026-04-20", "2026-04-08")).toMatch(/melewati hari ini/);
  });
});
