// The information request (permohonan) workflow, UU 14/2008 Pasal 22 — docs/domain.md, Requests.
// Status (where the case is) is kept apart from outcome (what was decided). Settled here:
// - The 10 working days (REQUEST_RESPONSE) start at receipt and keep running while the requester
//   completes the request: Pasal 22(7) counts from receipt and provides no pause.
// - Completed documents send the request back to RECEIVED, so the desk checks them again.
// - The PPID Utama may decide from VERIFIED (e.g. information not held by the body at all),
//   IN_PROCESS or ANSWER_PREPARED. The PPID Utama may also prepare the answer itself when the
//   request was forwarded to its own unit.
// - A refusal (REJECTED) or "not held" decision goes straight to CLOSED: the notice ends the case
//   and there is nothing to deliver. A grant goes to DECIDED and closes on delivery.
// - A decision is never blocked by a passed deadline: a late answer is still owed (the lateness
//   is itself a ground for an objection, Pasal 35(1) huruf c/g).
// - FOLLOW_UP_ORDER (an accepted objection, Pasal 36) reopens a decided/closed request into
//   IN_PROCESS with the outcome cleared; on an open request it only records the order.

import { REQUEST_EVENT_LABELS, REQUEST_STATUS_LABELS } from "./labels";
import {
  guardDeliver,
  guardExtend,
  guardLapse,
  guardReopen,
  guardSubmitCompletion,
  requireReason,
  validateForward,
  validateGrantPartial,
  validateRegister,
  validateReject,
  type RequestContext,
} from "./request-guards";
import { START, STAY, type TransitionRow, type Workflow } from "./workflow";

export type { RequestContext, RequestFacts, RequestInput, WithheldPart } from "./request-guards";

