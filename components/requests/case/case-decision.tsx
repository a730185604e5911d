import { CONSEQUENCE_CONCLUSION_LABELS } from "@/lib/domain/dip-labels";
import { HANDOVER_METHOD_LABELS, type HandoverMethod } from "@/lib/domain/handover";
import type { ConsequenceConclusion } from "@/lib/domain/dip-workflow";
import { formatOfficeDateTimeId } from "@/lib/domain/dip-format";
import { formatDateId } from "@/lib/domain/format-date";
import { REQUEST_OUTCOME_LABELS } from "@/lib/domain/labels";
import { formatRupiah } from "@/lib/domain/request-form-labels";
import type { RequestOutcome, WithheldPart } from "@/lib/domain/request-workflow";
import type { RequestCase } from "@/lib/view-types/request-case";
import { fromDbDate } from "@/lib/domain/db-date";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="whitespace-pre-line font-medium">{children}</dd>
    </div>
  );
}

/** What was decided (UU 14/2008 Pasal 22(7)) and how it was handed over; the unit's draft answer. */
export function CaseDecision({ kase, timeZone, suggestion }: { kase: RequestCase; timeZone: string; suggestion: string | null }) {
  const parts = Array.isArray(kase.withheldParts) ? (kase.withheldParts as WithheldPart[]) : [];
  const test = kase.consequenceTest;
  const granted = kase.outcome === "GRANTED_FULL" || kase.outcome === "GRANTED_PARTIAL";
  return (
    <>
      {kase.preparedNotes && (
        <section aria-labelledby="jawaban-unit" className="mb-6 rounded border border-slate-200 bg-white p-4">
          <h2 id="jawaban-unit" className="text-lg font-semibold">Rancangan jawaban unit</h2>
          <p className="mt-2 whitespace-pre-line">{kase.preparedNotes}</p>
          {suggestion && <p className="mt-1 text-sm">Usulan keputusan: <strong>{suggestion}</strong></p>}
        </section>
      )}
      {kase.outcome && (
        <section aria-labelledby="keputusan" className="mb-6 rounded border border-slate-200 bg-white p-4">
          <h2 id="keputusan" className="text-lg font-semibold">Keputusan</h2>
          <dl className="mt-2 grid gap-2 sm:grid-cols-2">
            <Row label="Hasil">{REQUEST_OUTCOME_LABELS[kase.outcome as RequestOutcome]}</Row>
            {kase.noticeDate && <Row label="Tanggal pemberitahuan tertulis">{formatDateId(fromDbDate(kase.noticeDate))}</Row>}
            {kase.decisionNotes && <Row label={granted ? "Materi informasi" : "Penjelasan"}>{kase.decisionNotes}</Row>}
            {kase.refusalArticle && <Row label="Alasan pengecualian">UU 14/2008 {kase.refusalArticle}</Row>}
            {test && (
              <Row label="Uji konsekuensi">
                {test.information} — {CONSEQUENCE_CONCLUSION_LABELS[test.conclusion as ConsequenceConclusion]}, SK {test.decisionNumber} tanggal{" "}
                {formatDateId(fromDbDate(test.decisionDate))}
              </Row>
            )}
            {kase.outcome === "NOT_HELD" && <Row label="Badan publik yang menguasai">{kase.holdingBody ?? "Tidak diketahui"}</Row>}
            {granted && (
              <>
                <Row label="Bentuk / media">{[kase.informationForm, kase.medium].filter(Boolean).join(" / ")}</Row>
                <Row label="Biaya">{formatRupiah(kase.feeAmount)}{kase.paymentMethod ? ` — ${kase.paymentMethod}` : ""}</Row>
              </>
            )}
            {kase.deliveredOn && (
              <Row label="Tanggal penyerahan">
                {formatDateId(fromDbDate(kase.deliveredOn))}
                {kase.handoverMethod ? ` — ${HANDOVER_METHOD_LABELS[kase.handoverMethod as HandoverMethod]}` : ""}
                {kase.handoverRecipient ? `, diterima ${kase.handoverRecipient}${kase.handoverByProxy ? " (kuasa)" : ""}` : ""}
              </Row>
            )}
            {kase.deliveredAt && <Row label="Penyerahan dicatat">{formatOfficeDateTimeId(kase.deliveredAt, timeZone)}</Row>}
            {kase.deliveryNote && <Row label="Catatan penyerahan">{kase.deliveryNote}</Row>}
          </dl>
          {parts.length > 0 && (
            <table className="mt-3 w-full text-left text-sm">
              <caption className="text-left font-medium">Bagian yang dihitamkan</caption>
              <thead className="bg-slate-100">
                <tr><th scope="col" className="px-2 py-1">Bagian</th><th scope="col" className="px-2 py-1">Alasan</th></tr>
              </thead>
              <tbody>
                {parts.map((p, i) => (
                  <tr key={i} className="border-t border-slate-200"><td className="px-2 py-1">{p.part}</td><td className="px-2 py-1">{p.reason}</td></tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </>
  );
}
