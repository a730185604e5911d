import Link from "next/link";

/**
 * From 1 October the coming year must have its decree entered, or its deadlines are provisional.
 * `missing`: the years without an official calendar (yearsWithoutOfficialCalendar in lib/domain/calendar).
 */
export function CalendarWarning({ missing }: { missing: number[] }) {
  if (missing.length === 0) return null;
  return (
    <div role="alert" className="mb-6 rounded border-l-4 border-accent-600 bg-amber-50 px-4 py-3 text-amber-950">
      <p className="font-semibold">
        Kalender resmi tahun {missing.join(" dan ")} belum ada.
      </p>
      <p className="mt-1">
        Tenggat yang jatuh pada tahun tersebut masih sementara karena hari libur nasional dan cuti bersama belum dimasukkan.
        Masukkan atau impor SKB hari libur di <Link href="/kantor/kalender" className="underline">Kalender hari kerja</Link>.
      </p>
    </div>
  );
}
