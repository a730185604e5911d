"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { officeCompletionAction, officeWithdrawAction } from "@/lib/actions/request-processing-actions";
import { TextArea } from "@/components/ui/form-field";

// What the desk records on the requester's behalf: documents brought to complete the request,
// and a withdrawal made offline (the services are those of the requester's own steps).

export function OfficeCompletionForm({ requestId, label }: { requestId: string; label: string }) {
  const [state, action] = useActionState(officeCompletionAction, null);
  const failed = state && !state.ok ? state : null;
  const e = failed?.fieldErrors;
  return (
    <form action={action} noValidate>
      <FormAlert message={failed?.message} />
      <input type="hidden" name="requestId" value={requestId} />
      {(["file", "file2"] as const).map((name, i) => (
        <div key={name} className="mb-4">
          <label htmlFor={`office-completion-${name}`} className="block font-medium">
            {i === 0 ? "Berkas kelengkapan (pindaian)" : "Berkas tambahan (bila ada)"}
            {i === 0 && <span className="text-red-700"> *</span>}
          </label>
          <input id={`office-completion-${name}`} name={name} type="file" accept=".pdf,.jpg,.jpeg,.png" className="mt-1 block" aria-invalid={e?.[name] ? true : undefined} />
          {e?.[name] && <p className="mt-1 text-sm font-medium text-red-700">{e[name]}</p>}
        </div>
      ))}
      <TextArea id="office-completion-note" name="note" label="Keterangan" hint="Tidak wajib." rows={2} defaultValue={failed?.values?.note} error={e?.note} />
      <SubmitButton>{label}</SubmitButton>
    </form>
  );
}

export function OfficeWithdrawForm({ requestId, label }: { requestId: string; label: string }) {
  const [state, action] = useActionState(officeWithdrawAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate>
      <FormAlert message={failed?.message} />
      <input type="hidden" name="requestId" value={requestId} />
      <TextArea
        id="office-withdraw-reason"
        name="reason"
        label="Keterangan penarikan"
        hint="Kapan dan bagaimana pemohon menyatakan menarik permohonannya (mis. surat tanggal …)."
        required
        rows={2}
        defaultValue={failed?.values?.reason}
        error={failed?.fieldErrors?.reason}
      />
      <SubmitButton>{label}</SubmitButton>
    </form>
  );
}
