// The context of the request workflow and its guards (facts of the case) and validators (what
// the actor enters). Dates are office-local "YYYY-MM-DD" computed by the caller with the calendar
// module; nothing here reads a clock.

import { formatDateId, isIsoDate } from "./format-date";
import type { RequestChannel, RequestOutcome } from "./request-workflow";

export type RequestFacts = {
  /** The outcome recorded so far; null while undecided (or reopened by an order). */
  outcome: RequestOutcome | null;
  /** The one extension of UU 14/2008 Pasal 22(8) has been used. */
  extended: boolean;
  /** Current due date of the written notice (incl. the extension), or null before receipt. */
  responseDueDate: string | null;
  /** The office-local today is after responseDueDate. */
  responseDeadlinePassed: boolean;
  /** Due date of REQUIREMENTS_COMPLETION while the requester is asked to complete the request. */
  completionDueDate: string | null;
  completionDeadlinePassed: boolean;
};

export type WithheldPart = { part: string; reason: string };

/** What the actor enters with an event (the form). */
export type RequestInput = {
  channel?: RequestChannel;
  /** Extension reason, what is missing, why returned, why withdrawn. */
  reason?: string;
  /** FORWARD_TO_UNIT: the unit that holds the information. */
  unitId?: string;
  /** DECIDE_REJECT: the Pasal 17 letters a–j the refusal rests on. */
  pasal17Letters?: readonly string[];
  consequenceTestId?: string;
  /** DECIDE_GRANT_PARTIAL: the blacked-out parts with their reasons (Pasal 22(7) huruf e). */
  withheldParts?: readonly WithheldPart[];
  /** DECIDE_NOT_HELD: the body that holds the information, when known (Pasal 22(7) huruf b). */
  holdingBody?: string;
};

export type RequestContext = RequestFacts & { input?: RequestInput };

const PASAL_17_LETTERS = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"] as const;

const GRANTING: readonly RequestOutcome[] = ["GRANTED_FULL", "GRANTED_PARTIAL"];

function filled(value: string | undefined): boolean {
  return typeof value === "string" && value.trim() !== "";
}

function onDate(date: string | null): string {
  return date && isIsoDate(date) ? ` pada ${formatDateId(date)}` : "";
}

// ---------------------------------------------------------------- guards (facts)

// UU 14/2008 Pasal 22(8): extended once only, in writing, before the 10 working days end.
export function guardExtend(ctx: RequestContext): string | null {
  if (ctx.extended) {
    return "Waktu jawaban hanya dapat diperpanjang satu kali (UU 14/2008 Pasal 22 ayat (8)), dan permohonan ini sudah pernah diperpanjang.";
  }
  if (ctx.responseDeadlinePassed) {
    return `Batas waktu jawaban sudah berakhir${onDate(ctx.responseDueDate)}. Perpanjangan hanya dapat diberikan sebelum batas waktu itu berakhir (UU 14/2008 Pasal 22 ayat (8)).`;
  }
  return null;
}

// Office SOP (docs/domain.md, Requests step 3): the request lapses only once the completion period passed.
export function guardLapse(ctx: RequestContext): string | null {
  if (ctx.completionDeadlinePassed) return null;
  return `Batas waktu melengkapi persyaratan belum berakhir${ctx.completionDueDate ? ` (sampai ${formatDateId(ctx.completionDueDate)})` : ""}.`;
}

// Completion arriving after the period: the request lapses; the requester may file anew.
export function guardSubmitCompletion(ctx: RequestContext): string | null {
  if (!ctx.completionDeadlinePassed) return null;
  return `Batas waktu melengkapi persyaratan sudah berakhir${onDate(ctx.completionDueDate)}, sehingga permohonan batal. Silakan ajukan permohonan baru.`;
}

