// The objection (keberatan) workflow, UU 14/2008 Pasal 35-36 (docs/domain.md). Settled here:
// - FILE is checked against groundsAvailable() (objection-grounds.ts) computed by the caller for
//   the objection's receipt date; every chosen ground must fit the request. Outside the computed
//   window it is filed with a warning; the Atasan may answer DECLARE_INADMISSIBLE with reasons.
// - The Atasan may answer without consulting the Tim Pertimbangan; CONSULT_TIM records a
//   consultation (several may be recorded) and marks the objection as under review.
// - ACCEPT_* orders the PPID to give the information within a period: the service then fires
//   FOLLOW_UP_ORDER on the request as SYSTEM (see OBJECTION_EVENTS_ORDERING_FOLLOW_UP).
// - SETTLE (musyawarah) ends the objection at once, the requester having agreed; not when
//   ground (a) is among the grounds (Pasal 35(2) allows settlement for b–g only): then
//   SETTLE_IN_PART settles the b–g grounds and (a) stays for the Atasan's answer.
// - After the answer the requester accepts or escalates (both close the objection); the dispute
//   itself is recorded in the dispute workflow. When the Atasan never answers, the objection
//   stays open (a late answer is still owed) and the dispute may be recorded all the same.
// - If the requester does not respond, SYSTEM closes the objection once the DISPUTE_FILING
//   period has ended.

import { OBJECTION_EVENT_LABELS, OBJECTION_GROUND_LABELS, OBJECTION_STATUS_LABELS } from "./labels";
import { GROUND_LETTERS, isObjectionGround, SETTLEABLE_GROUNDS, type GroundAvailability, type ObjectionGround } from "./objection-grounds";
import { formatDateId } from "./format-date";
import { START, STAY, type TransitionRow, type Workflow } from "./workflow";

export const OBJECTION_STATUSES = ["RECEIVED", "UNDER_REVIEW", "ANSWERED", "CLOSED"] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];

export const OBJECTION_OUTCOMES = ["ACCEPTED_FULL", "ACCEPTED_PARTIAL", "REJECTED", "SETTLED", "WITHDRAWN", "INADMISSIBLE"] as const;
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number];

export const OBJECTION_EVENTS = [
  "FILE",
  "CONSULT_TIM",
  "ACCEPT_FULL",
  "ACCEPT_PARTIAL",
  "REJECT",
  "SETTLE",
  "SETTLE_IN_PART",
  "DECLARE_INADMISSIBLE",
  "REQUESTER_ACCEPT",
  "REQUESTER_ESCALATE",
  "WITHDRAW",
  "CLOSE_AFTER_WINDOW",
  "RECOMPUTE_DEADLINE",
] as const;
export type ObjectionEvent = (typeof OBJECTION_EVENTS)[number];

/** Events after which the service orders the PPID to act (FOLLOW_UP_ORDER on the request). */
export const OBJECTION_EVENTS_ORDERING_FOLLOW_UP: readonly ObjectionEvent[] = ["ACCEPT_FULL", "ACCEPT_PARTIAL"];

export type ObjectionFacts = {
  /** The grounds of the objection (empty before it is filed). */
  grounds: readonly ObjectionGround[];
  /** Grounds b–g already settled by musyawarah beside ground (a) (SETTLE_IN_PART). */
  settledGrounds?: readonly ObjectionGround[];
  /** groundsAvailable() for the filing date; only FILE reads it. */
  groundAvailability?: readonly GroundAvailability[];
  /** The DISPUTE_FILING period after the Atasan's answer has ended (office-local today). */
  disputeFilingDeadlinePassed: boolean;
  disputeFilingDueDate: string | null;
};

export type ObjectionInput = {
  grounds?: readonly string[];
  /** The Atasan's reasons (required to reject: Pasal 36(3); and for a partial acceptance). */
  reason?: string;
  /** The Tim Pertimbangan's opinion, or the agreement reached by musyawarah. */
  note?: string;
  /** The period (working days) the PPID is given to carry out an accepted objection. */
  orderPeriodDays?: number;
};

export type ObjectionContext = ObjectionFacts & { input?: ObjectionInput };

function filled(value: string | undefined): boolean {
  return typeof value === "string" && value.trim() !== "";
}

