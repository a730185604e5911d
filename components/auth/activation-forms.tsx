"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { activateAccountAction } from "@/lib/actions/account-activation-actions";

export function ActivateAccountForm({ token }: { token: string }) {
  const [state, action] = useActionState(activateAccountAction, null);
  return (
    <form action={action} noValidate className="max-w-md">
      <FormAlert message={state && !state.ok ? state.message : undefined} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingText="Sedang mengaktifkan…">Aktifkan akun</SubmitButton>
    </form>
  );
}
