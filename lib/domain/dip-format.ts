// Pure formatting for the public catalogue (DIP/DIK pages, the JSON API and the CSV export).
// No clock: instants and the office time zone are parameters.

import { timeZoneAbbreviation, toOfficeLocalDateTime } from "./calendar";
import { formatDateId } from "./format-date";

/** "12 Januari 2026" — the office-local date of an instant. */
export function formatOfficeDateId(instant: Date, timeZone: string): string {
  return formatDateId(toOfficeLocalDateTime(instant, timeZone).date);
}

/** "12 Januari 2026 pukul 08.15 WITA" (Indonesian writes the time with a dot). */
export function formatOfficeDateTimeId(instant: Date, timeZone: string): string {
  const local = toOfficeLocalDateTime(instant, timeZone);
  return `${formatDateId(local.date)} pukul ${local.time.replace(":", ".")} ${timeZoneAbbreviation(timeZone)}`;
}

/** "2026-01-12 08:15" office-local: sorts and parses well in spreadsheets. */
export function formatOfficeDateTimeCsv(instant: Date, timeZone: string): string {
  const local = toOfficeLocalDateTime(instant, timeZone);
  return `${local.date} ${local.time}`;
}

/** "850 KB", "1,2 MB" (decimal comma). */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return "-";
  if (bytes < 1024) return `${bytes} bita`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.max(1, Math.round(kb))} KB`;
  const mb = kb / 1024;
  return `${mb.toLocaleString("id-ID", { maximumFractionDigits: 1 })} MB`;
}

function joinId(items: string[]): string {
  if (items.length <= 1) return items.join("");
  if (items.length === 2) return `${items[0]} dan ${items[1]}`;
  return `${items.slice(0, -1).join(", ")}, dan ${items[items.length - 1]}`;
}

/**
 * The legal basis of an exemption: "Pasal 17 huruf h UU 14/2008" plus any other law.
 * UU 14/2008 Pasal 17 lists the exempt kinds as letters a–j.
 */
export function formatLegalBasis(pasal17Letters: readonly string[], otherLegalBasis: string | null | undefined): string[] {
  const letters = [...new Set(pasal17Letters.map((l) => l.trim().toLowerCase()).filter((l) => /^[a-j]$/.test(l)))].sort();
  const parts: string[] = [];
  if (letters.length > 0) parts.push(`Pasal 17 huruf ${joinId(letters)} UU 14/2008`);
  const other = otherLegalBasis?.trim();
  if (other) parts.push(other);
  return parts;
}

/** Only http(s) or site-relative links are rendered: a stored "javascript:" link never becomes clickable. */
export function safeLink(link: string | null | undefined): string | null {
  const value = link?.trim();
  if (!value) return null;
  if (/^https?:\/\/[^\s]+$/i.test(value)) return value;
  if (/^\/(?!\/)[^\s]*$/.test(value)) return value;
  return null;
}