// UU 14/2008 Pasal 35(1), 36(1): at least one ground, each arisen and still within 30 working days.
export function validateFile(ctx: ObjectionContext): string | null {
  const chosen = ctx.input?.grounds ?? [];
  if (chosen.length === 0) return "Pilih sedikitnya satu alasan keberatan (UU 14/2008 Pasal 35 ayat (1)).";
  if (new Set(chosen).size !== chosen.length) return "Setiap alasan keberatan cukup dipilih satu kali.";
  const problems: string[] = [];
  for (const ground of chosen) {
    if (!isObjectionGround(ground)) {
      problems.push(`Alasan keberatan "${ground}" tidak dikenal.`);
      continue;
    }
    const check = ctx.groundAvailability?.find((item) => item.ground === ground);
    if (check?.available) continue;
    const why = check?.reason ?? "ketersediaan alasan ini belum diperiksa.";
    problems.push(`Alasan huruf ${GROUND_LETTERS[ground]} (${OBJECTION_GROUND_LABELS[ground]}) tidak dapat dipakai: ${why}`);
  }
  return problems.length > 0 ? problems.join(" ") : null;
}

// UU 14/2008 Pasal 35(2): only grounds b–g may be settled by musyawarah. SETTLE ends an
// objection made only of such grounds; with ground (a) beside them, SETTLE_IN_PART settles those
// grounds and the objection stays open for the Atasan's answer on (a) — as the Komisi Informasi
// mediates b–g and adjudicates (a) (Pasal 40(2)).
export function guardSettle(ctx: ObjectionContext): string | null {
  if (!ctx.grounds.includes("REFUSED_PASAL_17")) return null;
  return "Keberatan atas penolakan berdasarkan Pasal 17 (alasan huruf a) tidak dapat diselesaikan secara musyawarah (UU 14/2008 Pasal 35 ayat (2)); alasan huruf b–g di sampingnya dapat dimusyawarahkan tersendiri.";
}

export function guardSettleInPart(ctx: ObjectionContext): string | null {
  if (!ctx.grounds.includes("REFUSED_PASAL_17")) return "Tanpa alasan huruf a, seluruh keberatan dapat diselesaikan secara musyawarah.";
  const open = ctx.grounds.filter((g) => SETTLEABLE_GROUNDS.includes(g) && !(ctx.settledGrounds ?? []).includes(g));
  if (open.length === 0) return "Tidak ada alasan huruf b–g yang belum dimusyawarahkan dalam keberatan ini.";
  return null;
}

// The Atasan rules an objection filed outside its window (or otherwise not admissible) "tidak
// dapat diterima", with reasons: the software warned, the Atasan decides (Pasal 36(1)).
const INADMISSIBLE_REASON = "Tuliskan alasan keberatan dinyatakan tidak dapat diterima.";

export function guardCloseAfterWindow(ctx: ObjectionContext): string | null {
  if (ctx.disputeFilingDeadlinePassed) return null;
  const until = ctx.disputeFilingDueDate ? ` (sampai ${formatDateId(ctx.disputeFilingDueDate)})` : "";
  return `Batas waktu pengajuan sengketa ke Komisi Informasi belum berakhir${until}.`;
}

function requireNote(message: string) {
  return (ctx: ObjectionContext): string | null => (filled(ctx.input?.note) ? null : message);
}

const REJECT_REASON = "Tuliskan alasan penolakan keberatan (UU 14/2008 Pasal 36 ayat (3)).";

export function validateReject(ctx: ObjectionContext): string | null {
  return filled(ctx.input?.reason) ? null : REJECT_REASON;
}

function validateAccept(partial: boolean) {
  return (ctx: ObjectionContext): string | null => {
    const days = ctx.input?.orderPeriodDays;
    if (typeof days !== "number" || !Number.isInteger(days) || days < 1) {
      return "Tetapkan jangka waktu (jumlah hari kerja) bagi PPID untuk memberikan informasi.";
    }
    if (partial && !filled(ctx.input?.reason)) return "Tuliskan bagian yang diterima dan alasan bagian yang ditolak.";
    return null;
  };
}

type Row = TransitionRow<ObjectionStatus, ObjectionEvent, ObjectionContext, ObjectionOutcome>;

function row(event: ObjectionEvent, spec: Omit<Row, "event" | "label">): Row {
  return { event, label: OBJECTION_EVENT_LABELS[event].button, ...spec };
}

const PENDING = ["RECEIVED", "UNDER_REVIEW"] as const;

