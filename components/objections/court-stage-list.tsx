import { COURT_FILER_LABELS, type CourtFiler } from "@/lib/domain/court-stages";
import { formatDateId } from "@/lib/domain/format-date";
import type { CourtStageView } from "@/lib/view-types/objections";

const date = (d: string | null) => (d ? formatDateId(d) : "—");

/** The dispute's stages in court (UU 14/2008 Pasal 47–50): court, register number, dates, ruling. */
export function CourtStageList({ stages, publicView = false }: { stages: CourtStageView[]; publicView?: boolean }) {
  return (
    <ol className="space-y-3">
      {stages.map((c) => (
        <li key={c.id} className="rounded border border-slate-200 bg-white p-4">
          <p className="font-semibold">{c.courtName}{c.registerNumber ? ` — perkara nomor ${c.registerNumber}` : ""}</p>
          <dl className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
            <div><dt className="text-slate-700">Diajukan oleh</dt><dd>{COURT_FILER_LABELS[c.filedBy as CourtFiler] ?? c.filedBy}, {date(c.filedOn)}</dd></div>
            {!publicView && <div><dt className="text-slate-700">Batas waktu menurut perhitungan</dt><dd>{date(c.filingDeadline)}</dd></div>}
            {!publicView && c.lateFilingReason && <div className="sm:col-span-2"><dt className="text-slate-700">Dicatat di luar batas waktu, dengan alasan</dt><dd>{c.lateFilingReason}</dd></div>}
            <div><dt className="text-slate-700">Putusan</dt><dd>{c.rulingDate ? `${date(c.rulingDate)}${c.rulingReceivedOn ? ` (diterima ${date(c.rulingReceivedOn)})` : ""}` : "Belum diputus"}</dd></div>
            {c.rulingText && <div className="sm:col-span-2"><dt className="text-slate-700">Amar putusan</dt><dd className="whitespace-pre-line">{c.rulingText}</dd></div>}
            {c.opensInformation && <div className="sm:col-span-2"><dd>Putusan ini membuka informasi yang sebelumnya dikecualikan.</dd></div>}
          </dl>
        </li>
      ))}
    </ol>
  );
}
