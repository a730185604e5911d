import { prefillHolidaysAction, setCalendarYearOfficialAction } from "@/lib/actions/calendar-actions";
import { formatDateId } from "@/lib/domain/format-date";
import { CalendarActionForm } from "./calendar-action-form";
import { controlCls } from "@/components/ui/form-field";

type Props = {
  year: number;
  official: { source: string | null; confirmedOn: string } | null;
  holidayCount: number;
  provisionalCount: number;
};

/**
 * Whether the shown year has an official calendar (docs/domain.md, Working days: a year without one must be
 * visible as such; its deadlines are provisional), with the controls to mark it official, withdraw
 * the mark, or pre-fill it provisionally from the date-holidays library.
 */
export function YearStatusPanel({ year, official, holidayCount, provisionalCount }: Props) {
  if (official) {
    return (
      <section aria-labelledby="status-tahun" className="mb-6 rounded border-l-4 border-brand-700 bg-brand-50 px-4 py-3">
        <h2 id="status-tahun" className="font-semibold">Kalender {year} resmi</h2>
        <p className="mt-1">
          Sumber: {official.source ?? "—"}. Dikonfirmasi {formatDateId(official.confirmedOn)}.
          {provisionalCount > 0 && ` Masih ada ${provisionalCount} tanggal bertanda sementara.`}
        </p>
        <details className="mt-2">
          <summary className="cursor-pointer text-sm underline">Cabut status resmi</summary>
          <CalendarActionForm action={setCalendarYearOfficialAction} submitLabel="Cabut status resmi" variant="secondary" className="mt-2" buttonHint={`kalender ${year}`}>
            <input type="hidden" name="year" value={year} />
            <input type="hidden" name="official" value="false" />
            <p className="mb-2 text-sm">Tenggat yang jatuh pada tahun {year} akan ditandai sementara sampai kalender ditandai resmi lagi.</p>
          </CalendarActionForm>
        </details>
      </section>
    );
  }
  return (
    <section aria-labelledby="status-tahun" className="mb-6 rounded border-l-4 border-accent-600 bg-amber-50 px-4 py-3 text-amber-950">
      <h2 id="status-tahun" className="text-lg font-semibold">Tahun {year} belum memiliki kalender resmi</h2>
      <p className="mt-1">
        Tenggat yang jatuh pada tahun {year} masih <strong>sementara</strong>: hari libur nasional dan cuti bersama dari SKB 3 Menteri
        belum dikonfirmasi{holidayCount === 0 ? " dan belum ada satu pun hari libur yang tercatat" : ""}. Impor SKB di bawah, atau
        cocokkan daftar dengan SKB lalu tandai resmi.
      </p>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <CalendarActionForm action={setCalendarYearOfficialAction} submitLabel="Tandai sebagai kalender resmi" buttonHint={String(year)}>
          <input type="hidden" name="year" value={year} />
          <input type="hidden" name="official" value="true" />
          <div className="mb-3">
            <label htmlFor="resmi-sumber" className="block font-medium">Dasar: SKB 3 Menteri<span className="text-red-700"> *</span></label>
            <p id="resmi-sumber-hint" className="text-sm">Nomor dan tanggal SKB tentang hari libur nasional dan cuti bersama {year}.</p>
            <input id="resmi-sumber" name="source" required aria-describedby="resmi-sumber-hint" className={controlCls} />
          </div>
          {provisionalCount > 0 && (
            <div className="mb-3 flex items-start gap-2">
              <input id="resmi-konfirmasi" name="confirmProvisional" type="checkbox" className="mt-1 h-4 w-4" />
              <label htmlFor="resmi-konfirmasi">
                Saya sudah mencocokkan {provisionalCount} tanggal sementara dengan SKB; hapus tanda sementaranya.
              </label>
            </div>
          )}
        </CalendarActionForm>
        <CalendarActionForm action={prefillHolidaysAction} submitLabel="Isi sementara dari pustaka date-holidays" variant="secondary" buttonHint={`untuk tahun ${year}`}>
          <input type="hidden" name="year" value={year} />
          <p className="mb-3 text-sm">
            Bila SKB {year} belum terbit, daftar libur nasional dapat diisi dulu dari pustaka date-holidays. Semua tanggal ditandai
            sementara (cuti bersama tidak termasuk, hari besar Islam bisa bergeser), tanggal yang sudah ada tidak diubah, dan tahun
            ini tetap belum resmi.
          </p>
        </CalendarActionForm>
      </div>
    </section>
  );
}
