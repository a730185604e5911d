// The vocabulary of the notification table (lib/domain/notifications.ts): its types and the small
// helpers its templates share. Pure: no I/O, no clock.

import { rolesWith, type Permission } from "./permissions";
import type { Role } from "./roles";

export type NoticeRecipient = "REQUESTER" | "DESK_OFFICERS" | "UNIT_PELAKSANA" | "PPID_UTAMA" | "ATASAN";

// Who a notice goes to is read from the permission table, as the deadline watch's
// REMINDER_AUDIENCE does: each recipient is whoever holds the right the notice calls on, so a
// change of who does what is one row there, not a role name here.
export const RECIPIENT_PERMISSION: Readonly<Record<NoticeRecipient, Permission>> = {
  // The requester's own address on the case is used; the roles only decide whose mail settings list these notices.
  REQUESTER: "request.create_own",
  DESK_OFFICERS: "request.intake_review",
  // Only the unit the request is forwarded to (the sender filters by the request's unit).
  UNIT_PELAKSANA: "request.view_unit",
  PPID_UTAMA: "request.decide", // UU 14/2008 Pasal 22(7): the PPID decides
  ATASAN: "objection.decide", // UU 14/2008 Pasal 36(1): the Atasan PPID answers objections
};

/** The roles whose users receive a notice addressed to `to`. */
export function recipientRoles(to: NoticeRecipient): readonly Role[] {
  return rolesWith(RECIPIENT_PERMISSION[to]);
}

/** The recipient keys a role's users are addressed as (empty for a role no notice goes to). */
export function recipientsOf(role: Role): NoticeRecipient[] {
  return (Object.keys(RECIPIENT_PERMISSION) as NoticeRecipient[]).filter((to) => recipientRoles(to).includes(role));
}

export type NoticeCaseKind = "REQUEST" | "OBJECTION" | "DISPUTE";

/** Everything a template may say; dates already formatted in Indonesian. */
export type NoticeFacts = {
  /** The number of the case the event belongs to (request or objection; a dispute: its objection). */
  caseNumber: string;
  requestNumber: string;
  requesterName: string;
  officeName: string;
  officeContact: string;
  /** Absolute link for this recipient: the staff case page or the public tracking page. */
  link: string;
  dueDate: string | null;
  letterNumber: string | null;
  outcome: string | null;
  note: string | null;
  unitName: string | null;
  disputeDueDate: string | null;
  information: string;
  /** The one-time survey link of a request the event closed (Permenpan RB 14/2017); else null. */
  surveyLink?: string | null;
  /** RECORD_LETTER_RECEIPT: the letter's title, and the window its receipt fixed (objection or dispute). */
  letterTitle?: string | null;
  windowDueDate?: string | null;
  /** Disputes: the Komisi Informasi, its register number, the court of a court stage, the step's date. */
  commission?: string | null;
  registerNumber?: string | null;
  court?: string | null;
  eventDate?: string | null;
};

export type NoticeText = { subject: string; lines: string[] };

export type NoticeRule = {
  /** Stable key (preferences, outbox category): "<KIND>.<EVENT>.<recipient>". */
  key: string;
  to: NoticeRecipient;
  statutory: boolean;
  /** Attach the letter the step issued (named in the event's data). */
  attachLetter?: boolean;
  /** Send only when this holds for the event's facts (default: always). */
  when?: (f: NoticeFacts) => boolean;
  text: (f: NoticeFacts) => NoticeText;
};

export type NoticeSpec = Omit<NoticeRule, "key">;

export const subjectOf = (f: NoticeFacts, subject: string) => `[${f.caseNumber}] ${subject}`;
export const seeLine = (f: NoticeFacts) => `Lihat perkara: ${f.link}`;
export const trackLine = (f: NoticeFacts) => `Pantau permohonan Anda di ${f.link}`;
export const letterLine = (f: NoticeFacts, what: string) => (f.letterNumber ? [`${what} nomor ${f.letterNumber} terlampir (PDF).`] : []);

export function rules(kind: NoticeCaseKind, event: string, specs: NoticeSpec[]): [string, NoticeRule[]] {
  return [`${kind}.${event}`, specs.map((s) => ({ ...s, key: `${kind}.${event}.${s.to}` }))];
}
