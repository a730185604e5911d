import { describeStanding, type DeadlineStanding } from "@/lib/domain/request-facts";
import { ATASAN_ORDER_DEADLINE_NOTE, isAtasanOrderRule } from "@/lib/domain/follow-up";
import { formatDateId } from "@/lib/domain/format-date";
import type { RequestView } from "@/lib/view-types/requests";

function Standing({ label, standing, note }: { label: string; standing: DeadlineStanding; note?: string }) {
  const tone = standing.overdue ? "border-red-700 bg-red-50" : standing.dueSoon ? "border-amber-600 bg-amber-50" : "border-brand-700 bg-brand-50";
  return (
    <div className={`rounded border-l-4 px-4 py-3 ${tone}`}>
      <p className="text-sm text-slate-700">{label}</p>
      <p className="text-lg font-semibold">{formatDateId(standing.dueDate)}</p>
      {standing.provisional && <p className="text-sm font-medium text-amber-900">Tanggal {standing.provisional}.</p>}
      <p>{describeStanding(standing)}</p>
      {note && <p className="mt-1 text-sm text-slate-700">{note}</p>}
    </div>
  );
}

/** The running deadlines (UU 14/2008 Pasal 22(7)-(8); completion period of the office SOP). */
export function RequestDeadline({ view }: { view: RequestView }) {
  if (!view.deadline && !view.completion) {
    return (
      <section aria-labelledby="batas-waktu" className="mt-4">
        <h2 id="batas-waktu" className="text-lg font-semibold">Batas waktu</h2>
        <p className="mt-1 text-slate-700">
          {view.dueDate ? `Batas waktu jawaban ${formatDateId(view.dueDate)}; ` : ""}batas waktu tidak berjalan lagi karena permohonan sudah diputuskan atau selesai.
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="batas-waktu" className="mt-4">
      <h2 id="batas-waktu" className="text-lg font-semibold">Batas waktu</h2>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        {view.completion && (
          <Standing
            label="Batas waktu melengkapi persyaratan"
            standing={view.completion}
            note="Bila persyaratan tidak dilengkapi sampai tanggal ini, permohonan dinyatakan batal."
          />
        )}
        {view.deadline && (
          <Standing
            label={
              isAtasanOrderRule(view.dueRule)
                ? "Batas waktu melaksanakan perintah Atasan PPID"
                : view.extended ? "Batas waktu pemberitahuan tertulis (sudah diperpanjang)" : "Batas waktu pemberitahuan tertulis"
            }
            standing={view.deadline}
            note={
              isAtasanOrderRule(view.dueRule)
                ? ATASAN_ORDER_DEADLINE_NOTE
                : view.extended
                ? "Diperpanjang paling lama 7 hari kerja (UU 14/2008 Pasal 22 ayat (8))."
                : `${view.responseWorkingDays} hari kerja sejak permohonan diterima (UU 14/2008 Pasal 22 ayat (7)).`
            }
          />
        )}
      </div>
    </section>
  );
}
