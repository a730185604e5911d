// The notice to the owner of an address someone tried to register with again (no account
// enumeration: the person registering learns nothing, the owner hears of it). Pure: now and the
// office zone are parameters.

import { toOfficeLocalDate } from "./office-time";

/**
 * The outbox de-duplication key of that notice: one per address and office day, so a burst of
 * attempts sends one mail. The day is the office's (its zone), not UTC's: in Kupang (WITA) the day
 * turns at 16:00 UTC.
 */
export function registerTakenDedupeKey(email: string, now: Date, timeZone: string): string {
  return `register-taken:${email}:${toOfficeLocalDate(now, timeZone)}`;
}
