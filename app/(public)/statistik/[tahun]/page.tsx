import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StatisticsPageBody } from "@/components/statistics/statistics-page-body";
import { toOfficeLocalDate } from "@/lib/domain/calendar";
import { getOffice } from "@/lib/server/queries/office";
import { getPublicStatistics } from "@/lib/server/queries/public-statistics";

type Params = { tahun: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return { title: `Statistik layanan ${(await params).tahun.slice(0, 4)}` };
}

/** /statistik/2025: one year's statistics (2000 up to the current year; anything else is 404). */
export default async function StatisticsYearPage({ params }: { params: Promise<Params> }) {
  const raw = (await params).tahun;
  const office = await getOffice();
  const current = Number(toOfficeLocalDate(new Date(), office.timeZone).slice(0, 4));
  if (!/^\d{4}$/.test(raw) || Number(raw) < 2000 || Number(raw) > current) notFound();
  return <StatisticsPageBody stats={await getPublicStatistics(Number(raw))} />;
}
