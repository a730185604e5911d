// THE notification table: which messages a case step sends, to whom, with which words. Applied in
// one place (lib/server/mail/notify-case-event.ts, called by recordCaseEvent inside the step's own
// transaction), so a rollback sends nothing and a new event cannot forget its mail. Pure data and
// pure templates: no I/O, no clock; the server fills in the facts.
//
// "statutory": the notice is owed by law or carries a letter (UU 14/2008 Pasal 22(4),(7),(8),
// Pasal 36(2); PP 61/2010 Pasal 13) and is always sent; the others may be turned off by the
// recipient (profile page), see OPTIONAL_MAIL_KEYS.

import { DEADLINE_RULES } from "./deadline-rules";
import { REMINDER_AUDIENCE } from "./deadline-watch";
import { letterLine, recipientsOf, rules, seeLine as see, subjectOf as req, trackLine as track, type NoticeCaseKind, type NoticeFacts, type NoticeRule, type NoticeSpec as Spec, type NoticeText } from "./notice-kit";
import { DISPUTE_RULES } from "./notifications-dispute";
import { OBJECTION_RULES, REQUEST_ORDER_RULES } from "./notifications-objection";
import { can } from "./permissions";
import { isRole, type Role } from "./roles";

export type { NoticeCaseKind, NoticeFacts, NoticeRecipient, NoticeRule, NoticeText } from "./notice-kit";

const surveyLine = (f: NoticeFacts) =>
  f.surveyLink ? [`Bagaimana pelayanan kami? Isi Survei Kepuasan Masyarakat (tanpa nama, satu kali untuk permohonan ini): ${f.surveyLink}`] : [];

const received: Spec = {
  to: "REQUESTER",
  statutory: true, // UU 14/2008 Pasal 22(4): the receipt (tanda bukti penerimaan)
  attachLetter: true,
  text: (f) => ({
    subject: req(f, "Permohonan informasi diterima"),
    lines: [
      `Permohonan informasi publik Anda telah diterima oleh ${f.officeName} dengan nomor pendaftaran ${f.requestNumber}.`,
      ...(f.dueDate ? [`Pemberitahuan tertulis paling lambat ${f.dueDate} (UU 14/2008 Pasal 22 ayat (7)).`] : []),
      ...letterLine(f, "Tanda bukti penerimaan"),
      track(f),
    ],
  }),
};

const decided: Spec = {
  to: "REQUESTER",
  statutory: true, // UU 14/2008 Pasal 22(7): the written notice; Pasal 17 refusals in writing
  attachLetter: true,
  text: (f) => ({
    subject: req(f, "Keputusan atas permohonan informasi"),
    lines: [
      `Permohonan informasi Anda nomor ${f.requestNumber} telah diputuskan: ${f.outcome ?? "-"}.`,
      ...letterLine(f, "Surat keputusan/pemberitahuan tertulis"),
      "Bila Anda tidak puas, Anda dapat mengajukan keberatan kepada Atasan PPID (UU 14/2008 Pasal 35).",
      ...surveyLine(f),
      track(f),
    ],
  }),
};

