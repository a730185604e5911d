"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { deliverRequestAction, forwardRequestAction, prepareAnswerAction } from "@/lib/actions/request-processing-actions";
import { HANDOVER_METHOD_LABELS, HANDOVER_METHODS, type HandoverMethod } from "@/lib/domain/handover";
import { REQUEST_OUTCOME_LABELS } from "@/lib/domain/labels";
import { DECISION_OUTCOMES } from "@/lib/domain/request-workflow";
import { FileInputs } from "@/components/ui/file-inputs";
import { Select, TextArea, TextInput } from "@/components/ui/form-field";

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

export type DeliverDefaults = { handoverMethod: HandoverMethod; recipientName: string; today: string };

export function DeliverForm({ requestId, label, defaults }: { requestId: string; label: string; defaults: DeliverDefaults }) {
  const [state, action] = useActionState(deliverRequestAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate>
      <FormAlert message={failed?.message} />
      <input type="hidden" name="requestId" value={requestId} />
      <p className="mb-3 text-sm text-slate-700">
        Isi sedikitnya satu: berkas informasi, tautan, atau keterangan penyerahan. Tanda bukti penyerahan diterbitkan dan permohonan dinyatakan selesai.
      </p>
      <FileInputs idPrefix="deliver" label="Berkas informasi" hint="PDF, JPG, PNG, DOCX, atau XLSX; maksimal 5 MB per berkas. Pemohon dapat mengunduhnya dari akunnya." errors={failed?.fieldErrors} />
      <TextInput id="deliver-link" name="link" type="url" inputMode="url" label="Tautan informasi" hint="Mis. https://… bila informasi tersedia daring." defaultValue={failed?.values?.link} error={failed?.fieldErrors?.link} />
      <TextArea id="deliver-note" name="note" label="Keterangan penyerahan" hint="Mis. salinan cetak 12 halaman, atau nomor resi pengiriman." rows={2} defaultValue={failed?.values?.note} error={failed?.fieldErrors?.note} />
      <Select
        id="deliver-method"
        name="handoverMethod"
        label="Cara penyerahan"
        required
        options={HANDOVER_METHODS.map((m) => ({ value: m, label: HANDOVER_METHOD_LABELS[m] }))}
        defaultValue={failed?.values?.handoverMethod ?? defaults.handoverMethod}
        error={failed?.fieldErrors?.handoverMethod}
      />
      <TextInput
        id="deliver-date"
        name="deliveredOn"
        type="date"
        label="Tanggal penyerahan"
        hint="Bila penyerahan dicatat kemudian, isi tanggal penyerahan yang sebenarnya (tidak boleh melewati hari ini)."
        required
        defaultValue={failed?.values?.deliveredOn ?? defaults.today}
        error={failed?.fieldErrors?.deliveredOn}
      />
      <TextInput id="deliver-recipient" name="recipientName" label="Diterima oleh" hint="Kosongkan bila diterima pemohon sendiri." defaultValue={failed?.values?.recipientName ?? defaults.recipientName} error={failed?.fieldErrors?.recipientName} />
      <div className="mb-4 flex items-center gap-2">
        <input id="deliver-proxy" name="byProxy" type="checkbox" defaultChecked={failed?.values?.byProxy === "on"} />
        <label htmlFor="deliver-proxy">Diterima oleh kuasa pemohon</label>
      </div>
      <SubmitButton>{label}</SubmitButton>
    </form>
  );
}