export const OBJECTION_TRANSITIONS: readonly Row[] = [
  // UU 14/2008 Pasal 35(1), 36(1); the Atasan's 30 working days (Pasal 36(2)) start at receipt.
  row("FILE", {
    from: START, roles: ["CITIZEN", "DESK_OFFICER"], validate: validateFile,
    to: "RECEIVED", startsDeadline: "OBJECTION_RESPONSE", letter: "OBJECTION_RECEIPT",
  }),
  // The Atasan may consult the Tim Pertimbangan Pelayanan Informasi (Perki 1/2021).
  row("CONSULT_TIM", {
    from: PENDING, roles: ["ATASAN_PPID"], validate: requireNote("Catat pendapat Tim Pertimbangan."), to: "UNDER_REVIEW",
  }),
  // UU 14/2008 Pasal 36(2): the written answer within 30 working days.
  row("ACCEPT_FULL", {
    from: PENDING, roles: ["ATASAN_PPID"], validate: validateAccept(false), to: "ANSWERED", outcome: "ACCEPTED_FULL",
    stopsDeadline: "OBJECTION_RESPONSE", startsDeadline: "DISPUTE_FILING", letter: "ATASAN_ANSWER",
  }),
  row("ACCEPT_PARTIAL", {
    from: PENDING, roles: ["ATASAN_PPID"], validate: validateAccept(true), to: "ANSWERED", outcome: "ACCEPTED_PARTIAL",
    stopsDeadline: "OBJECTION_RESPONSE", startsDeadline: "DISPUTE_FILING", letter: "ATASAN_ANSWER",
  }),
  // UU 14/2008 Pasal 36(3): upholding the PPID requires written reasons.
  row("REJECT", {
    from: PENDING, roles: ["ATASAN_PPID"], validate: validateReject, to: "ANSWERED", outcome: "REJECTED",
    stopsDeadline: "OBJECTION_RESPONSE", startsDeadline: "DISPUTE_FILING", letter: "ATASAN_ANSWER",
  }),
  // UU 14/2008 Pasal 35(2): settlement by agreement, grounds b–g only.
  row("SETTLE", {
    from: PENDING, roles: ["ATASAN_PPID"], guard: guardSettle, validate: requireNote("Catat isi kesepakatan musyawarah."),
    to: "CLOSED", outcome: "SETTLED", stopsDeadline: true,
  }),
  row("SETTLE_IN_PART", {
    from: PENDING, roles: ["ATASAN_PPID"], guard: guardSettleInPart, validate: requireNote("Catat isi kesepakatan musyawarah."),
    to: STAY,
  }),
  // UU 14/2008 Pasal 36(1)-(2): an answer that the objection cannot be admitted, with reasons.
  row("DECLARE_INADMISSIBLE", {
    from: PENDING, roles: ["ATASAN_PPID"], validate: (ctx) => (filled(ctx.input?.reason) ? null : INADMISSIBLE_REASON),
    to: "ANSWERED", outcome: "INADMISSIBLE", stopsDeadline: "OBJECTION_RESPONSE", startsDeadline: "DISPUTE_FILING", letter: "ATASAN_ANSWER",
  }),
  // UU 14/2008 Pasal 37(1): the requester is satisfied, or takes it to the Komisi Informasi.
  row("REQUESTER_ACCEPT", { from: "ANSWERED", roles: ["CITIZEN", "DESK_OFFICER"], to: "CLOSED", stopsDeadline: "DISPUTE_FILING" }),
  row("REQUESTER_ESCALATE", { from: "ANSWERED", roles: ["CITIZEN", "DESK_OFFICER"], to: "CLOSED", stopsDeadline: "DISPUTE_FILING" }),
  row("WITHDRAW", { from: PENDING, roles: ["CITIZEN", "DESK_OFFICER"], to: "CLOSED", outcome: "WITHDRAWN", stopsDeadline: true }),
  row("CLOSE_AFTER_WINDOW", {
    from: "ANSWERED", roles: ["SYSTEM"], system: true, guard: guardCloseAfterWindow, to: "CLOSED", stopsDeadline: true,
  }),
  // A calendar change recomputes the running deadline (docs/domain.md, working days).
  row("RECOMPUTE_DEADLINE", { from: ["RECEIVED", "UNDER_REVIEW", "ANSWERED"], roles: ["SYSTEM"], system: true, to: STAY }),
];

export const OBJECTION_WORKFLOW: Workflow<ObjectionStatus, ObjectionEvent, ObjectionContext, ObjectionOutcome> = {
  noun: "keberatan",
  statuses: OBJECTION_STATUSES,
  events: OBJECTION_EVENTS,
  statusLabels: OBJECTION_STATUS_LABELS,
  rows: OBJECTION_TRANSITIONS,
};
