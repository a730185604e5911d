import { describe, expect, it } from "vitest";
import { NOTIFICATIONS, noticeBody, noticesFor, optionalMailKeys, type NoticeFacts } from "@/lib/domain/notifications";
import { DISPUTE_EVENTS } from "@/lib/domain/dispute-workflow";
import { OBJECTION_EVENTS } from "@/lib/domain/objection-workflow";
import { REQUEST_EVENTS } from "@/lib/domain/request-workflow";

const facts: NoticeFacts = {
  caseNumber: "001/PMH/PPID-KPG/2026",
  requestNumber: "001/PMH/PPID-KPG/2026",
  requesterName: "Maria",
  officeName: "PPID Kota Kupang",
  officeContact: "Telepon 0380 · ppid@kupang.demo",
  link: "https://ppid.example/lacak?nomor=1",
  dueDate: "20 April 2026",
  letterNumber: "002/SPT/PPID-KPG/2026",
  outcome: "Dikabulkan seluruhnya",
  note: null,
  unitName: "Dinas Kesehatan",
  disputeDueDate: null,
  information: "Anggaran 2025",
};

describe("the notification table", () => {
  it("is keyed by real workflow events only", () => {
    const logged = ["RECORD_LETTER_RECEIPT"]; // logged on the case, not a transition of its table
    const known = new Set([
      ...[...REQUEST_EVENTS, ...logged].map((e) => `REQUEST.${e}`),
      ...[...OBJECTION_EVENTS, ...logged].map((e) => `OBJECTION.${e}`),
      ...DISPUTE_EVENTS.map((e) => `DISPUTE.${e}`),
    ]);
    for (const key of NOTIFICATIONS.keys()) expect(known.has(key), key).toBe(true);
  });

  it("tells the requester of every step the issue lists, with the case number in the subject and the link in the body", () => {
    const requesterSteps = [
      "REQUEST.SUBMIT", "REQUEST.REGISTER", "REQUEST.REQUEST_COMPLETION", "REQUEST.FORWARD_TO_UNIT", "REQUEST.EXTEND",
      "REQUEST.DECIDE_GRANT_FULL", "REQUEST.DECIDE_REJECT", "REQUEST.DELIVER", "REQUEST.LAPSE", "REQUEST.WITHDRAW",
      "OBJECTION.FILE", "OBJECTION.ACCEPT_FULL", "OBJECTION.REJECT", "OBJECTION.DECLARE_INADMISSIBLE", "OBJECTION.SETTLE_IN_PART",
      "DISPUTE.FILE", "DISPUTE.RULE_GRANTED", "DISPUTE.GO_TO_COURT", "DISPUTE.RECORD_COURT_RULING",
    ];
    for (const step of requesterSteps) {
      const [kind, event] = step.split(".") as ["REQUEST" | "OBJECTION" | "DISPUTE", string];
      const rule = noticesFor(kind, event).find((r) => r.to === "REQUESTER");
      expect(rule, step).toBeDefined();
      const text = rule!.text(facts);
      expect(text.subject.startsWith(`[${facts.caseNumber}]`), step).toBe(true);
      expect(text.lines.join("\n"), step).toContain(facts.link);
    }
  });

  it("reaches the staff who must act", () => {
    const to = (kind: "REQUEST" | "OBJECTION", event: string) => noticesFor(kind, event).map((r) => r.to);
    expect(to("REQUEST", "SUBMIT")).toContain("DESK_OFFICERS");
    expect(to("REQUEST", "REGISTER")).not.toContain("DESK_OFFICERS"); // the desk entered it itself
    expect(to("REQUEST", "FORWARD_TO_UNIT")).toContain("UNIT_PELAKSANA");
    expect(to("REQUEST", "PREPARE_ANSWER")).toEqual(["PPID_UTAMA"]);
    expect(to("OBJECTION", "FILE")).toContain("ATASAN");
    expect(to("REQUEST", "FOLLOW_UP_ORDER").sort()).toEqual(["PPID_UTAMA", "UNIT_PELAKSANA"]);
  });

  it("attaches letters and keeps letters statutory; only non-statutory mails can be turned off", () => {
    const withLetter = [...NOTIFICATIONS.values()].flat().filter((r) => r.attachLetter);
    expect(withLetter.map((r) => r.key)).toContain("REQUEST.SUBMIT.REQUESTER");
    expect(withLetter.every((r) => r.statutory)).toBe(true);
    const optional = optionalMailKeys();
    expect(optional).toContain("REQUEST.FORWARD_TO_UNIT.REQUESTER");
    expect(optional).not.toContain("REQUEST.DECIDE_REJECT.REQUESTER");
    expect(optional).toContain("REMINDER.REQUEST_DUE");
  });

  it("answers an inadmissible objection with its reasons and the dispute window counted from receipt", () => {
    const [rule, ...others] = noticesFor("OBJECTION", "DECLARE_INADMISSIBLE");
    expect(others).toEqual([]);
    expect(rule).toMatchObject({ to: "REQUESTER", statutory: true, attachLetter: true });
    const text = rule!.text({ ...facts, caseNumber: "001/KBR/PPID-KPG/2026", note: "Diajukan 41 hari kerja setelah surat diterima.", disputeDueDate: "5 Mei 2026", commission: "Komisi Informasi Provinsi NTT" });
    expect(text.subject).toBe("[001/KBR/PPID-KPG/2026] Keberatan tidak dapat diterima");
    const body = text.lines.join("\n");
    expect(body).toContain("Alasan: Diajukan 41 hari kerja");
    expect(body).toContain("002/SPT/PPID-KPG/2026"); // the answer letter
    expect(body).toContain("Komisi Informasi Provinsi NTT paling lambat 14 hari kerja sejak tanggapan ini Anda terima (UU 14/2008 Pasal 37 ayat (2))");
    expect(body).not.toContain("5 Mei 2026"); // no date that may be earlier than the legal one
  });

  it("tells of a recorded receipt only when it fixed a window, and of court rulings with the next remedy", () => {
    const [receipt] = noticesFor("REQUEST", "RECORD_LETTER_RECEIPT");
    expect(receipt!.when!({ ...facts, windowDueDate: null })).toBe(false);
    expect(receipt!.when!({ ...facts, windowDueDate: "2 Juni 2026" })).toBe(true);
    expect(receipt!.text({ ...facts, windowDueDate: "2 Juni 2026" }).lines.join(" ")).toContain("paling lambat 2 Juni 2026 (30 hari kerja");
    const court = noticesFor("DISPUTE", "RECORD_COURT_RULING").find((r) => r.to === "REQUESTER")!;
    expect(court.text({ ...facts, court: "Pengadilan Tata Usaha Negara" }).lines.join(" ")).toContain("kasasi ke Mahkamah Agung paling lambat 14 hari");
    expect(court.text({ ...facts, court: "Mahkamah Agung (kasasi)" }).lines.join(" ")).not.toContain("dapat mengajukan kasasi");
    expect(noticesFor("DISPUTE", "START_MEDIATION").map((r) => r.to)).not.toContain("REQUESTER"); // the KI summons the requester itself
    expect(noticesFor("DISPUTE", "RULE_REJECTED").map((r) => r.to)).not.toContain("UNIT_PELAKSANA"); // nothing to carry out
  });

  it("writes a plain body with greeting and signature", () => {
    const body = noticeBody("Maria", noticesFor("REQUEST", "DECIDE_GRANT_FULL")[0]!.text(facts), facts.officeName, facts.officeContact);
    expect(body.split("\n")[0]).toBe("Yth. Maria,");
    expect(body).toContain("Dikabulkan seluruhnya");
    expect(body).toContain("002/SPT/PPID-KPG/2026");
    expect(body).toContain("PPID Kota Kupang");
  });
});

