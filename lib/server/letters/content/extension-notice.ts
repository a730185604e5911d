import { DEADLINE_RULES } from "@/lib/domain/calendar";
import { formatDateId } from "@/lib/domain/format-date";
import { provisionalDateNote, withProvisionalNote } from "@/lib/domain/provisional-calendar";
import type { LetterContent } from "@/lib/server/letters/letter-content";
import { letterBase, requestSection, type LetterFrame } from "@/lib/server/letters/content/common";

// UU 14/2008 Pasal 22(8): the body may extend the time of the written notice once, by at most
// REQUEST_EXTENSION working days, in writing and with reasons, before the first period ends.

export type ExtensionNoticeFacts = Omit<LetterFrame, "kind"> & {
  reason: string;
  originalDueDate: string;
  newDueDate: string;
  /** Years with a decree loaded: a date counted across another year says it is provisional. */
  officialYears?: readonly number[];
};

export function buildExtensionNoticeContent(facts: ExtensionNoticeFacts): LetterContent {
  const extension = DEADLINE_RULES.REQUEST_EXTENSION;
  const response = DEADLINE_RULES.REQUEST_RESPONSE;
  const note = facts.officialYears ? provisionalDateNote(facts.date, facts.newDueDate, { officialYears: [...facts.officialYears] }) : null;
  const newDue = withProvisionalNote(formatDateId(facts.newDueDate), note);
  return {
    ...letterBase({ ...facts, kind: "EXTENSION_NOTICE" }),
    intro: [
      `Menindaklanjuti permohonan informasi Saudara nomor ${facts.request.number}, dengan ini kami memberitahukan bahwa jangka waktu pemberitahuan tertulis atas permohonan tersebut diperpanjang berdasarkan ${extension.article}.`,
    ],
    sections: [
      requestSection(facts.request),
      {
        heading: "Perpanjangan jangka waktu",
        rows: [
          { label: `Batas waktu semula (${response.workingDays} hari kerja)`, value: formatDateId(facts.originalDueDate) },
          { label: `Diperpanjang paling lama`, value: `${extension.workingDays} hari kerja` },
          { label: "Batas waktu baru", value: newDue },
        ],
      },
      { heading: "Alasan perpanjangan", paragraphs: [facts.reason] },
      {
        paragraphs: [
          `Perpanjangan ini hanya dapat diberikan satu kali (${extension.article}). Pemberitahuan tertulis atas permohonan Saudara akan kami sampaikan paling lambat ${newDue}.`,
        ],
      },
    ],
    closing: ["Demikian pemberitahuan ini kami sampaikan. Atas pengertian Saudara kami ucapkan terima kasih."],
  };
}
