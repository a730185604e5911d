import "server-only";
import { normalizeAccessCode, normalizeNumber } from "@/lib/domain/numbering";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { safeEqual } from "@/lib/server/safe-equal";
import { findRequestRow, toRequestView } from "@/lib/server/queries/request-view";
import type { RequestView } from "@/lib/view-types/requests";

export type TrackedRequest = RequestView;

/**
 * Number + access code, no account needed (the receipt carries both). Typed variants are accepted
 * ("1/pmh/ppid-kpg/2026", "abcd-efgh"). A wrong number and a wrong code look the same: null.
 */
export async function trackRequest(number: string, accessCode: string, now: Date = new Date()): Promise<TrackedRequest | null> {
  const canonical = normalizeNumber(number) ?? number.trim();
  const code = normalizeAccessCode(accessCode);
  if (!code) return null;
  const row = await findRequestRow({ number: canonical });
  if (!row || !safeEqual(code, row.accessCode)) return null;
  return toRequestView(row, now, await loadCalendarConfig());
}

/** The request a valid tracking token names (the code was checked when the token was made). */
export async function trackRequestById(id: string, now: Date = new Date()): Promise<TrackedRequest | null> {
  const row = await findRequestRow({ id });
  return row ? toRequestView(row, now, await loadCalendarConfig()) : null;
}