describe("reminder audience", () => {
  it("reads the deadline watch's recipients from the permission table: request deciders, unit handlers, objection deciders, exemption reviewers", async () => {
    const { REMINDER_AUDIENCE } = await import("@/lib/domain/deadline-watch");
    expect(REMINDER_AUDIENCE).toEqual({
      requestDeciders: ["PPID_UTAMA"],
      unitHandlers: ["PPID_PELAKSANA"],
      objectionDeciders: ["ATASAN_PPID"],
      exemptionReviewers: ["PPID_UTAMA"],
    });
  });

  it("offers each role the reminders it receives, in the table's order", async () => {
    const { mailChoicesFor } = await import("@/lib/domain/notifications");
    const reminders = (role: string) => mailChoicesFor(role).map((c) => c.key).filter((k) => k.startsWith("REMINDER."));
    expect(reminders("PPID_UTAMA")).toEqual(["REMINDER.REQUEST_DUE", "REMINDER.OVERDUE_DIGEST", "REMINDER.EXEMPTION_REVIEW"]);
    expect(reminders("PPID_PELAKSANA")).toEqual(["REMINDER.REQUEST_DUE", "REMINDER.OVERDUE_DIGEST"]);
    expect(reminders("ATASAN_PPID")).toEqual(["REMINDER.OBJECTION_DUE", "REMINDER.OVERDUE_DIGEST"]);
    expect(reminders("CITIZEN")).toEqual(["REMINDER.DISPUTE_WINDOW"]);
    expect(reminders("DESK_OFFICER")).toEqual([]);
    expect(reminders("ADMIN")).toEqual([]);
    expect(reminders("NOBODY")).toEqual([]);
  });
});

