// When each objection ground of UU 14/2008 Pasal 35(1) may be used, and until when (Pasal 36(1):
// 30 working days after the ground arose; Perki 1/2021). The caller supplies the facts of the
// request and the OBJECTION_FILING deadline for a ground date (from the calendar). There is NO
// other waiting period: a refusal can be objected to the same day (DESIGN.md 1.2).
//
// Settled here:
// - (a) also after a partial grant: withholding exempt parts is a refusal of those parts under
//   Pasal 17. Ground date = the date of the written notice.
// - (c) only while no written notice was issued and the response deadline (incl. extension) has
//   passed; not while the requester is still asked to complete the request, nor after a lapse or
//   withdrawal. Ground date = the day after the due date.
// - (g) for granted requests whose information was not delivered by the due date (delivered
//   late, or still not delivered after it). Ground date = the day after the due date (DESIGN.md).
// - (d), (e) after any written notice; (f) only when a fee was charged. Ground date = notice date.
// - (b) at any time (periodic information is a standing duty, Pasal 9): ground date = today.

import { formatDateId, isIsoDate, nextDay } from "./format-date";
import type { RequestOutcome, RequestStatus } from "./request-workflow";

export const OBJECTION_GROUNDS = [
  "REFUSED_PASAL_17",
  "PERIODIC_NOT_PUBLISHED",
  "NOT_ANSWERED",
  "ANSWERED_OTHERWISE",
  "NOT_FULFILLED",
  "UNREASONABLE_FEE",
  "LATE_DELIVERY",
] as const;
export type ObjectionGround = (typeof OBJECTION_GROUNDS)[number];

/** The letter of Pasal 35 ayat (1) for each ground. */
export const GROUND_LETTERS: Record<ObjectionGround, string> = {
  REFUSED_PASAL_17: "a",
  PERIODIC_NOT_PUBLISHED: "b",
  NOT_ANSWERED: "c",
  ANSWERED_OTHERWISE: "d",
  NOT_FULFILLED: "e",
  UNREASONABLE_FEE: "f",
  LATE_DELIVERY: "g",
};

// UU 14/2008 Pasal 35(2): grounds b–g may be settled by agreement (musyawarah); Pasal 40(2):
// only these may be mediated before the Komisi Informasi.
export const SETTLEABLE_GROUNDS: readonly ObjectionGround[] = OBJECTION_GROUNDS.filter((g) => g !== "REFUSED_PASAL_17");

export function isObjectionGround(value: unknown): value is ObjectionGround {
  return typeof value === "string" && (OBJECTION_GROUNDS as readonly string[]).includes(value);
}

export type ObjectionRequestFacts = {
  outcome: RequestOutcome | null;
  status: RequestStatus;
  /** Date of the written notice (or refusal decision), YYYY-MM-DD. */
  decidedOn: string | null;
  /** The current response due date, including the extension. */
  responseDueDate: string | null;
  noticeIssued: boolean;
  deliveredOn?: string | null;
  fee?: number | null;
  /** OBJECTION_FILING deadline (30 working days after the ground date), from the calendar. */
  objectionFilingDeadlineFor: (groundDate: string) => string;
};

export type GroundAvailability = {
  ground: ObjectionGround;
  available: boolean;
  /** Why not (Indonesian), when not available. */
  reason?: string;
  groundDate?: string;
  filingDeadline?: string;
};

type Arising = { groundDate: string } | { reason: string };

const DECIDED: readonly RequestOutcome[] = ["GRANTED_FULL", "GRANTED_PARTIAL", "REJECTED", "NOT_HELD"];
const GRANTED: readonly RequestOutcome[] = ["GRANTED_FULL", "GRANTED_PARTIAL"];
const ENDED_WITHOUT_DECISION = "Permohonan ini batal atau ditarik, sehingga tidak ada jawaban yang dapat diajukan keberatan.";
const NOT_YET_DECIDED = "Permohonan belum dijawab dengan pemberitahuan tertulis; alasan ini baru dapat dipakai setelah ada jawaban.";

function endedWithoutDecision(facts: ObjectionRequestFacts): boolean {
  return facts.outcome === "LAPSED" || facts.outcome === "WITHDRAWN";
}

function decision(facts: ObjectionRequestFacts): Arising {
  if (endedWithoutDecision(facts)) return { reason: ENDED_WITHOUT_DECISION };
  if (!facts.noticeIssued || !facts.decidedOn || facts.outcome === null || !DECIDED.includes(facts.outcome)) {
    return { reason: NOT_YET_DECIDED };
  }
  return { groundDate: facts.decidedOn };
}

