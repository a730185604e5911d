import { TZDate } from "@date-fns/tz";

/** ISO-8601 with the office's offset, e.g. 2026-04-08T23:59:59.999+08:00. */
export function formatOfficeInstant(instant: Date, timeZone: string): string {
  return new TZDate(instant, timeZone).toISOString();
}