describe("mail preferences", () => {
  it("offers each role only the optional mails it receives; statutory ones are never offered", async () => {
    const { mailChoicesFor, optOutsAfter } = await import("@/lib/domain/notifications");
    const citizen = mailChoicesFor("CITIZEN").map((c) => c.key);
    expect(citizen).toContain("REQUEST.FORWARD_TO_UNIT.REQUESTER");
    expect(citizen).toContain("REMINDER.DISPUTE_WINDOW");
    expect(citizen).not.toContain("REQUEST.SUBMIT.REQUESTER");
    expect(citizen).not.toContain("REQUEST.DECIDE_REJECT.REQUESTER");
    const pelaksana = mailChoicesFor("PPID_PELAKSANA");
    expect(pelaksana.map((c) => c.key)).toEqual(expect.arrayContaining(["REQUEST.FORWARD_TO_UNIT.UNIT_PELAKSANA", "REMINDER.REQUEST_DUE"]));
    expect(pelaksana.find((c) => c.key === "REQUEST.FORWARD_TO_UNIT.UNIT_PELAKSANA")!.label).toBe("Permohonan diteruskan ke unit Anda");
    expect(mailChoicesFor("ADMIN")).toEqual([]);
    expect(optOutsAfter("PPID_PELAKSANA", ["REMINDER.REQUEST_DUE", "REQUEST.SUBMIT.REQUESTER"])).not.toContain("REMINDER.REQUEST_DUE");
    expect(optOutsAfter("CITIZEN", [])).not.toContain("REQUEST.SUBMIT.REQUESTER"); // cannot opt out of a statutory mail
    // Rules that read the same are one checkbox: the three kinds of KI ruling go on and off together.
    const ruling = mailChoicesFor("CITIZEN").filter((c) => c.label === "Putusan Komisi Informasi dicatat");
    expect(ruling).toHaveLength(1);
    expect(ruling[0]!.keys.sort()).toEqual(["DISPUTE.RULE_GRANTED.REQUESTER", "DISPUTE.RULE_GRANTED_PARTIAL.REQUESTER", "DISPUTE.RULE_REJECTED.REQUESTER"]);
    const all = mailChoicesFor("CITIZEN").map((c) => c.key);
    expect(optOutsAfter("CITIZEN", all.filter((k) => k !== ruling[0]!.key)).sort()).toEqual(ruling[0]!.keys);
    expect(new Set(mailChoicesFor("ATASAN_PPID").map((c) => c.label)).size).toBe(mailChoicesFor("ATASAN_PPID").length);
  });
});
