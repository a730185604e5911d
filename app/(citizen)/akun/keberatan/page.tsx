import type { Metadata } from "next";
import Link from "next/link";
import { PageTitle } from "@/components/ui/page-title";
import { formatDateId } from "@/lib/domain/format-date";
import { OBJECTION_OUTCOME_LABELS, OBJECTION_STATUS_LABELS } from "@/lib/domain/labels";
import type { ObjectionOutcome, ObjectionStatus } from "@/lib/domain/objection-workflow";
import { numberToSlug } from "@/lib/domain/request-intake";
import { listMyObjections } from "@/lib/server/queries/objection-case";
import { requirePermission } from "@/lib/server/session";
import { fromDbDate } from "@/lib/domain/db-date";

export const metadata: Metadata = { title: "Keberatan saya" };

export default async function MyObjectionsPage() {
  const user = await requirePermission("objection.file_own", "/akun/keberatan");
  const rows = await listMyObjections(user.id);
  return (
    <>
      <PageTitle lead="Keberatan atas permohonan informasi Anda (UU 14/2008 Pasal 35–36).">Keberatan saya</PageTitle>
      <p className="mb-4"><Link href="/akun/keberatan/ajukan" className="text-brand-700 underline">Ajukan keberatan baru</Link></p>
      {rows.length === 0 ? <p>Anda belum mengajukan keberatan.</p> : (
        <ul className="space-y-2">
          {rows.map((o) => (
            <li key={o.number} className="rounded border border-slate-200 bg-white p-3">
              <Link href={`/akun/keberatan/${numberToSlug(o.number)}`} className="font-mono text-brand-700 underline">{o.number}</Link>{" "}
              atas permohonan <span className="font-mono">{o.request.number}</span> · diterima {formatDateId(fromDbDate(o.receivedDate))} ·{" "}
              {OBJECTION_STATUS_LABELS[o.status as ObjectionStatus]}
              {o.outcome ? ` — ${OBJECTION_OUTCOME_LABELS[o.outcome as ObjectionOutcome]}` : ""}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
