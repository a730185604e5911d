"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { resetPasswordAction } from "@/lib/actions/password-reset-actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPasswordAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="max-w-md">
      <FormAlert message={failed?.message} />
      <input type="hidden" name="token" value={token} />
      <FormField name="password" label="Kata sandi baru" type="password" autoComplete="new-password" required error={failed?.fieldErrors?.password} hint="Minimal 12 karakter; boleh berupa beberapa kata." />
      <FormField name="passwordConfirm" label="Ulangi kata sandi baru" type="password" autoComplete="new-password" required error={failed?.fieldErrors?.passwordConfirm} />
      <SubmitButton pendingText="Sedang menyimpan…">Simpan kata sandi baru</SubmitButton>
    </form>
  );
}