export const NOTIFICATIONS: ReadonlyMap<string, readonly NoticeRule[]> = new Map([
  rules("REQUEST", "SUBMIT", [
    received,
    {
      to: "DESK_OFFICERS",
      statutory: false,
      text: (f) => ({
        subject: req(f, "Permohonan daring baru"),
        lines: [`Permohonan informasi baru dari ${f.requesterName} masuk melalui portal.`, `Informasi yang diminta: ${f.information}`, see(f)],
      }),
    },
  ]),
  rules("REQUEST", "REGISTER", [received]),
  rules("REQUEST", "REQUEST_COMPLETION", [
    {
      to: "REQUESTER",
      statutory: true,
      text: (f) => ({
        subject: req(f, "Permohonan informasi perlu dilengkapi"),
        lines: [
          `Permohonan Anda nomor ${f.requestNumber} belum lengkap.`,
          ...(f.note ? [`Yang perlu dilengkapi: ${f.note}`] : []),
          ...(f.dueDate ? [`Lengkapi paling lambat ${f.dueDate}; bila tidak, permohonan dinyatakan batal.`] : []),
          track(f),
        ],
      }),
    },
  ]),
  rules("REQUEST", "SUBMIT_COMPLETION", [
    {
      to: "DESK_OFFICERS",
      statutory: false,
      text: (f) => ({ subject: req(f, "Kelengkapan permohonan dikirim"), lines: [`Pemohon telah melengkapi permohonan ${f.requestNumber}. Mohon diperiksa kembali.`, see(f)] }),
    },
  ]),
  rules("REQUEST", "LAPSE", [
    {
      to: "REQUESTER",
      statutory: true,
      text: (f) => ({
        subject: req(f, "Permohonan informasi batal"),
        lines: [`Permohonan Anda nomor ${f.requestNumber} dinyatakan batal karena persyaratan tidak dilengkapi sampai batas waktu.`, "Anda tetap dapat mengajukan permohonan baru kapan saja.", track(f)],
      }),
    },
  ]),
  rules("REQUEST", "FORWARD_TO_UNIT", [
    {
      to: "REQUESTER",
      statutory: false,
      text: (f) => ({
        subject: req(f, "Permohonan informasi sedang diproses"),
        lines: [`Permohonan Anda nomor ${f.requestNumber} telah diteruskan kepada ${f.unitName ?? "unit pengelola informasi"} untuk diproses.`, track(f)],
      }),
    },
    {
      to: "UNIT_PELAKSANA",
      statutory: false,
      text: (f) => ({
        subject: req(f, "Permohonan diteruskan ke unit Anda"),
        lines: [
          `Permohonan informasi ${f.requestNumber} diteruskan kepada ${f.unitName ?? "unit Anda"} untuk disiapkan jawabannya.`,
          `Informasi yang diminta: ${f.information}`,
          ...(f.dueDate ? [`Batas waktu pemberitahuan tertulis: ${f.dueDate}.`] : []),
          see(f),
        ],
      }),
    },
  ]),
  rules("REQUEST", "PREPARE_ANSWER", [
    {
      to: "PPID_UTAMA",
      statutory: false,
      text: (f) => ({
        subject: req(f, "Jawaban disiapkan, menunggu keputusan"),
        lines: [`${f.unitName ?? "PPID Pelaksana"} telah menyiapkan jawaban atas permohonan ${f.requestNumber}.`, ...(f.dueDate ? [`Batas waktu: ${f.dueDate}.`] : []), see(f)],
      }),
    },
  ]),
  rules("REQUEST", "RETURN_FOR_REVISION", [
    {
      to: "UNIT_PELAKSANA",
      statutory: false,
      text: (f) => ({ subject: req(f, "Jawaban perlu diperbaiki"), lines: [`PPID Utama mengembalikan jawaban permohonan ${f.requestNumber}.`, ...(f.note ? [`Catatan: ${f.note}`] : []), see(f)] }),
    },
  ]),
  rules("REQUEST", "EXTEND", [
    {
      to: "REQUESTER",
      statutory: true, // UU 14/2008 Pasal 22(8): the extension in writing
      attachLetter: true,
      text: (f) => ({
        subject: req(f, "Perpanjangan waktu jawaban"),
        lines: [
          `Jangka waktu pemberitahuan tertulis atas permohonan Anda nomor ${f.requestNumber} diperpanjang sampai ${f.dueDate ?? "-"} (UU 14/2008 Pasal 22 ayat (8)).`,
          ...(f.note ? [`Alasan: ${f.note}`] : []),
          ...letterLine(f, "Surat pemberitahuan perpanjangan"),
          track(f),
        ],
      }),
    },
  ]),
  ...["DECIDE_GRANT_FULL", "DECIDE_GRANT_PARTIAL", "DECIDE_REJECT", "DECIDE_NOT_HELD"].map((e) => rules("REQUEST", e, [decided])),
  rules("REQUEST", "DELIVER", [
    {
      to: "REQUESTER",
      statutory: true,
      // The handover receipt (Tanda Bukti Penyerahan, office SOP) issued with the delivery goes with it.
      attachLetter: true,
      text: (f) => ({
        subject: req(f, "Informasi telah diserahkan"),
        lines: [
          `Informasi atas permohonan Anda nomor ${f.requestNumber} telah diserahkan dan permohonan dinyatakan selesai.`,
          ...(f.note ? [`Catatan penyerahan: ${f.note}`] : []),
          ...letterLine(f, "Tanda bukti penyerahan informasi"),
          ...(f.surveyLink ? surveyLine(f) : ["Kami mohon kesediaan Anda mengisi survei kepuasan layanan di portal."]),
          track(f),
        ],
      }),
    },
  ]),
  rules("REQUEST", "WITHDRAW", [
    {
      to: "REQUESTER",
      statutory: true,
      text: (f) => ({ subject: req(f, "Permohonan informasi ditarik"), lines: [`Permohonan Anda nomor ${f.requestNumber} telah ditarik dan ditutup.`, track(f)] }),
    },
  ]),
  rules("REQUEST", "RECORD_LETTER_RECEIPT", [
    {
      to: "REQUESTER",
      statutory: false,
      // Only the written notice and the refusal decision start a window of the requester's.
      when: (f) => Boolean(f.windowDueDate),
      text: (f) => ({
        subject: req(f, "Penerimaan surat dicatat"),
        lines: [
          `${f.letterTitle ?? "Surat"} nomor ${f.letterNumber ?? "-"} tercatat Anda terima pada ${f.eventDate ?? "-"}.`,
          `Bila ada alasan keberatan atas surat ini, keberatan dapat diajukan kepada Atasan PPID paling lambat ${f.windowDueDate} (${DEADLINE_RULES.OBJECTION_FILING.workingDays} hari kerja sejak surat diterima, UU 14/2008 Pasal 35 ayat (1) dan Pasal 36 ayat (1)).`,
          track(f),
        ],
      }),
    },
  ]),
  REQUEST_ORDER_RULES,
  ...OBJECTION_RULES,
  ...DISPUTE_RULES,
]);

