import type { Metadata } from "next";
import Link from "next/link";
import { OfficeFrame } from "@/components/layout/office-frame";
import { ActionForm } from "@/components/objections/action-form";
import { Select, TextInput } from "@/components/ui/form-field";
import { GroundPicker } from "@/components/objections/ground-picker";
import { ObjectionFields } from "@/components/objections/objection-fields";
import { RequestBrief } from "@/components/objections/request-brief";
import { PageTitle } from "@/components/ui/page-title";
import { deskObjectionAction } from "@/lib/actions/objection-actions";
import { toOfficeLocalDateTime } from "@/lib/domain/calendar";
import { REQUEST_CHANNEL_LABELS } from "@/lib/domain/labels";
import { normalizeNumber } from "@/lib/domain/numbering";
import { slugToNumber } from "@/lib/domain/request-intake";
import { DESK_CHANNELS } from "@/lib/domain/request-intake";
import { loadOfficeFrame } from "@/lib/server/queries/office-frame";
import { getCalendarConfig } from "@/lib/server/queries/calendar";
import { groundsForRequest } from "@/lib/server/queries/objection-facts";
import { findRequestForDeskObjection } from "@/lib/server/queries/objection-filing";
import { toRequestBrief } from "@/lib/server/queries/request-brief";
import { requirePermission } from "@/lib/server/session";

export const metadata: Metadata = { title: "Catat keberatan" };

export default async function DeskObjectionPage({ searchParams }: { searchParams: Promise<{ permohonan?: string }> }) {
  const user = await requirePermission("objection.file_on_behalf", "/kantor/keberatan/baru");
  const raw = (await searchParams).permohonan?.slice(0, 60);
  const number = raw ? (normalizeNumber(raw) ?? slugToNumber(raw)) : null;
  const request = number ? await findRequestForDeskObjection(number) : null;
  const config = await getCalendarConfig();
  const now = new Date();
  const local = toOfficeLocalDateTime(now, config.timeZone);
  return (
    <OfficeFrame frame={await loadOfficeFrame(user)}>
      <p className="mb-2"><Link href="/kantor/keberatan" className="underline">← Register keberatan</Link></p>
      <PageTitle lead="Untuk keberatan yang diterima langsung, melalui pos, surel, atau telepon. Catat waktu penerimaan yang sebenarnya: batas waktu dihitung dari waktu itu.">
        Catat keberatan
      </PageTitle>
      <form method="get" className="mb-6 flex max-w-xl flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3">
        <div className="grow">
          <label htmlFor="permohonan" className="block font-medium">Nomor pendaftaran permohonan</label>
          <input id="permohonan" name="permohonan" defaultValue={raw} required className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2" />
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Cari permohonan</button>
      </form>
      {raw && !request && <p role="alert" className="mb-4 rounded border-l-4 border-red-700 bg-red-50 px-4 py-3">Permohonan {raw} tidak ditemukan.</p>}
      {request && (
        <>
          <h2 className="mb-3 text-xl font-semibold">Permohonan {request.number}</h2>
          <RequestBrief r={toRequestBrief(request)} caseLink={`/kantor/permohonan/${request.id}`} />
          <h2 className="mb-3 mt-6 text-xl font-semibold">Isian keberatan</h2>
          <p className="mb-3 text-sm">Alasan di bawah ini dihitung untuk saat ini; bila waktu penerimaan lebih awal, sistem memeriksa ulang untuk waktu itu.</p>
          <ActionForm action={deskObjectionAction} submitLabel="Catat keberatan" hidden={{ permohonan: request.number }} className="max-w-3xl rounded border border-slate-200 bg-white p-4">
            <Select name="channel" label="Saluran penerimaan" required options={DESK_CHANNELS.map((c) => ({ value: c, label: REQUEST_CHANNEL_LABELS[c] }))} defaultValue="WALK_IN" />
            <div className="grid gap-3 sm:grid-cols-2">
              <TextInput name="receivedDate" type="date" label="Tanggal diterima" required defaultValue={local.date} max={local.date} />
              <TextInput name="receivedTime" type="time" label="Jam diterima" required defaultValue={local.time} />
            </div>
            <GroundPicker availability={groundsForRequest(request, config, now).availability} />
            <ObjectionFields defaultPurpose={request.purpose} />
          </ActionForm>
        </>
      )}
    </OfficeFrame>
  );
}
