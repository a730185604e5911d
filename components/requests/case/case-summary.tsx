import { formatOfficeDateTimeId } from "@/lib/domain/dip-format";
import { formatDateId } from "@/lib/domain/format-date";
import { REQUEST_CHANNEL_LABELS } from "@/lib/domain/labels";
import { REQUESTER_TYPE_LABELS, type RequesterType } from "@/lib/domain/request-intake";
import { deliveryMethodLabel, obtainMethodLabel } from "@/lib/domain/request-form-labels";
import type { RequestChannel } from "@/lib/domain/request-workflow";
import type { RequestCase } from "@/lib/view-types/request-case";
import { fromDbDate } from "@/lib/domain/db-date";
import { WhatsAppLink } from "@/components/ui/whatsapp-link";

function Item({ label, children, wide }: { label: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? "sm:col-span-2" : undefined}>
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="whitespace-pre-line font-medium">{children || "—"}</dd>
    </div>
  );
}

/** Who asks (NIK masked without personal_data.view, UU 27/2022) and what they ask for. */
export function CaseSummary({ kase, timeZone, whatsAppHref }: { kase: RequestCase; timeZone: string; whatsAppHref?: string | null }) {
  return (
    <div className="mb-6 grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="pemohon" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="pemohon" className="text-lg font-semibold">Pemohon</h2>
        <dl className="mt-2 grid gap-2 sm:grid-cols-2">
          <Item label="Nama">{kase.requesterName}</Item>
          <Item label="Jenis pemohon">{REQUESTER_TYPE_LABELS[kase.requesterType as RequesterType] ?? kase.requesterType}</Item>
          <Item label="NIK">
            {kase.nikShown}
            {kase.nikMasked && <span className="block text-xs font-normal text-slate-600">Disamarkan: Anda tidak berwenang melihat data pribadi.</span>}
          </Item>
          <Item label="Pekerjaan">{kase.occupation}</Item>
          <Item label="Telepon">
            {kase.phone}
            <WhatsAppLink href={whatsAppHref} />
          </Item>
          <Item label="Surel">{kase.email}</Item>
          {kase.organization && <Item label="Lembaga / kelompok">{kase.organization}</Item>}
          <Item label="Alamat" wide>{kase.address}</Item>
          <Item label="Akun portal">{kase.requesterUser ? "Ya" : "Tidak (dicatat petugas / tanpa akun)"}</Item>
        </dl>
      </section>
      <section aria-labelledby="rincian" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="rincian" className="text-lg font-semibold">Rincian permohonan</h2>
        <dl className="mt-2 grid gap-2 sm:grid-cols-2">
          <Item label="Informasi yang diminta" wide>{kase.informationRequested}</Item>
          <Item label="Tujuan penggunaan" wide>{kase.purpose}</Item>
          <Item label="Cara memperoleh">{obtainMethodLabel(kase.obtainMethod)}</Item>
          <Item label="Cara menerima salinan">{deliveryMethodLabel(kase.deliveryMethod)}</Item>
          <Item label="Saluran">{REQUEST_CHANNEL_LABELS[kase.channel as RequestChannel]}</Item>
          <Item label="Diajukan">{formatOfficeDateTimeId(kase.submittedAt, timeZone)}</Item>
          <Item label="Tanggal diterima">{formatDateId(fromDbDate(kase.receivedDate))}</Item>
          <Item label="Unit yang menangani">{kase.unit?.name ?? "Belum diteruskan"}</Item>
        </dl>
      </section>
    </div>
  );
}
