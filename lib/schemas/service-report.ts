import { z } from "zod";
import { parsePeriodKey, type ReportPeriod } from "@/lib/domain/report-period";

// The texts of the Laporan Layanan Informasi Publik that the PPID Utama enters per period, and
// the query string of the report pages (periode=2025 | 2025-T2 | 2025-05, unit=DINKES).

export const REPORT_TEXT_MAX = 5000;

const longText = (label: string) => z.string().trim().max(REPORT_TEXT_MAX, `${label} terlalu panjang (maks. ${REPORT_TEXT_MAX} karakter).`).default("");

/** A whole number typed with optional thousands dots ("150.000.000"); empty = not given. */
const wholeNumber = (label: string, max: number) =>
  z
    .string()
    .trim()
    .default("")
    .transform((v) => v.replace(/[.\s]/g, "").replace(/^Rp/i, ""))
    .refine((v) => v === "" || /^\d{1,15}$/.test(v), `${label} harus bilangan bulat tanpa koma.`)
    .transform((v) => (v === "" ? null : Number(v)))
    .refine((v) => v === null || v <= max, `${label} terlalu besar.`);

export const ZSaveReportTextsInput = z.object({
  periodKey: z.string().trim().refine((v) => parsePeriodKey(v) !== null, "Periode laporan tidak dikenal."),
  servicePolicy: longText("Kebijakan pelayanan"),
  facilities: longText("Sarana dan prasarana"),
  staffing: longText("Sumber daya manusia"),
  staffCount: wholeNumber("Jumlah petugas", 100_000),
  budget: longText("Uraian anggaran"),
  budgetAllocated: wholeNumber("Anggaran", 999_999_999_999_999),
  budgetSpent: wholeNumber("Realisasi anggaran", 999_999_999_999_999),
  obstacles: longText("Kendala"),
  recommendations: longText("Rekomendasi"),
  followUp: longText("Rencana tindak lanjut"),
});

export type TSaveReportTextsInput = z.output<typeof ZSaveReportTextsInput>;

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function first(params: RawParams, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? (params.get(name) ?? undefined) : params[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The period and unit asked for; a bad value falls back to the default period / the whole body. */
export function parseReportQuery(params: RawParams, fallback: ReportPeriod): { period: ReportPeriod; unit: string | null; valid: boolean } {
  const rawPeriod = first(params, "periode")?.trim() ?? "";
  const rawUnit = first(params, "unit")?.trim().toUpperCase() ?? "";
  const period = rawPeriod ? parsePeriodKey(rawPeriod.slice(0, 10)) : fallback;
  const unitOk = rawUnit === "" || /^[A-Z0-9_.-]{1,40}$/.test(rawUnit);
  return { period: period ?? fallback, unit: unitOk && rawUnit ? rawUnit : null, valid: period !== null && unitOk };
}
