// Checking of holiday entries read from an imported file (docs/domain.md, Working days): a real date, a
// name, a known kind, the expected year, no date twice. Shared by the JSON, CSV and .ics parsers.

import { HOLIDAY_KINDS, type Holiday, type HolidayKind } from "./calendar-types";
import { isValidLocalDate, parseLocalDate } from "./local-date";

export type HolidayImportResult = { holidays: Holiday[]; errors: string[] };
export type HolidayImportOptions = { year?: number };

/** One entry as read from a file, with where it stands ("Baris 3", "Entri ke-2"). */
export type RawHolidayEntry = { where: string; date: unknown; name: unknown; kind?: unknown; source?: unknown; provisional?: unknown };

const KIND_ALIASES: Record<string, HolidayKind> = {
  national: "NATIONAL",
  nasional: "NATIONAL",
  "libur nasional": "NATIONAL",
  "hari libur nasional": "NATIONAL",
  "cuti bersama": "CUTI_BERSAMA",
  local: "LOCAL",
  lokal: "LOCAL",
  daerah: "LOCAL",
  "libur daerah": "LOCAL",
  "libur lokal": "LOCAL",
  "hari libur daerah": "LOCAL",
};

const KIND_HINT = "gunakan libur nasional, cuti bersama, atau libur daerah";
const MAX_NAME = 200;
const MAX_SOURCE = 300;

export function normalizeWord(value: string): string {
  return value.trim().toLowerCase().replace(/[_-]+/g, " ").replace(/\s+/g, " ");
}

/** "CUTI_BERSAMA", "cuti bersama", "Libur Daerah" … → the kind; empty → NATIONAL; unknown → null. */
export function normalizeHolidayKind(value: unknown): HolidayKind | null {
  if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) return "NATIONAL";
  if (typeof value !== "string") return null;
  if ((HOLIDAY_KINDS as readonly string[]).includes(value.trim())) return value.trim() as HolidayKind;
  return KIND_ALIASES[normalizeWord(value)] ?? null;
}

/** YYYY-MM-DD, or the Indonesian day-first DD/MM/YYYY and DD-MM-YYYY; null when not a real date. */
export function normalizeHolidayDate(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (isValidLocalDate(text)) return text;
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!dayFirst) return null;
  const iso = `${dayFirst[3]}-${dayFirst[2].padStart(2, "0")}-${dayFirst[1].padStart(2, "0")}`;
  return isValidLocalDate(iso) ? iso : null;
}

function optionalText(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/** Checks every entry; valid ones are returned sorted by date, the others become errors. */
export function validateHolidayEntries(entries: RawHolidayEntry[], options: HolidayImportOptions = {}): HolidayImportResult {
  const errors: string[] = [];
  const seen = new Map<string, string>();
  const holidays: Holiday[] = [];
  for (const entry of entries) {
    const problems: string[] = [];
    const date = normalizeHolidayDate(entry.date);
    if (date === null) problems.push(`tanggal "${String(entry.date ?? "")}" tidak valid (gunakan format YYYY-MM-DD, misalnya 2027-01-01)`);
    const name = optionalText(entry.name);
    if (name === null) problems.push("nama hari libur kosong");
    else if (name.length > MAX_NAME) problems.push(`nama hari libur lebih dari ${MAX_NAME} karakter`);
    const kind = normalizeHolidayKind(entry.kind);
    if (kind === null) problems.push(`jenis "${String(entry.kind)}" tidak dikenal (${KIND_HINT})`);
    const source = optionalText(entry.source);
    if (source !== null && source.length > MAX_SOURCE) problems.push(`sumber lebih dari ${MAX_SOURCE} karakter`);
    if (date !== null && options.year !== undefined && parseLocalDate(date).year !== options.year) {
      problems.push(`tanggal ${date} bukan tahun ${options.year}`);
    }
    if (date !== null && seen.has(date)) problems.push(`tanggal ${date} sudah tercantum di ${lowerFirst(seen.get(date)!)}`);
    if (problems.length > 0) {
      errors.push(`${entry.where}: ${problems.join("; ")}.`);
      continue;
    }
    seen.set(date!, entry.where);
    holidays.push({ date: date!, name: name!, kind: kind!, source, provisional: entry.provisional === true });
  }
  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { holidays, errors };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
