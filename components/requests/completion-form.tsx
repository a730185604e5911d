"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitCompletionAction } from "@/lib/actions/request-intake-actions";
import { REQUEST_UPLOAD_ACCEPT } from "@/lib/domain/request-intake";

const fileCls = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";

function Error({ id, message }: { id: string; message?: string }) {
  return message ? <p id={id} className="mt-1 text-sm font-medium text-red-700">{message}</p> : null;
}

/** The documents the desk asked for (docs/domain.md, Requests step 3); shown while the table allows it. */
export function CompletionForm({ requestId, asked }: { requestId: string; asked: string | null }) {
  const [state, action] = useActionState(submitCompletionAction, null);
  const failed = state && !state.ok ? state : null;
  const e = failed?.fieldErrors;
  return (
    <section aria-labelledby="lengkapi" className="mt-6 rounded border-l-4 border-amber-600 bg-amber-50 p-4">
      <h2 id="lengkapi" className="text-lg font-semibold">Lengkapi persyaratan</h2>
      {asked && <p className="mt-1 whitespace-pre-line">Yang diminta petugas: {asked}</p>}
      <form action={action} className="mt-3 max-w-xl">
        <FormAlert message={failed?.message} />
        <input type="hidden" name="requestId" value={requestId} />
        <div className="mb-4">
          <label htmlFor="f-file" className="block font-medium">Berkas kelengkapan <span className="text-red-700">*</span></label>
          <p id="f-file-hint" className="text-sm text-slate-700">PDF, JPG, atau PNG, paling besar 5 MB.</p>
          <input id="f-file" name="file" type="file" accept={REQUEST_UPLOAD_ACCEPT} aria-required aria-invalid={e?.file ? true : undefined} aria-describedby={e?.file ? "f-file-hint f-file-error" : "f-file-hint"} className={fileCls} />
          <Error id="f-file-error" message={e?.file} />
        </div>
        <div className="mb-4">
          <label htmlFor="f-file2" className="block font-medium">Berkas tambahan (bila ada)</label>
          <input id="f-file2" name="file2" type="file" accept={REQUEST_UPLOAD_ACCEPT} aria-invalid={e?.file2 ? true : undefined} aria-describedby={e?.file2 ? "f-file2-error" : undefined} className={fileCls} />
          <Error id="f-file2-error" message={e?.file2} />
        </div>
        <label htmlFor="f-note" className="block font-medium">Keterangan (tidak wajib)</label>
        <textarea id="f-note" name="note" rows={2} defaultValue={failed?.values?.note} className="mb-4 mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2" />
        <SubmitButton pendingText="Mengirim…">Kirim kelengkapan</SubmitButton>
      </form>
    </section>
  );
}
