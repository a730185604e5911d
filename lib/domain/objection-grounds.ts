// When each objection ground of UU 14/2008 Pasal 35(1) arises, and the 30 working days after
// it (Pasal 36(1)) in which the objection is to be filed. The caller supplies the facts of the
// request and the OBJECTION_FILING deadline for a ground date (from the calendar). There is no
// other waiting period: a refusal can be objected to the same day.
//
// The computed window is guidance, not a bar: Pasal 36(1) counts from when the ground was found,
// which the software cannot know, and whether an objection is admissible is the Atasan PPID's
// decision (an answer "tidak dapat diterima"). A ground that fits the facts but whose window is
// computed as passed, or as not yet begun, stays choosable with a warning (withinWindow: false).
// Only a ground that does not fit the request at all (ground (a) on a full grant, (f) without a
// fee, anything on a withdrawn request) is not offered.
//
// Settled here:
// - (a) also after a partial grant: withholding exempt parts is a refusal of those parts under
//   Pasal 17. Ground date = the date of the written notice.
// - (c) once the response deadline (incl. extension) has passed without a written notice
//   (Pasal 22(7)). A request for completion is not such a notice, so (c) is there whatever the
//   completion state; and a lapse for incomplete documents (an office SOP rule, not the UU's)
//   does not take it away. Ground date = the day after the due date.
// - (d), (e) when the information is delivered: the handover date when there is one, else the
//   written notice. After a lapse, (e) (request not fulfilled) dates from the lapse.
// - (f) only when a fee was charged. Ground date = notice date.
// - (g) for granted requests whose information was not delivered by the due date (delivered
//   late, or still not delivered after it). Ground date = the day after the due date.
// - (b) at any time (periodic information is a standing duty, Pasal 9): ground date = today.

import { formatDateId, isIsoDate, nextDay } from "./format-date";
import { provisionalDateNote } from "./provisional-calendar";
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
  /** The handover date (Tanda Bukti Penyerahan), YYYY-MM-DD. */
  deliveredOn?: string | null;
  /** The date the request lapsed (outcome LAPSED), YYYY-MM-DD. */
  lapsedOn?: string | null;
  fee?: number | null;
  /** OBJECTION_FILING deadline (30 working days after the ground date), from the calendar. */
  objectionFilingDeadlineFor: (groundDate: string) => string;
  /** Years whose holiday decree (SKB) is loaded; a window counted across another year is provisional. */
  officialYears?: readonly number[];
};

export type GroundAvailability = {
  ground: ObjectionGround;
  /** The ground fits the request and may be chosen. */
  available: boolean;
  /** Within the computed 30 working days; false = chosen with a warning, the Atasan decides. */
  withinWindow?: boolean;
  /** Why not (Indonesian), when not available. */
  reason?: string;
  /** Why outside the computed window (Indonesian), when available but not within it. */
  warning?: string;
  groundDate?: string;
  filingDeadline?: string;
  /** "sementara, menunggu SKB … 2027" when the window runs across a year without a decree; absent otherwise. */
  filingDeadlineNote?: string;
};

/** Arisen on groundDate; or not yet (a warning, with the day it will arise); or not fitting at all. */
type Arising = { groundDate: string } | { notYet: string; groundDate: string } | { reason: string };

const DECIDED: readonly RequestOutcome[] = ["GRANTED_FULL", "GRANTED_PARTIAL", "REJECTED", "NOT_HELD"];
const GRANTED: readonly RequestOutcome[] = ["GRANTED_FULL", "GRANTED_PARTIAL"];
const ENDED_WITHOUT_DECISION = "Permohonan ini batal atau ditarik, sehingga tidak ada jawaban yang dapat diajukan keberatan.";
const WITHDRAWN = "Permohonan ini ditarik oleh pemohon.";
const ATASAN_DECIDES = "Keberatan tetap dapat dicatat; Atasan PPID yang menilai apakah keberatan dapat diterima.";
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

