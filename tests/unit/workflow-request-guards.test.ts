// Guards and input validation of the request workflow (UU 14/2008 Pasal 22).

import { describe, expect, it } from "vitest";
import { availableTransitions, checkTransition, transitionOptions, type Start } from "@/lib/domain/workflow";
import { REQUEST_WORKFLOW, type RequestContext, type RequestInput, type RequestStatus } from "@/lib/domain/request-workflow";
import type { Actor } from "@/lib/domain/roles";
import { requestBase } from "./workflow-fixtures";

function ctx(facts: Partial<RequestContext> = {}, input: Partial<RequestInput> = {}): RequestContext {
  return { ...requestBase, ...facts, input: { ...requestBase.input, ...input } };
}

const check = (state: RequestStatus | Start, event: string, actor: Actor, c: RequestContext) =>
  checkTransition(REQUEST_WORKFLOW, state, event, actor, c);

describe("EXTEND — UU 14/2008 Pasal 22(8)", () => {
  it("is allowed once, before the 10 working days end, with a written reason and an extension letter", () => {
    const result = check("IN_PROCESS", "EXTEND", "PPID_UTAMA", ctx());
    expect(result).toMatchObject({ ok: true, to: "IN_PROCESS" });
    expect(result.ok && result.row).toMatchObject({ startsDeadline: "REQUEST_EXTENSION", letter: "EXTENSION_NOTICE" });
  });

  it("is refused a second time", () => {
    const result = check("IN_PROCESS", "EXTEND", "PPID_UTAMA", ctx({ extended: true }));
    expect(result).toEqual({
      ok: false,
      code: "GUARD",
      reason: "Waktu jawaban hanya dapat diperpanjang satu kali (UU 14/2008 Pasal 22 ayat (8)), dan permohonan ini sudah pernah diperpanjang.",
    });
  });

  it("is refused once the deadline has passed, naming the date", () => {
    const result = check("ANSWER_PREPARED", "EXTEND", "PPID_UTAMA", ctx({ responseDeadlinePassed: true, responseDueDate: "2026-04-14" }));
    expect(result).toEqual({
      ok: false,
      code: "GUARD",
      reason:
        "Batas waktu jawaban sudah berakhir pada 14 April 2026. Perpanjangan hanya dapat diberikan sebelum batas waktu itu berakhir (UU 14/2008 Pasal 22 ayat (8)).",
    });
  });

  it("needs a reason", () => {
    expect(check("VERIFIED", "EXTEND", "PPID_UTAMA", ctx({}, { reason: "  " }))).toMatchObject({ ok: false, code: "INVALID_INPUT" });
  });

  it("disappears from the buttons when used, and the disabled option says why", () => {
    const events = (c: RequestContext) => availableTransitions(REQUEST_WORKFLOW, "IN_PROCESS", "PPID_UTAMA", c).map((t) => t.event);
    expect(events(ctx())).toContain("EXTEND");
    expect(events(ctx({ extended: true }))).not.toContain("EXTEND");
    const option = transitionOptions(REQUEST_WORKFLOW, "IN_PROCESS", "PPID_UTAMA", ctx({ extended: true })).find((o) => o.event === "EXTEND");
    expect(option).toMatchObject({ enabled: false, label: "Perpanjang waktu jawaban" });
    expect(option?.reason).toMatch(/satu kali/);
  });

  it("is not available while the requester completes the request, nor after the decision", () => {
    for (const state of ["AWAITING_COMPLETION", "DECIDED", "CLOSED"] as const) {
      expect(check(state, "EXTEND", "PPID_UTAMA", ctx())).toMatchObject({ ok: false, code: "NOT_IN_STATE" });
    }
  });
});

