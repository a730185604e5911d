import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/objections/action-form";
import { GroundPicker } from "@/components/objections/ground-picker";
import { ObjectionFields } from "@/components/objections/objection-fields";
import { PageTitle } from "@/components/ui/page-title";
import { formatDateId } from "@/lib/domain/format-date";
import { REQUEST_OUTCOME_LABELS, REQUEST_STATUS_LABELS } from "@/lib/domain/labels";
import { normalizeNumber } from "@/lib/domain/numbering";
import { slugToNumber } from "@/lib/domain/request-intake";
import type { RequestOutcome, RequestStatus } from "@/lib/domain/request-workflow";
import { fileObjectionAction } from "@/lib/actions/objection-actions";
import { getCalendarConfig } from "@/lib/server/queries/calendar";
import { listMyRequests } from "@/lib/server/queries/my-requests";
import { groundsForRequest } from "@/lib/server/queries/objection-facts";
import { findOwnRequestForObjection } from "@/lib/server/queries/objection-filing";
import { requirePermission } from "@/lib/server/session";
import { fromDbDate } from "@/lib/domain/db-date";

export const metadata: Metadata = { title: "Ajukan keberatan" };

function canonical(value: string | undefined): string | null {
  if (!value) return null;
  return normalizeNumber(value) ?? slugToNumber(value);
}

export default async function FileObjectionPage({ searchParams }: { searchParams: Promise<{ permohonan?: string }> }) {
  const { permohonan } = await searchParams;
  const number = canonical(permohonan?.slice(0, 60));
  const user = await requirePermission("objection.file_own", `/akun/keberatan/ajukan${number ? `?permohonan=${encodeURIComponent(number)}` : ""}`);
  // Only the signed-in requester's own request (UU 14/2008 Pasal 35: the requester objects).
  const request = number ? await findOwnRequestForObjection(user.id, number) : null;
  const lead = "Keberatan diajukan kepada Atasan PPID, yang wajib menanggapi secara tertulis paling lambat 30 hari kerja sejak keberatan diterima (UU 14/2008 Pasal 36).";
  if (!request) {
    const mine = await listMyRequests(user);
    return (
      <>
        <PageTitle lead={lead}>Ajukan keberatan</PageTitle>
        {number && <p role="alert" className="mb-4 rounded border-l-4 border-red-700 bg-red-50 px-4 py-3">Permohonan {number} tidak ditemukan di akun Anda.</p>}
        <form method="get" className="max-w-xl rounded border border-slate-200 bg-white p-4">
          <label htmlFor="permohonan" className="block font-medium">Pilih permohonan yang Anda ajukan keberatan</label>
          <select id="permohonan" name="permohonan" required className="mt-1 mb-3 block w-full rounded border border-slate-400 bg-white px-3 py-2">
            {mine.map((r) => <option key={r.number} value={r.number}>{r.number} — {r.informationRequested.slice(0, 60)}</option>)}
          </select>
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Lanjut</button>
        </form>
        <p className="mt-4">Ketentuan lengkap: <Link href="/keberatan" className="text-brand-700 underline">Keberatan</Link>.</p>
      </>
    );
  }
  const config = await getCalendarConfig();
  const { today, availability } = groundsForRequest(request, config, new Date());
  const status = REQUEST_STATUS_LABELS[request.status as RequestStatus];
  const outcome = request.outcome ? ` — ${REQUEST_OUTCOME_LABELS[request.outcome as RequestOutcome]}` : "";
  return (
    <>
      <PageTitle lead={lead}>Ajukan keberatan</PageTitle>
      <section aria-labelledby="permohonan-h" className="mb-6 rounded border border-slate-200 bg-white p-4">
        <h2 id="permohonan-h" className="text-lg font-semibold">Permohonan {request.number}</h2>
        <dl className="mt-2 grid gap-2 sm:grid-cols-2">
          <div><dt className="text-sm text-slate-700">Status</dt><dd>{status}{outcome}</dd></div>
          <div><dt className="text-sm text-slate-700">Pemberitahuan tertulis</dt><dd>{request.noticeDate ? formatDateId(fromDbDate(request.noticeDate)) : "Belum ada"}</dd></div>
          <div className="sm:col-span-2"><dt className="text-sm text-slate-700">Informasi yang diminta</dt><dd>{request.informationRequested}</dd></div>
        </dl>
        <p className="mt-2 text-sm text-slate-700">Ketersediaan alasan dihitung untuk hari ini, {formatDateId(today)}.</p>
      </section>
      <ActionForm action={fileObjectionAction} submitLabel="Ajukan keberatan" hidden={{ permohonan: request.number }} className="max-w-3xl rounded border border-slate-200 bg-white p-4">
        <GroundPicker availability={availability} />
        <ObjectionFields defaultPurpose={request.purpose} />
      </ActionForm>
    </>
  );
}
