// Parsers for the holiday calendar the administrator imports (docs/domain.md, Working days): the official
// SKB 3 Menteri list as JSON (the format of hari-libur.json, or a plain array), CSV (English or
// Indonesian headers) and iCalendar (.ics). Pure: text in, holidays and Indonesian errors out.
// Every entry is checked (real date, name, kind, the expected year, no date twice); the caller
// imports nothing when `errors` is not empty.

import Papa from "papaparse";
import {
  normalizeWord,
  validateHolidayEntries,
  type HolidayImportOptions,
  type HolidayImportResult,
  type RawHolidayEntry,
} from "./holiday-import-entries";
import { parseIcsHolidays } from "./holiday-import-ics";

export {
  normalizeHolidayDate,
  normalizeHolidayKind,
  validateHolidayEntries,
  type HolidayImportOptions,
  type HolidayImportResult,
  type RawHolidayEntry,
} from "./holiday-import-entries";
export { parseIcsHolidays };

export type HolidayFileFormat = "JSON" | "CSV" | "ICS";

function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function toEntries(list: unknown[], label: (i: number) => string): RawHolidayEntry[] {
  return list.map((item, i) => {
    const o = asObject(item) ?? {};
    return { where: label(i + 1), date: o.date, name: o.name, kind: o.kind, source: o.source, provisional: o.provisional };
  });
}

/** `{ years: { "2027": [...] } }` (hari-libur.json) or a plain array `[{ date, name, kind, source }]`. */
export function parseJsonHolidays(text: string, options: HolidayImportOptions = {}): HolidayImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { holidays: [], errors: [`Berkas JSON tidak dapat dibaca: ${(error as Error).message}`] };
  }
  if (Array.isArray(data)) return validateHolidayEntries(toEntries(data, (n) => `Entri ke-${n}`), options);
  const years = asObject(asObject(data)?.years);
  if (!years) {
    return { holidays: [], errors: ['Berkas JSON harus berupa daftar [{"date", "name", "kind", "source"}] atau {"years": {"2027": [...]}}.'] };
  }
  const keys = options.year !== undefined ? [String(options.year)] : Object.keys(years).sort();
  const entries: RawHolidayEntry[] = [];
  for (const key of keys) {
    const list = years[key];
    if (!Array.isArray(list)) return { holidays: [], errors: [`Berkas JSON tidak memuat daftar hari libur tahun ${key}.`] };
    entries.push(...toEntries(list, (n) => `Tahun ${key}, entri ke-${n}`));
  }
  return validateHolidayEntries(entries, options);
}

const CSV_COLUMNS: Record<string, "date" | "name" | "kind" | "source"> = {
  date: "date",
  tanggal: "date",
  name: "name",
  nama: "name",
  keterangan: "name",
  kind: "kind",
  jenis: "kind",
  source: "source",
  sumber: "source",
};

type CsvRow = { line: number; values: Record<string, string | undefined> };

/** Reads the rows with the line each one starts on (quoted fields may span lines; blank lines count). */
function readCsvRows(text: string): { fields: string[]; rows: CsvRow[]; quoteErrors: number[] } {
  const newline = text.includes("\n") ? "\n" : "\r";
  let line = 1;
  let scanned = 0;
  const lineAt = (index: number) => {
    for (; scanned < index; scanned += 1) if (text[scanned] === newline) line += 1;
    return line;
  };
  const headerEnd = text.indexOf(newline);
  let previous = headerEnd < 0 ? text.length : headerEnd + 1;
  const rows: CsvRow[] = [];
  const quoteErrors: number[] = [];
  let fields: string[] = [];
  Papa.parse<Record<string, string | undefined>>(text, {
    header: true,
    skipEmptyLines: false,
    transformHeader: (header) => CSV_COLUMNS[normalizeWord(header)] ?? normalizeWord(header),
    step: (result) => {
      fields = result.meta.fields ?? fields;
      const start = lineAt(previous);
      previous = result.meta.cursor;
      if (result.errors.some((e) => e.type === "Quotes")) quoteErrors.push(start);
      if (Object.values(result.data).some((v) => typeof v === "string" && v.trim() !== "")) rows.push({ line: start, values: result.data });
    },
  });
  return { fields, rows, quoteErrors };
}

/** Header `date,name,kind,source` or `tanggal,nama,jenis,sumber`; comma, semicolon or tab. */
export function parseCsvHolidays(text: string, options: HolidayImportOptions = {}): HolidayImportResult {
  const { fields, rows, quoteErrors } = readCsvRows(text.replace(/^\uFEFF/, ""));
  const missing = (["date", "name"] as const).filter((f) => !fields.includes(f));
  if (missing.length > 0) {
    const names = missing.map((f) => (f === "date" ? "date/tanggal" : "name/nama")).join(" dan ");
    return { holidays: [], errors: [`Baris 1: kolom ${names} tidak ada. Baris pertama harus berisi judul kolom date,name,kind,source (atau tanggal,nama,jenis,sumber).`] };
  }
  const entries = rows.map(({ line, values }): RawHolidayEntry => ({
    where: `Baris ${line}`,
    date: values.date ?? "",
    name: values.name ?? "",
    kind: values.kind,
    source: values.source,
  }));
  const result = validateHolidayEntries(entries, options);
  const errors = quoteErrors.map((line) => `Baris ${line}: tanda kutip tidak ditutup.`);
  return { holidays: result.holidays, errors: [...errors, ...result.errors] };
}

/** JSON or iCalendar when the content says so; otherwise the extension; otherwise CSV. */
export function detectHolidayFileFormat(fileName: string, text: string): HolidayFileFormat {
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (start.startsWith("{") || start.startsWith("[")) return "JSON";
  if (/^BEGIN:VCALENDAR/i.test(start)) return "ICS";
  const extension = fileName.toLowerCase().split(".").pop() ?? "";
  if (extension === "json") return "JSON";
  if (extension === "ics" || extension === "ical" || extension === "ifb") return "ICS";
  return "CSV";
}

export function parseHolidayFile(
  fileName: string,
  text: string,
  options: HolidayImportOptions = {},
): HolidayImportResult & { format: HolidayFileFormat } {
  const format = detectHolidayFileFormat(fileName, text);
  const parse = format === "JSON" ? parseJsonHolidays : format === "ICS" ? parseIcsHolidays : parseCsvHolidays;
  const result = parse(text, options);
  if (result.errors.length === 0 && result.holidays.length === 0) {
    return { format, holidays: [], errors: ["Berkas tidak memuat satu pun hari libur."] };
  }
  return { format, ...result };
}
