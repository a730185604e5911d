"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { withdrawMyRequestAction } from "@/lib/actions/request-intake-actions";

/** Offered only while the workflow table allows WITHDRAW; the server asks the table again. */
export function WithdrawRequestForm({ requestId }: { requestId: string }) {
  const [state, action] = useActionState(withdrawMyRequestAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <details className="mt-6 rounded border border-slate-200 bg-white p-4" open={Boolean(failed)}>
      <summary className="cursor-pointer font-semibold">Tarik permohonan</summary>
      <form action={action} className="mt-3 max-w-xl">
        <FormAlert message={failed?.message} />
        <p className="mb-3">
          Permohonan yang ditarik tidak diproses lebih lanjut dan tidak dapat dibuka kembali. Anda tetap dapat mengajukan permohonan baru.
        </p>
        <input type="hidden" name="requestId" value={requestId} />
        <label htmlFor="f-reason" className="block font-medium">Alasan (tidak wajib)</label>
        <textarea id="f-reason" name="reason" rows={2} defaultValue={failed?.values?.reason} className="mb-4 mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2" />
        <SubmitButton pendingText="Menarik…">Ya, tarik permohonan ini</SubmitButton>
      </form>
    </details>
  );
}
