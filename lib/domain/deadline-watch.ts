// The deadline watch (run each working morning by the job engine): which cases get a reminder
// today, counted in the office's working days. Pure: today and the calendar are parameters.

import { formatDateId } from "./format-date";
import type { CalendarConfig } from "./calendar-types";
import { isUnitBound, rolesWith } from "./permissions";
import type { Role } from "./roles";
import { countWorkingDays, isWorkingDay } from "./working-days";

/** Office SOP setting: remind the unit and the PPID Utama 3 and 1 working days before the deadline. */
export const REMINDER_WORKING_DAYS_BEFORE: readonly number[] = [3, 1];

/**
 * Review of an exemption "paling lama 30 hari kerja sebelum berakhirnya jangka waktu pengecualian"
 * (the PPID's SOP in the seeds; UU 14/2008 Pasal 20(1): the exemptions of Pasal 17 a–f are not
 * permanent, for g–j the period rests on the consequence test).
 */
export const EXEMPTION_REVIEW_WORKING_DAYS = 30;

/**
 * Who the office reminders go to, read from the permission table, so a new role is one row there:
 * a request's deadline to whoever decides requests and to the unit-bound handlers of its unit, an
 * objection's to whoever decides objections, an exemption's review to whoever keeps the
 * consequence tests. Each also gets the overdue digest of what they answer for.
 */
export const REMINDER_AUDIENCE: Readonly<Record<"requestDeciders" | "unitHandlers" | "objectionDeciders" | "exemptionReviewers", readonly Role[]>> = {
  requestDeciders: rolesWith("request.decide"),
  unitHandlers: rolesWith("request.handle").filter(isUnitBound),
  objectionDeciders: rolesWith("objection.decide"),
  exemptionReviewers: rolesWith("consequence_test.manage"),
};

/** Reminders are sent on working days only: nobody reads office mail on a Sunday or on Idul Fitri. */
export function isWatchDay(today: string, config: CalendarConfig): boolean {
  return isWorkingDay(today, config);
}

/** 3 or 1 when today is that many working days before `due`, else null. */
export function reminderStep(today: string, due: string, config: CalendarConfig): number | null {
  if (due <= today) return null;
  const left = countWorkingDays(today, due, config);
  return REMINDER_WORKING_DAYS_BEFORE.includes(left) ? left : null;
}

/** Inside the review period of an exemption that ends on `until` (the end itself not yet reached). */
export function exemptionReviewDue(today: string, until: string, config: CalendarConfig): boolean {
  if (until <= today) return false;
  return countWorkingDays(today, until, config) <= EXEMPTION_REVIEW_WORKING_DAYS;
}

export type ReminderText = { subject: string; lines: string[] };

export function requestDueReminder(n: { number: string; due: string; left: number; link: string; information: string }): ReminderText {
  return {
    subject: `[${n.number}] Pengingat: ${n.left} hari kerja lagi batas waktu permohonan`,
    lines: [
      `Batas waktu pemberitahuan tertulis atas permohonan ${n.number} jatuh pada ${formatDateId(n.due)} (${n.left} hari kerja lagi; UU 14/2008 Pasal 22 ayat (7)).`,
      `Informasi yang diminta: ${n.information}`,
      `Lihat perkara: ${n.link}`,
    ],
  };
}

export function objectionDueReminder(n: { number: string; due: string; left: number; link: string }): ReminderText {
  return {
    subject: `[${n.number}] Pengingat: ${n.left} hari kerja lagi batas tanggapan keberatan`,
    lines: [
      `Tanggapan tertulis atas keberatan ${n.number} paling lambat ${formatDateId(n.due)} (${n.left} hari kerja lagi; UU 14/2008 Pasal 36 ayat (1)).`,
      `Lihat perkara: ${n.link}`,
    ],
  };
}

export function disputeWindowReminder(n: { number: string; due: string; left: number; link: string }): ReminderText {
  return {
    subject: `[${n.number}] Batas waktu pengajuan sengketa segera berakhir`,
    lines: [
      `Bila Anda tidak puas dengan tanggapan Atasan PPID atas keberatan ${n.number}, Anda dapat mengajukan sengketa ke Komisi Informasi paling lambat ${formatDateId(n.due)} (${n.left} hari kerja lagi; UU 14/2008 Pasal 37 ayat (2)).`,
      `Pantau perkara Anda di ${n.link}`,
    ],
  };
}

export type OverdueItem = { number: string; due: string; link: string; kind: "Permohonan" | "Keberatan" };

export function overdueDigest(today: string, items: readonly OverdueItem[]): ReminderText {
  return {
    subject: `Ringkasan ${formatDateId(today)}: ${items.length} perkara melewati batas waktu`,
    lines: [
      "Perkara berikut telah melewati batas waktunya dan belum dijawab:",
      "",
      ...items.map((i) => `- ${i.kind} ${i.number}, batas ${formatDateId(i.due)}: ${i.link}`),
      "",
      "Jawaban yang terlambat tetap wajib diberikan; keterlambatan menjadi alasan keberatan (UU 14/2008 Pasal 35 ayat (1) huruf c dan g).",
    ],
  };
}

export function exemptionReviewReminder(n: { number: string; title: string; until: string; link: string }): ReminderText {
  return {
    subject: `[${n.number}] Tinjau pengecualian yang berakhir ${formatDateId(n.until)}`,
    lines: [
      `Jangka waktu pengecualian informasi "${n.title}" berakhir pada ${formatDateId(n.until)}.`,
      "Tinjau kembali sebelum tanggal itu: pada akhir jangka waktu, informasi menjadi terbuka (UU 14/2008 Pasal 20).",
      `Lihat entri: ${n.link}`,
    ],
  };
}
