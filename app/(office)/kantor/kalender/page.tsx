import type { Metadata } from "next";
import { CalendarActionForm } from "@/components/calendar/calendar-action-form";
import { HolidayForm } from "@/components/calendar/holiday-form";
import { HolidayTable } from "@/components/calendar/holiday-table";
import { ImportForm } from "@/components/calendar/import-form";
import { RemoveHolidayForm } from "@/components/calendar/remove-holiday-form";
import { YearPicker } from "@/components/calendar/year-picker";
import { YearStatusPanel } from "@/components/calendar/year-status-panel";
import { OfficeFrame } from "@/components/layout/office-frame";
import { PageTitle } from "@/components/ui/page-title";
import { setCutiBersamaWorkingDayAction } from "@/lib/actions/calendar-actions";
import { timeZoneAbbreviation, toOfficeLocalDate } from "@/lib/domain/calendar";
import { MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR } from "@/lib/schemas/holidays";
import { loadOfficeFrame } from "@/lib/server/queries/office-frame";
import { getOfficeTimeZone, loadCalendarYear } from "@/lib/server/queries/holiday-calendar";
import { requirePermission } from "@/lib/server/session";

export const metadata: Metadata = { title: "Kalender hari kerja" };

function pickYear(raw: string | string[] | undefined, fallback: number): number {
  const year = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(year) && year >= MIN_CALENDAR_YEAR && year <= MAX_CALENDAR_YEAR ? year : fallback;
}

export default async function CalendarPage({ searchParams }: { searchParams: Promise<{ tahun?: string | string[] }> }) {
  const user = await requirePermission("calendar.manage", "/kantor/kalender");
  const timeZone = await getOfficeTimeZone();
  const thisYear = Number(toOfficeLocalDate(new Date(), timeZone).slice(0, 4));
  const year = pickYear((await searchParams).tahun, thisYear);
  const calendar = await loadCalendarYear(year);
  const { holidays: rows, calendarYears, datedYears } = calendar;
  const officialYears = calendarYears.filter((y) => y.official).map((y) => y.year);
  const years = [...new Set([thisYear - 1, thisYear, thisYear + 1, year, ...datedYears, ...calendarYears.map((y) => y.year)])].sort((a, b) => a - b);
  const yearRow = calendarYears.find((y) => y.year === year && y.official);
  return (
    <OfficeFrame frame={await loadOfficeFrame(user)}>
      <PageTitle
        lead={`Hari libur nasional, cuti bersama, dan libur daerah menentukan hari kerja untuk semua tenggat UU 14/2008. Setiap perubahan langsung menghitung ulang batas waktu perkara yang masih berjalan dan mencatatnya di riwayat perkara. Zona waktu kantor: ${timeZoneAbbreviation(timeZone)}.`}
      >
        Kalender hari kerja
      </PageTitle>
      <YearPicker years={years} current={year} officialYears={officialYears} />
      <YearStatusPanel
        year={year}
        official={yearRow ? { source: yearRow.source, confirmedOn: toOfficeLocalDate(yearRow.confirmedAt, calendar.timeZone) } : null}
        holidayCount={rows.length}
        provisionalCount={rows.filter((h) => h.provisional).length}
      />
      <RemoveHolidayForm />
      <HolidayTable year={year} holidays={rows} cutiBersamaIsWorkingDay={calendar.cutiBersamaIsWorkingDay} />

      <div className="mt-8 grid gap-8 xl:grid-cols-2">
        <section aria-labelledby="tambah-libur">
          <h2 id="tambah-libur" className="mb-3 text-xl font-semibold">Tambah hari libur</h2>
          <p className="mb-3 max-w-xl text-sm text-slate-700">
            Untuk perubahan SKB di tengah tahun (misalnya cuti bersama 18 Agustus 2025) atau libur daerah kantor.
          </p>
          <HolidayForm />
        </section>
        <section aria-labelledby="impor-libur">
          <h2 id="impor-libur" className="mb-3 text-xl font-semibold">Impor kalender satu tahun</h2>
          <ImportForm year={year} />
        </section>
      </div>

      <section aria-labelledby="cuti-bersama" className="mt-8 max-w-3xl">
        <h2 id="cuti-bersama" className="mb-3 text-xl font-semibold">Cuti bersama</h2>
        <CalendarActionForm action={setCutiBersamaWorkingDayAction} submitLabel="Simpan pengaturan" variant="secondary">
          <div className="mb-3 flex items-start gap-2">
            <input id="cuti-kerja" name="cutiBersamaIsWorkingDay" type="checkbox" defaultChecked={calendar.cutiBersamaIsWorkingDay} aria-describedby="cuti-kerja-hint" className="mt-1 h-4 w-4" />
            <div>
              <label htmlFor="cuti-kerja" className="font-medium">Cuti bersama dihitung sebagai hari kerja</label>
              <p id="cuti-kerja-hint" className="text-sm text-slate-700">
                Biasanya tidak: layanan tutup pada hari cuti bersama, sehingga hari itu tidak dihitung. Centang bila meja layanan
                kantor tetap buka pada hari cuti bersama. Saat ini: {calendar.cutiBersamaIsWorkingDay ? "dihitung hari kerja" : "tidak dihitung hari kerja"}.
              </p>
            </div>
          </div>
        </CalendarActionForm>
      </section>
    </OfficeFrame>
  );
}
