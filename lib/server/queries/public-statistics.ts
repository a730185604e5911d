import "server-only";
import { makeCalendarConfig } from "@/lib/domain/calendar";
import { makePeriod } from "@/lib/domain/report-period";
import { buildStatistics, type PublicStatistics } from "@/lib/domain/report-public";
import { db } from "@/lib/server/db";
import { cachedPublicQuery, PUBLIC_STATS_MAX_AGE_SECONDS, PUBLIC_TAGS } from "@/lib/server/public-cache";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { loadReportRows, loadReportUnits } from "@/lib/server/queries/report-rows";
import { listRequestYears } from "@/lib/server/queries/request-years";

// The public Statistik page of one year: the same figures as the Laporan Layanan Informasi Publik
// (lib/domain/report-figures.ts), counts only — no name, NIK, e-mail, phone or address ever
// leaves this module. One fetch with a plain argument, served from the public cache.

export type { PublicStatistics };

/** Straight from the database (tests, the CSV); pages use getPublicStatistics. */
export async function loadPublicStatistics(year: number): Promise<PublicStatistics> {
  const period = makePeriod("YEAR", year);
  if (!period) throw new RangeError(`Tahun tidak valid: ${year}`);
  const [config, units, office, rows, years] = await Promise.all([
    loadCalendarConfig(),
    loadReportUnits(),
    db().officeSetting.findUniqueOrThrow({ where: { id: 1 }, select: { bodyName: true } }),
    loadReportRows({ kind: "all" }, period),
    listRequestYears({ kind: "all" }),
  ]);
  return buildStatistics(year, rows, units, config, office.bodyName, years);
}

const EMPTY_CONFIG = makeCalendarConfig({ timeZone: "Asia/Jakarta", holidays: [], officialYears: [] });

/** From the public cache: at most PUBLIC_STATS_MAX_AGE_SECONDS old (cases change all day). */
export const getPublicStatistics = cachedPublicQuery(
  { key: "public-statistics", tags: [PUBLIC_TAGS.stats], revalidate: PUBLIC_STATS_MAX_AGE_SECONDS, atBuild: buildStatistics(2000, { requests: [], objections: [], disputes: [] }, [], EMPTY_CONFIG, "", []) },
  loadPublicStatistics,
);

/** The year's tables as CSV rows (section, table, item, values…). */
export function publicStatisticsCsvRows(stats: PublicStatistics): string[][] {
  const out: string[][] = [["Bagian", "Tabel", "Uraian", "Jumlah"]];
  for (const section of stats.sections) {
    for (const { caption, table } of section.tables ?? []) {
      if (table.head.length > 2) out.push([section.heading, caption, ...table.head.map(String)]);
      for (const row of table.rows) out.push([section.heading, caption, ...row.map(String)]);
    }
  }
  return out;
}
