import type { Metadata } from "next";
import Link from "next/link";
import { OfficeFrame } from "@/components/layout/office-frame";
import { PageTitle } from "@/components/ui/page-title";
import type { DisputeOutcome, DisputeStatus } from "@/lib/domain/dispute-workflow";
import { formatDateId } from "@/lib/domain/format-date";
import { DISPUTE_OUTCOME_LABELS, DISPUTE_STATUS_LABELS } from "@/lib/domain/labels";
import { can } from "@/lib/domain/permissions";
import { loadOfficeFrame } from "@/lib/server/queries/office-frame";
import { listDisputes } from "@/lib/server/queries/disputes";
import { requirePermission } from "@/lib/server/session";
import { fromDbDate } from "@/lib/domain/db-date";

export const metadata: Metadata = { title: "Sengketa informasi" };

const TH = "px-3 py-2";
const TD = "px-3 py-2 align-top";

export default async function DisputesPage() {
  const user = await requirePermission("request.view_any", "/kantor/sengketa");
  const disputes = await listDisputes({ role: user.role, userId: user.id, unitId: user.unitId });
  return (
    <OfficeFrame frame={await loadOfficeFrame(user)}>
      <PageTitle lead="Sengketa informasi yang diajukan pemohon ke Komisi Informasi (UU 14/2008 Pasal 37–40), sebagaimana dicatat oleh badan publik.">
        Sengketa informasi
      </PageTitle>
      {can(user.role, "dispute.record") && (
        <p className="mb-4"><Link href="/kantor/sengketa/baru" className="text-brand-700 underline">Catat sengketa baru</Link></p>
      )}
      {disputes.length === 0 ? <p>Belum ada sengketa yang dicatat.</p> : (
        <div className="overflow-x-auto rounded border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Daftar sengketa informasi</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className={TH}>Nomor register KI</th>
                <th scope="col" className={TH}>Komisi Informasi</th>
                <th scope="col" className={TH}>Keberatan</th>
                <th scope="col" className={TH}>Permohonan / pemohon</th>
                <th scope="col" className={TH}>Diajukan</th>
                <th scope="col" className={TH}>Status</th>
              </tr>
            </thead>
            <tbody>
              {disputes.map((d) => (
                <tr key={d.id} className="border-t border-slate-200">
                  <td className={TD}><Link href={`/kantor/sengketa/${d.id}`} className="text-brand-700 underline">{d.registerNumber ?? "Belum ada nomor"}</Link></td>
                  <td className={TD}>{d.commission}</td>
                  <td className={TD}><Link href={`/kantor/keberatan/${d.objection.id}`} className="font-mono underline">{d.objection.number}</Link></td>
                  <td className={TD}><span className="font-mono">{d.objection.request.number}</span><br />{d.objection.request.requesterName}</td>
                  <td className={TD}>
                    {formatDateId(fromDbDate(d.filedOn))}
                    {d.lateFilingReason && <span className="mt-1 block w-fit rounded bg-amber-100 px-2 py-0.5 text-amber-900">Di luar batas waktu</span>}
                  </td>
                  <td className={TD}>{DISPUTE_STATUS_LABELS[d.status as DisputeStatus]}{d.outcome ? ` — ${DISPUTE_OUTCOME_LABELS[d.outcome as DisputeOutcome]}` : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </OfficeFrame>
  );
}
