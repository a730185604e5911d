// An instant as the office reads it: "8 April 2026 pukul 09.15 WITA". Pure (zone is a parameter).

import { timeZoneAbbreviation, toOfficeLocalDateTime } from "./calendar";
import { formatDateId } from "./format-date";

export function formatInstantId(instant: Date, timeZone: string): string {
  const local = toOfficeLocalDateTime(instant, timeZone);
  return `${formatDateId(local.date)} pukul ${local.time.replace(":", ".")} ${timeZoneAbbreviation(timeZone)}`;
}