// UU 14/2008 Pasal 22(7) huruf d: only granted information (in full or in part) is handed over.
export function guardDeliver(ctx: RequestContext): string | null {
  if (ctx.outcome !== null && GRANTING.includes(ctx.outcome)) return null;
  return "Informasi hanya diserahkan setelah permohonan dikabulkan seluruhnya atau sebagian.";
}

// UU 14/2008 Pasal 36: the Atasan's order concerns a request that was answered (or not answered);
// a lapsed or withdrawn request was never decided, so there is nothing an objection could reopen.
export function guardReopen(ctx: RequestContext): string | null {
  if (ctx.outcome === "LAPSED" || ctx.outcome === "WITHDRAWN") {
    return "Permohonan yang batal atau ditarik tidak dapat dibuka kembali.";
  }
  return null;
}

// ---------------------------------------------------------------- validators (input)

export function requireReason(message: string) {
  return (ctx: RequestContext): string | null => (filled(ctx.input?.reason) ? null : message);
}

export function validateRegister(ctx: RequestContext): string | null {
  const channel = ctx.input?.channel;
  if (!channel) return "Pilih saluran penerimaan permohonan (datang langsung, pos, surel, atau telepon).";
  if (channel === "ONLINE") return "Permohonan daring diajukan sendiri oleh pemohon melalui portal.";
  return null;
}

export function validateForward(ctx: RequestContext): string | null {
  return filled(ctx.input?.unitId) ? null : "Pilih unit yang menguasai informasi.";
}

// Every exemption rests on a consequence test (UU 14/2008 Pasal 2(4), Pasal 19).
const CONSEQUENCE_TEST_REQUIRED =
  "Pengecualian informasi harus didasarkan pada uji konsekuensi (UU 14/2008 Pasal 2 ayat (4) dan Pasal 19). Pilih uji konsekuensi yang menjadi dasar.";

export type DecisionInputErrors = Partial<Record<"pasal17Letters" | "withheldParts" | "consequenceTestId", string>>;

/**
 * Everything a refusal is missing at once (a form shows every field error in one submit):
 * UU 14/2008 Pasal 22(7) huruf c — its Pasal 17 reason (letters a–j) — and the consequence test.
 */
export function rejectInputErrors(input: RequestInput | undefined): DecisionInputErrors {
  const letters = input?.pasal17Letters ?? [];
  const unknown = letters.filter((letter) => !(PASAL_17_LETTERS as readonly string[]).includes(letter));
  const errors: DecisionInputErrors = {};
  if (letters.length === 0) errors.pasal17Letters = "Sebutkan huruf Pasal 17 (a–j) yang menjadi alasan penolakan.";
  else if (unknown.length > 0) errors.pasal17Letters = `Pasal 17 hanya memuat huruf a sampai j; "${unknown.join('", "')}" tidak dikenal.`;
  if (!filled(input?.consequenceTestId)) errors.consequenceTestId = CONSEQUENCE_TEST_REQUIRED;
  return errors;
}

/** UU 14/2008 Pasal 22(7) huruf d-e: the withheld (blacked-out) parts, each with its reason; and the test. */
export function grantPartialInputErrors(input: RequestInput | undefined): DecisionInputErrors {
  const parts = input?.withheldParts ?? [];
  const errors: DecisionInputErrors = {};
  if (parts.length === 0) errors.withheldParts = "Sebutkan bagian informasi yang dihitamkan beserta alasannya.";
  else if (parts.some((item) => !filled(item.part) || !filled(item.reason))) errors.withheldParts = "Setiap bagian yang dihitamkan harus disebutkan beserta alasannya.";
  if (!filled(input?.consequenceTestId)) errors.consequenceTestId = CONSEQUENCE_TEST_REQUIRED;
  return errors;
}

const firstError = (errors: DecisionInputErrors): string | null => Object.values(errors)[0] ?? null;

export function validateReject(ctx: RequestContext): string | null {
  return firstError(rejectInputErrors(ctx.input));
}

export function validateGrantPartial(ctx: RequestContext): string | null {
  return firstError(grantPartialInputErrors(ctx.input));
}