function deliveredOrNotice(facts: ObjectionRequestFacts): Arising {
  const decided = decision(facts);
  if (!("groundDate" in decided)) return decided;
  return { groundDate: facts.deliveredOn ?? decided.groundDate };
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
      if (facts.outcome === "WITHDRAWN") return { reason: WITHDRAWN };
      if (facts.noticeIssued) {
        const on = facts.decidedOn ? ` pada ${formatDateId(facts.decidedOn)}` : "";
        return { reason: `Permohonan sudah dijawab dengan pemberitahuan tertulis${on}.` };
      }
      if (!due) return { reason: "Batas waktu jawaban permohonan belum ditetapkan." };
      if (today <= due) return { notYet: `Batas waktu jawaban belum lewat: PPID masih dapat menjawab sampai ${formatDateId(due)}.`, groundDate: nextDay(due) };
      return { groundDate: nextDay(due) };
    }
    case "ANSWERED_OTHERWISE":
      if (facts.outcome === "LAPSED") return { reason: ENDED_WITHOUT_DECISION };
      return deliveredOrNotice(facts);
    case "NOT_FULFILLED":
      if (facts.outcome === "WITHDRAWN") return { reason: WITHDRAWN };
      if (facts.outcome === "LAPSED") return { groundDate: facts.lapsedOn ?? today };
      return deliveredOrNotice(facts);
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
        return { notYet: `Batas waktu penyampaian informasi belum lewat (sampai ${formatDateId(due)}).`, groundDate: nextDay(due) };
      }
      return { groundDate: nextDay(due) };
    }
  }
}

function judge(ground: ObjectionGround, facts: ObjectionRequestFacts, today: string): GroundAvailability {
  const arose = arising(ground, facts, today);
  if ("reason" in arose) return { ground, available: false, reason: arose.reason };
  const { groundDate } = arose;
  if (!isIsoDate(groundDate)) throw new RangeError(`Tanggal timbulnya alasan tidak valid: ${String(groundDate)}`);
  const filingDeadline = facts.objectionFilingDeadlineFor(groundDate);
  if (!isIsoDate(filingDeadline)) throw new RangeError(`Batas waktu keberatan tidak valid: ${String(filingDeadline)}`);
  // The same note the letters and case pages give a date counted across a year without a decree.
  const note = facts.officialYears ? provisionalDateNote(groundDate, filingDeadline, { officialYears: [...facts.officialYears] }) : null;
  const dates = { groundDate, filingDeadline, ...(note ? { filingDeadlineNote: note } : {}) };
  const outside = (why: string): GroundAvailability =>
    ({ ground, available: true, withinWindow: false, warning: `${why} ${ATASAN_DECIDES}`, ...dates });
  if ("notYet" in arose) return outside(arose.notYet);
  if (today < groundDate) return outside(`Menurut perhitungan, alasan ini baru timbul pada ${formatDateId(groundDate)}.`);
  if (today > filingDeadline) {
    return outside(
      `Menurut perhitungan, batas waktu pengajuan keberatan dengan alasan ini berakhir pada ${formatDateId(filingDeadline)} ` +
        `(30 hari kerja sejak ${formatDateId(groundDate)}; UU 14/2008 Pasal 36 ayat (1)).`,
    );
  }
  return { ground, available: true, withinWindow: true, ...dates };
}

/** The warnings of the chosen grounds filed outside their computed windows (empty when none). */
export function windowWarnings(availability: readonly GroundAvailability[], chosen: readonly string[]): string[] {
  return availability
    .filter((a) => chosen.includes(a.ground) && a.available && a.withinWindow === false && a.warning)
    .map((a) => `Alasan huruf ${GROUND_LETTERS[a.ground]}: ${a.warning}`);
}

/** For each of the seven grounds: usable today or not (why), its ground date and deadline. */
export function groundsAvailable(facts: ObjectionRequestFacts, today: string): GroundAvailability[] {
  if (!isIsoDate(today)) throw new RangeError(`Tanggal hari ini tidak valid: ${String(today)}`);
  for (const date of [facts.decidedOn, facts.responseDueDate, facts.deliveredOn, facts.lapsedOn]) {
    if (date != null && !isIsoDate(date)) throw new RangeError(`Tanggal tidak valid: ${date}`);
  }
  return OBJECTION_GROUNDS.map((ground) => judge(ground, facts, today));
}
