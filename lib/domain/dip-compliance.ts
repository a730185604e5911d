// What every public body must publish, as data: the checklist the PPID Utama maps onto the DIP so
// the office sees its readiness before the Komisi Informasi's annual monitoring and evaluation.
//   - Informasi berkala, UU 14/2008 Pasal 9: published at least every six months (Pasal 9 ayat (1)
//     and (4): "paling singkat 6 (enam) bulan sekali"); the kinds of Pasal 9 ayat (2) huruf a–d, in
//     the detail the Komisi Informasi's standard asks (Perki 1/2021 tentang Standar Layanan
//     Informasi Publik, Pasal 14), which also names the items of the regional deck in the seeds:
//     programme summaries, budget realisation, balance sheet, procurement, the access summary.
//   - Informasi serta merta, Pasal 10 ayat (1): announced immediately when it arises (threats to
//     life and public order); the check can only tell whether a procedure/channel entry exists.
//   - Informasi setiap saat, Pasal 11 ayat (1) huruf a–h: available at any time.
// Status per item: PRESENT (a mapped, published entry; for berkala also updated within its
// period), STALE (berkala: the newest mapped published entry is older than its period), MISSING.
// Pure: today is a parameter.

import { daysInMonth, parseLocalDate, formatLocalDate, compareLocalDates, type LocalDate } from "./local-date";

export type ComplianceCategory = "BERKALA" | "SERTA_MERTA" | "SETIAP_SAAT";

export type ComplianceItem = {
  code: string;
  title: string;
  category: ComplianceCategory;
  /** The article it rests on. */
  article: string;
  /** Berkala: months within which it must have been updated; null: no period. */
  periodMonths: number | null;
};

/** UU 14/2008 Pasal 9 ayat (1): at least every six months. */
export const BERKALA_PERIOD_MONTHS = 6;

const berkala = (code: string, title: string, article: string): ComplianceItem => ({ code, title, category: "BERKALA", article, periodMonths: BERKALA_PERIOD_MONTHS });
const setiapSaat = (code: string, title: string, article: string): ComplianceItem => ({ code, title, category: "SETIAP_SAAT", article, periodMonths: null });
const sertaMerta = (code: string, title: string, article: string): ComplianceItem => ({ code, title, category: "SERTA_MERTA", article, periodMonths: null });

export const COMPLIANCE_ITEMS: readonly ComplianceItem[] = [
  // Pasal 9 ayat (2) huruf a: informasi yang berkaitan dengan Badan Publik.
  berkala("B01", "Profil badan publik (kedudukan, tugas dan fungsi, struktur organisasi, pejabat)", "UU 14/2008 Pasal 9 ayat (2) huruf a"),
  // Pasal 9 ayat (2) huruf b: kegiatan dan kinerja.
  berkala("B02", "Ringkasan program dan kegiatan yang sedang dijalankan", "UU 14/2008 Pasal 9 ayat (2) huruf b"),
  berkala("B03", "Ringkasan informasi kinerja (laporan kinerja instansi)", "UU 14/2008 Pasal 9 ayat (2) huruf b"),
  berkala("B04", "Pengumuman pengadaan barang dan jasa", "UU 14/2008 Pasal 9 ayat (2) huruf b"),
  // Pasal 9 ayat (2) huruf c: laporan keuangan.
  berkala("B05", "Rencana dan laporan realisasi anggaran", "UU 14/2008 Pasal 9 ayat (2) huruf c"),
  berkala("B06", "Neraca", "UU 14/2008 Pasal 9 ayat (2) huruf c"),
  berkala("B07", "Laporan arus kas dan catatan atas laporan keuangan", "UU 14/2008 Pasal 9 ayat (2) huruf c"),
  berkala("B08", "Daftar aset dan investasi", "UU 14/2008 Pasal 9 ayat (2) huruf c"),
  // Pasal 9 ayat (2) huruf d: informasi lain yang diatur peraturan perundang-undangan.
  berkala("B09", "Ringkasan laporan akses informasi publik", "UU 14/2008 Pasal 9 ayat (2) huruf d; Pasal 12"),
  berkala("B10", "Peraturan, keputusan, dan kebijakan yang mengikat dan/atau berdampak bagi publik", "UU 14/2008 Pasal 9 ayat (2) huruf d"),
  berkala("B11", "Hak dan tata cara memperoleh informasi publik, serta tata cara keberatan dan sengketa", "UU 14/2008 Pasal 9 ayat (2) huruf d"),
  berkala("B12", "Tata cara pengaduan penyalahgunaan wewenang atau pelanggaran", "UU 14/2008 Pasal 9 ayat (2) huruf d"),
  berkala("B13", "Prosedur peringatan dini dan evakuasi keadaan darurat", "UU 14/2008 Pasal 9 ayat (2) huruf d"),
  // Pasal 10 ayat (1): serta merta.
  sertaMerta("S01", "Informasi yang dapat mengancam hajat hidup orang banyak dan ketertiban umum (bencana, wabah, keadaan darurat)", "UU 14/2008 Pasal 10 ayat (1)"),
  // Pasal 11 ayat (1) huruf a–h: setiap saat.
  setiapSaat("T01", "Daftar seluruh informasi publik yang berada di bawah penguasaannya", "UU 14/2008 Pasal 11 ayat (1) huruf a"),
  setiapSaat("T02", "Hasil keputusan badan publik dan pertimbangannya", "UU 14/2008 Pasal 11 ayat (1) huruf b"),
  setiapSaat("T03", "Seluruh kebijakan yang ada berikut dokumen pendukungnya", "UU 14/2008 Pasal 11 ayat (1) huruf c"),
  setiapSaat("T04", "Rencana kerja proyek termasuk perkiraan pengeluaran tahunan", "UU 14/2008 Pasal 11 ayat (1) huruf d"),
  setiapSaat("T05", "Perjanjian badan publik dengan pihak ketiga", "UU 14/2008 Pasal 11 ayat (1) huruf e"),
  setiapSaat("T06", "Informasi dan kebijakan yang disampaikan pejabat publik dalam pertemuan terbuka untuk umum", "UU 14/2008 Pasal 11 ayat (1) huruf f"),
  setiapSaat("T07", "Prosedur kerja pegawai yang berkaitan dengan pelayanan masyarakat", "UU 14/2008 Pasal 11 ayat (1) huruf g"),
  setiapSaat("T08", "Laporan mengenai pelayanan akses informasi publik", "UU 14/2008 Pasal 11 ayat (1) huruf h"),
];