function arising(ground: ObjectionGround, facts: ObjectionRequestFacts, today: string): Arising {
  const due = facts.responseDueDate;
  switch (ground) {
    case "REFUSED_PASAL_17": {
      if (facts.outcome !== "REJECTED" && facts.outcome !== "GRANTED_PARTIAL") {
        return { reason: "Permohonan ini tidak ditolak, seluruhnya atau sebagian, dengan alasan pengecualian Pasal 17." };
      }
      return decision(facts);
    }
    case "PERIODIC_NOT_PUBLISHED":
      return { groundDate: today };
    case "NOT_ANSWERED": {
      if (endedWithoutDecision(facts)) return { reason: ENDED_WITHOUT_DECISION };
      if (facts.noticeIssued) {
        const on = facts.decidedOn ? ` pada ${formatDateId(facts.decidedOn)}` : "";
        return { reason: `Permohonan sudah dijawab dengan pemberitahuan tertulis${on}.` };
      }
      if (facts.status === "AWAITING_COMPLETION") return { reason: "Permohonan sedang menunggu pemohon melengkapi persyaratan." };
      if (!due) return { reason: "Batas waktu jawaban permohonan belum ditetapkan." };
      if (today <= due) return { reason: `Batas waktu jawaban belum lewat: PPID masih dapat menjawab sampai ${formatDateId(due)}.` };
      return { groundDate: nextDay(due) };
    }
    case "ANSWERED_OTHERWISE":
    case "NOT_FULFILLED":
      return decision(facts);
    case "UNREASONABLE_FEE": {
      const decided = decision(facts);
      if (!("groundDate" in decided)) return decided;
      if (!facts.fee || facts.fee <= 0) return { reason: "Tidak ada biaya yang dikenakan atas permohonan ini." };
      return decided;
    }
    case "LATE_DELIVERY": {
      if (facts.outcome === null || !GRANTED.includes(facts.outcome)) {
        return { reason: "Alasan ini hanya untuk informasi yang diberikan (permohonan dikabulkan seluruhnya atau sebagian)." };
      }
      if (!due) return { reason: "Batas waktu jawaban permohonan belum ditetapkan." };
      if (facts.deliveredOn && facts.deliveredOn <= due) {
        return { reason: `Informasi disampaikan pada ${formatDateId(facts.deliveredOn)}, masih dalam batas waktu (${formatDateId(due)}).` };
      }
      if (!facts.deliveredOn && today <= due) {
        return { reason: `Batas waktu penyampaian informasi belum lewat (sampai ${formatDateId(due)}).` };
      }
      return { groundDate: nextDay(due) };
    }
  }
}

function judge(ground: ObjectionGround, facts: ObjectionRequestFacts, today: string): GroundAvailability {
  const arose = arising(ground, facts, today);
  if ("reason" in arose) return { ground, available: false, reason: arose.reason };
  const { groundDate } = arose;
  if (today < groundDate) {
    return { ground, available: false, reason: `Alasan ini baru timbul pada ${formatDateId(groundDate)}.`, groundDate };
  }
  const filingDeadline = facts.objectionFilingDeadlineFor(groundDate);
  if (!isIsoDate(filingDeadline)) throw new RangeError(`Batas waktu keberatan tidak valid: ${String(filingDeadline)}`);
  if (today > filingDeadline) {
    const reason =
      `Batas waktu pengajuan keberatan dengan alasan ini sudah berakhir pada ${formatDateId(filingDeadline)} ` +
      `(30 hari kerja sejak ${formatDateId(groundDate)}; UU 14/2008 Pasal 36 ayat (1)).`;
    return { ground, available: false, reason, groundDate, filingDeadline };
  }
  return { ground, available: true, groundDate, filingDeadline };
}

/** For each of the seven grounds: usable today or not (why), its ground date and deadline. */
export function groundsAvailable(facts: ObjectionRequestFacts, today: string): GroundAvailability[] {
  if (!isIsoDate(today)) throw new RangeError(`Tanggal hari ini tidak valid: ${String(today)}`);
  for (const date of [facts.decidedOn, facts.responseDueDate, facts.deliveredOn]) {
    if (date != null && !isIsoDate(date)) throw new RangeError(`Tanggal tidak valid: ${date}`);
  }
  return OBJECTION_GROUNDS.map((ground) => judge(ground, facts, today));
}
