// The handover of the information and of letters to the requester (UU 14/2008 Pasal 22(2): the
// body records how the information was given; the Jatim BKD SOP ends the service with a "Tanda
// Bukti Penyerahan Informasi Publik"). The day of handover matters in law: objection grounds (d)
// and (e) of Pasal 35(1) arise when the information is delivered, and the requester's windows
// run from the day a letter is received. Enum values mirror HandoverMethod in prisma/schema.prisma.

import { formatDateId, isIsoDate } from "./format-date";

export const HANDOVER_METHODS = ["IN_PERSON", "POST", "EMAIL", "COURIER", "PORTAL"] as const;
export type HandoverMethod = (typeof HANDOVER_METHODS)[number];

export const HANDOVER_METHOD_LABELS: Record<HandoverMethod, string> = {
  IN_PERSON: "Diserahkan langsung",
  POST: "Dikirim melalui pos",
  EMAIL: "Dikirim melalui surel (e-mail)",
  COURIER: "Dikirim melalui kurir",
  PORTAL: "Diunduh melalui portal",
};

export function isHandoverMethod(value: unknown): value is HandoverMethod {
  return typeof value === "string" && (HANDOVER_METHODS as readonly string[]).includes(value);
}

/** Signature lines for the officer and the recipient are only meaningful for a handover in person. */
export function handoverNeedsSignatures(method: HandoverMethod): boolean {
  return method === "IN_PERSON";
}

/** The request's "how to receive" choice → the handover method the desk form proposes. */
export function defaultHandoverMethod(deliveryMethod: string): HandoverMethod {
  switch (deliveryMethod) {
    case "POST":
      return "POST";
    case "EMAIL":
      return "EMAIL";
    case "COURIER":
      return "COURIER";
    default:
      return "IN_PERSON";
  }
}

/**
 * A handover date entered by the desk: it may lie in the past (a handover of last week recorded
 * today) but never in the future, and never before the request was received. Returns the
 * Indonesian reason when not acceptable, null when fine.
 */
export function handoverDateProblem(date: string, today: string, submittedOn: string): string | null {
  if (!isIsoDate(date)) return "Tanggal penyerahan tidak valid.";
  if (date > today) return "Tanggal penyerahan tidak boleh melewati hari ini.";
  if (date < submittedOn) return `Tanggal penyerahan tidak boleh sebelum permohonan diajukan (${formatDateId(submittedOn)}).`;
  return null;
}

/** A letter's day of receipt: not in the future, not before the letter's own date. */
export function letterReceiptDateProblem(date: string, today: string, letterDate: string): string | null {
  if (!isIsoDate(date)) return "Tanggal diterima tidak valid.";
  if (date > today) return "Tanggal diterima tidak boleh melewati hari ini.";
  if (date < letterDate) return `Tanggal diterima tidak boleh sebelum tanggal surat (${formatDateId(letterDate)}).`;
  return null;
}

/** "1.234.567 bita" style sizes for the receipt's list of files. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace(".", ",")} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(".", ",")} MB`;
}