/** The messages of one case event (none for an event the table does not list). */
export function noticesFor(kind: NoticeCaseKind, event: string): readonly NoticeRule[] {
  return NOTIFICATIONS.get(`${kind}.${event}`) ?? [];
}

/** Reminders of the deadline watch (lib/server/services/watch-deadlines.ts); all optional per user. */
export const REMINDER_KEYS = [
  "REMINDER.REQUEST_DUE",
  "REMINDER.OBJECTION_DUE",
  "REMINDER.OVERDUE_DIGEST",
  "REMINDER.EXEMPTION_REVIEW",
  "REMINDER.DISPUTE_WINDOW",
] as const;
export type ReminderKey = (typeof REMINDER_KEYS)[number];

export const REMINDER_LABELS: Record<ReminderKey, string> = {
  "REMINDER.REQUEST_DUE": "Pengingat batas waktu permohonan (3 dan 1 hari kerja sebelumnya)",
  "REMINDER.OBJECTION_DUE": "Pengingat batas waktu tanggapan keberatan",
  "REMINDER.OVERDUE_DIGEST": "Ringkasan perkara terlambat setiap pagi hari kerja",
  "REMINDER.EXEMPTION_REVIEW": "Pengingat peninjauan informasi yang dikecualikan",
  "REMINDER.DISPUTE_WINDOW": "Pengingat batas waktu pengajuan sengketa ke Komisi Informasi",
};

/** Every optional mail a user may turn off: the non-statutory rules of the table, and the reminders. */
export function optionalMailKeys(): string[] {
  const keys = [...NOTIFICATIONS.values()].flat().filter((r) => !r.statutory).map((r) => r.key);
  return [...new Set(keys), ...REMINDER_KEYS];
}

/** The plain-text body: greeting, the template's lines, the office's signature. */
export function noticeBody(greeting: string, text: NoticeText, officeName: string, officeContact: string): string {
  return [`Yth. ${greeting},`, "", ...text.lines, "", "Hormat kami,", officeName, officeContact, "", "Pesan ini dikirim otomatis oleh Portal PPID."].join("\n");
}

/** The reminders a role receives (and so may turn off), from the deadline watch's audience. */
function remindersOf(role: Role): ReminderKey[] {
  const a = REMINDER_AUDIENCE;
  const has = (roles: readonly Role[]) => roles.includes(role);
  const office = has(a.requestDeciders) || has(a.unitHandlers) || has(a.objectionDeciders);
  const receives: Record<ReminderKey, boolean> = {
    "REMINDER.REQUEST_DUE": has(a.requestDeciders) || has(a.unitHandlers),
    "REMINDER.OBJECTION_DUE": has(a.objectionDeciders),
    "REMINDER.OVERDUE_DIGEST": office,
    "REMINDER.EXEMPTION_REVIEW": has(a.exemptionReviewers),
    // The requester hears of the Komisi Informasi window: whoever files their own objections.
    "REMINDER.DISPUTE_WINDOW": can(role, "objection.file_own"),
  };
  return REMINDER_KEYS.filter((key) => receives[key]);
}

const SAMPLE: NoticeFacts = {
  caseNumber: "", requestNumber: "", requesterName: "", officeName: "", officeContact: "", link: "",
  dueDate: null, letterNumber: null, outcome: null, note: null, unitName: null, disputeDueDate: null, information: "",
};

/** One checkbox: the rules that read the same to the user (e.g. the three kinds of KI ruling) go together. */
export type MailChoice = { key: string; keys: string[]; label: string };

/** The optional mails a user of this role may turn off (statutory notices are not listed: always sent). */
export function mailChoicesFor(role: string): MailChoice[] {
  const recipients = isRole(role) ? recipientsOf(role) : [];
  const byLabel = new Map<string, string[]>();
  for (const r of [...NOTIFICATIONS.values()].flat()) {
    if (r.statutory || !recipients.includes(r.to)) continue;
    const label = r.text(SAMPLE).subject.replace(/^\[[^\]]*\]\s*/, "");
    const keys = byLabel.get(label) ?? [];
    if (!keys.includes(r.key)) keys.push(r.key);
    byLabel.set(label, keys);
  }
  const notices = [...byLabel].map(([label, keys]) => ({ key: keys[0]!, keys, label }));
  return [...notices, ...(isRole(role) ? remindersOf(role) : []).map((key) => ({ key, keys: [key], label: REMINDER_LABELS[key] }))];
}

/** The stored opt-outs after a user ticked `enabled` among their choices (keys outside them are dropped). */
export function optOutsAfter(role: string, enabled: readonly string[]): string[] {
  return mailChoicesFor(role)
    .filter((c) => !enabled.includes(c.key))
    .flatMap((c) => c.keys);
}
