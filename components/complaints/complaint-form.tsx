"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { FieldError, FormField, RequiredMark, Select, TextArea, TextInput } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { fileComplaintAction } from "@/lib/actions/complaint-actions";
import { COMPLAINT_CATEGORIES, COMPLAINT_CATEGORY_LABELS, COMPLAINT_LIMITS as L } from "@/lib/domain/complaints";
import { REQUEST_UPLOAD_ACCEPT } from "@/lib/domain/request-intake";


type Props = { submissionKey: string; units: { id: string; name: string }[]; today: string };

/** The public complaint form; works without JavaScript. On success it shows the receipt instead. */
export function ComplaintForm({ submissionKey, units, today }: Props) {
  const [state, formAction] = useActionState(fileComplaintAction, null);
  if (state?.ok && state.data) {
    const r = state.data;
    return (
      <section role="status" aria-labelledby="tanda-terima" className="max-w-2xl rounded border-2 border-brand-700 bg-white p-5">
        <h2 id="tanda-terima" className="text-xl font-bold text-brand-900">Tanda terima pengaduan</h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
          <dt>Nomor pengaduan</dt>
          <dd className="font-mono text-lg font-bold" data-testid="complaint-number">{r.number}</dd>
          <dt>Kode akses</dt>
          <dd className="font-mono text-lg font-bold" data-testid="complaint-code">{r.accessCode}</dd>
        </dl>
        <p className="mt-3">Catat atau cetak nomor dan kode akses ini: keduanya diperlukan untuk memantau pengaduan di halaman <a className="underline" href="/pengaduan/lacak">Lacak Pengaduan</a>. Kode akses tidak dapat ditampilkan lagi.</p>
        {r.anonymous && <p className="mt-2">Anda mengadu tanpa identitas dan kontak, sehingga kami tidak dapat menghubungi Anda. Jawaban kami hanya dapat dilihat di halaman pelacakan.</p>}
      </section>
    );
  }
  const failed = state && !state.ok ? state : null;
  const v = failed?.values ?? {};
  const e = failed?.fieldErrors ?? {};
  return (
    <form action={formAction} className="max-w-2xl" noValidate>
      <FormAlert message={failed?.message} />
      <input type="hidden" name="submissionKey" value={submissionKey} />
      <fieldset className="mb-4">
        <legend className="font-medium">Jenis pengaduan<RequiredMark /></legend>
        {COMPLAINT_CATEGORIES.map((c) => (
          <label key={c} className="mt-1 flex items-center gap-2">
            <input type="radio" name="category" value={c} defaultChecked={(v.category ?? "SERVICE_QUALITY") === c} className="h-4 w-4" />
            {COMPLAINT_CATEGORY_LABELS[c]}
          </label>
        ))}
        <FieldError id="f-category" error={e.category} />
      </fieldset>
      <TextInput name="officialConcerned" label="Pejabat/petugas atau unit yang diadukan" required maxLength={L.official} defaultValue={v.officialConcerned} error={e.officialConcerned} />
      <Select name="unitId" label="Unit kerja (bila diketahui)" placeholder="— tidak tahu / tidak memilih —" options={units.map((u) => ({ value: u.id, label: u.name }))} defaultValue={v.unitId ?? ""} error={e.unitId} />
      <TextArea name="description" label="Apa yang terjadi" hint="Ceritakan kejadiannya: apa, di mana, siapa yang terlibat (minimal 20 karakter)." required rows={6} maxLength={L.description} defaultValue={v.description} error={e.description} />
      <TextInput name="incidentDate" label="Tanggal kejadian" type="date" max={today} defaultValue={v.incidentDate} error={e.incidentDate} />
      <FormField name="evidence" label="Bukti pendukung (boleh dikosongkan)" hint="PDF, JPG, atau PNG, paling besar 5 MB." error={e.evidence}>
        <input id="f-evidence" name="evidence" type="file" accept={REQUEST_UPLOAD_ACCEPT} aria-invalid={e.evidence ? true : undefined} aria-describedby={["f-evidence-hint", e.evidence && "f-evidence-error"].filter(Boolean).join(" ")} className="mt-1 block" />
      </FormField>
      <fieldset className="mb-4 rounded border border-slate-300 bg-white p-4">
        <legend className="px-1 font-medium">Identitas dan kontak Anda (boleh dikosongkan)</legend>
        <p className="mb-3 text-sm text-slate-700">Tanpa identitas dan kontak, pengaduan tetap kami tindak lanjuti, tetapi kami tidak dapat memberi umpan balik kepada Anda selain melalui halaman pelacakan.</p>
        <FormField name="name" label="Nama" defaultValue={v.name} error={e.name} autoComplete="name" />
        <FormField name="contact" label="Nomor telepon atau alamat" defaultValue={v.contact} error={e.contact} autoComplete="tel" />
        <FormField name="email" label="Surel (untuk tanda terima dan jawaban)" type="email" defaultValue={v.email} error={e.email} autoComplete="email" />
      </fieldset>
      <SubmitButton pendingText="Mengirim…">Kirim pengaduan</SubmitButton>
    </form>
  );
}
