"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { deliverRequestAction, forwardRequestAction, prepareAnswerAction } from "@/lib/actions/request-processing-actions";
import { REQUEST_OUTCOME_LABELS } from "@/lib/domain/labels";
import { DECISION_OUTCOMES } from "@/lib/domain/request-workflow";
import { FileInputs, Select, TextArea, TextInput } from "./fields";

// Forward to a unit (desk / PPID Utama), prepare the answer (PPID Pelaksana of the unit), and
// hand over the granted information (desk / PPID Utama).

type Option = { value: string; label: string };

export function ForwardForm({ requestId, label, units }: { requestId: string; label: string; units: Option[] }) {
  const [state, action] = useActionState(forwardRequestAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate>
      <FormAlert message={failed?.message} />
      <input type="hidden" name="requestId" value={requestId} />
      <Select id="forward-unit" name="unitId" label="Unit yang menguasai informasi" required placeholder="Pilih unit" options={units} defaultValue={failed?.values?.unitId} error={failed?.fieldErrors?.unitId} />
      <TextArea id="forward-note" name="note" label="Catatan untuk unit" hint="Tidak wajib." rows={2} defaultValue={failed?.values?.note} error={failed?.fieldErrors?.note} />
      <SubmitButton>{label}</SubmitButton>
    </form>
  );
}

export function PrepareAnswerForm({ requestId, label }: { requestId: string; label: string }) {
  const [state, action] = useActionState(prepareAnswerAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate>
      <FormAlert message={failed?.message} />
      <input type="hidden" name="requestId" value={requestId} />
      <TextArea id="prepare-notes" name="notes" label="Catatan jawaban" hint="Informasi apa yang tersedia, di mana, dan apa yang perlu diperhatikan PPID Utama." required rows={4} defaultValue={failed?.values?.notes} error={failed?.fieldErrors?.notes} />
      <Select
        id="prepare-suggested"
        name="suggestedOutcome"
        label="Usulan keputusan"
        placeholder="Tanpa usulan"
        options={DECISION_OUTCOMES.map((o) => ({ value: o, label: REQUEST_OUTCOME_LABELS[o] }))}
        defaultValue={failed?.values?.suggestedOutcome}
        error={failed?.fieldErrors?.suggestedOutcome}
      />
      <FileInputs idPrefix="prepare" label="Draf dokumen" hint="Tidak wajib. PDF, JPG, PNG, DOCX, atau XLSX; maksimal 5 MB per berkas. Hanya terlihat oleh petugas." errors={failed?.fieldErrors} />
      <SubmitButton>{label}</SubmitButton>
    </form>
  );
}

export function DeliverForm({ requestId, label }: { requestId: string; label: string }) {
  const [state, action] = useActionState(deliverRequestAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate>
      <FormAlert message={failed?.message} />
      <input type="hidden" name="requestId" value={requestId} />
      <p className="mb-3 text-sm text-slate-700">Isi sedikitnya satu: berkas informasi, tautan, atau catatan penyerahan. Permohonan lalu dinyatakan selesai.</p>
      <FileInputs idPrefix="deliver" label="Berkas informasi" hint="PDF, JPG, PNG, DOCX, atau XLSX; maksimal 5 MB per berkas. Pemohon dapat mengunduhnya dari akunnya." errors={failed?.fieldErrors} />
      <TextInput id="deliver-link" name="link" type="url" inputMode="url" label="Tautan informasi" hint="Mis. https://… bila informasi tersedia daring." defaultValue={failed?.values?.link} error={failed?.fieldErrors?.link} />
      <TextArea id="deliver-note" name="note" label="Catatan penyerahan" hint="Mis. diambil langsung oleh pemohon pada tanggal …, atau dikirim lewat pos dengan nomor resi …" rows={2} defaultValue={failed?.values?.note} error={failed?.fieldErrors?.note} />
      <SubmitButton>{label}</SubmitButton>
    </form>
  );
}
