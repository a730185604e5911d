// The Atasan PPID's order to the PPID after an accepted objection (UU 14/2008 Pasal 36): the PPID
// must carry it out within the period, in working days, that the written answer sets.

import type { CalendarConfig } from "./calendar-types";
import type { LocalDate } from "./local-date";
import { addWorkingDays } from "./working-days";

/** The request's deadline rule while it carries out such an order (InformationRequest.dueRule). */
export const ATASAN_ORDER_RULE = "ATASAN_ORDER";

/** How a page names a deadline set by such an order (never as the 10 days of Pasal 22(7)). */
export const ATASAN_ORDER_DEADLINE_NOTE =
  "Jangka waktu yang ditetapkan Atasan PPID dalam tanggapan atas keberatan untuk memberikan informasi (UU 14/2008 Pasal 36).";

export function isAtasanOrderRule(dueRule: string | null | undefined): boolean {
  return dueRule === ATASAN_ORDER_RULE;
}

export function followUpDueDate(answerDate: LocalDate, periodDays: number, config: CalendarConfig): LocalDate {
  return addWorkingDays(answerDate, periodDays, config).date;
}