export const REQUEST_STATUSES = [
  "RECEIVED",
  "AWAITING_COMPLETION",
  "VERIFIED",
  "IN_PROCESS",
  "ANSWER_PREPARED",
  "DECIDED",
  "CLOSED",
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_OUTCOMES = ["GRANTED_FULL", "GRANTED_PARTIAL", "REJECTED", "NOT_HELD", "LAPSED", "WITHDRAWN"] as const;
export type RequestOutcome = (typeof REQUEST_OUTCOMES)[number];

/** The four outcomes of a written notice (Pasal 22(7)); LAPSED/WITHDRAWN are non-decisions. */
export const DECISION_OUTCOMES: readonly RequestOutcome[] = ["GRANTED_FULL", "GRANTED_PARTIAL", "REJECTED", "NOT_HELD"];

export const REQUEST_CHANNELS = ["ONLINE", "WALK_IN", "POST", "EMAIL", "PHONE"] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

export const REQUEST_EVENTS = [
  "SUBMIT",
  "REGISTER",
  "VERIFY_COMPLETE",
  "REQUEST_COMPLETION",
  "SUBMIT_COMPLETION",
  "LAPSE",
  "FORWARD_TO_UNIT",
  "PREPARE_ANSWER",
  "RETURN_FOR_REVISION",
  "EXTEND",
  "DECIDE_GRANT_FULL",
  "DECIDE_GRANT_PARTIAL",
  "DECIDE_REJECT",
  "DECIDE_NOT_HELD",
  "DELIVER",
  "WITHDRAW",
  "FOLLOW_UP_ORDER",
  "RECOMPUTE_DEADLINE",
] as const;
export type RequestEvent = (typeof REQUEST_EVENTS)[number];

/** Before a decision: the states in which the response deadline runs. */
export const OPEN_REQUEST_STATUSES = ["RECEIVED", "AWAITING_COMPLETION", "VERIFIED", "IN_PROCESS", "ANSWER_PREPARED"] as const;
const DECIDABLE = ["VERIFIED", "IN_PROCESS", "ANSWER_PREPARED"] as const;
const WORKING = ["RECEIVED", "VERIFIED", "IN_PROCESS", "ANSWER_PREPARED"] as const;

type Row = TransitionRow<RequestStatus, RequestEvent, RequestContext, RequestOutcome>;

function row(event: RequestEvent, spec: Omit<Row, "event" | "label">): Row {
  return { event, label: REQUEST_EVENT_LABELS[event].button, ...spec };
}

export const REQUEST_TRANSITIONS: readonly Row[] = [
  // UU 14/2008 Pasal 22(1),(4): filed online or entered by the desk; a receipt at once; the 10
  // working days of Pasal 22(7) start at receipt.
  row("SUBMIT", { from: START, roles: ["CITIZEN"], to: "RECEIVED", startsDeadline: "REQUEST_RESPONSE", letter: "RECEIPT" }),
  row("REGISTER", {
    from: START, roles: ["DESK_OFFICER", "PPID_UTAMA"], validate: validateRegister,
    to: "RECEIVED", startsDeadline: "REQUEST_RESPONSE", letter: "RECEIPT",
  }),
  // docs/domain.md, Requests step 3 (office SOP): completeness check.
  row("VERIFY_COMPLETE", { from: "RECEIVED", roles: ["DESK_OFFICER", "PPID_UTAMA"], to: "VERIFIED" }),
  row("REQUEST_COMPLETION", {
    from: "RECEIVED", roles: ["DESK_OFFICER", "PPID_UTAMA"],
    validate: requireReason("Sebutkan persyaratan yang belum lengkap."),
    to: "AWAITING_COMPLETION", startsDeadline: "REQUIREMENTS_COMPLETION",
  }),
  row("SUBMIT_COMPLETION", {
    from: "AWAITING_COMPLETION", roles: ["CITIZEN", "DESK_OFFICER", "PPID_UTAMA"], guard: guardSubmitCompletion,
    to: "RECEIVED", stopsDeadline: "REQUIREMENTS_COMPLETION",
  }),
  row("LAPSE", {
    from: "AWAITING_COMPLETION", roles: ["SYSTEM"], system: true, guard: guardLapse,
    to: "CLOSED", outcome: "LAPSED", stopsDeadline: true,
  }),
  // To the PPID Pelaksana of the unit that holds the information (or to another unit).
  row("FORWARD_TO_UNIT", { from: ["VERIFIED", "IN_PROCESS"], roles: ["DESK_OFFICER", "PPID_UTAMA"], validate: validateForward, to: "IN_PROCESS" }),
  row("PREPARE_ANSWER", { from: "IN_PROCESS", roles: ["PPID_PELAKSANA", "PPID_UTAMA"], to: "ANSWER_PREPARED" }),
  row("RETURN_FOR_REVISION", {
    from: "ANSWER_PREPARED", roles: ["PPID_UTAMA"],
    validate: requireReason("Tuliskan apa yang perlu diperbaiki."), to: "IN_PROCESS",
  }),
  // UU 14/2008 Pasal 22(8): once, at most 7 working days, in writing with reasons, before the end.
  row("EXTEND", {
    from: WORKING, roles: ["PPID_UTAMA"], guard: guardExtend,
    validate: requireReason("Tuliskan alasan perpanjangan (UU 14/2008 Pasal 22 ayat (8))."),
    to: STAY, startsDeadline: "REQUEST_EXTENSION", letter: "EXTENSION_NOTICE",
  }),
  // UU 14/2008 Pasal 22(7): the written notice ends the running deadline.
  row("DECIDE_GRANT_FULL", {
    from: DECIDABLE, roles: ["PPID_UTAMA"], to: "DECIDED", outcome: "GRANTED_FULL", stopsDeadline: true, letter: "WRITTEN_NOTICE",
  }),
  row("DECIDE_GRANT_PARTIAL", {
    from: DECIDABLE, roles: ["PPID_UTAMA"], validate: validateGrantPartial,
    to: "DECIDED", outcome: "GRANTED_PARTIAL", stopsDeadline: true, letter: "WRITTEN_NOTICE",
  }),
  // UU 14/2008 Pasal 22(7) huruf c, Pasal 17: the refusal decision is the notice of a refusal.
  row("DECIDE_REJECT", {
    from: DECIDABLE, roles: ["PPID_UTAMA"], validate: validateReject,
    to: "CLOSED", outcome: "REJECTED", stopsDeadline: true, letter: "REFUSAL_DECISION",
  }),
  // UU 14/2008 Pasal 22(7) huruf a-b: not held; name the body that holds it when known.
  row("DECIDE_NOT_HELD", {
    from: DECIDABLE, roles: ["PPID_UTAMA"], to: "CLOSED", outcome: "NOT_HELD", stopsDeadline: true, letter: "WRITTEN_NOTICE",
  }),
  // Office SOP: the handover receipt (Tanda Bukti Penyerahan) is issued with the delivery.
  row("DELIVER", { from: "DECIDED", roles: ["DESK_OFFICER", "PPID_UTAMA"], guard: guardDeliver, to: "CLOSED", letter: "HANDOVER_RECEIPT" }),
  // The requester may withdraw until a decision; the desk records a withdrawal made offline.
  row("WITHDRAW", { from: OPEN_REQUEST_STATUSES, roles: ["CITIZEN", "DESK_OFFICER"], to: "CLOSED", outcome: "WITHDRAWN", stopsDeadline: true }),
  // UU 14/2008 Pasal 36: an accepted objection orders the PPID to give the information.
  row("FOLLOW_UP_ORDER", { from: ["DECIDED", "CLOSED"], roles: ["SYSTEM"], system: true, guard: guardReopen, to: "IN_PROCESS", outcome: null }),
  row("FOLLOW_UP_ORDER", { from: OPEN_REQUEST_STATUSES, roles: ["SYSTEM"], system: true, to: STAY }),
  // docs/domain.md, Working days: a calendar change recomputes the open deadlines (logged on the case).
  row("RECOMPUTE_DEADLINE", { from: OPEN_REQUEST_STATUSES, roles: ["SYSTEM"], system: true, to: STAY }),
];

export const REQUEST_WORKFLOW: Workflow<RequestStatus, RequestEvent, RequestContext, RequestOutcome> = {
  noun: "permohonan",
  statuses: REQUEST_STATUSES,
  events: REQUEST_EVENTS,
  statusLabels: REQUEST_STATUS_LABELS,
  rows: REQUEST_TRANSITIONS,
};

export function isRequestStatus(value: unknown): value is RequestStatus {
  return typeof value === "string" && (REQUEST_STATUSES as readonly string[]).includes(value);
}

export function isRequestEvent(value: unknown): value is RequestEvent {
  return typeof value === "string" && (REQUEST_EVENTS as readonly string[]).includes(value);
}
