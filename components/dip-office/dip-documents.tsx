"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { attachDipDocumentAction, removeDipDocumentAction } from "@/lib/actions/dip-actions";

export function DipDocumentUpload({ entryId, accept }: { entryId: string; accept: string }) {
  const [state, action] = useActionState(attachDipDocumentAction, null);
  const error = state && !state.ok ? (state.fieldErrors?.file ?? state.message) : undefined;
  return (
    <form action={action} className="mt-4 rounded border border-slate-200 bg-white p-4" key={state?.ok ? state.message : "upload"}>
      <FormAlert message={error} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <input type="hidden" name="entryId" value={entryId} />
      <label htmlFor="f-file" className="block font-medium">
        Unggah dokumen
      </label>
      <p id="f-file-hint" className="text-sm text-slate-600">
        PDF, JPG, PNG, DOCX, XLSX, CSV, atau TXT; maksimal 5 MB. Jenis berkas diperiksa dari isinya.
      </p>
      <input id="f-file" name="file" type="file" accept={accept} required aria-describedby="f-file-hint" className="mb-3 mt-1 block" />
      <SubmitButton pendingText="Mengunggah…">Unggah</SubmitButton>
    </form>
  );
}

export function DipDocumentRemove({ entryId, attachmentId, fileName }: { entryId: string; attachmentId: string; fileName: string }) {
  const [state, action, pending] = useActionState(removeDipDocumentAction, null);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="entryId" value={entryId} />
      <input type="hidden" name="attachmentId" value={attachmentId} />
      <button type="submit" disabled={pending} className="rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100">
        Hapus<span className="sr-only"> dokumen {fileName}</span>
      </button>
      {state && !state.ok && (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      )}
    </form>
  );
}
