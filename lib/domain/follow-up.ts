// The Atasan PPID's order to the PPID after an accepted objection (UU 14/2008 Pasal 36): the PPID
// must carry it out within the period, in working days, that the written answer sets.

import type { CalendarConfig } from "./calendar-types";
import type { LocalDate } from "./local-date";
import { addWorkingDays } from "./working-days";

/** The request's deadline rule while it carries out such an order (InformationRequest.dueRule). */
export const ATASAN_ORDER_RULE = "ATASAN_ORDER";

export function followUpDueDate(answerDate: LocalDate, periodDays: number, config: CalendarConfig): LocalDate {
  return addWorkingDays(answerDate, periodDays, config).date;
}
