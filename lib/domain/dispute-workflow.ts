// The dispute (sengketa informasi) record, UU 14/2008 Pasal 37-40 — DESIGN.md 1.3. The dispute
// runs at the Komisi Informasi; the body's staff record its steps. Settled here:
// - FILE checks the window of Pasal 37(2): from the day the Atasan's answer was received (same
//   day allowed), or, without an answer, from the day after the Atasan's 30 working days ended;
//   until the DISPUTE_FILING deadline (14 working days) inclusive. Outside it, the filing can
//   still be recorded (the KI decides on admissibility) but only with a written reason.
// - Mediation only when a ground b–g is at stake (Pasal 40(2)); a dispute over a Pasal 17
//   refusal alone goes to adjudication. Unknown grounds (empty list) do not block.
// - A mediation agreement is recorded as RULED (it binds like a ruling, Pasal 39) so that the
//   body's compliance is recorded the same way for every ending but withdrawal.

import { DISPUTE_EVENT_LABELS, DISPUTE_STATUS_LABELS } from "./labels";
import { formatDateId, isIsoDate } from "./format-date";
import { SETTLEABLE_GROUNDS, type ObjectionGround } from "./objection-grounds";
import { START, type TransitionRow, type Workflow } from "./workflow";

export const DISPUTE_STATUSES = ["FILED", "MEDIATION", "ADJUDICATION", "RULED", "CLOSED"] as const;
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
};

export type DisputeInput = {
  filing?: DisputeFiling;
  /** Date of the KI ruling or of the mediation agreement. */
  rulingDate?: string;
  note?: string;
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

// UU 14/2008 Pasal 40(2): mediation only for the grounds of Pasal 35(1) huruf b–g.
export function guardMediation(ctx: DisputeContext): string | null {
  if (ctx.grounds.length === 0 || ctx.grounds.some((ground) => SETTLEABLE_GROUNDS.includes(ground))) return null;
  return "Sengketa atas penolakan berdasarkan Pasal 17 (alasan huruf a) tidak dapat dimediasi (UU 14/2008 Pasal 40 ayat (2)); lanjutkan ke ajudikasi.";
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
  row("START_MEDIATION", { from: "FILED", roles: STAFF, guard: guardMediation, to: "MEDIATION" }),
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