export const COMPLIANCE_CATEGORY_LABELS: Record<ComplianceCategory, string> = {
  BERKALA: "Informasi berkala (Pasal 9)",
  SERTA_MERTA: "Informasi serta merta (Pasal 10)",
  SETIAP_SAAT: "Informasi tersedia setiap saat (Pasal 11)",
};

export type ComplianceStatus = "PRESENT" | "STALE" | "MISSING";

export const COMPLIANCE_STATUS_LABELS: Record<ComplianceStatus, string> = {
  PRESENT: "Tersedia",
  STALE: "Kedaluwarsa",
  MISSING: "Belum ada",
};

const ITEM_BY_CODE = new Map(COMPLIANCE_ITEMS.map((item) => [item.code, item]));

export function complianceItem(code: string): ComplianceItem | null {
  return ITEM_BY_CODE.get(code) ?? null;
}

/** A DIP entry mapped to an item, as far as the check needs it. */
export type MappedEntry = { unitId: string; published: boolean; /** Office-local date of its last update. */ lastUpdated: LocalDate };

/** date + n months, the day clamped to the month's end (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = parseLocalDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return formatLocalDate(y, m, Math.min(day, daysInMonth(y, m)));
}

export type ItemCheck = {
  status: ComplianceStatus;
  /** Newest update among the mapped published entries. */
  lastUpdated: LocalDate | null;
  /** Berkala: the last day on which the newest update still counts. */
  dueBy: LocalDate | null;
};

/**
 * An item's status from its mapped entries (already narrowed to one unit by the caller, if any):
 * only published entries count; a berkala item is stale once today is past lastUpdated + period.
 */
export function checkItem(item: ComplianceItem, entries: readonly MappedEntry[], today: LocalDate): ItemCheck {
  const published = entries.filter((e) => e.published);
  if (published.length === 0) return { status: "MISSING", lastUpdated: null, dueBy: null };
  const lastUpdated = published.map((e) => e.lastUpdated).sort(compareLocalDates).at(-1)!;
  if (item.periodMonths === null) return { status: "PRESENT", lastUpdated, dueBy: null };
  const dueBy = addMonths(lastUpdated, item.periodMonths);
  return { status: compareLocalDates(today, dueBy) > 0 ? "STALE" : "PRESENT", lastUpdated, dueBy };
}

export type ComplianceSummary = Record<ComplianceCategory, Record<ComplianceStatus, number> & { total: number }>;

export function summarize(results: readonly { item: ComplianceItem; check: ItemCheck }[]): ComplianceSummary {
  const empty = () => ({ PRESENT: 0, STALE: 0, MISSING: 0, total: 0 });
  const summary: ComplianceSummary = { BERKALA: empty(), SERTA_MERTA: empty(), SETIAP_SAAT: empty() };
  for (const { item, check } of results) {
    summary[item.category][check.status] += 1;
    summary[item.category].total += 1;
  }
  return summary;
}
