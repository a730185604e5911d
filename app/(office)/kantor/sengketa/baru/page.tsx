import type { Metadata } from "next";
import Link from "next/link";
import { OfficeFrame } from "@/components/layout/office-frame";
import { ActionForm } from "@/components/objections/action-form";
import { Select, TextArea, TextInput } from "@/components/ui/form-field";
import { PageTitle } from "@/components/ui/page-title";
import { recordDisputeAction } from "@/lib/actions/dispute-actions";
import { toOfficeLocalDate } from "@/lib/domain/calendar";
import { formatDateId } from "@/lib/domain/format-date";
import { loadOfficeFrame } from "@/lib/server/queries/office-frame";
import { eligibleObjections } from "@/lib/server/queries/disputes";
import { getOffice } from "@/lib/server/queries/office";
import { requirePermission } from "@/lib/server/session";

export const metadata: Metadata = { title: "Catat sengketa" };

export default async function RecordDisputePage({ searchParams }: { searchParams: Promise<{ keberatan?: string }> }) {
  const user = await requirePermission("dispute.record", "/kantor/sengketa/baru");
  const { keberatan } = await searchParams;
  const now = new Date();
  const [office, candidates] = await Promise.all([getOffice(), eligibleObjections({ role: user.role, userId: user.id, unitId: user.unitId }, now)]);
  const today = toOfficeLocalDate(now, office.timeZone);
  const options = candidates.map((o) => ({
    value: o.id,
    label: `${o.number} — permohonan ${o.requestNumber}, ${o.requesterName}${o.deadline ? ` (batas pengajuan ${formatDateId(o.deadline)})` : ""}`,
  }));
  return (
    <OfficeFrame frame={await loadOfficeFrame(user)}>
      <p className="mb-2"><Link href="/kantor/sengketa" className="underline">← Sengketa informasi</Link></p>
      <PageTitle lead="Catat sengketa yang diajukan pemohon ke Komisi Informasi. Tanggal pengajuan diperiksa terhadap batas 14 hari kerja (UU 14/2008 Pasal 37 ayat (2)); di luar batas itu sengketa hanya dicatat dengan alasan tertulis.">
        Catat sengketa informasi
      </PageTitle>
      {options.length === 0 ? (
        <p>Tidak ada keberatan yang dapat dilanjutkan ke sengketa: keberatan harus sudah ditanggapi, atau batas waktu tanggapan sudah lewat.</p>
      ) : (
        <ActionForm action={recordDisputeAction} submitLabel="Catat sengketa" className="max-w-3xl rounded border border-slate-200 bg-white p-4">
          <Select name="objectionId" label="Keberatan" required options={options} defaultValue={candidates.some((c) => c.id === keberatan) ? keberatan : undefined} />
          <TextInput name="filedOn" type="date" label="Tanggal pengajuan ke Komisi Informasi" required defaultValue={today} max={today} />
          <TextInput name="commission" label="Komisi Informasi" defaultValue={office.komisiInformasi} />
          <TextInput name="registerNumber" label="Nomor register sengketa di Komisi Informasi" hint="Boleh diisi kemudian." />
          <TextArea name="overrideReason" label="Alasan bila diajukan di luar batas waktu" rows={2} hint="Isi hanya bila tanggal pengajuan di luar 14 hari kerja dan Komisi Informasi tetap menerimanya." />
          <TextArea name="note" label="Catatan" rows={2} />
        </ActionForm>
      )}
    </OfficeFrame>
  );
}
