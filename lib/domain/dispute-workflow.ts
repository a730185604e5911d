// The dispute (sengketa informasi) record, UU 14/2008 Pasal 37-40 and 47-50. The dispute
// runs at the Komisi Informasi; the body's staff record its steps. Settled here:
// - FILE checks the window of Pasal 37(2): from the day the Atasan's answer was received (same
//   day allowed), or, without an answer, from the day after the Atasan's 30 working days ended;
//   until the DISPUTE_FILING deadline (14 working days) inclusive. Outside it, the filing can
//   still be recorded (the KI decides on admissibility) but only with a written reason.
// - Mediation is recorded whatever the grounds: for a Pasal 17 refusal alone (ground a) the KI
//   usually adjudicates (Pasal 40(2)), which the page warns about (court-stages.ts
//   mediationWarning); the portal records what the KI did, the KI decides.
// - After the KI's ruling either party may go to court (Pasal 47-48: PTUN or PN, then Pasal 50:
//   MA): GO_TO_COURT from RULED to IN_COURT, RECORD_COURT_RULING back to RULED; the order of the
//   courts is checked (court-stages.ts), their periods only warned about.
// - A mediation agreement is recorded as RULED (it binds like a ruling, Pasal 39) so that the
//   body's compliance is recorded the same way for every ending but withdrawal.

import { DISPUTE_EVENT_LABELS, DISPUTE_STATUS_LABELS } from "./labels";
import { formatDateId, isIsoDate } from "./format-date";
import { isCourtKind, nextCourtProblem, type CourtStageFacts } from "./court-stages";
import type { ObjectionGround } from "./objection-grounds";
import { START, type TransitionRow, type Workflow } from "./workflow";

export const DISPUTE_STATUSES = ["FILED", "MEDIATION", "ADJUDICATION", "RULED", "IN_COURT", "CLOSED"] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

export const DISPUTE_OUTCOMES = ["MEDIATION_AGREEMENT", "GRANTED", "GRANTED_PARTIAL", "REJECTED", "WITHDRAWN"] as const;
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number];

export const DISPUTE_EVENTS = [
  "FILE",
  "START_MEDIATION",
  "START_ADJUDICATION",
  "RECORD_MEDIATION_AGREEMENT",
  "RULE_GRANTED",
  "RULE_GRANTED_PARTIAL",
  "RULE_REJECTED",
  "GO_TO_COURT",
  "RECORD_COURT_RULING",
  "RECORD_COMPLIANCE",
  "WITHDRAW",
] as const;
export type DisputeEvent = (typeof DISPUTE_EVENTS)[number];

/** Facts for the filing window; dates YYYY-MM-DD computed by the caller with the calendar. */
export type DisputeFiling = {
  /** The day the requester received the Atasan's written answer, if any. */
  answeredOn?: string | null;
  objectionResponseDueDate: string;
  /** DISPUTE_FILING: 14 working days after answeredOn, or after objectionResponseDueDate. */
  disputeFilingDeadline: string;
  filedOn: string;
  override?: { reason: string } | null;
};

export type DisputeFacts = {
  /** The grounds of the objection the dispute continues. */
  grounds: readonly ObjectionGround[];
  /** The court stages recorded so far, in order (Pasal 47-50). */
  courtStages?: readonly CourtStageFacts[];
};

export type DisputeInput = {
  filing?: DisputeFiling;
  /** Date of the KI ruling or of the mediation agreement. */
  rulingDate?: string;
  note?: string;
  /** GO_TO_COURT: which court. */
  court?: string;
};

export type DisputeContext = DisputeFacts & { input?: DisputeInput };

const ARTICLE = "UU 14/2008 Pasal 37 ayat (2)";
const OVERRIDE_HINT = " Jika Komisi Informasi tetap menerima pengajuan ini, catat alasannya.";

function filled(value: string | undefined | null): boolean {
  return typeof value === "string" && value.trim() !== "";
}

/** Null when the filing date lies in the window (or an override reason is given), else why not. */
export function checkDisputeFilingWindow(filing: DisputeFiling): string | null {
  const { answeredOn, objectionResponseDueDate: due, disputeFilingDeadline: deadline, filedOn } = filing;
  for (const date of [filedOn, due, deadline, ...(answeredOn ? [answeredOn] : [])]) {
    if (!isIsoDate(date)) return `Tanggal tidak valid: ${String(date)}.`;
  }
  const refusal = windowRefusal(filing);
  if (refusal === null) return null;
  if (filled(filing.override?.reason)) return null;
  return refusal + OVERRIDE_HINT;
}