describe("completion of an incomplete request", () => {
  it("asks what is missing and starts the completion period", () => {
    expect(check("RECEIVED", "REQUEST_COMPLETION", "DESK_OFFICER", ctx({}, { reason: "" }))).toEqual({
      ok: false, code: "INVALID_INPUT", reason: "Sebutkan persyaratan yang belum lengkap.",
    });
    const ok = check("RECEIVED", "REQUEST_COMPLETION", "DESK_OFFICER", ctx());
    expect(ok.ok && ok.row.startsDeadline).toBe("REQUIREMENTS_COMPLETION");
  });

  it("lapses only once the period passed, and only by the system", () => {
    const pending = ctx({ completionDueDate: "2026-04-07", completionDeadlinePassed: false });
    expect(check("AWAITING_COMPLETION", "LAPSE", "SYSTEM", pending)).toEqual({
      ok: false, code: "GUARD", reason: "Batas waktu melengkapi persyaratan belum berakhir (sampai 7 April 2026).",
    });
    const passed = ctx({ completionDueDate: "2026-04-07", completionDeadlinePassed: true });
    expect(check("AWAITING_COMPLETION", "LAPSE", "SYSTEM", passed)).toMatchObject({ ok: true, to: "CLOSED", outcome: "LAPSED" });
    expect(check("AWAITING_COMPLETION", "LAPSE", "DESK_OFFICER", passed)).toMatchObject({ ok: false, code: "ROLE_NOT_ALLOWED" });
  });

  it("accepts the documents until the period ends, back to the desk's check", () => {
    expect(check("AWAITING_COMPLETION", "SUBMIT_COMPLETION", "CITIZEN", ctx())).toMatchObject({ ok: true, to: "RECEIVED" });
    const late = check("AWAITING_COMPLETION", "SUBMIT_COMPLETION", "CITIZEN", ctx({ completionDueDate: "2026-04-07", completionDeadlinePassed: true }));
    expect(late).toMatchObject({ ok: false, code: "GUARD" });
    expect(!late.ok && late.reason).toMatch(/sudah berakhir pada 7 April 2026/);
  });
});

describe("creation", () => {
  it("the citizen files online; the desk registers other channels only", () => {
    expect(check("START", "SUBMIT", "CITIZEN", ctx())).toMatchObject({ ok: true, to: "RECEIVED" });
    expect(check("START", "REGISTER", "DESK_OFFICER", ctx({}, { channel: "POST" }))).toMatchObject({ ok: true, to: "RECEIVED" });
    expect(check("START", "REGISTER", "DESK_OFFICER", ctx({}, { channel: "ONLINE" }))).toEqual({
      ok: false, code: "INVALID_INPUT", reason: "Permohonan daring diajukan sendiri oleh pemohon melalui portal.",
    });
    expect(check("START", "REGISTER", "DESK_OFFICER", ctx({}, { channel: undefined }))).toMatchObject({ ok: false, code: "INVALID_INPUT" });
  });

  it("starts the 10 working days and issues the receipt", () => {
    const result = check("START", "SUBMIT", "CITIZEN", ctx());
    expect(result.ok && result.row).toMatchObject({ startsDeadline: "REQUEST_RESPONSE", letter: "RECEIPT" });
  });

  it("forwarding needs a unit", () => {
    expect(check("VERIFIED", "FORWARD_TO_UNIT", "DESK_OFFICER", ctx({}, { unitId: "" }))).toMatchObject({ ok: false, code: "INVALID_INPUT" });
  });
});

