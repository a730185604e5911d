import Link from "next/link";
import { WhatsAppLink } from "@/components/ui/whatsapp-link";
import { formatDateId } from "@/lib/domain/format-date";
import { REQUEST_OUTCOME_LABELS, REQUEST_STATUS_LABELS } from "@/lib/domain/labels";
import type { RequestOutcome, RequestStatus } from "@/lib/domain/request-workflow";
import type { RequestBriefView } from "@/lib/view-types/objections";

const CONCLUSIONS: Record<string, string> = { EXEMPT: "Dikecualikan", OPEN: "Terbuka", PARTLY_OPEN: "Terbuka sebagian" };

/** The request under objection, with the PPID's decision and the consequence test it rests on. */
export function RequestBrief({ r, caseLink, whatsAppHref }: { r: RequestBriefView; caseLink?: string; whatsAppHref?: string | null }) {
  const t = r.consequenceTest;
  return (
    <div className="rounded border border-slate-200 bg-white p-4">
      <dl className="grid gap-3 sm:grid-cols-2">
        <div><dt className="text-sm text-slate-700">Nomor pendaftaran</dt><dd>{caseLink ? <Link href={caseLink} className="text-brand-700 underline">{r.number}</Link> : r.number}</dd></div>
        <div><dt className="text-sm text-slate-700">Diterima</dt><dd>{formatDateId(r.receivedDate)}</dd></div>
        <div><dt className="text-sm text-slate-700">Pemohon</dt><dd>{r.requesterName}</dd></div>
        {r.phone && (
          <div><dt className="text-sm text-slate-700">Telepon pemohon</dt><dd>{r.phone}<WhatsAppLink href={whatsAppHref} /></dd></div>
        )}
        <div><dt className="text-sm text-slate-700">Unit</dt><dd>{r.unitName ?? "-"}</dd></div>
        <div className="sm:col-span-2"><dt className="text-sm text-slate-700">Informasi yang diminta</dt><dd>{r.informationRequested}</dd></div>
        <div className="sm:col-span-2"><dt className="text-sm text-slate-700">Tujuan penggunaan</dt><dd>{r.purpose}</dd></div>
        <div><dt className="text-sm text-slate-700">Status</dt><dd>{REQUEST_STATUS_LABELS[r.status as RequestStatus]}{r.outcome ? ` — ${REQUEST_OUTCOME_LABELS[r.outcome as RequestOutcome]}` : ""}</dd></div>
        <div><dt className="text-sm text-slate-700">Pemberitahuan tertulis</dt><dd>{r.noticeDate ? formatDateId(r.noticeDate) : "Belum ada"}</dd></div>
        {r.refusalArticle && <div><dt className="text-sm text-slate-700">Dasar penolakan</dt><dd>{r.refusalArticle}</dd></div>}
        {r.decisionNotes && <div className="sm:col-span-2"><dt className="text-sm text-slate-700">Catatan keputusan</dt><dd className="whitespace-pre-line">{r.decisionNotes}</dd></div>}
      </dl>
      {t && (
        <div className="mt-4 border-t border-slate-200 pt-3">
          <h3 className="font-semibold">Uji konsekuensi (UU 14/2008 Pasal 2 ayat (4), Pasal 19)</h3>
          <dl className="mt-2 grid gap-2">
            <div><dt className="text-sm text-slate-700">Informasi</dt><dd>{t.information}</dd></div>
            <div><dt className="text-sm text-slate-700">Pasal 17 huruf</dt><dd>{t.pasal17Letters.join(", ") || "-"}</dd></div>
            <div><dt className="text-sm text-slate-700">Konsekuensi bila dibuka</dt><dd className="whitespace-pre-line">{t.consequences}</dd></div>
            <div><dt className="text-sm text-slate-700">Pertimbangan kepentingan publik</dt><dd className="whitespace-pre-line">{t.publicInterest}</dd></div>
            <div><dt className="text-sm text-slate-700">Kesimpulan</dt><dd>{CONCLUSIONS[t.conclusion] ?? t.conclusion} — SK {t.decisionNumber}, {formatDateId(t.decisionDate)}</dd></div>
          </dl>
        </div>
      )}
    </div>
  );
}