function windowRefusal({ answeredOn, objectionResponseDueDate: due, disputeFilingDeadline: deadline, filedOn }: DisputeFiling): string | null {
  if (answeredOn && filedOn < answeredOn) {
    return `Sengketa tercatat diajukan pada ${formatDateId(filedOn)}, sebelum tanggapan Atasan PPID diterima pada ${formatDateId(answeredOn)} (${ARTICLE}).`;
  }
  if (!answeredOn && filedOn <= due) {
    return `Sengketa baru dapat diajukan setelah Atasan PPID menanggapi keberatan atau setelah batas waktu tanggapan berakhir pada ${formatDateId(due)} (${ARTICLE}).`;
  }
  if (filedOn > deadline) {
    return `Batas waktu pengajuan sengketa berakhir pada ${formatDateId(deadline)} (14 hari kerja, ${ARTICLE}), sedangkan sengketa diajukan pada ${formatDateId(filedOn)}.`;
  }
  return null;
}

export function validateFileDispute(ctx: DisputeContext): string | null {
  const filing = ctx.input?.filing;
  if (!filing) return "Isi tanggal pengajuan sengketa dan tanggal-tanggal keberatannya.";
  return checkDisputeFilingWindow(filing);
}

// UU 14/2008 Pasal 47-50: PTUN or PN first, then the MA; one stage at a time.
export function validateGoToCourt(ctx: DisputeContext): string | null {
  const court = ctx.input?.court;
  if (!isCourtKind(court)) return "Pilih pengadilan: PTUN, Pengadilan Negeri, atau Mahkamah Agung (kasasi).";
  return nextCourtProblem(court, ctx.courtStages ?? []);
}

export function validateRulingDate(ctx: DisputeContext): string | null {
  return isIsoDate(ctx.input?.rulingDate) ? null : "Isi tanggal putusan atau kesepakatan.";
}

function validateNote(ctx: DisputeContext): string | null {
  return filled(ctx.input?.note) ? null : "Catat bagaimana putusan dilaksanakan.";
}

type Row = TransitionRow<DisputeStatus, DisputeEvent, DisputeContext, DisputeOutcome>;

function row(event: DisputeEvent, spec: Omit<Row, "event" | "label">): Row {
  return { event, label: DISPUTE_EVENT_LABELS[event].button, ...spec };
}

const STAFF = ["DESK_OFFICER", "PPID_UTAMA"] as const;

export const DISPUTE_TRANSITIONS: readonly Row[] = [
  // UU 14/2008 Pasal 37(2): within 14 working days after the Atasan's answer (or its period).
  row("FILE", { from: START, roles: STAFF, validate: validateFileDispute, to: "FILED" }),
  // UU 14/2008 Pasal 38-40: mediation and/or adjudication before the Komisi Informasi.
  row("START_MEDIATION", { from: "FILED", roles: STAFF, to: "MEDIATION" }),
  row("START_ADJUDICATION", { from: ["FILED", "MEDIATION"], roles: STAFF, to: "ADJUDICATION" }),
  // UU 14/2008 Pasal 39: the mediation agreement is final and binding.
  row("RECORD_MEDIATION_AGREEMENT", {
    from: "MEDIATION", roles: STAFF, validate: validateRulingDate, to: "RULED", outcome: "MEDIATION_AGREEMENT",
  }),
  row("RULE_GRANTED", { from: "ADJUDICATION", roles: STAFF, validate: validateRulingDate, to: "RULED", outcome: "GRANTED" }),
  row("RULE_GRANTED_PARTIAL", {
    from: "ADJUDICATION", roles: STAFF, validate: validateRulingDate, to: "RULED", outcome: "GRANTED_PARTIAL",
  }),
  row("RULE_REJECTED", { from: "ADJUDICATION", roles: STAFF, validate: validateRulingDate, to: "RULED", outcome: "REJECTED" }),
  // UU 14/2008 Pasal 47-48, 50: a party takes the ruling (or the court's decision) further.
  row("GO_TO_COURT", { from: "RULED", roles: STAFF, validate: validateGoToCourt, to: "IN_COURT" }),
  row("RECORD_COURT_RULING", { from: "IN_COURT", roles: STAFF, validate: validateRulingDate, to: "RULED" }),
  row("RECORD_COMPLIANCE", { from: "RULED", roles: STAFF, validate: validateNote, to: "CLOSED" }),
  row("WITHDRAW", { from: ["FILED", "MEDIATION", "ADJUDICATION"], roles: STAFF, to: "CLOSED", outcome: "WITHDRAWN" }),
];

export const DISPUTE_WORKFLOW: Workflow<DisputeStatus, DisputeEvent, DisputeContext, DisputeOutcome> = {
  noun: "sengketa",
  statuses: DISPUTE_STATUSES,
  events: DISPUTE_EVENTS,
  statusLabels: DISPUTE_STATUS_LABELS,
  rows: DISPUTE_TRANSITIONS,
};