describe("decisions — UU 14/2008 Pasal 22(7), Pasal 17", () => {
  it("a refusal needs Pasal 17 letters a–j and a consequence test, and closes with the refusal decision", () => {
    expect(check("ANSWER_PREPARED", "DECIDE_REJECT", "PPID_UTAMA", ctx({}, { pasal17Letters: [] }))).toEqual({
      ok: false, code: "INVALID_INPUT", reason: "Sebutkan huruf Pasal 17 (a–j) yang menjadi alasan penolakan.",
    });
    expect(check("ANSWER_PREPARED", "DECIDE_REJECT", "PPID_UTAMA", ctx({}, { pasal17Letters: ["b", "k"] }))).toEqual({
      ok: false, code: "INVALID_INPUT", reason: 'Pasal 17 hanya memuat huruf a sampai j; "k" tidak dikenal.',
    });
    const noTest = check("ANSWER_PREPARED", "DECIDE_REJECT", "PPID_UTAMA", ctx({}, { consequenceTestId: undefined }));
    expect(!noTest.ok && noTest.reason).toMatch(/uji konsekuensi/);
    const ok = check("ANSWER_PREPARED", "DECIDE_REJECT", "PPID_UTAMA", ctx({}, { pasal17Letters: ["b", "j"] }));
    expect(ok).toMatchObject({ ok: true, to: "CLOSED", outcome: "REJECTED" });
    expect(ok.ok && ok.row).toMatchObject({ letter: "REFUSAL_DECISION", stopsDeadline: true });
  });

  it("a partial grant lists every withheld part with its reason and rests on a consequence test", () => {
    const none = check("IN_PROCESS", "DECIDE_GRANT_PARTIAL", "PPID_UTAMA", ctx({}, { withheldParts: [] }));
    expect(!none.ok && none.reason).toBe("Sebutkan bagian informasi yang dihitamkan beserta alasannya.");
    const bare = check("IN_PROCESS", "DECIDE_GRANT_PARTIAL", "PPID_UTAMA", ctx({}, { withheldParts: [{ part: "Lampiran", reason: " " }] }));
    expect(!bare.ok && bare.reason).toBe("Setiap bagian yang dihitamkan harus disebutkan beserta alasannya.");
    const noTest = check("IN_PROCESS", "DECIDE_GRANT_PARTIAL", "PPID_UTAMA", ctx({}, { consequenceTestId: "" }));
    expect(noTest).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(check("IN_PROCESS", "DECIDE_GRANT_PARTIAL", "PPID_UTAMA", ctx())).toMatchObject({ ok: true, to: "DECIDED", outcome: "GRANTED_PARTIAL" });
  });

  it("'not held' needs no holding body (named only when known) and closes the request", () => {
    expect(check("VERIFIED", "DECIDE_NOT_HELD", "PPID_UTAMA", ctx({}, { holdingBody: undefined }))).toMatchObject({
      ok: true, to: "CLOSED", outcome: "NOT_HELD",
    });
  });

  it("a late decision is still possible (the answer is owed)", () => {
    expect(check("IN_PROCESS", "DECIDE_GRANT_FULL", "PPID_UTAMA", ctx({ responseDeadlinePassed: true }))).toMatchObject({ ok: true });
  });

  it("the PPID Pelaksana prepares but never decides", () => {
    expect(check("IN_PROCESS", "PREPARE_ANSWER", "PPID_PELAKSANA", ctx())).toMatchObject({ ok: true, to: "ANSWER_PREPARED" });
    expect(check("ANSWER_PREPARED", "DECIDE_GRANT_FULL", "PPID_PELAKSANA", ctx())).toEqual({
      ok: false, code: "ROLE_NOT_ALLOWED", reason: 'PPID Pelaksana tidak berwenang melakukan tindakan "Kabulkan seluruhnya".',
    });
  });
});

describe("after the decision", () => {
  it("delivers only granted information", () => {
    expect(check("DECIDED", "DELIVER", "DESK_OFFICER", ctx({ outcome: "GRANTED_PARTIAL" }))).toMatchObject({ ok: true, to: "CLOSED" });
    expect(check("DECIDED", "DELIVER", "DESK_OFFICER", ctx({ outcome: "REJECTED" }))).toMatchObject({ ok: false, code: "GUARD" });
  });

  it("withdrawal is possible only before a decision", () => {
    expect(check("ANSWER_PREPARED", "WITHDRAW", "CITIZEN", ctx())).toMatchObject({ ok: true, outcome: "WITHDRAWN" });
    expect(check("DECIDED", "WITHDRAW", "CITIZEN", ctx({ outcome: "GRANTED_FULL" }))).toEqual({
      ok: false,
      code: "NOT_IN_STATE",
      reason: 'Tindakan "Tarik permohonan" tidak dapat dilakukan pada permohonan berstatus "Diputuskan, menunggu penyerahan".',
    });
  });

  it("the Atasan's order reopens a decided request, clearing the outcome; on an open one it only records", () => {
    expect(check("CLOSED", "FOLLOW_UP_ORDER", "SYSTEM", ctx({ outcome: "REJECTED" }))).toMatchObject({ ok: true, to: "IN_PROCESS", outcome: null });
    expect(check("IN_PROCESS", "FOLLOW_UP_ORDER", "SYSTEM", ctx())).toMatchObject({ ok: true, to: "IN_PROCESS" });
    expect(check("CLOSED", "FOLLOW_UP_ORDER", "SYSTEM", ctx({ outcome: "LAPSED" }))).toEqual({
      ok: false, code: "GUARD", reason: "Permohonan yang batal atau ditarik tidak dapat dibuka kembali.",
    });
    expect(check("CLOSED", "FOLLOW_UP_ORDER", "ATASAN_PPID", ctx({ outcome: "REJECTED" }))).toMatchObject({ ok: false, code: "ROLE_NOT_ALLOWED" });
  });

  it("deadline recomputation runs on open requests only", () => {
    expect(check("AWAITING_COMPLETION", "RECOMPUTE_DEADLINE", "SYSTEM", ctx())).toMatchObject({ ok: true, to: "AWAITING_COMPLETION" });
    expect(check("DECIDED", "RECOMPUTE_DEADLINE", "SYSTEM", ctx())).toMatchObject({ ok: false, code: "NOT_IN_STATE" });
  });
});
