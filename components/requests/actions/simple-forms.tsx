"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import {
  extendRequestAction,
  requestCompletionAction,
  returnForRevisionAction,
  verifyRequestAction,
} from "@/lib/actions/request-processing-actions";
import { TextArea } from "@/components/ui/form-field";

// The steps that need at most one text: verify (note), ask for completion (what is missing),
// return for revision (what to improve), extend (reasons; UU 14/2008 Pasal 22(8)).

type Props = { requestId: string; label: string };

function useForm(action: typeof verifyRequestAction) {
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  return { formAction, failed };
}

export function VerifyForm({ requestId, label }: Props) {
  const { formAction, failed } = useForm(verifyRequestAction);
  return (
    <form action={formAction} noValidate>
      <FormAlert message={failed?.message} />
      <input type="hidden" name="requestId" value={requestId} />
      <TextArea id="verify-note" name="note" label="Catatan pemeriksaan" hint="Tidak wajib." rows={2} defaultValue={failed?.values?.note} error={failed?.fieldErrors?.note} />
      <SubmitButton>{label}</SubmitButton>
    </form>
  );
}

export function CompletionForm({ requestId, label, days }: Props & { days: number }) {
  const { formAction, failed } = useForm(requestCompletionAction);
  return (
    <form action={formAction} noValidate>
      <FormAlert message={failed?.message} />
      <input type="hidden" name="requestId" value={requestId} />
      <TextArea
        id="completion-reason"
        rows={3}
        name="reason"
        label="Persyaratan yang belum lengkap"
        hint={`Pemohon diberi waktu ${days} hari kerja sejak hari ini untuk melengkapinya; jika tidak, permohonan batal.`}
        required
        defaultValue={failed?.values?.reason}
        error={failed?.fieldErrors?.reason}
      />
      <SubmitButton>{label}</SubmitButton>
    </form>
  );
}

export function ReturnForm({ requestId, label }: Props) {
  const { formAction, failed } = useForm(returnForRevisionAction);
  return (
    <form action={formAction} noValidate>
      <FormAlert message={failed?.message} />
      <input type="hidden" name="requestId" value={requestId} />
      <TextArea rows={3} id="return-reason" name="reason" label="Apa yang perlu diperbaiki" required defaultValue={failed?.values?.reason} error={failed?.fieldErrors?.reason} />
      <SubmitButton>{label}</SubmitButton>
    </form>
  );
}

export function ExtendForm({ requestId, label, newDueText }: Props & { newDueText: string }) {
  const { formAction, failed } = useForm(extendRequestAction);
  return (
    <form action={formAction} noValidate>
      <FormAlert message={failed?.message} />
      <input type="hidden" name="requestId" value={requestId} />
      <p className="mb-3 text-sm text-slate-700">
        Perpanjangan hanya satu kali dan harus diberikan sebelum batas waktu berakhir (UU 14/2008 Pasal 22 ayat (8)). {newDueText} Surat
        pemberitahuan perpanjangan dibuat otomatis.
      </p>
      <TextArea rows={3} id="extend-reason" name="reason" label="Alasan perpanjangan" required defaultValue={failed?.values?.reason} error={failed?.fieldErrors?.reason} />
      <SubmitButton>{label}</SubmitButton>
    </form>
  );
}
