import { DEADLINE_RULES, HOLIDAY_KIND_LABELS, type DeadlineResult } from "@/lib/domain/calendar";
import { formatDateId } from "@/lib/domain/format-date";

/** The arithmetic shown in full: receipt date, due date, and every day passed over with its reason. */
export function DeadlineResultView({ result, zoneLabel }: { result: DeadlineResult; zoneLabel: string }) {
  const rule = DEADLINE_RULES[result.rule];
  const holidays = result.skipped.filter((s) => s.reason !== "WEEKEND");
  const weekends = result.skipped.length - holidays.length;
  return (
    <section aria-labelledby="hasil-hitung" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="hasil-hitung" className="text-xl font-semibold">Hasil perhitungan</h2>
      {result.provisional && (
        <p className="mt-2 rounded bg-amber-50 px-3 py-2 text-amber-950">
          Sementara: perhitungan melewati tahun yang kalender resminya belum ditetapkan, sehingga hari libur bisa bertambah.
        </p>
      )}
      <dl className="mt-3 grid gap-3 sm:grid-cols-2">
        {result.receivedDate && (
          <div>
            <dt className="text-sm text-slate-700">Tanggal diterima</dt>
            <dd className="font-semibold">{formatDateId(result.receivedDate)}</dd>
            {result.afterHours && <dd className="text-sm text-slate-700">Masuk setelah jam layanan tutup, dihitung diterima hari kerja berikutnya.</dd>}
          </div>
        )}
        <div>
          <dt className="text-sm text-slate-700">Batas waktu ({result.workingDays} hari kerja)</dt>
          <dd className="text-2xl font-bold text-brand-800">{formatDateId(result.dueDate)}</dd>
          <dd className="text-sm text-slate-700">sampai pukul 23.59 {zoneLabel}</dd>
        </div>
      </dl>
      <p className="mt-3 text-sm text-slate-700">
        {rule.label} — dasar hukum: {rule.article}. Hari ke-1 adalah hari kerja pertama setelah {rule.startLabel}.
      </p>
      <h3 className="mt-4 font-semibold">Hari yang tidak dihitung</h3>
      {holidays.length === 0 ? (
        <p>Tidak ada hari libur nasional atau cuti bersama pada rentang ini.</p>
      ) : (
        <ul className="mt-1 list-disc pl-6">
          {holidays.map((s) => (
            <li key={s.date}>
              {formatDateId(s.date)}: {s.name} ({HOLIDAY_KIND_LABELS[s.reason as keyof typeof HOLIDAY_KIND_LABELS]})
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2 text-sm text-slate-700">Ditambah {weekends} hari Sabtu/Minggu.</p>
    </section>
  );
}
