// The objection's rows of the notification table (lib/domain/notifications.ts).

import { DEADLINE_RULES } from "./deadline-rules";
import { letterLine, rules, seeLine, subjectOf, trackLine, type NoticeFacts, type NoticeRecipient, type NoticeRule, type NoticeSpec } from "./notice-kit";

const komisi = (f: NoticeFacts) => f.commission || "Komisi Informasi";

/**
 * UU 14/2008 Pasal 37(2) counts the dispute window from the day the answer is received, which the
 * mail cannot know (it may be read days later, or the letter handed over): said as a period, like
 * the letter; the date follows once the desk records the receipt (RECORD_LETTER_RECEIPT).
 */
export const disputeWindowLine = (f: NoticeFacts) =>
  `Bila tidak puas, Anda dapat mengajukan sengketa informasi ke ${komisi(f)} paling lambat ${DEADLINE_RULES.DISPUTE_FILING.workingDays} hari kerja sejak tanggapan ini Anda terima (UU 14/2008 Pasal 37 ayat (2)).`;

const answered: NoticeSpec = {
  to: "REQUESTER",
  statutory: true, // UU 14/2008 Pasal 36(2): the Atasan's written answer
  attachLetter: true,
  text: (f) => ({
    subject: subjectOf(f, "Tanggapan Atasan PPID atas keberatan"),
    lines: [
      `Atasan PPID telah menanggapi keberatan ${f.caseNumber}: ${f.outcome ?? "-"}.`,
      ...letterLine(f, "Surat tanggapan"),
      ...(f.disputeDueDate ? [disputeWindowLine(f)] : []),
      trackLine(f),
    ],
  }),
};

// UU 14/2008 Pasal 35-36: filed outside the window, the Atasan rules it inadmissible — still a
// written answer (Pasal 36(2)) with its letter, and the dispute window opens as for any answer.
const inadmissible: NoticeSpec = {
  to: "REQUESTER",
  statutory: true,
  attachLetter: true,
  text: (f) => ({
    subject: subjectOf(f, "Keberatan tidak dapat diterima"),
    lines: [
      `Atasan PPID menyatakan keberatan ${f.caseNumber} atas permohonan ${f.requestNumber} tidak dapat diterima; pokok keberatan tidak diperiksa (UU 14/2008 Pasal 35 dan Pasal 36 ayat (1)).`,
      ...(f.note ? [`Alasan: ${f.note}`] : []),
      ...letterLine(f, "Surat tanggapan"),
      disputeWindowLine(f),
      trackLine(f),
    ],
  }),
};

// UU 14/2008 Pasal 35(2): grounds b–g settled by agreement beside ground (a); the requester keeps a
// written record of what was agreed and learns that (a) still awaits the Atasan's answer.
const settledInPart: NoticeSpec = {
  to: "REQUESTER",
  statutory: true,
  text: (f) => ({
    subject: subjectOf(f, "Sebagian keberatan diselesaikan secara musyawarah"),
    lines: [
      `Sebagian keberatan ${f.caseNumber} telah diselesaikan secara musyawarah (UU 14/2008 Pasal 35 ayat (2)).`,
      ...(f.note ? [`Kesepakatan: ${f.note}`] : []),
      `Keberatan atas penolakan berdasarkan Pasal 17 (huruf a) tetap ditanggapi secara tertulis oleh Atasan PPID${f.dueDate ? ` paling lambat ${f.dueDate}` : ""}.`,
      trackLine(f),
    ],
  }),
};

const orderTo = (to: NoticeRecipient): NoticeSpec => ({
  to,
  statutory: false,
  text: (f) => ({
    subject: subjectOf(f, "Perintah Atasan PPID atas keberatan"),
    lines: [
      `Atasan PPID memerintahkan tindak lanjut atas permohonan ${f.requestNumber}${f.dueDate ? `, paling lambat ${f.dueDate}` : ""}.`,
      ...(f.note ? [f.note] : []),
      seeLine(f),
    ],
  }),
});

export const REQUEST_ORDER_RULES = rules("REQUEST", "FOLLOW_UP_ORDER", [orderTo("PPID_UTAMA"), orderTo("UNIT_PELAKSANA")]);

export const OBJECTION_RULES: [string, NoticeRule[]][] = [
  rules("OBJECTION", "FILE", [
    {
      to: "REQUESTER",
      statutory: true, // UU 14/2008 Pasal 35-36; PP 61/2010: the objection is registered
      attachLetter: true,
      text: (f) => ({
        subject: subjectOf(f, "Keberatan diterima"),
        lines: [
          `Keberatan Anda atas permohonan ${f.requestNumber} diterima dengan nomor ${f.caseNumber}.`,
          ...(f.dueDate ? [`Atasan PPID memberikan tanggapan tertulis paling lambat ${f.dueDate} (UU 14/2008 Pasal 36 ayat (1)).`] : []),
          ...letterLine(f, "Tanda terima keberatan"),
          trackLine(f),
        ],
      }),
    },
    {
      to: "ATASAN",
      statutory: false,
      text: (f) => ({
        subject: subjectOf(f, "Keberatan baru menunggu tanggapan"),
        lines: [`Keberatan baru atas permohonan ${f.requestNumber} dari ${f.requesterName}.`, ...(f.dueDate ? [`Tanggapan tertulis paling lambat ${f.dueDate}.`] : []), seeLine(f)],
      }),
    },
  ]),
  ...["ACCEPT_FULL", "ACCEPT_PARTIAL", "REJECT", "SETTLE"].map((e) => rules("OBJECTION", e, [answered])),
  rules("OBJECTION", "DECLARE_INADMISSIBLE", [inadmissible]),
  rules("OBJECTION", "SETTLE_IN_PART", [settledInPart]),
  rules("OBJECTION", "RECORD_LETTER_RECEIPT", [
    {
      to: "REQUESTER",
      statutory: false,
      // Only the Atasan's answer starts a window of the requester's (Pasal 37(2)).
      when: (f) => Boolean(f.windowDueDate),
      text: (f) => ({
        subject: subjectOf(f, "Penerimaan tanggapan Atasan PPID dicatat"),
        lines: [
          `${f.letterTitle ?? "Surat"} nomor ${f.letterNumber ?? "-"} tercatat Anda terima pada ${f.eventDate ?? "-"}.`,
          `Batas waktu pengajuan sengketa informasi ke ${komisi(f)}: ${f.windowDueDate} (${DEADLINE_RULES.DISPUTE_FILING.workingDays} hari kerja sejak tanggapan diterima, UU 14/2008 Pasal 37 ayat (2)).`,
          trackLine(f),
        ],
      }),
    },
  ]),
  rules("OBJECTION", "WITHDRAW", [
    {
      to: "REQUESTER",
      statutory: true,
      text: (f) => ({ subject: subjectOf(f, "Keberatan ditarik"), lines: [`Keberatan ${f.caseNumber} telah ditarik dan ditutup.`, trackLine(f)] }),
    },
  ]),
];
