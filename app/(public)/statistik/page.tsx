import type { Metadata } from "next";
import { StatisticsPageBody } from "@/components/statistics/statistics-page-body";
import { toOfficeLocalDate } from "@/lib/domain/calendar";
import { getOffice } from "@/lib/server/queries/office";
import { getPublicStatistics } from "@/lib/server/queries/public-statistics";

export const metadata: Metadata = { title: "Statistik layanan" };

/** The current year (office time); other years at /statistik/[tahun]. Reads no query string: cached. */
export default async function StatisticsPage() {
  const office = await getOffice();
  const year = Number(toOfficeLocalDate(new Date(), office.timeZone).slice(0, 4));
  return <StatisticsPageBody stats={await getPublicStatistics(year)} />;
}
